import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ELEVENLABS_API_KEY=sk_05a3f83e85fc9fb6078e690f4f647cfa1bc2a392cde43021', secret: 'sk_05a3f83e85fc9fb6078e690f4f647cfa1bc2a392cde43021' },
    { text: '{"elevenlabs_api_key": "sk_198b23378d03771c4cd4283a42eefa677b89263e1e4c99e3"}', secret: 'sk_198b23378d03771c4cd4283a42eefa677b89263e1e4c99e3' },
    { text: 'elevenlabs_api_key: sk_a5749805e27320eb16ab5a8794b708baab954fe82d7d39b5', secret: 'sk_a5749805e27320eb16ab5a8794b708baab954fe82d7d39b5' },
    { text: 'export ELEVENLABS_API_KEY="sk_1241cbfa15b1e0e8c5ee33752d5a838582a7a6a282dc22ce"', secret: 'sk_1241cbfa15b1e0e8c5ee33752d5a838582a7a6a282dc22ce' },
    { text: 'const elevenlabsApiKey = \'sk_d5343c36b9c461cc9082a62eb58739eaccbcb734fd6060db\';', secret: 'sk_d5343c36b9c461cc9082a62eb58739eaccbcb734fd6060db' },
  ],
  negative: [
    'ELEVENLABS_API_KEY=xx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ELEVENLABS_API_KEY=${ELEVENLABS_API_KEY}',
    'ELEVENLABS_API_KEY=<your-elevenlabs-api-key>',
    '"etag": "sk_1c4264170c0c90acecdf4dfd8a1ae4fddd978d540951643c"',
    'ELEVENLABS_API_KEY=sk_1c4264170c0c90acecdf4dfd8a1ae4fddd978d540951643c43c',
    'ELEVENLABS_API_KEY=sk_1c4264170c0c90acecdf4dfd8a1ae4fddd978d5409516',
    'secret: sk_288fbe40be673a1ade3cbb69df92ea2fc62e778b452ca2e6',
  ],
};
export default fixtures;
