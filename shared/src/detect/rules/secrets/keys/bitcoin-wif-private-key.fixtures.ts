import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'L2r5hFUep9WkG1RmAphN2wvNAZAkwvuKkKpM9s7qP7KbCnfxLUiN',
    { text: 'can you check if these are still valid? 5JJqMmm42MBdMJoeCdFPpNrzrZzShYmZiJ9ZbM81Ujx9WJgsxzj', secret: '5JJqMmm42MBdMJoeCdFPpNrzrZzShYmZiJ9ZbM81Ujx9WJgsxzj' },
    { text: '{"wallet": {"wif": "L2r5hFUep9WkG1RmAphN2wvNAZAkwvuKkKpM9s7qP7KbCnfxLUiN"}}', secret: 'L2r5hFUep9WkG1RmAphN2wvNAZAkwvuKkKpM9s7qP7KbCnfxLUiN' },
  ],
  negative: [
    // One character off: the checksum fails.
    'L2r5hFUep9WkG1RmAphN2wvNAZAkwvuKkKpM9s7qP7KbCnfxLUia',
    'Kx1111111111111111111111111111111111111111111111111',
  ],
};
export default fixtures;
