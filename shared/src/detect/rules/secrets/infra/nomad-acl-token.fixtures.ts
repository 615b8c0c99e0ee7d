import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NOMAD_TOKEN=79963243-06d0-43ec-8f46-45eb3f9ac64c', secret: '79963243-06d0-43ec-8f46-45eb3f9ac64c' },
    { text: '{"nomad_token": "50a9ea50-a98d-4051-a8ed-b08982febc68", "region": "eu-west-1"}', secret: '50a9ea50-a98d-4051-a8ed-b08982febc68' },
    { text: '  nomad_token: 2c5da09e-e1e6-442c-b8f2-4e30e4d0e276', secret: '2c5da09e-e1e6-442c-b8f2-4e30e4d0e276' },
    { text: 'export NOMAD_TOKEN="a77f478a-6eeb-4e57-a6ac-97a9755227ce"', secret: 'a77f478a-6eeb-4e57-a6ac-97a9755227ce' },
    { text: 'const nomadToken = \'1ed3ca26-dec9-42d9-8361-a87fac8b7b00\';', secret: '1ed3ca26-dec9-42d9-8361-a87fac8b7b00' },
  ],
  negative: [
    'NOMAD_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NOMAD_TOKEN=<your-nomad-acl-token>',
    'NOMAD_TOKEN=${NOMAD_TOKEN}',
    'NOMAD_TOKEN=ad579aa9-fe16-49c9-b1ef-79338909c',
    'NOMAD_TOKEN=22df31c4-47c0-4357-8940-a0d25af4a435jKS',
    'checksum: 0d610b1d-9c87-417f-abce-1ff6c202a34f',
    'const ref = "c53069c7-e8d4-4f02-a1f8-ca7491d2b200";',
  ],
};
export default fixtures;
