import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ABLY_API_KEY=Y5iuz7.ANdTWy:Q6T9UxpLpZXCUUlF0ZLny5QMy-zc8TtZquWCoHVYKZw', secret: 'Q6T9UxpLpZXCUUlF0ZLny5QMy-zc8TtZquWCoHVYKZw' },
    { text: '{"ably_api_key": "zhRpHD.XyMwkC:Xde7qBKwc0Cm7vEoWmFunRuGgWcm_9KBD-f4KYJ8sfw"}', secret: 'Xde7qBKwc0Cm7vEoWmFunRuGgWcm_9KBD-f4KYJ8sfw' },
    { text: 'ably_api_key: PVOABQ.ERIhl7:-1kv8FQRgcPlVoFD3AX7CIp82UdNqMueA0nV77GMp_f', secret: '-1kv8FQRgcPlVoFD3AX7CIp82UdNqMueA0nV77GMp_f' },
    { text: 'export ABLY_API_KEY="hvPFTX.KzbFCE:phyVjNy-_DqgFez0FKT_WbcyHgb3J_fFztpQEzmAU1x"', secret: 'phyVjNy-_DqgFez0FKT_WbcyHgb3J_fFztpQEzmAU1x' },
  ],
  negative: [
    'ABLY_API_KEY=09Nwdq.WEXXm7:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxx',
    'ABLY_API_KEY=${ABLY_API_KEY}',
    'ABLY_API_KEY=<your-ably-api-key>',
    '"etag": "659211.2Adp5l:7p1K5TPRaj5WgcPbUAns3lSdzmKm8VQ_lOkpD8WlbeO"',
    'ABLY_API_KEY=iE9BaZ.0FD0wt:7p1K5TPRaj5WgcPbUAns3lSdzmKm8VQ_lOkpD8WlbeObeO',
    'ABLY_API_KEY=dGi45S.ilc0WZ:7p1K5TPRaj5WgcPbUAns3lSdzmKm8VQ_lOkpD8Wl',
    'probably A5zQ0O.ovKqlq:SZaNxaOAnWaYeh5uiefNHrMW4jc642Uwd8VoUig__xQ',
  ],
};
export default fixtures;
