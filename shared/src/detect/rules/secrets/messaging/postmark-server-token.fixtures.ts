import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'POSTMARK_SERVER_TOKEN=6db7da2d-c9eb-40bd-9c15-5320c46e32d7', secret: '6db7da2d-c9eb-40bd-9c15-5320c46e32d7' },
    { text: '{"postmark_server_token": "2554c851-acf5-4b06-8ce4-5b5fa622f5b7"}', secret: '2554c851-acf5-4b06-8ce4-5b5fa622f5b7' },
    { text: 'postmark_server_token: 3c196474-4c71-4fff-b2a6-f3dde3f75965', secret: '3c196474-4c71-4fff-b2a6-f3dde3f75965' },
    { text: 'export POSTMARK_SERVER_TOKEN="809e2bbe-a580-4c3e-8891-981deab94e93"', secret: '809e2bbe-a580-4c3e-8891-981deab94e93' },
    { text: 'const postmarkServerToken = \'5745629e-17f7-4b74-a131-c9dbe38e1ffd\';', secret: '5745629e-17f7-4b74-a131-c9dbe38e1ffd' },
  ],
  negative: [
    'POSTMARK_SERVER_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'POSTMARK_SERVER_TOKEN=${POSTMARK_SERVER_TOKEN}',
    'POSTMARK_SERVER_TOKEN=<your-postmark-server-token>',
    '"etag": "4c8c934e-d22e-4fcd-acaf-7b79f98d2218"',
    'POSTMARK_SERVER_TOKEN=4c8c934e-d22e-4fcd-acaf-7b79f98d2218218',
    'POSTMARK_SERVER_TOKEN=4c8c934e-d22e-4fcd-acaf-7b79f98d2',
    'request_id: 73462e30-304a-4ce9-b317-3594ae3eddcb',
  ],
};
export default fixtures;
