import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MISTRAL_API_KEY=LeWho4UadOn4poyEWa3xM2YSDiofohTN', secret: 'LeWho4UadOn4poyEWa3xM2YSDiofohTN' },
    { text: '{"mistral_api_key": "jcklqgcCC23eyuujGsNENqr3UUFgtK7Q"}', secret: 'jcklqgcCC23eyuujGsNENqr3UUFgtK7Q' },
    { text: 'mistral_api_key: bY8wgMVbKN8QZlnCKINC7PL3LnpufWVw', secret: 'bY8wgMVbKN8QZlnCKINC7PL3LnpufWVw' },
    { text: 'export MISTRAL_API_KEY="FbgMWmLCYkQ23SzPsmdH7pit3eICeIqa"', secret: 'FbgMWmLCYkQ23SzPsmdH7pit3eICeIqa' },
    { text: 'const mistralApiKey = \'Q31GeYrY83X3KN8eewBdV9AsvYChXXWJ\';', secret: 'Q31GeYrY83X3KN8eewBdV9AsvYChXXWJ' },
  ],
  negative: [
    'MISTRAL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MISTRAL_API_KEY=${MISTRAL_API_KEY}',
    'MISTRAL_API_KEY=<your-mistral-api-key>',
    '"etag": "xSuyr6vaFKU0QfstWU5O6ommR0kBx5cl"',
    'MISTRAL_API_KEY=xSuyr6vaFKU0QfstWU5O6ommR0kBx5cl5cl',
    'MISTRAL_API_KEY=xSuyr6vaFKU0QfstWU5O6ommR0kBx',
    'api_key = "swPkumJ4SsZiGXxtmEklAtLwcZs1yjKr"',
    'MISTRAL_MODEL_HASH=720fe3bd8e1c56e9e49feae5e41d9dbb',
  ],
};
export default fixtures;
