import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LINODE_TOKEN=e7aec7b1f21ff7fc02310ca909f1ca8aa9b9424873f179d88ffdf64e3fe94b2c', secret: 'e7aec7b1f21ff7fc02310ca909f1ca8aa9b9424873f179d88ffdf64e3fe94b2c' },
    { text: '{"linode_api_token": "f128c9174677b89ea5a003ce69332a8d1ebb066524dd14de5faa60be46940801", "region": "eu-west-1"}', secret: 'f128c9174677b89ea5a003ce69332a8d1ebb066524dd14de5faa60be46940801' },
    { text: '  linode_api_token: 4cc2aff934454bea8f52a9f30ab48ee499a273ef6fcf0a4eb84e951761db8953', secret: '4cc2aff934454bea8f52a9f30ab48ee499a273ef6fcf0a4eb84e951761db8953' },
    { text: 'export LINODE_TOKEN="9092199f73f5e3a828bbe8f97e4103978831d148c29676a8eda0b995fd55dc27"', secret: '9092199f73f5e3a828bbe8f97e4103978831d148c29676a8eda0b995fd55dc27' },
    { text: 'const linodeApiToken = \'fe75975cfaf7d8b36ce067ab5d05806a6d8cfb1c0da39b3eceb1ad23e1222e2a\';', secret: 'fe75975cfaf7d8b36ce067ab5d05806a6d8cfb1c0da39b3eceb1ad23e1222e2a' },
  ],
  negative: [
    'LINODE_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LINODE_TOKEN=<your-linode-api-token>',
    'LINODE_TOKEN=${LINODE_TOKEN}',
    'LINODE_TOKEN=38829c4ad2b3667be8e6afed41989c71fa516be9a7744984f045cac13ea6f',
    'LINODE_TOKEN=82aad57c59d5e7ff0d1111c643ffe5121afe6c2fb3fb4e15b8ed7c3bc8018b9fua1',
    'checksum: 5b84e65dddb5bdd6d6de27a04afd476b7d7f6a322a955bdd4d831d51ad58bd0f',
    'const ref = "d03cd2fcfa1e1172509f1bb1a6e1ee9680a38e3a0d444d4c472b295f8866bc5a";',
  ],
};
export default fixtures;
