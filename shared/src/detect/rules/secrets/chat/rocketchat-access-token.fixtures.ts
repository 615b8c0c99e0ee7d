import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ROCKETCHAT_AUTH_TOKEN=N-k-MXGydDcnIRi0o3P1eQ1B_AkmUeE4kALz-3ZnlFz', secret: 'N-k-MXGydDcnIRi0o3P1eQ1B_AkmUeE4kALz-3ZnlFz' },
    { text: '{"rocketchat_auth_token": "qyz4v68DAZqAm5RAZ4pNq3eRV1tPgasYslTMuyOxV0e"}', secret: 'qyz4v68DAZqAm5RAZ4pNq3eRV1tPgasYslTMuyOxV0e' },
    { text: 'rocketchat_auth_token: prOJm6oxfH4_GeGRjkOr5HD_dGfcG9pWe7bopIWPtqV', secret: 'prOJm6oxfH4_GeGRjkOr5HD_dGfcG9pWe7bopIWPtqV' },
    { text: 'export ROCKETCHAT_AUTH_TOKEN="Y9R330Hw9NYO7ngeJDTFIepCuMyPAgpEwhH0r2mHOwo"', secret: 'Y9R330Hw9NYO7ngeJDTFIepCuMyPAgpEwhH0r2mHOwo' },
    { text: 'const rocketchatAuthToken = \'xPo7FlBwKUJN1eEtAe73lUokN0r-ofaTgUnetL_jgz4\';', secret: 'xPo7FlBwKUJN1eEtAe73lUokN0r-ofaTgUnetL_jgz4' },
  ],
  negative: [
    'ROCKETCHAT_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ROCKETCHAT_AUTH_TOKEN=${ROCKETCHAT_AUTH_TOKEN}',
    'ROCKETCHAT_AUTH_TOKEN=<your-rocketchat-access-token>',
    '"etag": "IcOH71BYlfALtrRijJ9h7Q48oYAwcNKPOeUcElvceUu"',
    'ROCKETCHAT_AUTH_TOKEN=IcOH71BYlfALtrRijJ9h7Q48oYAwcNKPOeUcElvceUueUu',
    'ROCKETCHAT_AUTH_TOKEN=IcOH71BYlfALtrRijJ9h7Q48oYAwcNKPOeUcElvc',
    'token: Pmo4SemMZY1odAN1uSdR6u9KLWydDcA12MB-Hi-B5qW',
  ],
};
export default fixtures;
