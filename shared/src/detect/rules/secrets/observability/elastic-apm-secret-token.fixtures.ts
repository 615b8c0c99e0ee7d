import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ELASTIC_APM_SECRET_TOKEN=ujDg6EKE2ZUdjd37UocZjvit', secret: 'ujDg6EKE2ZUdjd37UocZjvit' },
    { text: '{"elastic_apm_secret_token": "3UMZaHm7mn4yLqtFFje7Da3y"}', secret: '3UMZaHm7mn4yLqtFFje7Da3y' },
    { text: 'elastic_apm_secret_token: XEJqwG3uGRFxIXm5pamEoIgB', secret: 'XEJqwG3uGRFxIXm5pamEoIgB' },
    { text: 'export ELASTIC_APM_SECRET_TOKEN="YvzR2thbxn9OoLH5LodYC6xP"', secret: 'YvzR2thbxn9OoLH5LodYC6xP' },
  ],
  negative: [
    'ELASTIC_APM_SECRET_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
    'ELASTIC_APM_SECRET_TOKEN=${ELASTIC_APM_SECRET_TOKEN}',
    'ELASTIC_APM_SECRET_TOKEN=<your-elastic-apm-secret-token>',
    '"etag": "TtOX1OaYLOjOt1UnTRY6fM7r"',
    'secret_token: pML6WIKtpoloBCaDD4bkeOtL',
  ],
};
export default fixtures;
