import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dor_v1_4aac72543c40b0a5a4439ea43ecabba73b692744b649c9c2b141eb19b609a803',
    { text: 'DO_REFRESH_TOKEN=dor_v1_8d692c9ac44845c98dc85782884f86643f97f85ff9727692ab4c79491467ce10', secret: 'dor_v1_8d692c9ac44845c98dc85782884f86643f97f85ff9727692ab4c79491467ce10' },
    { text: '{"do_token": "dor_v1_7c51c034976139c2520da995125d23f66cd4e980d7218df55161f4f6e5ef67e2", "region": "eu-west-1"}', secret: 'dor_v1_7c51c034976139c2520da995125d23f66cd4e980d7218df55161f4f6e5ef67e2' },
    { text: '  do_token: dor_v1_2b3fb7e997f27b1c9286b886010b65b20c38deb7ee3cbc28d6466277af67356c', secret: 'dor_v1_2b3fb7e997f27b1c9286b886010b65b20c38deb7ee3cbc28d6466277af67356c' },
    { text: 'export DO_REFRESH_TOKEN="dor_v1_a582c4c5412e1e104c3be28ca0361d4b89f2da4b2ad7c02ea22b29f69a6e8578"', secret: 'dor_v1_a582c4c5412e1e104c3be28ca0361d4b89f2da4b2ad7c02ea22b29f69a6e8578' },
    { text: 'const doToken = \'dor_v1_6d713056831dbe7823d87ea7afdd71be22a7d0c12a55003f7a497b34c1deb97e\';', secret: 'dor_v1_6d713056831dbe7823d87ea7afdd71be22a7d0c12a55003f7a497b34c1deb97e' },
    'dor_v1_56C1bDbE6e7d8b767AE3Ef2dfaBA9e1Cb9a16FF3D0F3Cb7EdC7c96FC2ac9f9C0',
    { text: 'DO_REFRESH_TOKEN="dor_v1_177FD74A82A982580C998151606CC66F8A95EDC4D74039FC15095653EF8C019C"', secret: 'dor_v1_177FD74A82A982580C998151606CC66F8A95EDC4D74039FC15095653EF8C019C' },
  ],
  negative: [
    'DO_REFRESH_TOKEN=dor_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DO_REFRESH_TOKEN=<your-digitalocean-refresh-token>',
    'DO_REFRESH_TOKEN=${DO_REFRESH_TOKEN}',
    'DO_REFRESH_TOKEN=dor_v1_d07210331bb15781eb34ab4ec63974fcc191a0bbbcc5ad770c0e36fcd075d',
    'DO_REFRESH_TOKEN=dor_v1_05f242be89540694c1a144331c39410077176128e5404de9f01c71c7e7d24705iyu',
  ],
};
export default fixtures;
