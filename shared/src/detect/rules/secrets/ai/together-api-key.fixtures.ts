import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'tgp_v1_yLugjEm0uXLRFg_lRbfi9z4gsKcmWXNG6-jTo3xEg-h',
    { text: 'TOGETHER_API_KEY=tgp_v1_CAJ9x5h7EMSTMmz560E8dGp68S69CJViAGomK63II36', secret: 'tgp_v1_CAJ9x5h7EMSTMmz560E8dGp68S69CJViAGomK63II36' },
    { text: '{"together_api_key": "tgp_v1_rWZiiB_v3QHn9O8ofP8rEbuJ2Kl-Vud47WZ9gX8p8eI"}', secret: 'tgp_v1_rWZiiB_v3QHn9O8ofP8rEbuJ2Kl-Vud47WZ9gX8p8eI' },
    { text: 'together_api_key: tgp_v1_j0IY5A6Fx92OKSePHacKLCY0dJL6-Jqlufk9lkmKBzW', secret: 'tgp_v1_j0IY5A6Fx92OKSePHacKLCY0dJL6-Jqlufk9lkmKBzW' },
    { text: 'export TOGETHER_API_KEY="tgp_v1_vNVEtALS-Uff5oe87RRaiS_0kziymdVf4-W5teXz46i"', secret: 'tgp_v1_vNVEtALS-Uff5oe87RRaiS_0kziymdVf4-W5teXz46i' },
    { text: 'const togetherApiKey = \'tgp_v1_7hUspJ_CXUAJkZ32c_gtihLYfINzOHifIIlVxLoV4df\';', secret: 'tgp_v1_7hUspJ_CXUAJkZ32c_gtihLYfINzOHifIIlVxLoV4df' },
  ],
  negative: [
    'TOGETHER_API_KEY=tgp_v1_xx-xxxxxx-xxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxx',
    'TOGETHER_API_KEY=${TOGETHER_API_KEY}',
    'TOGETHER_API_KEY=<your-together-api-key>',
  ],
};
export default fixtures;
