import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'duffel_live_2Fd8S-ax-zbk5eO5jx7LeYQX2QewhsHKsLrvorvzlgU',
    { text: 'DUFFEL_ACCESS_TOKEN=duffel_live_YN0aQtEYdZkcqt5nBjtCEuzT4rKIxVMYk692wa3ZBTN', secret: 'duffel_live_YN0aQtEYdZkcqt5nBjtCEuzT4rKIxVMYk692wa3ZBTN' },
    { text: '{"duffel_token": "duffel_live_ufCQ3by9ulEdCHTOEUzgSFBTycQZNZNLZf32BHwe9VU", "region": "eu-west-1"}', secret: 'duffel_live_ufCQ3by9ulEdCHTOEUzgSFBTycQZNZNLZf32BHwe9VU' },
    { text: '  duffel_token: duffel_live_zBQpKDKvYWcz48zUsw1yEjKvDdUZln9FOM7Qp3XAhx_', secret: 'duffel_live_zBQpKDKvYWcz48zUsw1yEjKvDdUZln9FOM7Qp3XAhx_' },
    { text: 'export DUFFEL_ACCESS_TOKEN="duffel_live_w0pRiMmoGR7xpZqbpVZyLNXRCMvBr1sFwu4MkZ-FUNN"', secret: 'duffel_live_w0pRiMmoGR7xpZqbpVZyLNXRCMvBr1sFwu4MkZ-FUNN' },
    { text: 'const duffelToken = \'duffel_live_QN270dbhUTJoFalzk65nsdn9Y0sopcSFnD4eSYTHYnZ\';', secret: 'duffel_live_QN270dbhUTJoFalzk65nsdn9Y0sopcSFnD4eSYTHYnZ' },
  ],
  negative: [
    'DUFFEL_ACCESS_TOKEN=duffel_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DUFFEL_ACCESS_TOKEN=<your-duffel-api-token>',
    'DUFFEL_ACCESS_TOKEN=${DUFFEL_ACCESS_TOKEN}',
    'DUFFEL_ACCESS_TOKEN=duffel_live_xH6kal5vQkxMBIkD8W4iSfG-82TJSRc3Ek9EZutv',
    'DUFFEL_ACCESS_TOKEN=duffel_live_xMIAFSp-52O55ZS2zr-U6xsNfFcRrWcLWowuF1ptvPiVlk',
  ],
};
export default fixtures;
