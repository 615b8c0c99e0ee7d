import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glimt-recwkbmdg2bhplhdv5wnacvgi',
    { text: 'GITLAB_INCOMING_EMAIL_TOKEN=glimt-lzkswwdhv1ec3ztiwe46qx9pl', secret: 'glimt-lzkswwdhv1ec3ztiwe46qx9pl' },
    { text: '{"incoming_email_token": "glimt-5513842q95lvgkxum83jbmnvw", "region": "eu-west-1"}', secret: 'glimt-5513842q95lvgkxum83jbmnvw' },
    { text: '  incoming_email_token: glimt-oxampceib1agzge84vrn81x69', secret: 'glimt-oxampceib1agzge84vrn81x69' },
    { text: 'export GITLAB_INCOMING_EMAIL_TOKEN="glimt-7b8l8k2ycu8zgkkbhnhd6xt9f"', secret: 'glimt-7b8l8k2ycu8zgkkbhnhd6xt9f' },
    { text: 'const incomingEmailToken = \'glimt-qktvv9kmvb9r6aei6d952zbhl\';', secret: 'glimt-qktvv9kmvb9r6aei6d952zbhl' },
  ],
  negative: [
    'GITLAB_INCOMING_EMAIL_TOKEN=glimt-xxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITLAB_INCOMING_EMAIL_TOKEN=<your-gitlab-incoming-mail-token>',
    'GITLAB_INCOMING_EMAIL_TOKEN=${GITLAB_INCOMING_EMAIL_TOKEN}',
    'glimt- tokens are revoked on rotation',
    'GITLAB_INCOMING_EMAIL_TOKEN=glimt-hen7V7C4XR7O',
  ],
};
export default fixtures;
