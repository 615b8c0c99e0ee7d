import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AHV-Nr.: 756.9217.0769.85', secret: '756.9217.0769.85' },
    { text: 'Versicherte Person 756.3047.5009.62, Zürich', secret: '756.3047.5009.62' },
    { text: 'numéro AVS 7561234567897', secret: '7561234567897' },
  ],
  negative: [
    // The check digit fails.
    'AHV-Nr.: 756.9217.0769.84',
    // Bare and unlabelled: thirteen digits may be anything.
    'order 7569217076985 shipped',
    // Part of a longer dotted number.
    'version 756.9217.0769.85.1',
  ],
};
export default fixtures;
