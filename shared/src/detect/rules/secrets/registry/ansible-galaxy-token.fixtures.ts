import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ANSIBLE_GALAXY_TOKEN=ab2e4c9435e9e571aa9557368a545dcc10214bed', secret: 'ab2e4c9435e9e571aa9557368a545dcc10214bed' },
    { text: '{"galaxy_token": "935f88614758bd16121c0ab957cd3324a17e1bf6", "region": "eu-west-1"}', secret: '935f88614758bd16121c0ab957cd3324a17e1bf6' },
    { text: '  galaxy_token: c257a00f0582d8b734de72e65d8ef227fde75fbd', secret: 'c257a00f0582d8b734de72e65d8ef227fde75fbd' },
    { text: 'export ANSIBLE_GALAXY_TOKEN="acd047288e8c28870ea6771038ad3cacb9d31412"', secret: 'acd047288e8c28870ea6771038ad3cacb9d31412' },
    { text: 'const galaxyToken = \'c5b4cf56d9a657bee1d4872926a519291f5a9819\';', secret: 'c5b4cf56d9a657bee1d4872926a519291f5a9819' },
    { text: 'ansible-galaxy collection publish acme-tools-1.2.0.tar.gz --api-key=7bcc9689bf27ec3ec8385767732ea8eb56237438', secret: '7bcc9689bf27ec3ec8385767732ea8eb56237438' },
  ],
  negative: [
    'ANSIBLE_GALAXY_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ANSIBLE_GALAXY_TOKEN=<your-ansible-galaxy-token>',
    'ANSIBLE_GALAXY_TOKEN=${ANSIBLE_GALAXY_TOKEN}',
    'ANSIBLE_GALAXY_TOKEN=23671966b5c72dfab9548fef27d76fc7f9edb',
    'ANSIBLE_GALAXY_TOKEN=ae80c48f918e1181f402391e4816256dc0003756aJy',
    'checksum: 441ea3c56956b88a1e07cc990b5e52e639d54438',
    'const ref = "41a3b9dd7d781a7a134676f0aa21ed00a84ce726";',
  ],
};
export default fixtures;
