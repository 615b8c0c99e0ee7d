import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'VERCEL_TOKEN=FNj4xte4mPJqRwMmxOEWSWVI', secret: 'FNj4xte4mPJqRwMmxOEWSWVI' },
    { text: '{"vercel_token": "3biuuS992XXGciM4iq19RkTr", "region": "eu-west-1"}', secret: '3biuuS992XXGciM4iq19RkTr' },
    { text: '  vercel_token: u2ORJvPTJNLB2jENyJnJpsbJ', secret: 'u2ORJvPTJNLB2jENyJnJpsbJ' },
    { text: 'export VERCEL_TOKEN="IWIYV8xtZO2rFOGV5Iu3LqWO"', secret: 'IWIYV8xtZO2rFOGV5Iu3LqWO' },
    { text: 'const vercelToken = \'rhM5LtsIWLA88J35nbnSzY1Y\';', secret: 'rhM5LtsIWLA88J35nbnSzY1Y' },
  ],
  negative: [
    'VERCEL_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
    'VERCEL_TOKEN=<your-vercel-access-token-legacy>',
    'VERCEL_TOKEN=${VERCEL_TOKEN}',
    'VERCEL_TOKEN=dZYPXiIqkuuh4mOIRh5hQ',
    'VERCEL_TOKEN=CZVrpVX7vSODdPBiIRMRz3QXnfN',
    'checksum: QCO9EWQMG9qM3NztY16c59J4',
    'const ref = "NtkZu6ks9xoXyNGPdxrTtpJO";',
    'VERCEL_PROJECT_ID=prj_e16rz7T2tb73I7Nx1unI9ip4fcyN',
  ],
};
export default fixtures;
