import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pcsk_uppae_mvpLrn5Vp1rCmv4vQZQXgSBEdnrAXfI0l1n0PVXlXFSQVgO9AHqBIH8AI9QqdL6',
    { text: 'PINECONE_API_KEY=pcsk_Ktq1p_OdqyAiJVcywvUoNR1pa3kTLDXYXLoOMJKGFFMwoJTW8X02m7V0UE3pQ03vI45B8', secret: 'pcsk_Ktq1p_OdqyAiJVcywvUoNR1pa3kTLDXYXLoOMJKGFFMwoJTW8X02m7V0UE3pQ03vI45B8' },
    { text: '{"pinecone_api_key": "pcsk_NvxXu_QWBGLXhLysEAJrB88KXo9L207KhYZjE2jq9k9PeiMm7ubpWOIFA3uMuytJFnzmK"}', secret: 'pcsk_NvxXu_QWBGLXhLysEAJrB88KXo9L207KhYZjE2jq9k9PeiMm7ubpWOIFA3uMuytJFnzmK' },
    { text: 'pinecone_api_key: pcsk_swEVM_jwC7oKxaXpobUATtyuZTRQ6fKTVhIRILOtTL1zDIKmP0ygq88fjpzBPYVMO1XkC', secret: 'pcsk_swEVM_jwC7oKxaXpobUATtyuZTRQ6fKTVhIRILOtTL1zDIKmP0ygq88fjpzBPYVMO1XkC' },
    { text: 'export PINECONE_API_KEY="pcsk_ytiCk_AF78CwaNAU2i3abx6u0frEg6u9z9WneouElx0A6yBtdAEH6eHl6SFB5iLfvSBVL"', secret: 'pcsk_ytiCk_AF78CwaNAU2i3abx6u0frEg6u9z9WneouElx0A6yBtdAEH6eHl6SFB5iLfvSBVL' },
    { text: 'const pineconeApiKey = \'pcsk_Hnq4R_Q5e6leOgFQjRlAEN0D9ZzA6sINfquIfhNVsPM1eNcK1TbrIEPZy9l1racemVTIm\';', secret: 'pcsk_Hnq4R_Q5e6leOgFQjRlAEN0D9ZzA6sINfquIfhNVsPM1eNcK1TbrIEPZy9l1racemVTIm' },
  ],
  negative: [
    'PINECONE_API_KEY=pcsk_xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PINECONE_API_KEY=${PINECONE_API_KEY}',
    'PINECONE_API_KEY=<your-pinecone-api-key>',
  ],
};
export default fixtures;
