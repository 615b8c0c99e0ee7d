import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'OVSX_PAT=19e2db3e-6fd5-4d6b-8ac3-5ce620cd130b', secret: '19e2db3e-6fd5-4d6b-8ac3-5ce620cd130b' },
    { text: '{"ovsx_token": "fc5c7669-b67a-43d4-a94e-d1364ef7a063", "region": "eu-west-1"}', secret: 'fc5c7669-b67a-43d4-a94e-d1364ef7a063' },
    { text: '  ovsx_token: 6b696ebc-e1d2-402b-8d55-0b417086277c', secret: '6b696ebc-e1d2-402b-8d55-0b417086277c' },
    { text: 'export OVSX_PAT="0e773768-6b4d-4fda-b777-04ce87871699"', secret: '0e773768-6b4d-4fda-b777-04ce87871699' },
    { text: 'const ovsxToken = \'3f9b9200-c983-4cca-9e69-4cefe84a4868\';', secret: '3f9b9200-c983-4cca-9e69-4cefe84a4868' },
    { text: 'npx ovsx publish -p 0a7ba8fc-894a-4086-a9ee-f28d5c116a86', secret: '0a7ba8fc-894a-4086-a9ee-f28d5c116a86' },
  ],
  negative: [
    'OVSX_PAT=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OVSX_PAT=<your-openvsx-token>',
    'OVSX_PAT=${OVSX_PAT}',
    'OVSX_PAT=8ecd5e76-88b3-46ab-9b4b-a7fff1ecc',
    'OVSX_PAT=78f86198-d64d-4ff4-9477-adb5df57b750N83',
    'checksum: d08337f1-1199-4cf8-9532-ff28ab1f95bd',
    'const ref = "72c1a9d0-8028-445d-a746-c8dd3efdc3be";',
  ],
};
export default fixtures;
