import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'hcxik_sc8ptrt7gbpxxl3fmc7y9eynxxi4xj16x96l4r9wv72v6kgp1khlez0s6n',
    { text: 'HONEYCOMB_API_KEY=hcxik_perzj7y804n7d2bnp148ej78207b7zhs35sfblhodm6nfrtv0thdec93h2', secret: 'hcxik_perzj7y804n7d2bnp148ej78207b7zhs35sfblhodm6nfrtv0thdec93h2' },
    { text: '{"honeycomb_api_key": "hcxik_u6hdgadmrfu0o5klpoxw7wsmsgsz9250r9tlj1mn38qifrzeebjoy6pv0x"}', secret: 'hcxik_u6hdgadmrfu0o5klpoxw7wsmsgsz9250r9tlj1mn38qifrzeebjoy6pv0x' },
    { text: 'honeycomb_api_key: hcxik_9aqqn5b6o68cvb40njf5gzjeopv4lxkzbc6wg16i807dn8bd862umpwq1u', secret: 'hcxik_9aqqn5b6o68cvb40njf5gzjeopv4lxkzbc6wg16i807dn8bd862umpwq1u' },
    { text: 'export HONEYCOMB_API_KEY="hcxik_i8h1p1qdxblyqjaos5ae2oyqgd77lm83m808z3yx5f3ug29ntdw2rp2lpi"', secret: 'hcxik_i8h1p1qdxblyqjaos5ae2oyqgd77lm83m808z3yx5f3ug29ntdw2rp2lpi' },
    { text: 'const honeycombApiKey = \'hcxik_j5nxk7ll1rjd119xjd2y8qrf3cgnuefaqpnr9fn51vg02713x63olffzc7\';', secret: 'hcxik_j5nxk7ll1rjd119xjd2y8qrf3cgnuefaqpnr9fn51vg02713x63olffzc7' },
  ],
  negative: [
    'HONEYCOMB_API_KEY=xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}',
    'HONEYCOMB_API_KEY=<your-honeycomb-api-key>',
  ],
};
export default fixtures;
