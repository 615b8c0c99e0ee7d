import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'UPTIMEROBOT_API_KEY=u6041607-806fafd9092179ac8e91c2e5', secret: 'u6041607-806fafd9092179ac8e91c2e5' },
    { text: '{"uptimerobot_api_key": "u1353004-9fc9948c14ea03624a0ba7ad"}', secret: 'u1353004-9fc9948c14ea03624a0ba7ad' },
    { text: 'uptimerobot_api_key: u5497887-a0112ec0fea7e74a9640ebd9', secret: 'u5497887-a0112ec0fea7e74a9640ebd9' },
    { text: 'export UPTIMEROBOT_API_KEY="u4559105-bcd6cea20673567d69486deb"', secret: 'u4559105-bcd6cea20673567d69486deb' },
    { text: 'const uptimerobotApiKey = \'u9845149-a93604e2b3be9ab6edd40565\';', secret: 'u9845149-a93604e2b3be9ab6edd40565' },
  ],
  negative: [
    'UPTIMEROBOT_API_KEY=xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
    'UPTIMEROBOT_API_KEY=${UPTIMEROBOT_API_KEY}',
    'UPTIMEROBOT_API_KEY=<your-uptimerobot-api-key>',
    '"etag": "u4875474-0ee2b116dd4199815a03d3be"',
    'UPTIMEROBOT_API_KEY=u4875474-0ee2b116dd4199815a03d3be3be',
    'UPTIMEROBOT_API_KEY=u4875474-0ee2b116dd4199815a03d',
    'key: u3521114-fa0ec29ad3785303c218f2db',
  ],
};
export default fixtures;
