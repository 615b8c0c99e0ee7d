import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ROCKETCHAT_AUTH_TOKEN=xiW1isb7s9WVk0jdAq-RsFjB18VellaRnkhwu0cpQnV', secret: 'xiW1isb7s9WVk0jdAq-RsFjB18VellaRnkhwu0cpQnV' },
    { text: '{"rocketchat_auth_token": "0FXbPNhh9fWUQHIpUPRZGKMXSVwEQ63TiHDv7xCfxl1"}', secret: '0FXbPNhh9fWUQHIpUPRZGKMXSVwEQ63TiHDv7xCfxl1' },
    { text: 'rocketchat_auth_token: V7HRTRju8BdetGOdOy-Vtyb6G7N6Mew8CSQDwSmeBFh', secret: 'V7HRTRju8BdetGOdOy-Vtyb6G7N6Mew8CSQDwSmeBFh' },
    { text: 'export ROCKETCHAT_AUTH_TOKEN="uYtK4bWZVJYp-K9fjFc3pjyq7iWbqcAHIYpYjJDEfx0"', secret: 'uYtK4bWZVJYp-K9fjFc3pjyq7iWbqcAHIYpYjJDEfx0' },
    { text: 'const rocketchatAuthToken = \'SQNfF8W_I2l0nNFCyyTjEGBrfhyPqiudTcKSZf7wRqS\';', secret: 'SQNfF8W_I2l0nNFCyyTjEGBrfhyPqiudTcKSZf7wRqS' },
  ],
  negative: [
    'ROCKETCHAT_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxx',
    'ROCKETCHAT_AUTH_TOKEN=${ROCKETCHAT_AUTH_TOKEN}',
    'ROCKETCHAT_AUTH_TOKEN=<your-rocketchat-access-token>',
    '"etag": "Ohnnl2YjvQyUYuCYbHisUkWC6_kCBkdQ6XvIAbwuqo3"',
    'ROCKETCHAT_AUTH_TOKEN=Ohnnl2YjvQyUYuCYbHisUkWC6_kCBkdQ6XvIAbwuqo3qo3',
    'ROCKETCHAT_AUTH_TOKEN=Ohnnl2YjvQyUYuCYbHisUkWC6_kCBkdQ6XvIAbwu',
    'token: 5eYW7sNz_aTe8z64QXi_jG42PCQ8jmNvCXTClyH7Vu1',
  ],
};
export default fixtures;
