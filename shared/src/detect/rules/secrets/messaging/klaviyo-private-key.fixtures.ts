import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'KLAVIYO_PRIVATE_KEY=pk_9ac8e78a2bad218d96c035eba1db9b843e', secret: 'pk_9ac8e78a2bad218d96c035eba1db9b843e' },
    { text: '{"klaviyo_private_key": "pk_2ff7e0a07bdfc8316f620728c80e8bad57"}', secret: 'pk_2ff7e0a07bdfc8316f620728c80e8bad57' },
    { text: 'klaviyo_private_key: pk_ed97884fe50b97311404830d6e3b07bf0f', secret: 'pk_ed97884fe50b97311404830d6e3b07bf0f' },
    { text: 'export KLAVIYO_PRIVATE_KEY="pk_f210c091e401d66b2465bfbeed9cdeac6a"', secret: 'pk_f210c091e401d66b2465bfbeed9cdeac6a' },
    { text: 'const klaviyoPrivateKey = \'pk_f441bcaff2e8657be3dc010255cbbaa129\';', secret: 'pk_f441bcaff2e8657be3dc010255cbbaa129' },
  ],
  negative: [
    'KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'KLAVIYO_PRIVATE_KEY=${KLAVIYO_PRIVATE_KEY}',
    'KLAVIYO_PRIVATE_KEY=<your-klaviyo-private-key>',
    '"etag": "pk_bd9b391f197dd34daf326f41bb2d7d23d7"',
    'KLAVIYO_PRIVATE_KEY=pk_bd9b391f197dd34daf326f41bb2d7d23d73d7',
    'KLAVIYO_PRIVATE_KEY=pk_bd9b391f197dd34daf326f41bb2d7d2',
    'key: pk_e6ff65e007fe70dba352236c7637b32ae7',
  ],
};
export default fixtures;
