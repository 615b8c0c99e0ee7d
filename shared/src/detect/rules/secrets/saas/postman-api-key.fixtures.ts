import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'PMAK-2a48d6fa7d590abb264d18a6-3ee1faf4d4070997c8416d852aecfe273c',
    { text: 'POSTMAN_API_KEY=PMAK-715c1b960d39ed1a7320f75e-b475903db9c88cc5e2825be3a3dd93aa5a', secret: 'PMAK-715c1b960d39ed1a7320f75e-b475903db9c88cc5e2825be3a3dd93aa5a' },
    { text: '{"postman_api_key": "PMAK-2fa26249846ce84984f736e5-c34bf0a33f6c012a1847b0cd2491babf05"}', secret: 'PMAK-2fa26249846ce84984f736e5-c34bf0a33f6c012a1847b0cd2491babf05' },
    { text: 'postman_api_key: PMAK-48d75f6a4ee98b255ead42fb-34caedc5774dba4ab56542dca277a6785d', secret: 'PMAK-48d75f6a4ee98b255ead42fb-34caedc5774dba4ab56542dca277a6785d' },
    { text: 'export POSTMAN_API_KEY="PMAK-addea2d56072dda8e098eace-18cb0098a5cd94484277454e2c6cfff44f"', secret: 'PMAK-addea2d56072dda8e098eace-18cb0098a5cd94484277454e2c6cfff44f' },
    { text: 'const postmanApiKey = \'PMAK-caf27342ae6e2731cd9c36d9-3f1acfbbf3ab3d9b40377b4a7974639c5e\';', secret: 'PMAK-caf27342ae6e2731cd9c36d9-3f1acfbbf3ab3d9b40377b4a7974639c5e' },
    'PMAK-9f1EF714a8ACf4E7B60c5BEa-86d6E57ED15CE8b1DB83bDb6BF7d9E37cc',
    { text: 'POSTMAN_API_KEY="PMAK-C41D7C9A4812A4338F9CAE49-2BA85AFC36619856D699873E7F0473BE24"', secret: 'PMAK-C41D7C9A4812A4338F9CAE49-2BA85AFC36619856D699873E7F0473BE24' },
  ],
  negative: [
    'POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'POSTMAN_API_KEY=${POSTMAN_API_KEY}',
    'POSTMAN_API_KEY=<your-postman-api-key>',
    'POSTMAN_API_KEY=PMAK-0f0fd5318111ab5bada14047-9a65fbd5d8b4f31ac74a31f0276936739f39f',
    'POSTMAN_API_KEY=PMAK-0f0fd5318111ab5bada14047-9a65fbd5d8b4f31ac74a31f02769367',
  ],
};
export default fixtures;
