import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pcsk_whWb1_Ru4vjBuU7Cz068CBcKZViBAGbtFeXSYfag3XrTiylc4anIpFumTglRFtVwywRfb',
    { text: 'PINECONE_API_KEY=pcsk_t0DaF_pDNTAynTO9uCEzBZayLk7jagQFZqJwGwPoPrIyrrCuSSI7srSjpHHFGkhJpuF1t', secret: 'pcsk_t0DaF_pDNTAynTO9uCEzBZayLk7jagQFZqJwGwPoPrIyrrCuSSI7srSjpHHFGkhJpuF1t' },
    { text: '{"pinecone_api_key": "pcsk_iIiEB_0gkehvxSMukexsTkTQErEYiIBTtHuWEuCm5akSxzpyhI9ZL92TNYHn6vDBsiyct"}', secret: 'pcsk_iIiEB_0gkehvxSMukexsTkTQErEYiIBTtHuWEuCm5akSxzpyhI9ZL92TNYHn6vDBsiyct' },
    { text: 'pinecone_api_key: pcsk_uompf_XnutZq4kP6sRgu8MmcqWGHmSBNZh5UmPQwdVE1ZMXITAFg8ZW9pD5Pvfdqsqa3M', secret: 'pcsk_uompf_XnutZq4kP6sRgu8MmcqWGHmSBNZh5UmPQwdVE1ZMXITAFg8ZW9pD5Pvfdqsqa3M' },
    { text: 'export PINECONE_API_KEY="pcsk_g6CMQ_MOilwKSimlxibuqoFhMXp4xS1gDe3UL5wX52HGm7vrEXbhKMiESEfMdFR3ilUBP"', secret: 'pcsk_g6CMQ_MOilwKSimlxibuqoFhMXp4xS1gDe3UL5wX52HGm7vrEXbhKMiESEfMdFR3ilUBP' },
    { text: 'const pineconeApiKey = \'pcsk_Pj4pR_W7TAuAuuCmPQJhEKotlfASRbeNDaQZqTzY9yIYJbnyuf1DxrFI0FDKnnyarPiYF\';', secret: 'pcsk_Pj4pR_W7TAuAuuCmPQJhEKotlfASRbeNDaQZqTzY9yIYJbnyuf1DxrFI0FDKnnyarPiYF' },
  ],
  negative: [
    'PINECONE_API_KEY=pcsk_xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PINECONE_API_KEY=${PINECONE_API_KEY}',
    'PINECONE_API_KEY=<your-pinecone-api-key>',
  ],
};
export default fixtures;
