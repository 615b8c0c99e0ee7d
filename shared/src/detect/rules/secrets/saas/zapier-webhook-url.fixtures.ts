import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://hooks.zapier.com/hooks/catch/2709949/ljgpa2e/', secret: 'hooks.zapier.com/hooks/catch/2709949/ljgpa2e' },
    { text: 'ZAPIER_HOOK_URL=https://hooks.zapier.com/hooks/catch/6267710/jhu4k7p/', secret: 'hooks.zapier.com/hooks/catch/6267710/jhu4k7p' },
    { text: '{"zapier_hook_url": "https://hooks.zapier.com/hooks/catch/2776079/9ynbd6d/"}', secret: 'hooks.zapier.com/hooks/catch/2776079/9ynbd6d' },
    { text: 'zapier_hook_url: https://hooks.zapier.com/hooks/catch/5636023/s2e1e76/', secret: 'hooks.zapier.com/hooks/catch/5636023/s2e1e76' },
    { text: 'export ZAPIER_HOOK_URL="https://hooks.zapier.com/hooks/catch/2487307/ntnrd7h/"', secret: 'hooks.zapier.com/hooks/catch/2487307/ntnrd7h' },
    { text: 'const zapierHookUrl = \'https://hooks.zapier.com/hooks/catch/4881496/7ghfg6j/\';', secret: 'hooks.zapier.com/hooks/catch/4881496/7ghfg6j' },
  ],
  negative: [
    'ZAPIER_HOOK_URL=https://hooks.zapier.com/hooks/catch/xxxxxxx/xxxxxxx/',
    'ZAPIER_HOOK_URL=${ZAPIER_HOOK_URL}',
    'ZAPIER_HOOK_URL=<your-zapier-webhook-url>',
    'ZAPIER_HOOK_URL=https://hooks.zapier.com/hooks/catch/8421253/kev3/',
  ],
};
export default fixtures;
