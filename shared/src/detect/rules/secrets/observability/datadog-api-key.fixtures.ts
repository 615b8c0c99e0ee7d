import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DD_API_KEY=5dedd78140f8003d067ebde029c441b4', secret: '5dedd78140f8003d067ebde029c441b4' },
    { text: '{"dd_api_key": "54557aa8f2d7cccaa5dbce45e05b48ac"}', secret: '54557aa8f2d7cccaa5dbce45e05b48ac' },
    { text: 'dd_api_key: b0d30034bf27210a700fdb8f0965e531', secret: 'b0d30034bf27210a700fdb8f0965e531' },
    { text: 'export DD_API_KEY="f5e860e9dfcd0d8bfaca815f0fc0f095"', secret: 'f5e860e9dfcd0d8bfaca815f0fc0f095' },
    { text: 'const ddApiKey = \'abce42504fd2c03a6de50a86a7d645b2\';', secret: 'abce42504fd2c03a6de50a86a7d645b2' },
  ],
  negative: [
    'DD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DD_API_KEY=${DD_API_KEY}',
    'DD_API_KEY=<your-datadog-api-key>',
    '"etag": "21e4f197800617ea4b5d3ac63fcdbd5e"',
    'DD_API_KEY=21e4f197800617ea4b5d3ac63fcdbd5ed5e',
    'DD_API_KEY=21e4f197800617ea4b5d3ac63fcdb',
    'sha = "05a098825295bb8765a41f8186f07495"',
  ],
};
export default fixtures;
