import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'rzp_live_kMzVcWchxtpX7r',
    { text: 'RAZORPAY_KEY_ID=rzp_live_xJYdfctj6Xh9la', secret: 'rzp_live_xJYdfctj6Xh9la' },
    { text: '{"razorpay_key_id": "rzp_live_miJqZrfmBepdC5"}', secret: 'rzp_live_miJqZrfmBepdC5' },
    { text: 'razorpay_key_id: rzp_live_kb3ESYP8S0yrtW', secret: 'rzp_live_kb3ESYP8S0yrtW' },
    { text: 'export RAZORPAY_KEY_ID="rzp_live_8KScMfXGr80PIl"', secret: 'rzp_live_8KScMfXGr80PIl' },
    { text: 'const razorpayKeyId = \'rzp_live_JUcA5plHYQ2774\';', secret: 'rzp_live_JUcA5plHYQ2774' },
  ],
  negative: [
    'RAZORPAY_KEY_ID=rzp_live_xxxxxxxxxxxxxx',
    'RAZORPAY_KEY_ID=${RAZORPAY_KEY_ID}',
    'RAZORPAY_KEY_ID=<your-razorpay-key-id>',
    'RAZORPAY_KEY_ID=rzp_live_cG8m0rDloJAmzPmzP',
    'RAZORPAY_KEY_ID=rzp_live_cG8m0rDloJA',
  ],
};
export default fixtures;
