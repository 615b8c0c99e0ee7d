import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MISTRAL_API_KEY=vp2Jec4GEtutmQnzxQFNFFWvg7LZ2U0j', secret: 'vp2Jec4GEtutmQnzxQFNFFWvg7LZ2U0j' },
    { text: '{"mistral_api_key": "HOhTZLYphnlK7B47mC0aTaTXDZGx2AD6"}', secret: 'HOhTZLYphnlK7B47mC0aTaTXDZGx2AD6' },
    { text: 'mistral_api_key: FmLVYbEQ0CaTciRgakQFfmU51XarsuTM', secret: 'FmLVYbEQ0CaTciRgakQFfmU51XarsuTM' },
    { text: 'export MISTRAL_API_KEY="xnTmPu0hScZvi7bDLrHp5VJBIzH9EnHN"', secret: 'xnTmPu0hScZvi7bDLrHp5VJBIzH9EnHN' },
    { text: 'const mistralApiKey = \'3m1RpnyjJlSyYlnCrctAK6P5BiWuiIhz\';', secret: '3m1RpnyjJlSyYlnCrctAK6P5BiWuiIhz' },
  ],
  negative: [
    'MISTRAL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MISTRAL_API_KEY=${MISTRAL_API_KEY}',
    'MISTRAL_API_KEY=<your-mistral-api-key>',
    '"etag": "Rs4YIqbDHDCcLqo8eOC3pK158CApaZic"',
    'MISTRAL_API_KEY=Rs4YIqbDHDCcLqo8eOC3pK158CApaZicZic',
    'MISTRAL_API_KEY=Rs4YIqbDHDCcLqo8eOC3pK158CApa',
    'api_key = "XOtvu0wvenY3jBfFYNiEGcErwlVR7lIr"',
    'MISTRAL_MODEL_HASH=d1a1c3c75031b9d4908e5fb3858d3fb3',
  ],
};
export default fixtures;
