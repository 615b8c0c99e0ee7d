import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'WEBEX_BOT_TOKEN=gEqsTfs5SSkmsEK3xfYgA8eswCOof8B6lc3J5UWKXlIPkTIt97QMgNM3VuelLMGf_HDC1_2b108706-9d92-4643-b7d1-26dcc8cfb1d4', secret: 'gEqsTfs5SSkmsEK3xfYgA8eswCOof8B6lc3J5UWKXlIPkTIt97QMgNM3VuelLMGf_HDC1_2b108706-9d92-4643-b7d1-26dcc8cfb1d4' },
    { text: '{"webex_bot_token": "Lb7VAEnCypsOyCW6W6KFT0A3LmfN2wy2lzu0Kff4wiLUrytj4DGuBR7GMGrsefzc_QLR7_52e6b0b5-28d6-4e17-8664-0f9d53e97fda"}', secret: 'Lb7VAEnCypsOyCW6W6KFT0A3LmfN2wy2lzu0Kff4wiLUrytj4DGuBR7GMGrsefzc_QLR7_52e6b0b5-28d6-4e17-8664-0f9d53e97fda' },
    { text: 'webex_bot_token: 60skeHFPNwGJK5pit5SJhSsxvVLhO3tToa68ZgGMlvEKe2uazXTWMlfRbGOzhmYB_TOJ3_12514838-c3bb-4c2d-b709-da1e49108dfd', secret: '60skeHFPNwGJK5pit5SJhSsxvVLhO3tToa68ZgGMlvEKe2uazXTWMlfRbGOzhmYB_TOJ3_12514838-c3bb-4c2d-b709-da1e49108dfd' },
    { text: 'export WEBEX_BOT_TOKEN="dCnqgGV6Cdcp4THxFkk1DpMmLgQDYka8HitXngSKBbQhq0C3rJwrvtYbMybh9wMe_HZUG_2881f1bb-6f25-407e-9308-5f7b9e4a0468"', secret: 'dCnqgGV6Cdcp4THxFkk1DpMmLgQDYka8HitXngSKBbQhq0C3rJwrvtYbMybh9wMe_HZUG_2881f1bb-6f25-407e-9308-5f7b9e4a0468' },
    { text: 'const webexBotToken = \'xcBXltiy0q15aBMDhLmyXfmqJOcsCjQK28EmJAkzq0GTXLZVmk1XpBtHD77B8a20_68F9_6d4618e9-6fc1-4efe-999d-248815d3df77\';', secret: 'xcBXltiy0q15aBMDhLmyXfmqJOcsCjQK28EmJAkzq0GTXLZVmk1XpBtHD77B8a20_68F9_6d4618e9-6fc1-4efe-999d-248815d3df77' },
  ],
  negative: [
    'WEBEX_BOT_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxx_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'WEBEX_BOT_TOKEN=${WEBEX_BOT_TOKEN}',
    'WEBEX_BOT_TOKEN=<your-webex-access-token>',
    '"etag": "U7GSFU7ezT7aDt6ryXkpFbFLc2HhFKmYU1wmotHONR9RqlVLTqSDj3aSALEWBTEx_ZR8U_e6eb58fe-8a18-43d6-861e-39ea126476d1"',
    'WEBEX_BOT_TOKEN=U7GSFU7ezT7aDt6ryXkpFbFLc2HhFKmYU1wmotHONR9RqlVLTqSDj3aSALEWBTEx_ZR8U_e6eb58fe-8a18-43d6-861e-39ea126476d16d1',
    'WEBEX_BOT_TOKEN=U7GSFU7ezT7aDt6ryXkpFbFLc2HhFKmYU1wmotHONR9RqlVLTqSDj3aSALEWBTEx_ZR8U_e6eb58fe-8a18-43d6-861e-39ea12647',
    'token: 2QRF77PHUyAgMKAJwCC1XlSbT9eqyh8U8W3dTTWXSHcouKdD3d57QdwcZgNOcR2L_AXD5_dd410a04-a6d4-4989-9ea2-03ad5b51a0f8',
  ],
};
export default fixtures;
