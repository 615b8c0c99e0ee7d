import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxa-2-58554373747-85404042246-670383280903-15972dc2173b55318a42cde94d208e5540dcf40806806e13b3d18ef27660d694',
    { text: 'SLACK_TOKEN=xoxa-2-28903006978-75945598832-210086598257-4eb4ebce7c1aaf9bf78c3c572d3f64ea8a465d69723538bef467285b217f2167', secret: 'xoxa-2-28903006978-75945598832-210086598257-4eb4ebce7c1aaf9bf78c3c572d3f64ea8a465d69723538bef467285b217f2167' },
    { text: '{"slack_token": "xoxa-2-94816515791-70806587773-885636690773-81cf79aac9334e6ffcd3ae12bf58ef391a6a266e565ddb5462a990644f87cb35"}', secret: 'xoxa-2-94816515791-70806587773-885636690773-81cf79aac9334e6ffcd3ae12bf58ef391a6a266e565ddb5462a990644f87cb35' },
    { text: 'slack_token: xoxa-2-49057196603-59182566908-188009514220-5888a5bb8d85301a884a02654f1d75379bf6d9f81e02a766f9991f5618d78e34', secret: 'xoxa-2-49057196603-59182566908-188009514220-5888a5bb8d85301a884a02654f1d75379bf6d9f81e02a766f9991f5618d78e34' },
    { text: 'export SLACK_TOKEN="xoxa-2-78724700017-22828591929-708129771803-8a5dbc9424103111494293ff052e8e63251f2053db905bad5270b41cb1f22910"', secret: 'xoxa-2-78724700017-22828591929-708129771803-8a5dbc9424103111494293ff052e8e63251f2053db905bad5270b41cb1f22910' },
    { text: 'const slackToken = \'xoxa-2-89148801064-13442531654-804802252705-1f1f20ec7f0f6d11d69394da7625e5009aa1b00a14c66ca28715c465e2e6d174\';', secret: 'xoxa-2-89148801064-13442531654-804802252705-1f1f20ec7f0f6d11d69394da7625e5009aa1b00a14c66ca28715c465e2e6d174' },
    'xoxa-1-HSBHgoTZf4CO',
    { text: 'SLACK_REFRESH_TOKEN=xoxr-gGVf4wSSXXN1', secret: 'xoxr-gGVf4wSSXXN1' },
  ],
  negative: [
    'SLACK_TOKEN=xoxa-x-xxxxxxxxxxx-xxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_TOKEN=${SLACK_TOKEN}',
    'SLACK_TOKEN=<your-slack-workspace-token>',
    'https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md',
    'xoxr-refreshtoken',
  ],
};
export default fixtures;
