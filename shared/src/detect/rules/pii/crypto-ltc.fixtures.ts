import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'LUcgQNn2xMEzLg3EeWQCNBVX7N1eFMnYmF',
    { text: 'LTC deposit address: M8dVfr92PGBRzbhr4znbqrRVi3k9gHP9C4', secret: 'M8dVfr92PGBRzbhr4znbqrRVi3k9gHP9C4' },
    { text: '"to": "ltc1qyyfh5ue2puk36pl5etxp7dkqzpmhjek8anav92"', secret: 'ltc1qyyfh5ue2puk36pl5etxp7dkqzpmhjek8anav92' },
  ],
  negative: [
    'LUcgQNn2xMEzLg3EeWQCNBVX7N1eFMnYmG',
    'ltc1qyyfh5ue2puk36pl5etxp7dkqzpmhjek8anav93',
    'MyComponentRendererFactoryProvider',
  ],
};
export default fixtures;
