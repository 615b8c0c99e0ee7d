import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Pass-Nr.: C01X00T47, ausgestellt in Köln', secret: 'C01X00T47' },
    { text: '대한민국 여권 M70689098', secret: 'M70689098' },
    { text: 'Passport number: 123456789', secret: '123456789' },
    { text: 'Reisepassnummer C01X00T47, gültig bis 2031', secret: 'C01X00T47' },
    { text: '{"passport_no": "A12345678", "nationality": "US"}', secret: 'A12345678' },
    { text: 'name,passport\nPriya Shah,J8369854\n', secret: 'J8369854' },
    { text: 'Numéro de passeport : 12AB34567', secret: '12AB34567' },
    { text: "INSERT INTO people (name, passport) VALUES ('Li Wang', 'G3WHP5YY2');", secret: 'G3WHP5YY2' },
    { text: 'Passports: K4827193 and M5039218', secret: 'M5039218' },
    { text: '护照号码：E12345678', secret: 'E12345678' },
    { text: 'パスポート番号 TK1234567 を確認', secret: 'TK1234567' },
    { text: 'paspoortnummer NW12AB345', secret: 'NW12AB345' },
    // Germany's alphabet without vowels: one or two digits are enough.
    { text: 'kyc: passport_no=C1TFLGYF4 status=ok', secret: 'C1TFLGYF4' },
    { text: 'Reisepassnummer: CFJ7KLMNT', secret: 'CFJ7KLMNT' },
  ],
  negative: [
    'passport photo 35X45 mm, order 123456789',
    'Bestell-Nr.: C01X00T47',
    'Passport issued 20190412, expires 2029',
    'passport renewal fee USD 130',
    'passport: see file PASSPORTSCAN',
    'passports processed 2024: 1234567',
    'passport a12345678',
    // Words after the label, and a nine-character code with a vowel or no digit.
    'passport CONTROL4 desk, passport PASSPORT2 form',
    'passport: GROUP1ABC',
    'passport: CFGHJKLMN',
  ],
};
export default fixtures;
