import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ATBBrviGu4kbkkS5kw1cbVDq1N0q51927C44',
    { text: 'BITBUCKET_APP_PASSWORD=ATBBPD9P6daBkhMTzydZ9jAmjlV8A9F30E1E', secret: 'ATBBPD9P6daBkhMTzydZ9jAmjlV8A9F30E1E' },
    { text: '{"bitbucket_app_password": "ATBBawrJgtGNeiGz0WW7RAe7IlAUEA85077E", "region": "eu-west-1"}', secret: 'ATBBawrJgtGNeiGz0WW7RAe7IlAUEA85077E' },
    { text: '  bitbucket_app_password: ATBB3JcrcVJBqn2t4aq70qxZvI5t681B7184', secret: 'ATBB3JcrcVJBqn2t4aq70qxZvI5t681B7184' },
    { text: 'export BITBUCKET_APP_PASSWORD="ATBBOXQ1mYMFZhyxHnHTFiNX13CkC827A1A5"', secret: 'ATBBOXQ1mYMFZhyxHnHTFiNX13CkC827A1A5' },
    { text: 'const bitbucketAppPassword = \'ATBBLZosqAXza7aTnfywRmUhILGoCDB9FA86\';', secret: 'ATBBLZosqAXza7aTnfywRmUhILGoCDB9FA86' },
  ],
  negative: [
    'BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BITBUCKET_APP_PASSWORD=<your-bitbucket-app-password>',
    'BITBUCKET_APP_PASSWORD=${BITBUCKET_APP_PASSWORD}',
    'BITBUCKET_APP_PASSWORD=ATBBmt4CCUIzJO9q4ayqF01ZSwjK6DFEE',
    'BITBUCKET_APP_PASSWORD=ATBBjOp24xDrCWBqdmhowAF2TjUE1157538CETw',
  ],
};
export default fixtures;
