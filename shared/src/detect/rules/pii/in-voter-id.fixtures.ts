import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Voter ID: KTR4820917', secret: 'KTR4820917' },
    { text: 'EPIC number HWQ0382716, constituency 144', secret: 'HWQ0382716' },
    { text: 'name,voter_id\nAnil Mehta,ZPB5529034\n', secret: 'ZPB5529034' },
  ],
  negative: ['SKU KTR4820917', 'voter turnout 4820917', 'Voter ID: KT48209175', 'epic PROJ-4820917'],
};
export default fixtures;
