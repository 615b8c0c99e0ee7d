import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'wire it to 121000358 (routing number) before Friday', secret: '121000358' },
    { text: 'Routing number: 021000021, account 1234567890', secret: '021000021' },
    { text: 'ABA 121000358 (Bank of America, CA)', secret: '121000358' },
    { text: 'bank,routing_number,account\nChase,021000021,000123456789\n', secret: '021000021' },
    { text: '{"ach_routing": "011000015"}', secret: '011000015' },
    { text: 'routing no. 0741-0293-4', secret: '0741-0293-4' },
  ],
  negative: [
    'order 021000021 shipped',
    'routing number: 021000022',
    'routing table id 500000005',
    'ABA 1210003580',
    'routing 2 of 3: 121000358',
    'part 0741-0293-4',
    'routing no. 0741-0293-5',
  ],
};
export default fixtures;
