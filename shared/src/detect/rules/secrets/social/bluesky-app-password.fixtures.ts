import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BLUESKY_APP_PASSWORD=u5zy-c489-tmgd-jdvd', secret: 'u5zy-c489-tmgd-jdvd' },
    { text: '{"bluesky_app_password": "n287-d4o6-cxvm-9lyh"}', secret: 'n287-d4o6-cxvm-9lyh' },
    { text: 'bluesky_app_password: xrhe-y2n2-rmwy-6va3', secret: 'xrhe-y2n2-rmwy-6va3' },
    { text: 'export BLUESKY_APP_PASSWORD="0k9l-2lvq-djkk-3ybf"', secret: '0k9l-2lvq-djkk-3ybf' },
    { text: 'const blueskyAppPassword = \'2gxc-jsbk-7s6d-bmxe\';', secret: '2gxc-jsbk-7s6d-bmxe' },
  ],
  negative: [
    'BLUESKY_APP_PASSWORD=xxxx-xxxx-xxxx-xxxx',
    'BLUESKY_APP_PASSWORD=${BLUESKY_APP_PASSWORD}',
    'BLUESKY_APP_PASSWORD=<your-bluesky-app-password>',
    '"etag": "cg2v-4zkb-bdu8-wc4p"',
    'BLUESKY_APP_PASSWORD=cg2v-4zkb-bdu8-wc4pc4p',
    'BLUESKY_APP_PASSWORD=cg2v-4zkb-bdu8-w',
    'password=iejx-ittw-jkk0-gzj9',
  ],
};
export default fixtures;
