import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HKID: K765432(4)', secret: 'K765432(4)' },
    { text: 'Hong Kong ID XA123456(8), expires never', secret: 'XA123456(8)' },
    { text: '身份證號碼 Z683365A', secret: 'Z683365A' },
    { text: 'name,hkid\nChan Tai Man,P1032651\n', secret: 'P1032651' },
  ],
  negative: [
    // The check digit fails.
    'HKID: K765432(5)',
    // No label: a part number that happens to pass.
    'replace part K765432(4) in the pump',
    // Part of a longer code.
    'HKID: BK7654324X',
  ],
};
export default fixtures;
