import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'access_token$production$h9t42ga6imw91x7j$06d643383ec935da2d4937824651fb9e',
    { text: 'BRAINTREE_ACCESS_TOKEN=access_token$production$rl3fr2ihto7rqzo6$dba01d5f11744c33ffb55bc0ca2c84e0', secret: 'access_token$production$rl3fr2ihto7rqzo6$dba01d5f11744c33ffb55bc0ca2c84e0' },
    { text: '{"braintree_access_token": "access_token$production$2v05p234xixcbzt2$245c2afebaa963812ee49c40789be066"}', secret: 'access_token$production$2v05p234xixcbzt2$245c2afebaa963812ee49c40789be066' },
    { text: 'braintree_access_token: access_token$production$hddy9t14i29s78yx$f4a8ca5e99124a97cc822dab00a31424', secret: 'access_token$production$hddy9t14i29s78yx$f4a8ca5e99124a97cc822dab00a31424' },
    { text: 'export BRAINTREE_ACCESS_TOKEN="access_token$production$56nh0oajdkvers9o$53ac0c4bdc90a0f41cda871d9c172ca8"', secret: 'access_token$production$56nh0oajdkvers9o$53ac0c4bdc90a0f41cda871d9c172ca8' },
    { text: 'const braintreeAccessToken = \'access_token$production$4eewhq7tkn9v8i2m$4c915a57ced6d34999a0ef0dca77f28d\';', secret: 'access_token$production$4eewhq7tkn9v8i2m$4c915a57ced6d34999a0ef0dca77f28d' },
  ],
  negative: [
    'BRAINTREE_ACCESS_TOKEN=access_token$xxxxxxxxxx$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BRAINTREE_ACCESS_TOKEN=${BRAINTREE_ACCESS_TOKEN}',
    'BRAINTREE_ACCESS_TOKEN=<your-braintree-access-token>',
    'BRAINTREE_ACCESS_TOKEN=access_token$production$0fm441rd5gpchzbp$9e02d469d1aef505bd028702d2aac8dc8dc',
    'BRAINTREE_ACCESS_TOKEN=access_token$production$0fm441rd5gpchzbp$9e02d469d1aef505bd028702d2aac',
  ],
};
export default fixtures;
