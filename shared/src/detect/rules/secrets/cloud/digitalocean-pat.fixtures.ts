import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dop_v1_cd69b24dd887e77558e8bbd8ef6b8a0c687ec8d900ac7d461e01a079ef1b9e75',
    { text: 'DIGITALOCEAN_TOKEN=dop_v1_6b005ae1b92e819b8f4e7658f7be8748f2c612a9fbc7ed8a36aeef829501a542', secret: 'dop_v1_6b005ae1b92e819b8f4e7658f7be8748f2c612a9fbc7ed8a36aeef829501a542' },
    { text: '{"do_token": "dop_v1_cc7a3ec899142904f47405140d19209c41ecd70d551fd7a58294a660c54deef8", "region": "eu-west-1"}', secret: 'dop_v1_cc7a3ec899142904f47405140d19209c41ecd70d551fd7a58294a660c54deef8' },
    { text: '  do_token: dop_v1_ef03e5e7d1ce8be7ba0c425e315251b924a57e7376324b0f381eaa8ff6a1f860', secret: 'dop_v1_ef03e5e7d1ce8be7ba0c425e315251b924a57e7376324b0f381eaa8ff6a1f860' },
    { text: 'export DIGITALOCEAN_TOKEN="dop_v1_ae1275d14eee40644db4d0e8e4f049e338a50b83d14b45a73471f5b5194bcf1c"', secret: 'dop_v1_ae1275d14eee40644db4d0e8e4f049e338a50b83d14b45a73471f5b5194bcf1c' },
    { text: 'const doToken = \'dop_v1_5d2c0baceb864496fc8bacf50d385b6699527ed8a03974893b4aa51e388356c5\';', secret: 'dop_v1_5d2c0baceb864496fc8bacf50d385b6699527ed8a03974893b4aa51e388356c5' },
  ],
  negative: [
    'DIGITALOCEAN_TOKEN=dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DIGITALOCEAN_TOKEN=<your-digitalocean-pat>',
    'DIGITALOCEAN_TOKEN=${DIGITALOCEAN_TOKEN}',
    'DIGITALOCEAN_TOKEN=dop_v1_a936c714dd47c6bc8086bd94131d7137689b0a84f288d90dc0dc641f74dcd',
    'DIGITALOCEAN_TOKEN=dop_v1_f0996e6e874618c9b302891cc0f0cec6881f0cda8b4cc245010a58b0c4d3cf56QXw',
  ],
};
export default fixtures;
