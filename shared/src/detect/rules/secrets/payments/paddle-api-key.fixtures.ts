import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pdl_live_apikey_qe230fqwm5ljzz9j03e4258bha_P2ghfS5tP3HQcbbg1oY2KG_iMA',
    { text: 'PADDLE_API_KEY=pdl_live_apikey_ft6pcob6ojtfmv8be5l0nf11r7_ovOugV8nV09m800b07yeT7_ZtR', secret: 'pdl_live_apikey_ft6pcob6ojtfmv8be5l0nf11r7_ovOugV8nV09m800b07yeT7_ZtR' },
    { text: '{"paddle_api_key": "pdl_live_apikey_ciooy7v6ynqhf2fkm69ishrq93_oIzAzj6NsUmWmHwznsybgM_f8M"}', secret: 'pdl_live_apikey_ciooy7v6ynqhf2fkm69ishrq93_oIzAzj6NsUmWmHwznsybgM_f8M' },
    { text: 'paddle_api_key: pdl_live_apikey_nny78h3lhj4t2pzmt7hia1fstv_7BRp2d1BvU3yFnFCft03pu_Ue8', secret: 'pdl_live_apikey_nny78h3lhj4t2pzmt7hia1fstv_7BRp2d1BvU3yFnFCft03pu_Ue8' },
    { text: 'export PADDLE_API_KEY="pdl_live_apikey_47i5l619ghdo6w6oxwuwckiiq5_D7AKByphnLWpiDbqX7mdtG_vPO"', secret: 'pdl_live_apikey_47i5l619ghdo6w6oxwuwckiiq5_D7AKByphnLWpiDbqX7mdtG_vPO' },
    { text: 'const paddleApiKey = \'pdl_live_apikey_8oe8yijpqv56smje4e7t5sq68e_hfWdb2Ipy5YPlLZ3Md5S50_9Wo\';', secret: 'pdl_live_apikey_8oe8yijpqv56smje4e7t5sq68e_hfWdb2Ipy5YPlLZ3Md5S50_9Wo' },
  ],
  negative: [
    'PADDLE_API_KEY=pdl_xxxx_xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxx_xxx',
    'PADDLE_API_KEY=${PADDLE_API_KEY}',
    'PADDLE_API_KEY=<your-paddle-api-key>',
  ],
};
export default fixtures;
