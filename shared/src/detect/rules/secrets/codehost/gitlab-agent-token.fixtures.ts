import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glagent-mFB67FQdCNWMA6mhSx3UpMGymNvf-5onGfLTa8OBEODf4VUjQO',
    { text: 'GITLAB_AGENT_TOKEN=glagent-njOrq7dSMlQlPyajvwjsPsForU3lg-NOQR-SUYcpMnMyQVijnl', secret: 'glagent-njOrq7dSMlQlPyajvwjsPsForU3lg-NOQR-SUYcpMnMyQVijnl' },
    { text: '{"agent_token": "glagent-ZdnSFCnFzEMOHdR2Eulgx1PjAIVRQ6XUmQ1RWgMwA1X399-NVQ", "region": "eu-west-1"}', secret: 'glagent-ZdnSFCnFzEMOHdR2Eulgx1PjAIVRQ6XUmQ1RWgMwA1X399-NVQ' },
    { text: '  agent_token: glagent-U3Zie6N_-aNtStT_bXelJVL-TUs3ToNUR4mTWj5Os73vIOPUEW', secret: 'glagent-U3Zie6N_-aNtStT_bXelJVL-TUs3ToNUR4mTWj5Os73vIOPUEW' },
    { text: 'export GITLAB_AGENT_TOKEN="glagent-pfqbXgQm2-pA5a8xNThszsbNEHWKBgZXlRv9-U4v90hxtyHYdE"', secret: 'glagent-pfqbXgQm2-pA5a8xNThszsbNEHWKBgZXlRv9-U4v90hxtyHYdE' },
    { text: 'const agentToken = \'glagent-iy1RxwzDjCWSlwOQonTI2DirlODUMtFljAus4aklE3TYuABUPK\';', secret: 'glagent-iy1RxwzDjCWSlwOQonTI2DirlODUMtFljAus4aklE3TYuABUPK' },
  ],
  negative: [
    'GITLAB_AGENT_TOKEN=glagent-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITLAB_AGENT_TOKEN=<your-gitlab-agent-token>',
    'GITLAB_AGENT_TOKEN=${GITLAB_AGENT_TOKEN}',
    'glagent- tokens are revoked on rotation',
    'GITLAB_AGENT_TOKEN=glagent-fwF4UW3DqdOL',
  ],
};
export default fixtures;
