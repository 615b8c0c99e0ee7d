import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'patWBvBGjitRgnp32.fc34507d9dc9247251be5881d0eee584905e27a43aa02be735e7b64f948acedc',
    { text: 'AIRTABLE_TOKEN=patHc2kPkAVZwjDUk.d9c197cedd4d8f06b044e89ca61ba236ca4d2b1bd5a905f6fe89f98c278c8f40', secret: 'patHc2kPkAVZwjDUk.d9c197cedd4d8f06b044e89ca61ba236ca4d2b1bd5a905f6fe89f98c278c8f40' },
    { text: '{"airtable_token": "patBdOZfhYrfP40lO.ff927d3f975b43eca33041339c389fcab51ca3aeec697f9e9c29bfb12bc6c80b"}', secret: 'patBdOZfhYrfP40lO.ff927d3f975b43eca33041339c389fcab51ca3aeec697f9e9c29bfb12bc6c80b' },
    { text: 'airtable_token: patNt0bYO62eljLQ2.7077498b16ba5379fa672e310ffb598057d71932d9a1072f5f728c46f3eebf6c', secret: 'patNt0bYO62eljLQ2.7077498b16ba5379fa672e310ffb598057d71932d9a1072f5f728c46f3eebf6c' },
    { text: 'export AIRTABLE_TOKEN="patNZbkOh1vPwyRsS.6432b6d2ef5d20f89b693a2e9420a46a08b8cd40aabc2360f61535a2eab0ca27"', secret: 'patNZbkOh1vPwyRsS.6432b6d2ef5d20f89b693a2e9420a46a08b8cd40aabc2360f61535a2eab0ca27' },
    { text: 'const airtableToken = \'pat7Xd5tNLveHNBaS.b57f58c48aba0f6acf6a22eb3e6b133276e975f8e900343c107e5a774b66b39a\';', secret: 'pat7Xd5tNLveHNBaS.b57f58c48aba0f6acf6a22eb3e6b133276e975f8e900343c107e5a774b66b39a' },
  ],
  negative: [
    'AIRTABLE_TOKEN=patxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AIRTABLE_TOKEN=${AIRTABLE_TOKEN}',
    'AIRTABLE_TOKEN=<your-airtable-pat>',
    'AIRTABLE_TOKEN=patw1KBbEJKmBbpQ9.c4254499518071f595050be9a0d503a909e6fb59717d89c2306849b58c5b4c21c21',
    'AIRTABLE_TOKEN=patw1KBbEJKmBbpQ9.c4254499518071f595050be9a0d503a909e6fb59717d89c2306849b58c5b4',
  ],
};
export default fixtures;
