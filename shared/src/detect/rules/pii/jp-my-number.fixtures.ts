import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'マイナンバー：4567 0123 8900', secret: '4567 0123 8900' },
    { text: '個人番号 314159265352', secret: '314159265352' },
    { text: 'My Number: 2718-2818-2840', secret: '2718-2818-2840' },
  ],
  negative: [
    // The check digit fails.
    'マイナンバー：4567 0123 8901',
    // Passes, but twelve digits alone may be anything.
    'order 314159265352 shipped',
  ],
};
export default fixtures;
