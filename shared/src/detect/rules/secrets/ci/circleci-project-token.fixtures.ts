import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'CCIPRJ_DvWHRq4DQY06Bx2xKKDeAm_210b383c735d5c2ac22799bee8b0fb4887d6e73e',
    { text: 'CIRCLECI_PROJECT_TOKEN=CCIPRJ_1KCx7smipMyJcDwQgiELNd_adee550fa982e3300d66e7a03ffeb1d7f1c3281b', secret: 'CCIPRJ_1KCx7smipMyJcDwQgiELNd_adee550fa982e3300d66e7a03ffeb1d7f1c3281b' },
    { text: '{"circle_project_token": "CCIPRJ_9VoZqafI4iG6xnJN8rH239_80314a137a1c1bf02f359ca23419f977dd860571", "region": "eu-west-1"}', secret: 'CCIPRJ_9VoZqafI4iG6xnJN8rH239_80314a137a1c1bf02f359ca23419f977dd860571' },
    { text: '  circle_project_token: CCIPRJ_TgpLd3cpo5eDjx1WgVje3t_bde07a21713e5a358a4ca7b2e02dd9cae5a8c078', secret: 'CCIPRJ_TgpLd3cpo5eDjx1WgVje3t_bde07a21713e5a358a4ca7b2e02dd9cae5a8c078' },
    { text: 'export CIRCLECI_PROJECT_TOKEN="CCIPRJ_pGyTllTYNETNAT2p2mMvJh_e5237e8c677ff3de1b7b8b77d776f942d8ee93fc"', secret: 'CCIPRJ_pGyTllTYNETNAT2p2mMvJh_e5237e8c677ff3de1b7b8b77d776f942d8ee93fc' },
    { text: 'const circleProjectToken = \'CCIPRJ_DfXU776TH5O0I3qdqgFKGC_84f72683507382667a686ab6fdd7e733955686fc\';', secret: 'CCIPRJ_DfXU776TH5O0I3qdqgFKGC_84f72683507382667a686ab6fdd7e733955686fc' },
  ],
  negative: [
    'CIRCLECI_PROJECT_TOKEN=CCIPRJ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CIRCLECI_PROJECT_TOKEN=<your-circleci-project-token>',
    'CIRCLECI_PROJECT_TOKEN=${CIRCLECI_PROJECT_TOKEN}',
    'CIRCLECI_PROJECT_TOKEN=CCIPRJ_0eLrH7z08Ua8SmJW2Cft3r_53e08d0313c2282c2922f9ae5da06f59d111b',
    'CIRCLECI_PROJECT_TOKEN=CCIPRJ_M5fyJvYSOib2TA7OrBpmp0_b030405ffd35c7a7f4a4a6ac5f6d6ee95ac077d4q0A',
  ],
};
export default fixtures;
