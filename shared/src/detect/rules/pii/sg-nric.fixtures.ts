import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'S1234567D',
    { text: 'NRIC: S8076606H (Tan Wei Ming)', secret: 'S8076606H' },
    { text: 'name,fin\nRaj,G4549883U\n', secret: 'G4549883U' },
    { text: 'work pass holder M3960741N', secret: 'M3960741N' },
  ],
  negative: [
    'S1234567A',
    'SKU XS1234567D',
    'S1234567DX',
    'model T1234567 and S12345678D',
  ],
};
export default fixtures;
