import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'תעודת זהות: 039337423', secret: '039337423' },
    { text: 'Teudat Zehut 3933742-3', secret: '3933742-3' },
  ],
  negative: [
    // The check digit fails.
    'תעודת זהות: 039337422',
    // Passes, but nine digits alone may be anything.
    'order 039337423 shipped',
  ],
};
export default fixtures;
