import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk_sbox_nbsoibc5jtfa4x4bxsxmnf6xyqk',
    { text: 'CKO_SECRET_KEY=sk_sbox_qkuor2z6rg3i7udeqe5r33ekxmu', secret: 'sk_sbox_qkuor2z6rg3i7udeqe5r33ekxmu' },
    { text: '{"cko_secret_key": "sk_sbox_qupc3jehncq3ndtj3bwverbehs4"}', secret: 'sk_sbox_qupc3jehncq3ndtj3bwverbehs4' },
    { text: 'cko_secret_key: sk_sbox_6inyah646ajaay2xd2l32nr5f2d', secret: 'sk_sbox_6inyah646ajaay2xd2l32nr5f2d' },
    { text: 'export CKO_SECRET_KEY="sk_sbox_usnqzquftjiczy2dp37xblcvqnz"', secret: 'sk_sbox_usnqzquftjiczy2dp37xblcvqnz' },
    { text: 'const ckoSecretKey = \'sk_sbox_p7ptnkiy56vdy4bhkxh3zeyidpq\';', secret: 'sk_sbox_p7ptnkiy56vdy4bhkxh3zeyidpq' },
  ],
  negative: [
    'CKO_SECRET_KEY=sk_sbox_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CKO_SECRET_KEY=${CKO_SECRET_KEY}',
    'CKO_SECRET_KEY=<your-checkout-secret-key>',
    'CKO_SECRET_KEY=sk_sbox_674g3f7w5phbb4mriy662oqu',
  ],
};
export default fixtures;
