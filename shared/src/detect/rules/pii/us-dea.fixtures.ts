import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Prescriber: Dr. Ellen Santos, DEA # GL3844455', secret: 'GL3844455' },
    { text: 'DEA registration number: ES3109166', secret: 'ES3109166' },
    { text: 'npi,dea\n1457389021,BA5950604\n', secret: 'BA5950604' },
  ],
  negative: ['DEA # GL3844456', 'part GL3844455 in stock', 'DEA: IL3844455', 'the idea GL3844455'],
};
export default fixtures;
