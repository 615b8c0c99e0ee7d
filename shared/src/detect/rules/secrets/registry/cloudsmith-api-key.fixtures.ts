import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CLOUDSMITH_API_KEY=313e12d4fb614fbd3f0f7d8de3f3cc94446e86be', secret: '313e12d4fb614fbd3f0f7d8de3f3cc94446e86be' },
    { text: '{"cloudsmith_api_key": "9ed722c8095f46e2a28b3c6885500a1d07af3900", "region": "eu-west-1"}', secret: '9ed722c8095f46e2a28b3c6885500a1d07af3900' },
    { text: '  cloudsmith_api_key: 95069756073f93e25e68f1c4188f3825ff41ec8a', secret: '95069756073f93e25e68f1c4188f3825ff41ec8a' },
    { text: 'export CLOUDSMITH_API_KEY="067b0bf88be684ee8b73b5ccdaaa601f560bd03f"', secret: '067b0bf88be684ee8b73b5ccdaaa601f560bd03f' },
    { text: 'const cloudsmithApiKey = \'0333f306ea2b618542401ced5d6252a2864adaee\';', secret: '0333f306ea2b618542401ced5d6252a2864adaee' },
  ],
  negative: [
    'CLOUDSMITH_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLOUDSMITH_API_KEY=<your-cloudsmith-api-key>',
    'CLOUDSMITH_API_KEY=${CLOUDSMITH_API_KEY}',
    'CLOUDSMITH_API_KEY=022f94d82eeaffab63db4322018fc4d694288',
    'CLOUDSMITH_API_KEY=debb26db1e241f6201e9b0d855682a99ab14d7b6jWX',
    'checksum: dae5014150021e98c2b9537bc4f2a4ca48817487',
    'const ref = "2d9fe803469bb7eea9b71e0129485ea0b18d6ae7";',
  ],
};
export default fixtures;
