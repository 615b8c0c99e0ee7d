import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sc_l87u2Fk0Fo.oer1.acc_e34u8643ni.KC+2GjEf3xipxtAKKx9b6JLE3ffgFKcCao9EBH23',
    { text: 'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=ext_WuS9NWB1MH.h9jp.acc_wcf7fwoypn.VrQIuUQqdZI7Ab2Wr7HAG20Oqc_bkU4efXQ2Yyon', secret: 'ext_WuS9NWB1MH.h9jp.acc_wcf7fwoypn.VrQIuUQqdZI7Ab2Wr7HAG20Oqc_bkU4efXQ2Yyon' },
    { text: 'const accessKey = "authress_RC54b5JO9e.g5di.acc_n7ro3jq7e4.1/qco5AiUIaosTKuv_BqeEGhq10ayD87s+U+4rbE";', secret: 'authress_RC54b5JO9e.g5di.acc_n7ro3jq7e4.1/qco5AiUIaosTKuv_BqeEGhq10ayD87s+U+4rbE' },
  ],
  negative: [
    'AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=${AUTHRESS_KEY}',
    'ext_modules.append(sc_config.acc_total)',
    'AUTHRESS_KEY=sc_xxxxxxxxxx.xxxx.acc_xxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  ],
};
export default fixtures;
