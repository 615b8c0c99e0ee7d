import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SPARKPOST_API_KEY=dd6ad728ffcfa517cab923d8aedd43f52601430f', secret: 'dd6ad728ffcfa517cab923d8aedd43f52601430f' },
    { text: '{"sparkpost_api_key": "3ce7b888d2b0a7e098a945edd9915264948ebf0e"}', secret: '3ce7b888d2b0a7e098a945edd9915264948ebf0e' },
    { text: 'sparkpost_api_key: 7d6d915dd5f78fbf8b2ef0a4530f1411a673bd42', secret: '7d6d915dd5f78fbf8b2ef0a4530f1411a673bd42' },
    { text: 'export SPARKPOST_API_KEY="97a3c8233bcda5382ea98994d265a6dcfcd06525"', secret: '97a3c8233bcda5382ea98994d265a6dcfcd06525' },
    { text: 'const sparkpostApiKey = \'e3f31e8eba0f5ab149abe0b0ca7afa946dcc6c7c\';', secret: 'e3f31e8eba0f5ab149abe0b0ca7afa946dcc6c7c' },
  ],
  negative: [
    'SPARKPOST_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SPARKPOST_API_KEY=${SPARKPOST_API_KEY}',
    'SPARKPOST_API_KEY=<your-sparkpost-api-key>',
    '"etag": "a73ac38cb022e498bb825e2609dd70271e7976a9"',
    'SPARKPOST_API_KEY=a73ac38cb022e498bb825e2609dd70271e7976a96a9',
    'SPARKPOST_API_KEY=a73ac38cb022e498bb825e2609dd70271e797',
    'sha = "4345827cdba4f15a38c082ffacaee9f15bdce8a0"',
  ],
};
export default fixtures;
