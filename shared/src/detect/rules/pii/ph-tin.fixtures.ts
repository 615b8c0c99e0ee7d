import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'My TIN is 417-382-956-000', secret: '417-382-956-000' },
    { text: 'BIR TIN: 417382956000', secret: '417382956000' },
    { text: 'Taxpayer Identification Number 204-118-735-00012 (branch)', secret: '204-118-735-00012' },
    { text: 'employee,tin\nMaria Santos,417 382 956\n', secret: '417 382 956' },
  ],
  negative: [
    // Unlabelled, nine or twelve digits are anything.
    'ticket 417-382-956-000 closed',
    // A placeholder.
    'TIN: 000-000-000-000',
    'TIN: 123-456-789',
    // A word with `tin` inside is no label.
    'routing 417-382-956-000',
  ],
};
export default fixtures;
