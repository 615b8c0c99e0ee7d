import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'KUCOIN_API_SECRET=62605778-6655-4b35-b4c6-7108ce4e98cf', secret: '62605778-6655-4b35-b4c6-7108ce4e98cf' },
    { text: '{"kucoin_api_secret": "861f5eea-6cab-495b-9623-0108de2fdf41"}', secret: '861f5eea-6cab-495b-9623-0108de2fdf41' },
    { text: 'kucoin_api_secret: a58afe7f-10ea-472f-9f1b-a4ce95d673ff', secret: 'a58afe7f-10ea-472f-9f1b-a4ce95d673ff' },
    { text: 'export KUCOIN_API_SECRET="9cd67121-40d1-41d4-b27e-e822cff6068b"', secret: '9cd67121-40d1-41d4-b27e-e822cff6068b' },
    { text: 'const kucoinApiSecret = \'ca2570fe-ed12-4629-8931-1bdcf84ae33c\';', secret: 'ca2570fe-ed12-4629-8931-1bdcf84ae33c' },
  ],
  negative: [
    'KUCOIN_API_SECRET=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'KUCOIN_API_SECRET=${KUCOIN_API_SECRET}',
    'KUCOIN_API_SECRET=<your-kucoin-api-secret>',
    '"etag": "b8e371dd-0d93-4520-ae9d-7ae07570fccf"',
    'KUCOIN_API_SECRET=b8e371dd-0d93-4520-ae9d-7ae07570fccfccf',
    'KUCOIN_API_SECRET=b8e371dd-0d93-4520-ae9d-7ae07570f',
    'request_id: 1f35866a-b24c-411c-bef9-064a8b668b83',
  ],
};
export default fixtures;
