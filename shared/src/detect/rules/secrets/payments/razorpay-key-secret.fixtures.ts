import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'RAZORPAY_KEY_SECRET=Te3yx3l6KvQEPOk6LIv0NUpf', secret: 'Te3yx3l6KvQEPOk6LIv0NUpf' },
    { text: '{"razorpay_key_secret": "0iSgwLByMyvS1JVKkFvPoVUb"}', secret: '0iSgwLByMyvS1JVKkFvPoVUb' },
    { text: 'razorpay_key_secret: JggWuKYL7KZIcLCAeGYw07QQ', secret: 'JggWuKYL7KZIcLCAeGYw07QQ' },
    { text: 'export RAZORPAY_KEY_SECRET="7A3VA7fFocFmOoLqtpQy6Cei"', secret: '7A3VA7fFocFmOoLqtpQy6Cei' },
    { text: 'const razorpayKeySecret = \'VuoJ7rkhyEF3U2B1NDoSWgmA\';', secret: 'VuoJ7rkhyEF3U2B1NDoSWgmA' },
  ],
  negative: [
    'RAZORPAY_KEY_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx',
    'RAZORPAY_KEY_SECRET=${RAZORPAY_KEY_SECRET}',
    'RAZORPAY_KEY_SECRET=<your-razorpay-key-secret>',
    '"etag": "K2GgevmzIPXnWFhzvL2ZfKHh"',
    'RAZORPAY_KEY_SECRET=K2GgevmzIPXnWFhzvL2ZfKHhKHh',
    'RAZORPAY_KEY_SECRET=K2GgevmzIPXnWFhzvL2Zf',
    'key_secret=CjODWhoNuViiAvttCkCUfXRr',
  ],
};
export default fixtures;
