import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'secret_uEDwQWNyDoRoxtVjn2Ei8UIP5Fbi9VAmIeNi8z6tjlQ',
    { text: 'NOTION_TOKEN=secret_toSVkuAVNr2J9KNAuC9brfGRzOkBBFbAm5gMec6iGa0', secret: 'secret_toSVkuAVNr2J9KNAuC9brfGRzOkBBFbAm5gMec6iGa0' },
    { text: '{"notion_token": "secret_UbfuxVkz63kuMtgX1hLNoN0iFcJmfvoVAFohrpWBJhv"}', secret: 'secret_UbfuxVkz63kuMtgX1hLNoN0iFcJmfvoVAFohrpWBJhv' },
    { text: 'notion_token: secret_tM9X1fgMoiZQSJDa89fWFNgUZEQg9mElg0iEn0SyLAd', secret: 'secret_tM9X1fgMoiZQSJDa89fWFNgUZEQg9mElg0iEn0SyLAd' },
    { text: 'export NOTION_TOKEN="secret_PDHdIFSjY6Fvh2qLAChsJkMDPi51cKU97WyF0ZBBceU"', secret: 'secret_PDHdIFSjY6Fvh2qLAChsJkMDPi51cKU97WyF0ZBBceU' },
    { text: 'const notionToken = \'secret_b0czSlxroDrsOVajwFzhTCAKI7ifSe7hPp5rAySct8g\';', secret: 'secret_b0czSlxroDrsOVajwFzhTCAKI7ifSe7hPp5rAySct8g' },
  ],
  negative: [
    'NOTION_TOKEN=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NOTION_TOKEN=${NOTION_TOKEN}',
    'NOTION_TOKEN=<your-notion-legacy-token>',
    'NOTION_TOKEN=secret_bSdzmgWp8ClBJT5UB9htLfJQ1KK7skuO3OWqfYtbIpOIpO',
    'NOTION_TOKEN=secret_bSdzmgWp8ClBJT5UB9htLfJQ1KK7skuO3OWqfYtb',
    'secret_key_base_for_the_rails_application_is_here',
  ],
};
export default fixtures;
