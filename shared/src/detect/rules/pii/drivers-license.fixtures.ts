import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: "Driver's license: D1234567 (CA)", secret: 'D1234567' },
    { text: 'driving licence number 482055179', secret: '482055179' },
    { text: 'DL# S530-4607-2345', secret: 'S530-4607-2345' },
    { text: 'first,last,drivers_license\nAna,Lopez,123456789\n', secret: '123456789' },
    { text: 'Führerscheinnummer: B072RRE2I55', secret: 'B072RRE2I55' },
    { text: '運転免許証番号 123456789012', secret: '123456789012' },
    { text: 'rijbewijsnummer 5123456789', secret: '5123456789' },
  ],
  negative: [
    "driver's license expires 2027-03-01",
    'driver license class B, issued 2019',
    'printer driver version 10.2.3456',
    'download DLL v1234567',
    'driving licence a1234567',
  ],
};
export default fixtures;
