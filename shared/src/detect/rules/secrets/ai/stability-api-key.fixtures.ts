import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'STABILITY_API_KEY=sk-yQk8j2is9TCL2wOIuxEGbtBKoviwauCrRjsEdva6NBZBxNuK', secret: 'sk-yQk8j2is9TCL2wOIuxEGbtBKoviwauCrRjsEdva6NBZBxNuK' },
    { text: '{"stability_api_key": "sk-5tiqmfmzTAsLCNgHW5jwiOivTvDV1SJ0L3P3AkY1vDHzsX6O"}', secret: 'sk-5tiqmfmzTAsLCNgHW5jwiOivTvDV1SJ0L3P3AkY1vDHzsX6O' },
    { text: 'stability_api_key: sk-FOSIj3H1yUPj9kcQlce0stI2QWJK8jUj5SMTESGTqgm2vJJZ', secret: 'sk-FOSIj3H1yUPj9kcQlce0stI2QWJK8jUj5SMTESGTqgm2vJJZ' },
    { text: 'export STABILITY_API_KEY="sk-k7sjudPjhcnjQIrd8KqBjpCpomEp40CYk95NdcJonoqCqLLR"', secret: 'sk-k7sjudPjhcnjQIrd8KqBjpCpomEp40CYk95NdcJonoqCqLLR' },
    { text: 'const stabilityApiKey = \'sk-1DfaDECrgWcApmdpWQDzfWBLBdVGNKReYixm3mdGrvVuGKb0\';', secret: 'sk-1DfaDECrgWcApmdpWQDzfWBLBdVGNKReYixm3mdGrvVuGKb0' },
  ],
  negative: [
    'STABILITY_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'STABILITY_API_KEY=${STABILITY_API_KEY}',
    'STABILITY_API_KEY=<your-stability-api-key>',
    '"etag": "sk-I5unqjLpbX5IduH2LaRiJadCoh5253qMtrU2nM3Q0XVHFgdI"',
    'STABILITY_API_KEY=sk-I5unqjLpbX5IduH2LaRiJadCoh5253qMtrU2nM3Q0XVHFgdIgdI',
    'STABILITY_API_KEY=sk-I5unqjLpbX5IduH2LaRiJadCoh5253qMtrU2nM3Q0XVHF',
    'api_key = "sk-wgpohv7AsdY95QjM6q7YhTuIMGm1KVZcZFHQlsK081OHk0Pw"',
  ],
};
export default fixtures;
