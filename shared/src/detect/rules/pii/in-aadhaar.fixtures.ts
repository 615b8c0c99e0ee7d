import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Aadhaar: 2345 6789 0124', secret: '2345 6789 0124' },
    { text: 'KYC done, aadhaar no 498765432102 verified', secret: '498765432102' },
    { text: 'मेरा आधार नंबर: 2345 6789 0124 है', secret: '2345 6789 0124' },
    { text: 'name,pan,aadhaar_number\nRavi Kumar,ABCPE1234F,7382-9105-6476\n', secret: '7382-9105-6476' },
  ],
  negative: [
    'Aadhaar: 2345 6789 0125',
    'tracking 2345 6789 0124',
    'आधार नंबर: 2345 6789 0125',
    'uid=2345 6789 0124 gid=100',
    'aadhaar 2345 6789 0124 5678',
  ],
};
export default fixtures;
