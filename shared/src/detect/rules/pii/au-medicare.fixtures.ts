import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Medicare card: 5148 85861 1, expires 08/2029', secret: '5148 85861 1' },
    { text: 'my medicare number is 3610108874', secret: '3610108874' },
    { text: '{"medicare_no": "4758332175", "irn": 2}', secret: '4758332175' },
    { text: 'patient,medicare,irn\nOlivia Nguyen,5580486424,4\n', secret: '5580486424' },
    // Printed as on the card, it stands on its own.
    { text: 'card 2123 45670 1 on file for Olivia', secret: '2123 45670 1' },
  ],
  negative: [
    'Medicare: 5148 85862 1',
    'card 5148 85862 1 on file',
    'invoice 3610108874',
    'Medicare 1148858611',
    'Medicare 36101088740',
  ],
};
export default fixtures;
