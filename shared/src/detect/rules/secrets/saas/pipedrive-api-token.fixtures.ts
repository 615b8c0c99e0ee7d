import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PIPEDRIVE_API_TOKEN=7aaa61666d2227ccc3da773fa5e4d88c8328c9f1', secret: '7aaa61666d2227ccc3da773fa5e4d88c8328c9f1' },
    { text: '{"pipedrive_api_token": "b70f56fae4f48026397082c0f2ccdfed115d97e1"}', secret: 'b70f56fae4f48026397082c0f2ccdfed115d97e1' },
    { text: 'pipedrive_api_token: 52f544ff4750ae7142722ac7f0804cacb5722ffa', secret: '52f544ff4750ae7142722ac7f0804cacb5722ffa' },
    { text: 'export PIPEDRIVE_API_TOKEN="db587cb1cc5be6c4ecb76df8d61756568e926823"', secret: 'db587cb1cc5be6c4ecb76df8d61756568e926823' },
    { text: 'const pipedriveApiToken = \'9b24ac6352009fc287ce4a12a488969434a8383e\';', secret: '9b24ac6352009fc287ce4a12a488969434a8383e' },
  ],
  negative: [
    'PIPEDRIVE_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PIPEDRIVE_API_TOKEN=${PIPEDRIVE_API_TOKEN}',
    'PIPEDRIVE_API_TOKEN=<your-pipedrive-api-token>',
    '"etag": "c2a7a9f5e208a5c095b4145579329bc6686c9cf6"',
    'PIPEDRIVE_API_TOKEN=c2a7a9f5e208a5c095b4145579329bc6686c9cf6cf6',
    'PIPEDRIVE_API_TOKEN=c2a7a9f5e208a5c095b4145579329bc6686c9',
    'sha = "1a3d3308ad8d58f270f8fb38bb08ad2e2c603123"',
  ],
};
export default fixtures;
