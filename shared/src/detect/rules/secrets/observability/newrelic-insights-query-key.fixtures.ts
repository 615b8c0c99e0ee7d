import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRIQ-RXqMQx_4ENHUh2uma5ZzWB0CkTh058MW',
    { text: 'NEW_RELIC_API_KEY=NRIQ-vuAOmukpA9oLhEGKRBQ5xTHTY26W3EQ3', secret: 'NRIQ-vuAOmukpA9oLhEGKRBQ5xTHTY26W3EQ3' },
    { text: '{"new_relic_api_key": "NRIQ-4r0PlzLlOTHodgaJFqoa44Ed8F4CAwGr"}', secret: 'NRIQ-4r0PlzLlOTHodgaJFqoa44Ed8F4CAwGr' },
    { text: 'new_relic_api_key: NRIQ-KLCtBg1Gz_o-1vcGHFA7uPGoEyH2gkTU', secret: 'NRIQ-KLCtBg1Gz_o-1vcGHFA7uPGoEyH2gkTU' },
    { text: 'export NEW_RELIC_API_KEY="NRIQ-EX4qLNJH7_D78pIjW58lAxXZ7IkbnJ52"', secret: 'NRIQ-EX4qLNJH7_D78pIjW58lAxXZ7IkbnJ52' },
    { text: 'const newRelicApiKey = \'NRIQ-2QNmaUuqtVaOqgFCMhlUxYUuch0nhDrF\';', secret: 'NRIQ-2QNmaUuqtVaOqgFCMhlUxYUuch0nhDrF' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRIQ-xxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-insights-query-key>',
    'NEW_RELIC_API_KEY=NRIQ-jMrk5WFPiHMORnKlE0-qqLuAvvURKNBiNBi',
    'NEW_RELIC_API_KEY=NRIQ-jMrk5WFPiHMORnKlE0-qqLuAvvURK',
  ],
};
export default fixtures;
