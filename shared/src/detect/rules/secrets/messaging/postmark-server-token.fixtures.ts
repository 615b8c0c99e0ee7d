import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'POSTMARK_SERVER_TOKEN=8fceaa91-2a94-4f3e-82cd-5c456a96f283', secret: '8fceaa91-2a94-4f3e-82cd-5c456a96f283' },
    { text: '{"postmark_server_token": "dc3a71ea-523c-4387-89ea-0a4fda37b531"}', secret: 'dc3a71ea-523c-4387-89ea-0a4fda37b531' },
    { text: 'postmark_server_token: 41dbf83f-c3c8-4b58-9ac7-8076540e7c26', secret: '41dbf83f-c3c8-4b58-9ac7-8076540e7c26' },
    { text: 'export POSTMARK_SERVER_TOKEN="88411cf8-8cd5-49a2-aafc-01d21e332444"', secret: '88411cf8-8cd5-49a2-aafc-01d21e332444' },
    { text: 'const postmarkServerToken = \'818133eb-ae68-46c6-ab0e-99f96f0f45b5\';', secret: '818133eb-ae68-46c6-ab0e-99f96f0f45b5' },
  ],
  negative: [
    'POSTMARK_SERVER_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'POSTMARK_SERVER_TOKEN=${POSTMARK_SERVER_TOKEN}',
    'POSTMARK_SERVER_TOKEN=<your-postmark-server-token>',
    '"etag": "6c0ae078-6cab-481f-9492-299277aebdb4"',
    'POSTMARK_SERVER_TOKEN=6c0ae078-6cab-481f-9492-299277aebdb4db4',
    'POSTMARK_SERVER_TOKEN=6c0ae078-6cab-481f-9492-299277aeb',
    'request_id: a34ab7e3-f7db-4ca0-85c4-89a882a6cddc',
  ],
};
export default fixtures;
