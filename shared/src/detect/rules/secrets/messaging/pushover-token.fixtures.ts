import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PUSHOVER_TOKEN=zlg0yjrdocf323qx8wb4iiqeyjtylu', secret: 'zlg0yjrdocf323qx8wb4iiqeyjtylu' },
    { text: '{"pushover_token": "zizg2q66ywa0rvidnpkaqkjt00l7et"}', secret: 'zizg2q66ywa0rvidnpkaqkjt00l7et' },
    { text: 'pushover_token: gta9lh6ls62czgznzia8qcwrhha2k6', secret: 'gta9lh6ls62czgznzia8qcwrhha2k6' },
    { text: 'export PUSHOVER_TOKEN="zmrsyyqxd174uk46wad1x54e5yi66a"', secret: 'zmrsyyqxd174uk46wad1x54e5yi66a' },
    { text: 'const pushoverToken = \'qdyznkhrjiajuad7m8pwjc5ik0hxcr\';', secret: 'qdyznkhrjiajuad7m8pwjc5ik0hxcr' },
  ],
  negative: [
    'PUSHOVER_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PUSHOVER_TOKEN=${PUSHOVER_TOKEN}',
    'PUSHOVER_TOKEN=<your-pushover-token>',
    '"etag": "ti9f2tnnddq2wzc5z04obzt008bcst"',
    'PUSHOVER_TOKEN=ti9f2tnnddq2wzc5z04obzt008bcstcst',
    'PUSHOVER_TOKEN=ti9f2tnnddq2wzc5z04obzt008b',
    'token=8f6oxusqk3ipwa6lhla8ksuv8nnv53',
  ],
};
export default fixtures;
