import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TRELLO_API_KEY=bae43a415d2cbf74fa9b4fb32a1e531c', secret: 'bae43a415d2cbf74fa9b4fb32a1e531c' },
    { text: '{"trello_api_key": "6cea77b8c4700458f31487d4050304f9"}', secret: '6cea77b8c4700458f31487d4050304f9' },
    { text: 'trello_api_key: 56f5a65a86f332db4a6bbf30e1df68a9', secret: '56f5a65a86f332db4a6bbf30e1df68a9' },
    { text: 'export TRELLO_API_KEY="31a7cec451f0ae13ce0397cbb62e8c75"', secret: '31a7cec451f0ae13ce0397cbb62e8c75' },
    { text: 'const trelloApiKey = \'1e77423a54b1666d30d2ea19692ccf7e\';', secret: '1e77423a54b1666d30d2ea19692ccf7e' },
  ],
  negative: [
    'TRELLO_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TRELLO_API_KEY=${TRELLO_API_KEY}',
    'TRELLO_API_KEY=<your-trello-api-key>',
    '"etag": "04dd3ae2afc9f2fd6a7c984a098d67f7"',
    'TRELLO_API_KEY=04dd3ae2afc9f2fd6a7c984a098d67f77f7',
    'TRELLO_API_KEY=04dd3ae2afc9f2fd6a7c984a098d6',
    'sha = "8cde8c9c48c5864dcc7585622b943145"',
  ],
};
export default fixtures;
