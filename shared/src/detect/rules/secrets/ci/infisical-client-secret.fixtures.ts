import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'INFISICAL_CLIENT_SECRET=e8bd1503616e289e611015b0fd795f24b94f037d360620507ee904af609b60ce', secret: 'e8bd1503616e289e611015b0fd795f24b94f037d360620507ee904af609b60ce' },
    { text: '{"infisical_client_secret": "d593fd9a87e15be0e2044ccb74572cca1f30786f70ab5e2e7afc043a4e27cb8f", "region": "eu-west-1"}', secret: 'd593fd9a87e15be0e2044ccb74572cca1f30786f70ab5e2e7afc043a4e27cb8f' },
    { text: '  infisical_client_secret: b9e10b891238eb10b21786b0718e71cbd38dd11373828f0a35653712a648f183', secret: 'b9e10b891238eb10b21786b0718e71cbd38dd11373828f0a35653712a648f183' },
    { text: 'export INFISICAL_CLIENT_SECRET="4f4407a0cb510410d638d9a9ccbc422ef4635191623298541e4d2387f049a3cd"', secret: '4f4407a0cb510410d638d9a9ccbc422ef4635191623298541e4d2387f049a3cd' },
    { text: 'const infisicalClientSecret = \'aba6acbe98af72a89e19ee440f7ec854a3104efbdd5e148ecf201da8a6eb90d6\';', secret: 'aba6acbe98af72a89e19ee440f7ec854a3104efbdd5e148ecf201da8a6eb90d6' },
  ],
  negative: [
    'INFISICAL_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'INFISICAL_CLIENT_SECRET=<your-infisical-client-secret>',
    'INFISICAL_CLIENT_SECRET=${INFISICAL_CLIENT_SECRET}',
    'INFISICAL_CLIENT_SECRET=983f75453b1ca5fdbbdb204a9b621e3c4d5fa610ede0412a231e26227812e',
    'INFISICAL_CLIENT_SECRET=45179d4eece8cf2c8399c7717c30217c9b47afe6c0f01751d048a7349ce3c610WQR',
    'checksum: 0e913395a03b73fc225ea38ca004bf070e10f910ce6ac76e9b99e7b62307e1c7',
    'const ref = "b07aa6ba30cb5b3e5505e0bf34bb2b37100a3351a9ba9fd6d4527172d85a5c35";',
  ],
};
export default fixtures;
