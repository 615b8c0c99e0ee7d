import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TC Kimlik No: 10000000146', secret: '10000000146' },
    { text: 'ad,tckn\nYılmaz,12345678950\n', secret: '12345678950' },
  ],
  negative: [
    // A check digit fails.
    'TC Kimlik No: 10000000147',
    // Passes, but an eleven-digit number alone may be a phone number.
    'call 10000000146',
  ],
};
export default fixtures;
