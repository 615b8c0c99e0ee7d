import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '   Physical Address. . . . . . . . . : 3C-22-FB-8A-91-07', secret: '3C-22-FB-8A-91-07' },
    { text: 'MAC: a4-83-e7-1f-0c-9d', secret: 'a4-83-e7-1f-0c-9d' },
    { text: 'switch# show mac address-table | include 3c22.fb8a.9107', secret: '3c22.fb8a.9107' },
  ],
  negative: [
    'part number 3C-22-FB-8A-91-07',
    'MAC: 00-00-00-00-00-00',
    'mac 01-02-03-04-05-06',
    'mac address table version 2024.0115.0042',
  ],
};
export default fixtures;
