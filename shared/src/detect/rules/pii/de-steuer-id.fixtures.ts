import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Steuer-ID: 65929970489', secret: '65929970489' },
    { text: 'Ihre Steueridentifikationsnummer 86 095 742 719', secret: '86 095 742 719' },
  ],
  negative: [
    // The check digit fails.
    'Steuer-ID: 65929970488',
    // No digit repeated in the first ten.
    'Steuer-ID: 12345678903',
    'ref 65929970489',
  ],
};
export default fixtures;
