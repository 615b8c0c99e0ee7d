import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'COHERE_API_KEY=6mKxO7DLU0TkIIk13zmufidJfoiozx32NkbG4Fyk', secret: '6mKxO7DLU0TkIIk13zmufidJfoiozx32NkbG4Fyk' },
    { text: '{"cohere_api_key": "GKMWvSzOIvTCjfXf8zREaWtFZ4U1AX8hFZggg8qx"}', secret: 'GKMWvSzOIvTCjfXf8zREaWtFZ4U1AX8hFZggg8qx' },
    { text: 'cohere_api_key: Pls7iSoWd954R1HYpQUn7CUEJHIUS8JK2Nx598yv', secret: 'Pls7iSoWd954R1HYpQUn7CUEJHIUS8JK2Nx598yv' },
    { text: 'export COHERE_API_KEY="uAsIRbn7iyG8O1JWHs0UofLpSmyqOhM1puiWswGr"', secret: 'uAsIRbn7iyG8O1JWHs0UofLpSmyqOhM1puiWswGr' },
    { text: 'const cohereApiKey = \'SpW6UnOLbKkPgGk8SuX2t6XjLFWLAFmIg3oD46SE\';', secret: 'SpW6UnOLbKkPgGk8SuX2t6XjLFWLAFmIg3oD46SE' },
  ],
  negative: [
    'COHERE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'COHERE_API_KEY=${COHERE_API_KEY}',
    'COHERE_API_KEY=<your-cohere-api-key>',
    '"etag": "sTnL6YRoNvvDCheoqZHRCGiIgxKM1UVLUVwgbVVD"',
    'COHERE_API_KEY=sTnL6YRoNvvDCheoqZHRCGiIgxKM1UVLUVwgbVVDVVD',
    'COHERE_API_KEY=sTnL6YRoNvvDCheoqZHRCGiIgxKM1UVLUVwgb',
    'token = "kHByjfeM3H8YECRiRbEiLuI74OvMOmPuzVk5DWhn"',
  ],
};
export default fixtures;
