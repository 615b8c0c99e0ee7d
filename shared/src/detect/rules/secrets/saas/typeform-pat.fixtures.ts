import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'tfp_LZ2QzBKli5vZDVvaspqEHvcs4aiUfg5fRWcyCzPybf4i_JHNZRndQJCgm5D',
    { text: 'TYPEFORM_TOKEN=tfp_p4L5bGvXeoIOQ7cGx1S2eGyKFsHMuTMIWpueJLrRoX4D_l5kigLsnbUNbbj', secret: 'tfp_p4L5bGvXeoIOQ7cGx1S2eGyKFsHMuTMIWpueJLrRoX4D_l5kigLsnbUNbbj' },
    { text: '{"typeform_token": "tfp_joU7pH48UWU4rCzWx7XL1mIDG3L0Ohjs6AUCsIne3V2o_2SQO6cgz9HPYAO"}', secret: 'tfp_joU7pH48UWU4rCzWx7XL1mIDG3L0Ohjs6AUCsIne3V2o_2SQO6cgz9HPYAO' },
    { text: 'typeform_token: tfp_8xNz01O7cPGBtHjqFkU728UwPoaZPQviuM2QlqfHcCQ1_Ah0I9VlqTfsPqD', secret: 'tfp_8xNz01O7cPGBtHjqFkU728UwPoaZPQviuM2QlqfHcCQ1_Ah0I9VlqTfsPqD' },
    { text: 'export TYPEFORM_TOKEN="tfp_X5fYT0sHcAuXtPkymWvPNskqguYYdlYrfRkY7EwQo4Nh_IYEGh2DOnG3mPV"', secret: 'tfp_X5fYT0sHcAuXtPkymWvPNskqguYYdlYrfRkY7EwQo4Nh_IYEGh2DOnG3mPV' },
    { text: 'const typeformToken = \'tfp_PNNV6IvDjTy9O0pmHJ2wsKBAGqMpzgcHNqE5mpQKMCgG_hkhzVt3uRuHBYN\';', secret: 'tfp_PNNV6IvDjTy9O0pmHJ2wsKBAGqMpzgcHNqE5mpQKMCgG_hkhzVt3uRuHBYN' },
  ],
  negative: [
    'TYPEFORM_TOKEN=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxx',
    'TYPEFORM_TOKEN=${TYPEFORM_TOKEN}',
    'TYPEFORM_TOKEN=<your-typeform-pat>',
  ],
};
export default fixtures;
