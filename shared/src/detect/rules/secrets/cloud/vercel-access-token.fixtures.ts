import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'vcp_2qkOgphmEVjSgGQVYaQmGewN8ERa1YsPL7LLpWdr089MIJPi',
    { text: 'VERCEL_TOKEN=vcp_i0tqFXNE6QrFMv4SQam3bY9yS9IBCsScLLlP0GRWZetSRZ3U', secret: 'vcp_i0tqFXNE6QrFMv4SQam3bY9yS9IBCsScLLlP0GRWZetSRZ3U' },
    { text: '{"vercel_token": "vcp_rcPakefvDcAuTreOoDDrZY0CbBLvNHEb79zRSWKFuQS6qJwc", "region": "eu-west-1"}', secret: 'vcp_rcPakefvDcAuTreOoDDrZY0CbBLvNHEb79zRSWKFuQS6qJwc' },
    { text: '  vercel_token: vcp_8fJ03IYfLJkOP4DTHRAbCg4ZJPdKRST5i6Yjf1XgOLdxFocK', secret: 'vcp_8fJ03IYfLJkOP4DTHRAbCg4ZJPdKRST5i6Yjf1XgOLdxFocK' },
    { text: 'export VERCEL_TOKEN="vcp_UtWvBEaENaiGSuljWnKQfeBU1m5nGAbV7ekng8Tf5LPwfEZh"', secret: 'vcp_UtWvBEaENaiGSuljWnKQfeBU1m5nGAbV7ekng8Tf5LPwfEZh' },
    { text: 'const vercelToken = \'vcp_ND8WKNtQ04pCcMJOqR4TLCBX2OvalAKYEiptrCssTd93iJn0\';', secret: 'vcp_ND8WKNtQ04pCcMJOqR4TLCBX2OvalAKYEiptrCssTd93iJn0' },
  ],
  negative: [
    'VERCEL_TOKEN=vcp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'VERCEL_TOKEN=<your-vercel-access-token>',
    'VERCEL_TOKEN=${VERCEL_TOKEN}',
    'vcp_memory_write_blocked_global',
    'vcp_acxerhhr2bfynv4wkb9dcoky9rszvs',
  ],
};
export default fixtures;
