import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BUGSNAG_API_KEY=6ec24f0fac016a5f7b57b4628948ca2c', secret: '6ec24f0fac016a5f7b57b4628948ca2c' },
    { text: '{"bugsnag_api_key": "ccd69499fdb705b28d0cc2c95244a093"}', secret: 'ccd69499fdb705b28d0cc2c95244a093' },
    { text: 'bugsnag_api_key: be3f9f5ddca0879f9cd6aab12ec6ce9c', secret: 'be3f9f5ddca0879f9cd6aab12ec6ce9c' },
    { text: 'export BUGSNAG_API_KEY="f9903bc055a94781ac2346b6f2aa5cb6"', secret: 'f9903bc055a94781ac2346b6f2aa5cb6' },
    { text: 'const bugsnagApiKey = \'41f7b5c2816eaec5d6128373f785bf6e\';', secret: '41f7b5c2816eaec5d6128373f785bf6e' },
  ],
  negative: [
    'BUGSNAG_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BUGSNAG_API_KEY=${BUGSNAG_API_KEY}',
    'BUGSNAG_API_KEY=<your-bugsnag-api-key>',
    '"etag": "4e046a67c2a9268fa88cb1b0b80c49f2"',
    'BUGSNAG_API_KEY=4e046a67c2a9268fa88cb1b0b80c49f29f2',
    'BUGSNAG_API_KEY=4e046a67c2a9268fa88cb1b0b80c4',
    'sha = "068fab8492690f58be3f07f0c961ccda"',
  ],
};
export default fixtures;
