import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-ant-oat01-LEtTb3ymWOZby3QbSAte988XFFq6XHiWEH4sj2Agcao06kdx7pOzrjC1kYCzw7IEfDL5PvxtIzTkF3CPsrE5jatxgd52JAA',
    { text: 'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-zZZ_yCPFXB_18W_N1PRqFxu0Og0EAZteWsxnhRtz4p8iTEtS6_U6lWcHlzWXudb6gAY1dOV2E2YED02Suia3m4JO8ZUD0AA', secret: 'sk-ant-oat01-zZZ_yCPFXB_18W_N1PRqFxu0Og0EAZteWsxnhRtz4p8iTEtS6_U6lWcHlzWXudb6gAY1dOV2E2YED02Suia3m4JO8ZUD0AA' },
    { text: '{"claude_code_oauth_token": "sk-ant-oat01-uocUvhidOhhay_HWpzKiYmCykuyPC19LYJ3TkedJc703CDuNv8kBFpR4L6DU6IohLWWw6IcDLRBx6mcW4Rd3grr2498A6AA"}', secret: 'sk-ant-oat01-uocUvhidOhhay_HWpzKiYmCykuyPC19LYJ3TkedJc703CDuNv8kBFpR4L6DU6IohLWWw6IcDLRBx6mcW4Rd3grr2498A6AA' },
    { text: 'claude_code_oauth_token: sk-ant-oat01-0m41BA4mDgFHRRCNtBkUpeacntsMS-k3Svz9ew0gNLMYXjwzizIMuPpKsM3hVaHguS_iQ7oknMbnPnQZVJkco4EKRGqRuAA', secret: 'sk-ant-oat01-0m41BA4mDgFHRRCNtBkUpeacntsMS-k3Svz9ew0gNLMYXjwzizIMuPpKsM3hVaHguS_iQ7oknMbnPnQZVJkco4EKRGqRuAA' },
    { text: 'export CLAUDE_CODE_OAUTH_TOKEN="sk-ant-oat01-weCsxkcsNMYh7L6lO27SMt7sGWHt6ApSs2PwklqxKDehF1hURE-0m9KqUqUS9b4a2Iy8Ztz7iv-r0aCeW2d9qFnoydw8DAA"', secret: 'sk-ant-oat01-weCsxkcsNMYh7L6lO27SMt7sGWHt6ApSs2PwklqxKDehF1hURE-0m9KqUqUS9b4a2Iy8Ztz7iv-r0aCeW2d9qFnoydw8DAA' },
    { text: 'const claudeCodeOauthToken = \'sk-ant-oat01-dxPHqC56b5EN3eGSsgacv7YKQ7mf5R44X5q9isms79rr8aZRMTiVDzcIugUxaPez3nRjBxdQOQgUttC7Vaf6DXBUMPLhrAA\';', secret: 'sk-ant-oat01-dxPHqC56b5EN3eGSsgacv7YKQ7mf5R44X5q9isms79rr8aZRMTiVDzcIugUxaPez3nRjBxdQOQgUttC7Vaf6DXBUMPLhrAA' },
  ],
  negative: [
    'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oatxx-xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxx',
    'CLAUDE_CODE_OAUTH_TOKEN=${CLAUDE_CODE_OAUTH_TOKEN}',
    'CLAUDE_CODE_OAUTH_TOKEN=<your-anthropic-oauth-token>',
  ],
};
export default fixtures;
