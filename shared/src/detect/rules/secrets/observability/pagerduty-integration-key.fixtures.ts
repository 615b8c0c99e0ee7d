import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PAGERDUTY_ROUTING_KEY=f12730d1772abb1d2ac7935a7f34f3a4', secret: 'f12730d1772abb1d2ac7935a7f34f3a4' },
    { text: '{"pagerduty_routing_key": "9c9e8a7aa25cbcb263ea690e87122ff4"}', secret: '9c9e8a7aa25cbcb263ea690e87122ff4' },
    { text: 'pagerduty_routing_key: 283c928b829db6fd77387bb45060ffdb', secret: '283c928b829db6fd77387bb45060ffdb' },
    { text: 'export PAGERDUTY_ROUTING_KEY="bdf87d85dd955a3821aaaf95a0b1d4f0"', secret: 'bdf87d85dd955a3821aaaf95a0b1d4f0' },
    { text: 'const pagerdutyRoutingKey = \'0949ee3966b5f1cafba3d6ff9963bc83\';', secret: '0949ee3966b5f1cafba3d6ff9963bc83' },
  ],
  negative: [
    'PAGERDUTY_ROUTING_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PAGERDUTY_ROUTING_KEY=${PAGERDUTY_ROUTING_KEY}',
    'PAGERDUTY_ROUTING_KEY=<your-pagerduty-integration-key>',
    '"etag": "bf2ce2195aa0f2323048b469e115617a"',
    'PAGERDUTY_ROUTING_KEY=bf2ce2195aa0f2323048b469e115617a17a',
    'PAGERDUTY_ROUTING_KEY=bf2ce2195aa0f2323048b469e1156',
    'sha = "66549f20c46cb4f9be6f99a68a679bdb"',
  ],
};
export default fixtures;
