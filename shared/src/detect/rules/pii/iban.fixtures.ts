import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'DE90881572152105687819',
    { text: 'Please wire the refund to IBAN: GB47 NWBK 9294 7961 9925 17 (Barclays).', secret: 'GB47 NWBK 9294 7961 9925 17' },
    { text: 'name;iban;amount\nDupont;FR1592378313556814019665K89;120,00\n', secret: 'FR1592378313556814019665K89' },
    { text: '{"iban":"NL85 RABO 5554 3539 37"}', secret: 'NL85 RABO 5554 3539 37' },
    { text: 'konto NO9198996200105 og BE78636282318851', secret: 'NO9198996200105' },
    { text: 'IT26X4306080864851718073154', secret: 'IT26X4306080864851718073154' },
    { text: 'Bankverbindung: DE90-8815-7215-2105-6878-19, Sparkasse', secret: 'DE90-8815-7215-2105-6878-19' },
    { text: 'iban gb47 nwbk 9294 7961 9925 17 please', secret: 'gb47 nwbk 9294 7961 9925 17' },
    { text: 'Konto DE90 88157215 2105687819 (BLZ und Kontonummer)', secret: 'DE90 88157215 2105687819' },
    { text: 'two: DE90 8815 7215 2105 6878 19 NL85 RABO 5554 3539 37', secret: 'NL85 RABO 5554 3539 37' },
  ],
  negative: [
    'DE91881572152105687819',
    'DE9088157215210568781',
    'XX90881572152105687819',
    'GB47 NWBK 9294 7961 9925 1',
    'AB12CD34EF56GH78',
    'SKU DE90881572152105687819X',
    'DE90 8815 7215 2105 6878 1912',
    'DE90-8815 7215-2105 6878-19',
    'DE05 3704 0044 0532 0130 0A',
    'LV80 bANK 0000 4351 9500 1',
  ],
};
export default fixtures;
