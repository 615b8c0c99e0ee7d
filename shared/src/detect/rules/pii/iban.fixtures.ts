import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'DE90881572152105687819',
    { text: 'Please wire the refund to IBAN: GB47 NWBK 9294 7961 9925 17 (Barclays).', secret: 'GB47 NWBK 9294 7961 9925 17' },
    { text: 'name;iban;amount\nDupont;FR1592378313556814019665K89;120,00\n', secret: 'FR1592378313556814019665K89' },
    { text: '{"iban":"NL85 RABO 5554 3539 37"}', secret: 'NL85 RABO 5554 3539 37' },
    { text: 'konto NO9198996200105 og BE78636282318851', secret: 'NO9198996200105' },
    { text: 'IT26X4306080864851718073154', secret: 'IT26X4306080864851718073154' },
  ],
  negative: [
    'DE91881572152105687819',
    'DE9088157215210568781',
    'XX90881572152105687819',
    'GB47 NWBK 9294 7961 9925 1',
    'AB12CD34EF56GH78',
    'SKU DE90881572152105687819X',
  ],
};
export default fixtures;
