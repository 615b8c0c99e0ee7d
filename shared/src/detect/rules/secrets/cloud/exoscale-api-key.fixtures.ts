import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'EXOe733309fd744646d6ec58222',
    { text: 'EXOSCALE_API_KEY=EXO6001d0405adc3463728fc0e8', secret: 'EXO6001d0405adc3463728fc0e8' },
    { text: '{"exoscale_key": "EXOf514d2ca012e680a98281315", "region": "eu-west-1"}', secret: 'EXOf514d2ca012e680a98281315' },
    { text: '  exoscale_key: EXOe8ed6f89e6c6f8ddc877b2ec', secret: 'EXOe8ed6f89e6c6f8ddc877b2ec' },
    { text: 'export EXOSCALE_API_KEY="EXOe5aa9254e33634bdfede102f"', secret: 'EXOe5aa9254e33634bdfede102f' },
    { text: 'const exoscaleKey = \'EXOa8b9bb65551d2b3310db3171\';', secret: 'EXOa8b9bb65551d2b3310db3171' },
  ],
  negative: [
    'EXOSCALE_API_KEY=EXOxxxxxxxxxxxxxxxxxxxxxxxx',
    'EXOSCALE_API_KEY=<your-exoscale-api-key>',
    'EXOSCALE_API_KEY=${EXOSCALE_API_KEY}',
    'EXOSCALE_API_KEY=EXOb6ae3589fc2760de2b024',
    'EXOSCALE_API_KEY=EXOc9fb9bb25192468138f8eb1fyJ6',
  ],
};
export default fixtures;
