import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '800101-1234560',
    { text: '주민등록번호: 920315-2345674', secret: '920315-2345674' },
    { text: 'resident registration number 0506073123456', secret: '0506073123456' },
  ],
  negative: [
    '800101-1234561',
    'created_at 9203152345674',
    '801301-1234567',
    'ref 800101-12345601',
  ],
};
export default fixtures;
