import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'GITEA_TOKEN=fa9a3c424045b3238efffa2a6780d51653f57b18', secret: 'fa9a3c424045b3238efffa2a6780d51653f57b18' },
    { text: '{"forgejo_token": "d7c6df392dc76004be1094c3dd87bf32bd87dd9b", "region": "eu-west-1"}', secret: 'd7c6df392dc76004be1094c3dd87bf32bd87dd9b' },
    { text: '  forgejo_token: 2c05b5dd9f757521842fb080256509fa71e63b01', secret: '2c05b5dd9f757521842fb080256509fa71e63b01' },
    { text: 'export GITEA_TOKEN="138b585d719f5c4a277fdfb40eb36c63303cb249"', secret: '138b585d719f5c4a277fdfb40eb36c63303cb249' },
    { text: 'const forgejoToken = \'142e468249f7f1a32f727ad442f143e4ca773cc7\';', secret: '142e468249f7f1a32f727ad442f143e4ca773cc7' },
  ],
  negative: [
    'GITEA_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITEA_TOKEN=<your-gitea-access-token>',
    'GITEA_TOKEN=${GITEA_TOKEN}',
    'GITEA_TOKEN=611f642b56cb841d5f4a9ce2991764789b24a',
    'GITEA_TOKEN=c2e15c22616040ba3ad9264a56d8113680c6d96aThO',
    'checksum: a4e3984cf1b471e499d2780ad17f9f705dabd7e1',
    'const ref = "ce9cfa7337769a955afdf8738cbc4ce10f80b71a";',
    'commit 2ee475d93cb6d1d5fdf30897409edd8987fbbe75 (HEAD -> main)',
  ],
};
export default fixtures;
