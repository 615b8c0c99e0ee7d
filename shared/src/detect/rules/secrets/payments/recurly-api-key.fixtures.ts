import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'RECURLY_API_KEY=6d04defe324645061d7cef28feaee7fb', secret: '6d04defe324645061d7cef28feaee7fb' },
    { text: '{"recurly_api_key": "55ab0bb1bac07aaf8fed1a92aad8d320"}', secret: '55ab0bb1bac07aaf8fed1a92aad8d320' },
    { text: 'recurly_api_key: bbd5f823707853781311853b4600757e', secret: 'bbd5f823707853781311853b4600757e' },
    { text: 'export RECURLY_API_KEY="029f62c33149fcf0910b7aadeb118b6f"', secret: '029f62c33149fcf0910b7aadeb118b6f' },
    { text: 'const recurlyApiKey = \'d06ad8a0cdcf7322dc65d50d67409ca1\';', secret: 'd06ad8a0cdcf7322dc65d50d67409ca1' },
  ],
  negative: [
    'RECURLY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'RECURLY_API_KEY=${RECURLY_API_KEY}',
    'RECURLY_API_KEY=<your-recurly-api-key>',
    '"etag": "44443b07b283efd5d599b3df97880c58"',
    'RECURLY_API_KEY=44443b07b283efd5d599b3df97880c58c58',
    'RECURLY_API_KEY=44443b07b283efd5d599b3df97880',
    'sha = "26fc5ce60e9ec78fd3747d713c801dbf"',
  ],
};
export default fixtures;
