import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'amzn.mws.0ab2b6f6-d822-4763-af26-b9dcf8e36a7b',
    { text: 'MWS_AUTH_TOKEN=amzn.mws.3686c5ef-4b5e-456e-84fa-10cc9de244e4', secret: 'amzn.mws.3686c5ef-4b5e-456e-84fa-10cc9de244e4' },
    { text: '{"mws_auth_token": "amzn.mws.1f7c5f19-056e-43b7-a57f-37853c6afdc1", "region": "eu-west-1"}', secret: 'amzn.mws.1f7c5f19-056e-43b7-a57f-37853c6afdc1' },
    { text: '  mws_auth_token: amzn.mws.9b972412-369b-40fa-982f-da4439c2b07d', secret: 'amzn.mws.9b972412-369b-40fa-982f-da4439c2b07d' },
    { text: 'export MWS_AUTH_TOKEN="amzn.mws.fd133106-3393-4c9d-8ec7-8c2ea6203752"', secret: 'amzn.mws.fd133106-3393-4c9d-8ec7-8c2ea6203752' },
    { text: 'const mwsAuthToken = \'amzn.mws.b8b62eaf-feb8-4b50-901b-a7f04b758593\';', secret: 'amzn.mws.b8b62eaf-feb8-4b50-901b-a7f04b758593' },
  ],
  negative: [
    'MWS_AUTH_TOKEN=amzn.mws.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MWS_AUTH_TOKEN=<your-aws-mws-auth-token>',
    'MWS_AUTH_TOKEN=${MWS_AUTH_TOKEN}',
    'MWS_AUTH_TOKEN=amzn.mws.2e8957c8-3f71-4f7c-8d6e-275d6e935',
    'MWS_AUTH_TOKEN=amzn.mws.c25b9f3b-e478-4629-893d-53815572031crpu',
    'amzn.mws.auth.token.header',
    'MWS=amzn.mws.aca5c840-63c1-43f3-8927-039c2b',
  ],
};
export default fixtures;
