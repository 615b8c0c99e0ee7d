import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ASSEMBLYAI_API_KEY=3733062321adad4865721305f3a9cc89', secret: '3733062321adad4865721305f3a9cc89' },
    { text: '{"assemblyai_api_key": "2715b5669f7d8d0990c6ea12de55d124"}', secret: '2715b5669f7d8d0990c6ea12de55d124' },
    { text: 'assemblyai_api_key: a1f63c07e947a1382eabe00454ab6243', secret: 'a1f63c07e947a1382eabe00454ab6243' },
    { text: 'export ASSEMBLYAI_API_KEY="1071b81277bd31e659342d075ab48256"', secret: '1071b81277bd31e659342d075ab48256' },
    { text: 'const assemblyaiApiKey = \'c62df5f1a563ce6841b3c0fc99e95456\';', secret: 'c62df5f1a563ce6841b3c0fc99e95456' },
  ],
  negative: [
    'ASSEMBLYAI_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ASSEMBLYAI_API_KEY=${ASSEMBLYAI_API_KEY}',
    'ASSEMBLYAI_API_KEY=<your-assemblyai-api-key>',
    '"etag": "e7b5c0be53edf8436db844ebf97dc522"',
    'ASSEMBLYAI_API_KEY=e7b5c0be53edf8436db844ebf97dc522522',
    'ASSEMBLYAI_API_KEY=e7b5c0be53edf8436db844ebf97dc',
    'sha = "90bd99d5921cab9d06401a10b8a5bc7b"',
  ],
};
export default fixtures;
