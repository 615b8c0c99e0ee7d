import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PINECONE_API_KEY=a6824266-3f3a-4c7b-9fcc-2cd6723d6989', secret: 'a6824266-3f3a-4c7b-9fcc-2cd6723d6989' },
    { text: '{"pinecone_api_key": "5c1041fd-193e-434c-a7f5-377d784afe57"}', secret: '5c1041fd-193e-434c-a7f5-377d784afe57' },
    { text: 'pinecone_api_key: ed3cb2e5-5c25-40bc-89dd-e05488f0e4c2', secret: 'ed3cb2e5-5c25-40bc-89dd-e05488f0e4c2' },
    { text: 'export PINECONE_API_KEY="c3e81608-2ea6-43f2-b861-3c3eefdb2d0f"', secret: 'c3e81608-2ea6-43f2-b861-3c3eefdb2d0f' },
    { text: 'const pineconeApiKey = \'256ffaf9-ccc4-47d1-9e80-4dbbdc5d556e\';', secret: '256ffaf9-ccc4-47d1-9e80-4dbbdc5d556e' },
  ],
  negative: [
    'PINECONE_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'PINECONE_API_KEY=${PINECONE_API_KEY}',
    'PINECONE_API_KEY=<your-pinecone-legacy-api-key>',
    '"etag": "5701ec48-bdfb-4256-aadb-6656516b1316"',
    'PINECONE_API_KEY=5701ec48-bdfb-4256-aadb-6656516b1316316',
    'PINECONE_API_KEY=5701ec48-bdfb-4256-aadb-6656516b1',
    'request_id: 6e8ae775-1a68-472e-8c88-9c202d0d868e',
  ],
};
export default fixtures;
