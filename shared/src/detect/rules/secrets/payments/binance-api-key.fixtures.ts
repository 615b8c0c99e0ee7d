import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'BINANCE_API_SECRET=yb4FeHlWaL1Dy7uX1ZElQQNJ3bFvf8opZi3BP8x8pfcVf9g1K8de7EtGOeNE8mZv', secret: 'yb4FeHlWaL1Dy7uX1ZElQQNJ3bFvf8opZi3BP8x8pfcVf9g1K8de7EtGOeNE8mZv' },
    { text: '{"binance_api_secret": "cGK28HY1nGdLBypbtQmmS38AFXjcAVwVNjoGzM0kynYu1znVE8QP4l5wdmV6Gru2"}', secret: 'cGK28HY1nGdLBypbtQmmS38AFXjcAVwVNjoGzM0kynYu1znVE8QP4l5wdmV6Gru2' },
    { text: 'binance_api_secret: 1jHD1cSySSkfn8p7i9U8XYk3gfwWEZu7eTeMtGVWiWBGBFoBAekSSZ13VBQmVpQI', secret: '1jHD1cSySSkfn8p7i9U8XYk3gfwWEZu7eTeMtGVWiWBGBFoBAekSSZ13VBQmVpQI' },
    { text: 'export BINANCE_API_SECRET="X9XzRWcPnpuCNfXOuBJIpATsv4LCweYvk68qGzK56RzkFIptLhM7sTyMyhsnmOrD"', secret: 'X9XzRWcPnpuCNfXOuBJIpATsv4LCweYvk68qGzK56RzkFIptLhM7sTyMyhsnmOrD' },
    { text: 'const binanceApiSecret = \'fFpAA7Oibcmj9B352l7ueOFrX0ulPTafziau2Sza4IcEt80lZm8jH5qCW5rgaH7O\';', secret: 'fFpAA7Oibcmj9B352l7ueOFrX0ulPTafziau2Sza4IcEt80lZm8jH5qCW5rgaH7O' },
  ],
  negative: [
    'BINANCE_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'BINANCE_API_SECRET=${BINANCE_API_SECRET}',
    'BINANCE_API_SECRET=<your-binance-api-key>',
    '"etag": "51nmfybG96qZzYmDN8o3f9hRl3Ysuh8DAqXRSR0TSEEPxeVjM3o5asOygdP4tmHb"',
    'BINANCE_API_SECRET=51nmfybG96qZzYmDN8o3f9hRl3Ysuh8DAqXRSR0TSEEPxeVjM3o5asOygdP4tmHbmHb',
    'BINANCE_API_SECRET=51nmfybG96qZzYmDN8o3f9hRl3Ysuh8DAqXRSR0TSEEPxeVjM3o5asOygdP4t',
    'secret: rXkXpn8GfKaSJaStquk6gRStMKrOVTun0ZDjATdqSOaWweeRZRVuR7DAHRobRpCX',
  ],
};
export default fixtures;
