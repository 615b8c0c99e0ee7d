import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    're_4MZFw7nf_LIuRzd73MlfWNX4sJ4w8aG0R',
    { text: 'RESEND_API_KEY=re_cUIPRzAf_OpD5Z1h0GLDCMMkYK6f7WPPS', secret: 're_cUIPRzAf_OpD5Z1h0GLDCMMkYK6f7WPPS' },
    { text: '{"resend_api_key": "re_5CB2SBvj_CZx1x832QjYY1p23WaxlAHTL"}', secret: 're_5CB2SBvj_CZx1x832QjYY1p23WaxlAHTL' },
    { text: 'resend_api_key: re_gAiWuT2v_LHJazIaHlw7d60sj3LByqItD', secret: 're_gAiWuT2v_LHJazIaHlw7d60sj3LByqItD' },
    { text: 'export RESEND_API_KEY="re_ojYNfPwy_W31PHAsPMElyng135PtIcGs0"', secret: 're_ojYNfPwy_W31PHAsPMElyng135PtIcGs0' },
    { text: 'const resendApiKey = \'re_3QyR9X6Z_qNj9v09g3FdypBbgBaeOw0eh\';', secret: 're_3QyR9X6Z_qNj9v09g3FdypBbgBaeOw0eh' },
  ],
  negative: [
    'RESEND_API_KEY=re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx',
    'RESEND_API_KEY=${RESEND_API_KEY}',
    'RESEND_API_KEY=<your-resend-api-key>',
    'RESEND_API_KEY=re_7qpuOU5a_mbvkstJsWqmjLnQ9XmREshLLhLL',
    'RESEND_API_KEY=re_7qpuOU5a_mbvkstJsWqmjLnQ9XmREs',
  ],
};
export default fixtures;
