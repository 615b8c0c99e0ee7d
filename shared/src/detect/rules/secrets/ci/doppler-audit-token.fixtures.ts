import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dp.audit.Vdtfc48I2LvYSO6yl6mk1XFKkXhPWfl633UfzUz9nkn',
    { text: 'DOPPLER_AUDIT_TOKEN=dp.audit.k7HIWINcAqkqS6I8a3K6VE8zGHSLnBhegFkT3KWsXt0', secret: 'dp.audit.k7HIWINcAqkqS6I8a3K6VE8zGHSLnBhegFkT3KWsXt0' },
    { text: '{"audit_token": "dp.audit.t7k5DtfkdnvBF0YuHvo1tXfMzQVpIzgeOECoDKGrqZR", "region": "eu-west-1"}', secret: 'dp.audit.t7k5DtfkdnvBF0YuHvo1tXfMzQVpIzgeOECoDKGrqZR' },
    { text: '  audit_token: dp.audit.jR7U1p5bh6qf6q4y6yurq11UGPZo1ZxQiUn2PtF0VxT', secret: 'dp.audit.jR7U1p5bh6qf6q4y6yurq11UGPZo1ZxQiUn2PtF0VxT' },
    { text: 'export DOPPLER_AUDIT_TOKEN="dp.audit.zXZz3bakGfxmeGta06SjbzhffHI7QiA0sXuep3eA5Pg"', secret: 'dp.audit.zXZz3bakGfxmeGta06SjbzhffHI7QiA0sXuep3eA5Pg' },
    { text: 'const auditToken = \'dp.audit.gOGcGk58clnVLr2ehd1tnwoXwzav1gduZZG6c6aRLTt\';', secret: 'dp.audit.gOGcGk58clnVLr2ehd1tnwoXwzav1gduZZG6c6aRLTt' },
  ],
  negative: [
    'DOPPLER_AUDIT_TOKEN=dp.audit.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DOPPLER_AUDIT_TOKEN=<your-doppler-audit-token>',
    'DOPPLER_AUDIT_TOKEN=${DOPPLER_AUDIT_TOKEN}',
    'DOPPLER_AUDIT_TOKEN=dp.audit.b1dJhXl49HO3BbLjaYsr',
  ],
};
export default fixtures;
