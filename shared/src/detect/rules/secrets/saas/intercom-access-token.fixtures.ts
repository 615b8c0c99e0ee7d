import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dG9rOmYwYTgwYTFmLWFiNzktNGZkOC1iZTEyLTNmZTM2ZjhlNWM2MzoxOjA=',
    { text: 'INTERCOM_ACCESS_TOKEN=dG9rOjY2MDM1YTIwLTY2YjItNDZjYS04OWJlLTE5MWFlMzQ2YjU2MjoxOjA=', secret: 'dG9rOjY2MDM1YTIwLTY2YjItNDZjYS04OWJlLTE5MWFlMzQ2YjU2MjoxOjA=' },
    { text: '{"intercom_access_token": "dG9rOjMzNGExNWQ0LWRiYzAtNDQyNC1iNDk3LTNmYmRhZTYxOTNiNjoxOjA="}', secret: 'dG9rOjMzNGExNWQ0LWRiYzAtNDQyNC1iNDk3LTNmYmRhZTYxOTNiNjoxOjA=' },
    { text: 'intercom_access_token: dG9rOjY4ZmRjYmFlLTA4OGYtNDBhMC05NWEzLWFjNzY0OWNmNzhiMzoxOjA=', secret: 'dG9rOjY4ZmRjYmFlLTA4OGYtNDBhMC05NWEzLWFjNzY0OWNmNzhiMzoxOjA=' },
    { text: 'export INTERCOM_ACCESS_TOKEN="dG9rOjJmNmRiM2MyLWU3NmQtNDdmMy05OGFmLTk4ZDFiYjNkMjYyZjoxOjA="', secret: 'dG9rOjJmNmRiM2MyLWU3NmQtNDdmMy05OGFmLTk4ZDFiYjNkMjYyZjoxOjA=' },
    { text: 'const intercomAccessToken = \'dG9rOjZmYjdmYWE1LTM5MDktNGRlMS05ODhkLTE5YWY2MzcxMjI4NzoxOjA=\';', secret: 'dG9rOjZmYjdmYWE1LTM5MDktNGRlMS05ODhkLTE5YWY2MzcxMjI4NzoxOjA=' },
  ],
  negative: [
    'INTERCOM_ACCESS_TOKEN=dG9rOxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=',
    'INTERCOM_ACCESS_TOKEN=${INTERCOM_ACCESS_TOKEN}',
    'INTERCOM_ACCESS_TOKEN=<your-intercom-access-token>',
    'INTERCOM_ACCESS_TOKEN=dG9rOjRkYjY1ZGZlLWJhNGItNGFiOS05ZjVjLTExZWFhMjUwZDJkMzoxOjA=jA=',
  ],
};
export default fixtures;
