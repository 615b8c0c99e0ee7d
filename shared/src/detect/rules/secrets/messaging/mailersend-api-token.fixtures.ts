import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'mlsn.cf2c16b06ed36d1bf616542b66f79c91fd11def2fd11e70b57cf8b3577f42c89',
    { text: 'MAILERSEND_API_KEY=mlsn.2e9d7a169fe2f420abf06cf92ff1e3a557d57ddc756e817f8c414add2ca3bb49', secret: 'mlsn.2e9d7a169fe2f420abf06cf92ff1e3a557d57ddc756e817f8c414add2ca3bb49' },
    { text: '{"mailersend_api_key": "mlsn.b9de9084b74f510e62f73d27238c7a31e47e57e292298fd99c1ad3b782a2b946"}', secret: 'mlsn.b9de9084b74f510e62f73d27238c7a31e47e57e292298fd99c1ad3b782a2b946' },
    { text: 'mailersend_api_key: mlsn.454ec2b85d36597daef3ddf76454fad547fff8296a1d17f3e3b696cb11fb3994', secret: 'mlsn.454ec2b85d36597daef3ddf76454fad547fff8296a1d17f3e3b696cb11fb3994' },
    { text: 'export MAILERSEND_API_KEY="mlsn.988e3517a80788e05509d2493de735de3fb5afe9ec660620535fc420049dbc09"', secret: 'mlsn.988e3517a80788e05509d2493de735de3fb5afe9ec660620535fc420049dbc09' },
    { text: 'const mailersendApiKey = \'mlsn.5309b29ec357a5ce881aadab38b1a8472fd2e7c1e9f72cde4b25f361f8c419e6\';', secret: 'mlsn.5309b29ec357a5ce881aadab38b1a8472fd2e7c1e9f72cde4b25f361f8c419e6' },
  ],
  negative: [
    'MAILERSEND_API_KEY=mlsn.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILERSEND_API_KEY=${MAILERSEND_API_KEY}',
    'MAILERSEND_API_KEY=<your-mailersend-api-token>',
    'MAILERSEND_API_KEY=mlsn.80fdb223f0e27cb32fc57f264b10ae74134aeaf77bb5142070d8b7024881bc35c35',
    'MAILERSEND_API_KEY=mlsn.80fdb223f0e27cb32fc57f264b10ae74134aeaf77bb5142070d8b7024881b',
  ],
};
export default fixtures;
