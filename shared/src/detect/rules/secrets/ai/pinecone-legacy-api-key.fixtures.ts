import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PINECONE_API_KEY=380d6281-9487-4d86-9184-002cbe1fdc14', secret: '380d6281-9487-4d86-9184-002cbe1fdc14' },
    { text: '{"pinecone_api_key": "b83af4f2-f242-4fc0-88be-0659e288ce16"}', secret: 'b83af4f2-f242-4fc0-88be-0659e288ce16' },
    { text: 'pinecone_api_key: dae013e1-13fe-4404-974d-9785bcb81f45', secret: 'dae013e1-13fe-4404-974d-9785bcb81f45' },
    { text: 'export PINECONE_API_KEY="ca8211d4-d0f8-40e5-bdfc-4ed56930473f"', secret: 'ca8211d4-d0f8-40e5-bdfc-4ed56930473f' },
    { text: 'const pineconeApiKey = \'89ed7d2e-2649-499f-979e-263c90a571ff\';', secret: '89ed7d2e-2649-499f-979e-263c90a571ff' },
  ],
  negative: [
    'PINECONE_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'PINECONE_API_KEY=${PINECONE_API_KEY}',
    'PINECONE_API_KEY=<your-pinecone-legacy-api-key>',
    '"etag": "5b1cf26a-4b1f-4ba9-91d7-aa56bcce83fd"',
    'PINECONE_API_KEY=5b1cf26a-4b1f-4ba9-91d7-aa56bcce83fd3fd',
    'PINECONE_API_KEY=5b1cf26a-4b1f-4ba9-91d7-aa56bcce8',
    'request_id: 8056fbb1-0d00-44da-8252-b7b6a9184826',
  ],
};
export default fixtures;
