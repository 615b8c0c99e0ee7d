import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'BBDC-5cTfRv@26RYLYrWwGyu05VxqBMktDZ7Mw4qLQgbTc6Yy',
    { text: 'BITBUCKET_TOKEN=BBDC-9Tnksnlk3/GvpB5FSoqAvUfn9A_bDoyseHDitkP_nZVp', secret: 'BBDC-9Tnksnlk3/GvpB5FSoqAvUfn9A_bDoyseHDitkP_nZVp' },
    { text: '{"bitbucket_token": "BBDC-OFD2OJWjfZoHh6/O/Ej77tlNmQAAgWidqIgH5sW4+GJD", "region": "eu-west-1"}', secret: 'BBDC-OFD2OJWjfZoHh6/O/Ej77tlNmQAAgWidqIgH5sW4+GJD' },
    { text: '  bitbucket_token: BBDC-9/@wqn+mM_3dg07Isvbti_s0javjVqAGdj9KQUaQy5_7', secret: 'BBDC-9/@wqn+mM_3dg07Isvbti_s0javjVqAGdj9KQUaQy5_7' },
    { text: 'export BITBUCKET_TOKEN="BBDC-i_YK0+TeqxDfbYLjhuZP0juygPMU7+zgc/jL1XYF0OU0"', secret: 'BBDC-i_YK0+TeqxDfbYLjhuZP0juygPMU7+zgc/jL1XYF0OU0' },
    { text: 'const bitbucketToken = \'BBDC-fCPqAU_DUg60CqFGDcyzLIxV+oK770JpqWQZ9+eEzGcU\';', secret: 'BBDC-fCPqAU_DUg60CqFGDcyzLIxV+oK770JpqWQZ9+eEzGcU' },
  ],
  negative: [
    'BITBUCKET_TOKEN=BBDC-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BITBUCKET_TOKEN=<your-bitbucket-data-center-token>',
    'BITBUCKET_TOKEN=${BITBUCKET_TOKEN}',
    'BITBUCKET_TOKEN=BBDC-cDhO/x8w_tWp9uYvW7Bx@TF4CdggUU4@WlkeEn_LN',
    'BITBUCKET_TOKEN=BBDC-+WoS8xrlhrW+8y8rlG+E3b2zfX4_5A/x7_moqyN52rjB8TS',
  ],
};
export default fixtures;
