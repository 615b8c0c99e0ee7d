import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'GR1348941ZNr_MCGTWsusC61kqTe2',
    { text: 'REGISTRATION_TOKEN=GR1348941m1pjFO6-FCW37SNQmz3X', secret: 'GR1348941m1pjFO6-FCW37SNQmz3X' },
    { text: '{"registration_token": "GR1348941fuP4ltotxeLz3w-N6akm", "region": "eu-west-1"}', secret: 'GR1348941fuP4ltotxeLz3w-N6akm' },
    { text: '  registration_token: GR1348941B0rLJb1uvHwpVquOBEmo', secret: 'GR1348941B0rLJb1uvHwpVquOBEmo' },
    { text: 'export REGISTRATION_TOKEN="GR13489418icg4B4gKyO1ru4Hikj_"', secret: 'GR13489418icg4B4gKyO1ru4Hikj_' },
    { text: 'const registrationToken = \'GR1348941GEfiJdy5yt5axQAtz18w\';', secret: 'GR1348941GEfiJdy5yt5axQAtz18w' },
  ],
  negative: [
    'REGISTRATION_TOKEN=GR1348941xxxxxxxxxxxxxxxxxxxx',
    'REGISTRATION_TOKEN=<your-gitlab-runner-registration-token>',
    'REGISTRATION_TOKEN=${REGISTRATION_TOKEN}',
    'GR1348941 tokens are revoked on rotation',
    'REGISTRATION_TOKEN=GR1348941z7siobc9xmSs',
  ],
};
export default fixtures;
