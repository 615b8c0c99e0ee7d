import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'hcxik_qwxpicb81hvium36pv7a5ikpgclzojshemgl1m2jx530vft16wvy7pkjil',
    { text: 'HONEYCOMB_API_KEY=hcxik_h2irp08btgzd88wzf53swresfa7zqavoiwnmqrklxmefquar0hy1diqnwq', secret: 'hcxik_h2irp08btgzd88wzf53swresfa7zqavoiwnmqrklxmefquar0hy1diqnwq' },
    { text: '{"honeycomb_api_key": "hcxik_uwwj16r7k5j1fxmlpo6h54xwpzwy2w1jtlpeup6jcv14co97zjtwzdr19u"}', secret: 'hcxik_uwwj16r7k5j1fxmlpo6h54xwpzwy2w1jtlpeup6jcv14co97zjtwzdr19u' },
    { text: 'honeycomb_api_key: hcxik_b6umy73xysekiyjc6mxwpo5oylhqhcqrc7781ea3kijnz1j4coyc6xv568', secret: 'hcxik_b6umy73xysekiyjc6mxwpo5oylhqhcqrc7781ea3kijnz1j4coyc6xv568' },
    { text: 'export HONEYCOMB_API_KEY="hcxik_iuq3bghz2tgfmem0if2vmri8astl76egwvc6xlnmnc9oz6y5fgk7jk59rm"', secret: 'hcxik_iuq3bghz2tgfmem0if2vmri8astl76egwvc6xlnmnc9oz6y5fgk7jk59rm' },
    { text: 'const honeycombApiKey = \'hcxik_lv4d0nptzuc7hoob1zn8rqwvjrnrtb9ofnrkyov44ituivvgkvhl7hzk2k\';', secret: 'hcxik_lv4d0nptzuc7hoob1zn8rqwvjrnrtb9ofnrkyov44ituivvgkvhl7hzk2k' },
  ],
  negative: [
    'HONEYCOMB_API_KEY=xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}',
    'HONEYCOMB_API_KEY=<your-honeycomb-api-key>',
  ],
};
export default fixtures;
