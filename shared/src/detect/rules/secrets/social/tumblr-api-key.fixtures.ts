import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TUMBLR_CONSUMER_SECRET=eJSxRQErn9shwpsaTzjd5Tp7KZvV0NdcepBNkdBx9tfXezOqUs', secret: 'eJSxRQErn9shwpsaTzjd5Tp7KZvV0NdcepBNkdBx9tfXezOqUs' },
    { text: '{"tumblr_consumer_secret": "s2s7i648GKAdC8fEYw5e0AXTIS9VGExP6vmNdzmM3bD5N8dJvR"}', secret: 's2s7i648GKAdC8fEYw5e0AXTIS9VGExP6vmNdzmM3bD5N8dJvR' },
    { text: 'tumblr_consumer_secret: dIXI1HbHNVn0zWroPo35ejqaCzkzOIxq5tpWCxkzkJy032LMTz', secret: 'dIXI1HbHNVn0zWroPo35ejqaCzkzOIxq5tpWCxkzkJy032LMTz' },
    { text: 'export TUMBLR_CONSUMER_SECRET="hvhdRQvoyzKHu7ZDhGOp4aW0JHrdUJnZGNrGohH2VOvFUfJJDb"', secret: 'hvhdRQvoyzKHu7ZDhGOp4aW0JHrdUJnZGNrGohH2VOvFUfJJDb' },
    { text: 'const tumblrConsumerSecret = \'wgsIHpMI1FX2PFdanCz3mAthHPf970dDVMu8jBOuwyo1RCwuTL\';', secret: 'wgsIHpMI1FX2PFdanCz3mAthHPf970dDVMu8jBOuwyo1RCwuTL' },
  ],
  negative: [
    'TUMBLR_CONSUMER_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TUMBLR_CONSUMER_SECRET=${TUMBLR_CONSUMER_SECRET}',
    'TUMBLR_CONSUMER_SECRET=<your-tumblr-api-key>',
    '"etag": "YHlzI8p6ftwlgURcctI04anv9rKYweSarh2VRiZURfMkBFVvAM"',
    'TUMBLR_CONSUMER_SECRET=YHlzI8p6ftwlgURcctI04anv9rKYweSarh2VRiZURfMkBFVvAMvAM',
    'TUMBLR_CONSUMER_SECRET=YHlzI8p6ftwlgURcctI04anv9rKYweSarh2VRiZURfMkBFV',
    'secret=hWJvg8VzmRbA8dIQZKIBhEjdJWxcZNXuL5k1PPrHNW9ePcBF5e',
  ],
};
export default fixtures;
