import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'r8_6Ug4dZJSII22YkQ1KWicIx7HWdu8oJNaPtjtF',
    { text: 'REPLICATE_API_TOKEN=r8_1BsuHzjmTCdZmlCmiWk4wujYgPR1vxfThGhVJ', secret: 'r8_1BsuHzjmTCdZmlCmiWk4wujYgPR1vxfThGhVJ' },
    { text: '{"replicate_api_token": "r8_wlHkHITs7Ez09XLVnTo1fwvcjPZcSjSRS9MVL"}', secret: 'r8_wlHkHITs7Ez09XLVnTo1fwvcjPZcSjSRS9MVL' },
    { text: 'replicate_api_token: r8_Dgqjo9xFUKyFkfNoHTil7QjJ7ZPYKhg9esEvo', secret: 'r8_Dgqjo9xFUKyFkfNoHTil7QjJ7ZPYKhg9esEvo' },
    { text: 'export REPLICATE_API_TOKEN="r8_LzQKoFKlj4qeWmkt9GahlU9lbaCwuWcAdkwNE"', secret: 'r8_LzQKoFKlj4qeWmkt9GahlU9lbaCwuWcAdkwNE' },
    { text: 'const replicateApiToken = \'r8_3dBuTpoR87ojQm8w6PxxI49fpn4AxuMChvkyT\';', secret: 'r8_3dBuTpoR87ojQm8w6PxxI49fpn4AxuMChvkyT' },
  ],
  negative: [
    'REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'REPLICATE_API_TOKEN=${REPLICATE_API_TOKEN}',
    'REPLICATE_API_TOKEN=<your-replicate-api-token>',
    'REPLICATE_API_TOKEN=r8_MdJnRacYqXjzifNL1HIYHwWnxPvTm6DGFaznOznO',
    'REPLICATE_API_TOKEN=r8_MdJnRacYqXjzifNL1HIYHwWnxPvTm6DGFa',
  ],
};
export default fixtures;
