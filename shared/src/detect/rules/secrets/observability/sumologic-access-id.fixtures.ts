import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'export SUMOLOGIC_ACCESSID="suKq8Lm2Tx9wPz"', secret: 'suKq8Lm2Tx9wPz' },
    { text: 'sumologic.accessId = "su4RtYb7NcVx2Q"', secret: 'su4RtYb7NcVx2Q' },
    { text: 'SUMO_ACCESS_ID = "suZp3Wq8Ed5Rt1"', secret: 'suZp3Wq8Ed5Rt1' },
  ],
  negative: [
    'SUMOLOGIC_ACCESSID=suxxxxxxxxxxxx',
    'SUMO_ACCESS_ID = "<your-access-id>"',
    // Not next to a Sumo Logic keyword.
    'ACCESS_ID = "suZp3Wq8Ed5Rt1"',
    // Longer than an access ID.
    'SUMO_ACCESS_ID = "suZp3Wq8Ed5Rt1abc"',
  ],
};
export default fixtures;
