import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'JOTFORM_API_KEY=47398bed1c07dfad854ef0456d09a0ab', secret: '47398bed1c07dfad854ef0456d09a0ab' },
    { text: '{"jotform_api_key": "9f20786916d2846e21eb9ccdda42e8f9"}', secret: '9f20786916d2846e21eb9ccdda42e8f9' },
    { text: 'jotform_api_key: 3cebd59c834a213a15c604f7c318077f', secret: '3cebd59c834a213a15c604f7c318077f' },
    { text: 'export JOTFORM_API_KEY="2b68c26c2c72c4dca6759a9a047ea087"', secret: '2b68c26c2c72c4dca6759a9a047ea087' },
    { text: 'const jotformApiKey = \'be838a27e2d2827503a51a9255973eae\';', secret: 'be838a27e2d2827503a51a9255973eae' },
  ],
  negative: [
    'JOTFORM_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'JOTFORM_API_KEY=${JOTFORM_API_KEY}',
    'JOTFORM_API_KEY=<your-jotform-api-key>',
    '"etag": "cfd30a4fb5ab0a329b75b935ad48b62c"',
    'JOTFORM_API_KEY=cfd30a4fb5ab0a329b75b935ad48b62c62c',
    'JOTFORM_API_KEY=cfd30a4fb5ab0a329b75b935ad48b',
    'sha = "aea0d02caad5efa5ed6ba303fe30c47c"',
  ],
};
export default fixtures;
