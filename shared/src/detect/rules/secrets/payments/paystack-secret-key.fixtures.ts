import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk_live_c7c47c35f958cc141034958cfffdb81e1d361558',
    { text: 'PAYSTACK_SECRET_KEY=sk_live_898c3ccdecbc86caa8eb78aefd67eaa5a720cee0', secret: 'sk_live_898c3ccdecbc86caa8eb78aefd67eaa5a720cee0' },
    { text: '{"paystack_secret_key": "sk_live_43826bc26d632b59ad8e9502660cac1153892cff"}', secret: 'sk_live_43826bc26d632b59ad8e9502660cac1153892cff' },
    { text: 'paystack_secret_key: sk_live_c63826a473b133415de488abee2a69ed74fe97cb', secret: 'sk_live_c63826a473b133415de488abee2a69ed74fe97cb' },
    { text: 'export PAYSTACK_SECRET_KEY="sk_live_cf2da525d4192cac05a67fb013cb242b7e97769f"', secret: 'sk_live_cf2da525d4192cac05a67fb013cb242b7e97769f' },
    { text: 'const paystackSecretKey = \'sk_live_88ebdf1aa0dc66836ce0aac56f99ad4ec59cb440\';', secret: 'sk_live_88ebdf1aa0dc66836ce0aac56f99ad4ec59cb440' },
  ],
  negative: [
    'PAYSTACK_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PAYSTACK_SECRET_KEY=${PAYSTACK_SECRET_KEY}',
    'PAYSTACK_SECRET_KEY=<your-paystack-secret-key>',
    'PAYSTACK_SECRET_KEY=sk_live_fbb861243b2aa3ad9f46affb4c1d2071736a3e6ae6a',
    'PAYSTACK_SECRET_KEY=sk_live_fbb861243b2aa3ad9f46affb4c1d2071736a3',
  ],
};
export default fixtures;
