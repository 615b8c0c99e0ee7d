import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sq0atp-_bVW7CA8W6clZO9WIdZN-o',
    { text: 'SQUARE_ACCESS_TOKEN=sq0atp-kd8H0e39q6vX31nFmmwX4B', secret: 'sq0atp-kd8H0e39q6vX31nFmmwX4B' },
    { text: '{"square_access_token": "sq0atp-4xaSA7NcguBLUEKMElPelO"}', secret: 'sq0atp-4xaSA7NcguBLUEKMElPelO' },
    { text: 'square_access_token: sq0atp-_zrc8WLOd4mmz-jNmu_TOj', secret: 'sq0atp-_zrc8WLOd4mmz-jNmu_TOj' },
    { text: 'export SQUARE_ACCESS_TOKEN="sq0atp-TuZwKfHTjv_AB9TJj7Ot3a"', secret: 'sq0atp-TuZwKfHTjv_AB9TJj7Ot3a' },
    { text: 'const squareAccessToken = \'sq0atp-etXlbZ6X4dKcSUGfx828xc\';', secret: 'sq0atp-etXlbZ6X4dKcSUGfx828xc' },
  ],
  negative: [
    'SQUARE_ACCESS_TOKEN=sq0atp-xxxxxxxxxxxx_xxxxx-xxx',
    'SQUARE_ACCESS_TOKEN=${SQUARE_ACCESS_TOKEN}',
    'SQUARE_ACCESS_TOKEN=<your-square-legacy-access-token>',
    'SQUARE_ACCESS_TOKEN=sq0atp-4d5iLNkn2tLH_DnSB9-PVbPVb',
    'SQUARE_ACCESS_TOKEN=sq0atp-4d5iLNkn2tLH_DnSB9-',
  ],
};
export default fixtures;
