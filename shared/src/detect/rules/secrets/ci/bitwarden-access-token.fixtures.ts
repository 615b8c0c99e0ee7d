import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '0.91b8d048-c132-42cb-a7bf-8f871cec4865.90QlHTyNZH8mLvlh8sMM0U17C4aQQz:Cs8EhYtgyTx7oF6yoLEYFQ==',
    { text: 'BWS_ACCESS_TOKEN=0.5083a209-4786-431a-bb25-9ec925bacfbb.ypbIthqGkHi5zp5j4dcElW9xM2fjww:x/a94h4X511lRF56c0v1AA==', secret: '0.5083a209-4786-431a-bb25-9ec925bacfbb.ypbIthqGkHi5zp5j4dcElW9xM2fjww:x/a94h4X511lRF56c0v1AA==' },
    { text: '{"bws_access_token": "0.d61f4012-c266-4a99-afb9-345eda8901d9.C0e1bEolDD9GVT68jbpVXb0uFsbs94:46TKBiu7LfiXmUz7dpsDZQ==", "region": "eu-west-1"}', secret: '0.d61f4012-c266-4a99-afb9-345eda8901d9.C0e1bEolDD9GVT68jbpVXb0uFsbs94:46TKBiu7LfiXmUz7dpsDZQ==' },
    { text: '  bws_access_token: 0.a2d75648-9908-473c-b3bd-298222614714.4P3YFHW8MGUQ9NMsQ8UzjNiPbQA58k:6Jo0BUciwiv/y2SHF8jCyw==', secret: '0.a2d75648-9908-473c-b3bd-298222614714.4P3YFHW8MGUQ9NMsQ8UzjNiPbQA58k:6Jo0BUciwiv/y2SHF8jCyw==' },
    { text: 'export BWS_ACCESS_TOKEN="0.73064bbc-fd04-4a92-afc0-f390b73b7e64.koG21nHPYJpHmM4fnvTgzi5G4gzXbs:a/pBo1gkhs5yO+WNsjEFDg=="', secret: '0.73064bbc-fd04-4a92-afc0-f390b73b7e64.koG21nHPYJpHmM4fnvTgzi5G4gzXbs:a/pBo1gkhs5yO+WNsjEFDg==' },
    { text: 'const bwsAccessToken = \'0.63148c81-837f-4ac7-aba1-d59d89adae14.ZHmKC1MKpdWrakLUM4tYcZQ58b36Um:o/AbaTjvmFcgESI+3bpobQ==\';', secret: '0.63148c81-837f-4ac7-aba1-d59d89adae14.ZHmKC1MKpdWrakLUM4tYcZQ58b36Um:o/AbaTjvmFcgESI+3bpobQ==' },
  ],
  negative: [
    'BWS_ACCESS_TOKEN=0.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BWS_ACCESS_TOKEN=<your-bitwarden-access-token>',
    'BWS_ACCESS_TOKEN=${BWS_ACCESS_TOKEN}',
    'version 0.dded918a-fb6f-4384-ad0b-96ba4b0ef4fa.MSSkU5VaUSMyyAQBAxAfFV6nsGswck',
  ],
};
export default fixtures;
