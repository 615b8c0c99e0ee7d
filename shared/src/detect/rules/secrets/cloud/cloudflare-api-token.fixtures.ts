import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'cfut_P2LDIv5u7FduWRDlFHmCiHtmXzd6nVrGTV5HKxAo3ad6d91a',
    { text: 'CLOUDFLARE_API_TOKEN=cfat_eIndILY0QorqGxaVk7vnCXu0Clp5Szxs63Kz05i180091a00', secret: 'cfat_eIndILY0QorqGxaVk7vnCXu0Clp5Szxs63Kz05i180091a00' },
    { text: '{"cloudflare_token": "cfut_SX7LN38mbbSuglRSCSmWMwLMcLBGQ4loYT99MHD2ec9e8b61", "region": "eu-west-1"}', secret: 'cfut_SX7LN38mbbSuglRSCSmWMwLMcLBGQ4loYT99MHD2ec9e8b61' },
    { text: '  cloudflare_token: cfut_Uh0YwbEGTk70jRr03tAqHCJ35ZtxhSLtutPZxBJo77790836', secret: 'cfut_Uh0YwbEGTk70jRr03tAqHCJ35ZtxhSLtutPZxBJo77790836' },
    { text: 'export CLOUDFLARE_API_TOKEN="cfat_BwsoLQ2YC6Or090J07JdCEO6akn8sTkTt4YEggo599231626"', secret: 'cfat_BwsoLQ2YC6Or090J07JdCEO6akn8sTkTt4YEggo599231626' },
    { text: 'const cloudflareToken = \'cfat_fIRhcmQhntl5Lk2CbmRrbLl7SAmuYef29IMe6pAc6449620f\';', secret: 'cfat_fIRhcmQhntl5Lk2CbmRrbLl7SAmuYef29IMe6pAc6449620f' },
  ],
  negative: [
    'CLOUDFLARE_API_TOKEN=cfut_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLOUDFLARE_API_TOKEN=<your-cloudflare-api-token>',
    'CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}',
    'cfut_ and cfat_ are Cloudflare token prefixes',
    'cfut_nBAd6Qlav4g3Oa02YwIU',
  ],
};
export default fixtures;
