import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '800101-1234560',
    { text: '주민등록번호: 920315-2345674', secret: '920315-2345674' },
    { text: 'resident registration number 0506073123456', secret: '0506073123456' },
    // Issued since October 2020: random digits where older numbers had a check digit.
    { text: 'His RRN is 210315-4829361', secret: '210315-4829361' },
    '800101-1234561',
    { text: 'foreign resident registration number 760413-5212134', secret: '760413-5212134' },
    { text: 'His Korean FRN is 760413-5212134', secret: '760413-5212134' },
    { text: '외국인등록번호: 7604135212134', secret: '7604135212134' },
  ],
  negative: [
    'created_at 9203152345674',
    '800101-9234561',
    // A foreign resident's number (sex digit 5 to 8) needs its check digit or a label.
    'ref 760413-5212134',
    '801301-1234567',
    'ref 800101-12345601',
  ],
};
export default fixtures;
