import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pscale_tkn__-0yeLSA3uYuvur8wlglPbFZ8INSyqpOKktCoI5NZ12',
    { text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_ptJviUEbjqjtBdD854ZBE6mbknTIF5E62HH0c_u9Wzb', secret: 'pscale_tkn_ptJviUEbjqjtBdD854ZBE6mbknTIF5E62HH0c_u9Wzb' },
    { text: '{"planetscale_token": "pscale_tkn_9YYrNU-y_PYLA2qdL0seGt4e6smQZ2QkYDuru9A3Dqb", "region": "eu-west-1"}', secret: 'pscale_tkn_9YYrNU-y_PYLA2qdL0seGt4e6smQZ2QkYDuru9A3Dqb' },
    { text: '  planetscale_token: pscale_tkn_8Eu4I_Pl_ogndWffQcipJQ0ediFy1Hwtw3qefZRpymD', secret: 'pscale_tkn_8Eu4I_Pl_ogndWffQcipJQ0ediFy1Hwtw3qefZRpymD' },
    { text: 'export PLANETSCALE_SERVICE_TOKEN="pscale_tkn_TnsICNw15hM77o4rDGQbbYYfB55zPW_mE6OeADOwICQ"', secret: 'pscale_tkn_TnsICNw15hM77o4rDGQbbYYfB55zPW_mE6OeADOwICQ' },
    { text: 'const planetscaleToken = \'pscale_tkn_7xBWU-dkBdeEvylehjLRzbPMDd0xpqOvCIDoDjieqkz\';', secret: 'pscale_tkn_7xBWU-dkBdeEvylehjLRzbPMDd0xpqOvCIDoDjieqkz' },
    'pscale_tkn_fILOah5pUZ8A9BNn8dV9.EEZ-UxcNmTw3i0',
    { text: 'PLANETSCALE_TOKEN="pscale_tkn_i24m290ma423ouv4j1zbhmbz7y1oit.df5rujsfrkqq0ix-3_5o_95azv37a"', secret: 'pscale_tkn_i24m290ma423ouv4j1zbhmbz7y1oit.df5rujsfrkqq0ix-3_5o_95azv37a' },
  ],
  negative: [
    'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PLANETSCALE_SERVICE_TOKEN=<your-planetscale-api-token>',
    'PLANETSCALE_SERVICE_TOKEN=${PLANETSCALE_SERVICE_TOKEN}',
    'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_zAr97bjNH_gCJ0AfH10e4_NywsNXlepMM52D6ySw',
    'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_ht2lmEKP0OlEZ78QzEyLUwaoCn4gi4vdnu9-kWjwXtUojy',
    'pscale_tkn_R-zxSHaaPuJ5FoimJldbT3c2BRDVMNqVZ1gck1',
  ],
};
export default fixtures;
