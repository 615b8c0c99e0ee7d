import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'BBFF-L43ScQQYK8TUkl1JYnrw8tdVIIfHmx',
    { text: 'curl -H "X-Auth-Token: BBFF-OCTQE8phIECUyUALDgxkhOFosZYG9u" https://industrial.api.ubidots.com/api/v1.6/devices', secret: 'BBFF-OCTQE8phIECUyUALDgxkhOFosZYG9u' },
  ],
  negative: ['BBFF-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'color #BBFF-00'],
};
export default fixtures;
