import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dp.sa.pzoXeWmwjjOhJjfo45KxLFUQoZaI3U3BC6Bbjn8k78X',
    { text: 'DOPPLER_TOKEN=dp.sa.ihoBECPADyd2Zwf8A4cqvMfTQeSdPyzMLczRBa6MYyw', secret: 'dp.sa.ihoBECPADyd2Zwf8A4cqvMfTQeSdPyzMLczRBa6MYyw' },
    { text: '{"doppler_sa_token": "dp.sa.FAz4fsUp9kkegHHxNI3opfN4yLS0Fz5c3DkpMuaGnh7", "region": "eu-west-1"}', secret: 'dp.sa.FAz4fsUp9kkegHHxNI3opfN4yLS0Fz5c3DkpMuaGnh7' },
    { text: '  doppler_sa_token: dp.sa.5w2xDrnUxyS28gz0NQmLwG0xdLYVEV2Am3vRNxRY7Ix', secret: 'dp.sa.5w2xDrnUxyS28gz0NQmLwG0xdLYVEV2Am3vRNxRY7Ix' },
    { text: 'export DOPPLER_TOKEN="dp.sa.J0QBJu8069DutOAkS4mMlPaKh5zICZSHibFK6Q2jfN6"', secret: 'dp.sa.J0QBJu8069DutOAkS4mMlPaKh5zICZSHibFK6Q2jfN6' },
    { text: 'const dopplerSaToken = \'dp.sa.XjWppGhlEgXyKKpwD7MMS3ewha9cfLKcotXCORMoOGa\';', secret: 'dp.sa.XjWppGhlEgXyKKpwD7MMS3ewha9cfLKcotXCORMoOGa' },
  ],
  negative: [
    'DOPPLER_TOKEN=dp.sa.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DOPPLER_TOKEN=<your-doppler-service-account-token>',
    'DOPPLER_TOKEN=${DOPPLER_TOKEN}',
    'DOPPLER_TOKEN=dp.sa.fvlWifJIvuNVAMTg4OxT',
  ],
};
export default fixtures;
