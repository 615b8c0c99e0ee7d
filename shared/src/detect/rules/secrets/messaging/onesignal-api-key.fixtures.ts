import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'os_v2_app_k56l7erotyoblys5ipiw5xqlv6fbn4ynnuqafhb4axzempf3gjm3zkya2ysk3oylottkxbhhs4deljd7lrlbbjfofad6zxajyfw7iwkca4pex3lxk',
    { text: 'ONESIGNAL_REST_API_KEY=os_v2_app_xd3aon3wncjg4hukdli5wbezkzpzkca2rnnnkkbkjrrasw3dt5ejps2wtat3ca5nyjgndgrauxosj5pop3b3qcdmxcsbtz6jf32vruqits6iwtksx', secret: 'os_v2_app_xd3aon3wncjg4hukdli5wbezkzpzkca2rnnnkkbkjrrasw3dt5ejps2wtat3ca5nyjgndgrauxosj5pop3b3qcdmxcsbtz6jf32vruqits6iwtksx' },
    { text: '{"onesignal_rest_api_key": "os_v2_app_m6mdp3knoyww5ruce2dduxmszgkjqgj2bqwt625vdjgrnvugutqifsq3s2ujgxgdfizpfsisp4lcplgi5otht7ff4qypnz7py66lj4olepj54byav"}', secret: 'os_v2_app_m6mdp3knoyww5ruce2dduxmszgkjqgj2bqwt625vdjgrnvugutqifsq3s2ujgxgdfizpfsisp4lcplgi5otht7ff4qypnz7py66lj4olepj54byav' },
    { text: 'onesignal_rest_api_key: os_v2_app_dqeyun5ckkmv52neakw3t37fv57tmcwyb3xjluz52bl32iw5leembjmpgdxcsps4zaqdxzcqklihykajvt3x32dyepgjrr7l2bgbvvpi2zastx7yn', secret: 'os_v2_app_dqeyun5ckkmv52neakw3t37fv57tmcwyb3xjluz52bl32iw5leembjmpgdxcsps4zaqdxzcqklihykajvt3x32dyepgjrr7l2bgbvvpi2zastx7yn' },
    { text: 'export ONESIGNAL_REST_API_KEY="os_v2_app_oqyo5qn6ymlhknzisn6vliocrchwyhdhir6giyn5bom363j2yahkbohjvyw7dmupsd74slrdwvetjjmlv7cdk52s5e24v6duofmemay6n3wis6e3u"', secret: 'os_v2_app_oqyo5qn6ymlhknzisn6vliocrchwyhdhir6giyn5bom363j2yahkbohjvyw7dmupsd74slrdwvetjjmlv7cdk52s5e24v6duofmemay6n3wis6e3u' },
    { text: 'const onesignalRestApiKey = \'os_v2_app_3r7el64r3nsly7i6epnsltttybehaojb5c5ripfnurzgt4miqteipbxerhrldv5pvpl2cd4rvrzqhpjlzhuasa6qm4t644aqnhhpbqvkwl42bt2ch\';', secret: 'os_v2_app_3r7el64r3nsly7i6epnsltttybehaojb5c5ripfnurzgt4miqteipbxerhrldv5pvpl2cd4rvrzqhpjlzhuasa6qm4t644aqnhhpbqvkwl42bt2ch' },
  ],
  negative: [
    'ONESIGNAL_REST_API_KEY=os_v2_xxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ONESIGNAL_REST_API_KEY=${ONESIGNAL_REST_API_KEY}',
    'ONESIGNAL_REST_API_KEY=<your-onesignal-api-key>',
  ],
};
export default fixtures;
