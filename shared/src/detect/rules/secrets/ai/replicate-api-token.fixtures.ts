import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'r8_FUqmRpyszx2f2FePtvVvvEPexROPhrgj8tHKl',
    { text: 'REPLICATE_API_TOKEN=r8_KAA4UI7DBMlvPT2nC2HkricaZHM9Q70YTbN7s', secret: 'r8_KAA4UI7DBMlvPT2nC2HkricaZHM9Q70YTbN7s' },
    { text: '{"replicate_api_token": "r8_jQgMVefoxpEY4T4xddW3EIMKfjnq65vHRPVAU"}', secret: 'r8_jQgMVefoxpEY4T4xddW3EIMKfjnq65vHRPVAU' },
    { text: 'replicate_api_token: r8_futpwgz9fr0C3lihPeLeBDMsAiBmaA7n3pVq2', secret: 'r8_futpwgz9fr0C3lihPeLeBDMsAiBmaA7n3pVq2' },
    { text: 'export REPLICATE_API_TOKEN="r8_Q71YEHSPQQfil4fLdnkLwIClNTm7wRI93XGwS"', secret: 'r8_Q71YEHSPQQfil4fLdnkLwIClNTm7wRI93XGwS' },
    { text: 'const replicateApiToken = \'r8_RIVsi2B2eaWBYRpq07kzgzAhuk7ILXxuJ53pI\';', secret: 'r8_RIVsi2B2eaWBYRpq07kzgzAhuk7ILXxuJ53pI' },
  ],
  negative: [
    'REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'REPLICATE_API_TOKEN=${REPLICATE_API_TOKEN}',
    'REPLICATE_API_TOKEN=<your-replicate-api-token>',
    'REPLICATE_API_TOKEN=r8_bAtD7CHTEVCeNjK04F7xBFmAg7AcW3e8Obr0Or0O',
    'REPLICATE_API_TOKEN=r8_bAtD7CHTEVCeNjK04F7xBFmAg7AcW3e8Ob',
  ],
};
export default fixtures;
