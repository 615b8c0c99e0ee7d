import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CKO_SECRET_KEY=sk_vd6bnud63kzhctyh7ql2tscwhks', secret: 'sk_vd6bnud63kzhctyh7ql2tscwhks' },
    { text: '{"cko_secret_key": "sk_yvbh3nce3rw2hdpkkzi35kbrsa2"}', secret: 'sk_yvbh3nce3rw2hdpkkzi35kbrsa2' },
    { text: 'cko_secret_key: sk_erg44a3abelrme7c3fcjyv2y3bv', secret: 'sk_erg44a3abelrme7c3fcjyv2y3bv' },
    { text: 'export CKO_SECRET_KEY="sk_36fl3mt2je7w5wpy6kakasmf4kh"', secret: 'sk_36fl3mt2je7w5wpy6kakasmf4kh' },
  ],
  negative: [
    'CKO_SECRET_KEY=sk_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CKO_SECRET_KEY=${CKO_SECRET_KEY}',
    'CKO_SECRET_KEY=<your-checkout-live-secret-key>',
    '"etag": "sk_umsxq7jvel2n2fv4ln5t46dmer6"',
    'CKO_SECRET_KEY=sk_umsxq7jvel2n2fv4ln5t46dm',
    'secret: sk_dktcd6emeb7xjbsnwi5ym7oc4zr',
  ],
};
export default fixtures;
