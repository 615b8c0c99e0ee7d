import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dckr_pat_-XhQZ0DEkvKGM0JJVUWRqHspkCi',
    { text: 'DOCKERHUB_TOKEN=dckr_pat_DX0SOqyR5Hxje8njsSQGxeiAxLZ', secret: 'dckr_pat_DX0SOqyR5Hxje8njsSQGxeiAxLZ' },
    { text: '{"docker_password": "dckr_pat_7gjJA0Xt8BQrMkHH1w5_jGSdbJS", "region": "eu-west-1"}', secret: 'dckr_pat_7gjJA0Xt8BQrMkHH1w5_jGSdbJS' },
    { text: '  docker_password: dckr_pat_49a_jCDuGAW5ja9dZ3JkNX1upwN', secret: 'dckr_pat_49a_jCDuGAW5ja9dZ3JkNX1upwN' },
    { text: 'export DOCKERHUB_TOKEN="dckr_pat_4WMxpCnfspRXOQGHyu7agX6x2oI"', secret: 'dckr_pat_4WMxpCnfspRXOQGHyu7agX6x2oI' },
    { text: 'const dockerPassword = \'dckr_pat_tg6w2uuT5VOgT_TvHN7u97BjNAh\';', secret: 'dckr_pat_tg6w2uuT5VOgT_TvHN7u97BjNAh' },
    { text: 'echo dckr_pat_5NWt3BRgU_QbG-8iTx9Rc-BvNMz | docker login -u deploybot --password-stdin', secret: 'dckr_pat_5NWt3BRgU_QbG-8iTx9Rc-BvNMz' },
  ],
  negative: [
    'DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DOCKERHUB_TOKEN=<your-docker-hub-pat>',
    'DOCKERHUB_TOKEN=${DOCKERHUB_TOKEN}',
    'DOCKERHUB_TOKEN=dckr_pat_vs21rW5EsqYesJZZNfGe0638',
    'DOCKERHUB_TOKEN=dckr_pat_6YQkEl_apK0mxICpkP2dMb8ucqYqC1',
  ],
};
export default fixtures;
