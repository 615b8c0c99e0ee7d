import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SNYK_TOKEN=e57e8867-4aa7-477d-b6f2-8f02924a54d0', secret: 'e57e8867-4aa7-477d-b6f2-8f02924a54d0' },
    { text: '{"snyk_token": "4c12b092-1910-4cc3-a5f0-e1ce9b77e6ae", "region": "eu-west-1"}', secret: '4c12b092-1910-4cc3-a5f0-e1ce9b77e6ae' },
    { text: '  snyk_token: 891dd19b-29b0-4147-93eb-cbfeac4f8bae', secret: '891dd19b-29b0-4147-93eb-cbfeac4f8bae' },
    { text: 'export SNYK_TOKEN="eeb58933-1585-4114-8c48-eca4f5f3967c"', secret: 'eeb58933-1585-4114-8c48-eca4f5f3967c' },
    { text: 'const snykToken = \'c4e6411f-92aa-4a0b-a5d5-b50dfaca60a1\';', secret: 'c4e6411f-92aa-4a0b-a5d5-b50dfaca60a1' },
    { text: 'snyk auth b3aa7a47-bacb-4ddb-83d1-b42afc8eee8d', secret: 'b3aa7a47-bacb-4ddb-83d1-b42afc8eee8d' },
  ],
  negative: [
    'SNYK_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SNYK_TOKEN=<your-snyk-api-token>',
    'SNYK_TOKEN=${SNYK_TOKEN}',
    'SNYK_TOKEN=4a60b2a0-f745-43a0-a7e0-3ea6c79fd',
    'SNYK_TOKEN=5c6b1f9d-77ae-4be6-90da-e5e75cebbe6982c',
    'checksum: 8f61f551-8b21-4926-9342-8cd1c5de7fe3',
    'const ref = "efcb5bf1-20e8-485f-bcef-8d3cd98a6b98";',
  ],
};
export default fixtures;
