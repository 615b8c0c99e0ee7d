import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'act.jF68FYyjkLgAympso3a9asOEVhlnFYUNh44DJlwXFrPoL1KGzKqBqwUXu0p9!5653.va',
    { text: 'TIKTOK_ACCESS_TOKEN=act.wRwuESYjljKvQO4oHRkNwtux7swYTYSY8BAz3oE1Rd8WAy6HdF8veRs7Zx8b!6973.va', secret: 'act.wRwuESYjljKvQO4oHRkNwtux7swYTYSY8BAz3oE1Rd8WAy6HdF8veRs7Zx8b!6973.va' },
    { text: '{"tiktok_access_token": "act.HydMdljUoionoaXRWAmXGr1CnGeFu18e7OJB1TSSrq2Wyz1CWtO5VZnNqaea!7513.va"}', secret: 'act.HydMdljUoionoaXRWAmXGr1CnGeFu18e7OJB1TSSrq2Wyz1CWtO5VZnNqaea!7513.va' },
    { text: 'tiktok_access_token: act.t92S4ZWFCFFao5VD8C9DPr447Su9ptYwTTw5UKMiJLvNmj6C1cXx9ym5ILpB!9872.va', secret: 'act.t92S4ZWFCFFao5VD8C9DPr447Su9ptYwTTw5UKMiJLvNmj6C1cXx9ym5ILpB!9872.va' },
    { text: 'export TIKTOK_ACCESS_TOKEN="act.awTXshacChNpPLytLQMMIJnxAmyCSSscafkqaEBDV0DgqR63VQsd2yXMFN3w!3217.va"', secret: 'act.awTXshacChNpPLytLQMMIJnxAmyCSSscafkqaEBDV0DgqR63VQsd2yXMFN3w!3217.va' },
    { text: 'const tiktokAccessToken = \'act.XhTbfCBAuzI77lZGcbS3zLScfOBOfFU6OGwcA4cpYpSyyW7YXBw9yy4Zey2S!2458.va\';', secret: 'act.XhTbfCBAuzI77lZGcbS3zLScfOBOfFU6OGwcA4cpYpSyyW7YXBw9yy4Zey2S!2458.va' },
  ],
  negative: [
    'TIKTOK_ACCESS_TOKEN=act.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx!xxxx.xx',
    'TIKTOK_ACCESS_TOKEN=${TIKTOK_ACCESS_TOKEN}',
    'TIKTOK_ACCESS_TOKEN=<your-tiktok-access-token>',
  ],
};
export default fixtures;
