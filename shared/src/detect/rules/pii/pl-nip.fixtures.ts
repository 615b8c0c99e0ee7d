import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NIP: 856-734-62-15', secret: '856-734-62-15' },
    { text: 'Faktura VAT, sprzedawca Jan Kowalski, NIP 7394182563', secret: '7394182563' },
    { text: 'numer identyfikacji podatkowej: 471-20-93-856', secret: '471-20-93-856' },
    { text: 'name,nip\nAnna Nowak,856 734 62 15\n', secret: '856 734 62 15' },
  ],
  negative: [
    // The check digit fails.
    'NIP: 856-734-62-16',
    // Passes, but ten digits alone may be a phone number.
    'zadzwoń 8567346215',
    // The weighted sum is 10 mod 11: no NIP is issued so.
    'NIP 9182736450',
  ],
};
export default fixtures;
