import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LOGZIO_TOKEN=ZqIMajNTKYgBQFkKqknmmtxgcigsJqfH', secret: 'ZqIMajNTKYgBQFkKqknmmtxgcigsJqfH' },
    { text: '{"logzio_token": "WGRKrwadoSQwHHWuqroSpBoaSbVKsyEz"}', secret: 'WGRKrwadoSQwHHWuqroSpBoaSbVKsyEz' },
    { text: 'logzio_token: nlgbvvotLKSKkyHADSqdcdtxHGqKyzQC', secret: 'nlgbvvotLKSKkyHADSqdcdtxHGqKyzQC' },
    { text: 'export LOGZIO_TOKEN="JYzGENpOhZhBhfDDkzuVGPorskpcwWex"', secret: 'JYzGENpOhZhBhfDDkzuVGPorskpcwWex' },
    { text: 'const logzioToken = \'SZaldEXTcsArmjfxhMIMBTLzIEYKyzlF\';', secret: 'SZaldEXTcsArmjfxhMIMBTLzIEYKyzlF' },
  ],
  negative: [
    'LOGZIO_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LOGZIO_TOKEN=${LOGZIO_TOKEN}',
    'LOGZIO_TOKEN=<your-logzio-token>',
    '"etag": "ZhZXHQxnEYbiGwfAInAkFwhCGdwKTwRs"',
    'LOGZIO_TOKEN=ZhZXHQxnEYbiGwfAInAkFwhCGdwKTwRswRs',
    'LOGZIO_TOKEN=ZhZXHQxnEYbiGwfAInAkFwhCGdwKT',
    'token: ucKYMyEQEyImnpozEHAuubwJqqIfTsjL',
  ],
};
export default fixtures;
