import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'packagist_uut_4fbc0ccb0f7a6ae48963a265c605eb5210c818526058263c594e6368501d6a559835',
    { text: 'COMPOSER_AUTH_TOKEN=packagist_owt_a3a6025eb02eecad0175f8b4d938c560ab934e94008869b53968b81afe48bf0c5ebd', secret: 'packagist_owt_a3a6025eb02eecad0175f8b4d938c560ab934e94008869b53968b81afe48bf0c5ebd' },
    { text: '{"packagist_token": "packagist_owt_9ffcd3aa7c90349f5f3a8269b18add73eb0d8396e3c1dc6defabe195b95256f9bf47", "region": "eu-west-1"}', secret: 'packagist_owt_9ffcd3aa7c90349f5f3a8269b18add73eb0d8396e3c1dc6defabe195b95256f9bf47' },
    { text: '  packagist_token: packagist_owt_9ae67245d7070c2f8283add916c228b9325eda0046e40b6909f314c94fbc3ef5b2dc', secret: 'packagist_owt_9ae67245d7070c2f8283add916c228b9325eda0046e40b6909f314c94fbc3ef5b2dc' },
    { text: 'export COMPOSER_AUTH_TOKEN="packagist_uut_be99f36eb1ade2151ae3109f3cbed4ebec1f89a38d6d8f140bfde14add621d8848fe"', secret: 'packagist_uut_be99f36eb1ade2151ae3109f3cbed4ebec1f89a38d6d8f140bfde14add621d8848fe' },
    { text: 'const packagistToken = \'packagist_ort_a3867ee9ad55b6d08c7d690af826fa58a88e28953b77de6a38a9b5ceb660e678e456\';', secret: 'packagist_ort_a3867ee9ad55b6d08c7d690af826fa58a88e28953b77de6a38a9b5ceb660e678e456' },
  ],
  negative: [
    'COMPOSER_AUTH_TOKEN=packagist_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'COMPOSER_AUTH_TOKEN=<your-packagist-token>',
    'COMPOSER_AUTH_TOKEN=${COMPOSER_AUTH_TOKEN}',
    'COMPOSER_AUTH_TOKEN=packagist_ort_6b215ce473276d0f3989f29dcb22048b1339b950969bbd1b2a005695f8cfaa3ae',
    'COMPOSER_AUTH_TOKEN=packagist_owt_803cc168179aa4e2cc7dfb1b39d372e05284ec063f817aaa3784e2623ad3decce9d8R35',
  ],
};
export default fixtures;
