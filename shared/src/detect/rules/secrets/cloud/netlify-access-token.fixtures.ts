import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NETLIFY_AUTH_TOKEN=bOLGHnNd1JPclKZI8ei6BHz3mf_pI8_xmMcGs88rT8j', secret: 'bOLGHnNd1JPclKZI8ei6BHz3mf_pI8_xmMcGs88rT8j' },
    { text: '{"netlify_token": "2svmKtfnwIKCNIsuowORfs0uhsunGbG_YUOkHW-6LIR", "region": "eu-west-1"}', secret: '2svmKtfnwIKCNIsuowORfs0uhsunGbG_YUOkHW-6LIR' },
    { text: '  netlify_token: B4NhdzXas5zEzlej1v14_DxdIkBW0rMZ0gW9qDfeDtg', secret: 'B4NhdzXas5zEzlej1v14_DxdIkBW0rMZ0gW9qDfeDtg' },
    { text: 'export NETLIFY_AUTH_TOKEN="7bF-4hliQ0x6u_tCc3qF5PPa46GQ6liY5nCFC1CIIeK"', secret: '7bF-4hliQ0x6u_tCc3qF5PPa46GQ6liY5nCFC1CIIeK' },
    { text: 'const netlifyToken = \'Zm4U3zgnjD1e_yhZlKjdnmYzW5bnNAE43nc7aBYOPRN\';', secret: 'Zm4U3zgnjD1e_yhZlKjdnmYzW5bnNAE43nc7aBYOPRN' },
  ],
  negative: [
    'NETLIFY_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NETLIFY_AUTH_TOKEN=<your-netlify-access-token>',
    'NETLIFY_AUTH_TOKEN=${NETLIFY_AUTH_TOKEN}',
    'NETLIFY_AUTH_TOKEN=3PqjfsOSaDs9LO5mR8c6FUWY8rYxoUSxf11aWDA_',
    'NETLIFY_AUTH_TOKEN=FuERnycsSfrBaKBIZwsfYNEf-YzfTvy_t2Jv_X27-6mToD',
    'checksum: jIM859ihC45HEeLTzuFEFg01rDmgU0MjsSSdqOSLBay',
    'const ref = "K1GUf2b0RvBolONjJa0DF5JXkocp2zjHDv_Q-gzH-zv";',
  ],
};
export default fixtures;
