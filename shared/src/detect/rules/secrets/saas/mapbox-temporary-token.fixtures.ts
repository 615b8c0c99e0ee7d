import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'tk.eyJ1Ijoia3J0cnpybGgiLCJhIjoiaG5qZDZmNDE4MXdwMWU3dzJyaGUydnNmeCJ9.2rcTKdZemqPFPVji7RX_o_',
    { text: 'MAPBOX_TEMP_TOKEN=tk.eyJ1IjoiYmFocXBmb3YiLCJhIjoibmVka3Q4Nzg4MDZjY294amNsdzN6eW1kbCJ9.9m1SZCfQfme6m_Y5gaD4vL', secret: 'tk.eyJ1IjoiYmFocXBmb3YiLCJhIjoibmVka3Q4Nzg4MDZjY294amNsdzN6eW1kbCJ9.9m1SZCfQfme6m_Y5gaD4vL' },
    { text: '{"mapbox_temp_token": "tk.eyJ1Ijoib2RndmFxY2giLCJhIjoiZWVnZzVwdzEyM3N2bzhyeXR2MXcwbjV1OSJ9.OB_h-HBL_9K0obqkgn6G3j"}', secret: 'tk.eyJ1Ijoib2RndmFxY2giLCJhIjoiZWVnZzVwdzEyM3N2bzhyeXR2MXcwbjV1OSJ9.OB_h-HBL_9K0obqkgn6G3j' },
    { text: 'mapbox_temp_token: tk.eyJ1IjoienJndnF2dmQiLCJhIjoic2djdnhiMHdsYnlnNnphdmw2bWxhOGM5aSJ9.gO7Sv31tEZiVDPVozE5RN1', secret: 'tk.eyJ1IjoienJndnF2dmQiLCJhIjoic2djdnhiMHdsYnlnNnphdmw2bWxhOGM5aSJ9.gO7Sv31tEZiVDPVozE5RN1' },
    { text: 'export MAPBOX_TEMP_TOKEN="tk.eyJ1Ijoia3ZxZXp2cnAiLCJhIjoiZmY5cWowcDV4N3B0bWYyMnBtanZlMjJ2dSJ9.rqi1kqogLWzmVt6fUv0KJ8"', secret: 'tk.eyJ1Ijoia3ZxZXp2cnAiLCJhIjoiZmY5cWowcDV4N3B0bWYyMnBtanZlMjJ2dSJ9.rqi1kqogLWzmVt6fUv0KJ8' },
    { text: 'const mapboxTempToken = \'tk.eyJ1IjoianZhbHFxaXoiLCJhIjoieHU3ZmV3ODV0YTNuNDBqNTNiMzFxOGxpbSJ9.ETvFkZUnG5-WDHP6m8wnYw\';', secret: 'tk.eyJ1IjoianZhbHFxaXoiLCJhIjoieHU3ZmV3ODV0YTNuNDBqNTNiMzFxOGxpbSJ9.ETvFkZUnG5-WDHP6m8wnYw' },
  ],
  negative: [
    'MAPBOX_TEMP_TOKEN=tk.eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxx',
    'MAPBOX_TEMP_TOKEN=${MAPBOX_TEMP_TOKEN}',
    'MAPBOX_TEMP_TOKEN=<your-mapbox-temporary-token>',
    'MAPBOX_TEMP_TOKEN=tk.eyJ1IjoiZ2tmcW9ncXQiLCJhIjoiMmViYWlja3l3NXYwZmF3d2ozZnN2aWc4eSJ9.nGEFtbGh1RlqyRyGuvd',
  ],
};
export default fixtures;
