import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'tkn.v1_GPzEyoL8EsaJd/wyXxQPplH8ACyjkz4jmBQlm7knI4pShZFC8ZrXbeg/fT3pG+h8ms==',
    { text: 'TEAMWORK_API_TOKEN=tkn.v1_tHfb1F6w70WAKadYEjW1W5bSapfQ7Dh3yEg42ipqnX1fkkjbd93oQGXy9KTUMAFGrM14', secret: 'tkn.v1_tHfb1F6w70WAKadYEjW1W5bSapfQ7Dh3yEg42ipqnX1fkkjbd93oQGXy9KTUMAFGrM14' },
  ],
  negative: ['TEAMWORK_API_TOKEN=tkn.v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'see tkn.v1_ in the Teamwork docs'],
};
export default fixtures;
