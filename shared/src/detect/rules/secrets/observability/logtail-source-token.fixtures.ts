import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LOGTAIL_SOURCE_TOKEN=7ChEJD9KtLp4Q8yY6leApAnu', secret: '7ChEJD9KtLp4Q8yY6leApAnu' },
    { text: '{"logtail_source_token": "TyMZlbXpGnQQy5fJDynDnx10"}', secret: 'TyMZlbXpGnQQy5fJDynDnx10' },
    { text: 'logtail_source_token: UywNK6tghD2YtFgSVhfcXlK9', secret: 'UywNK6tghD2YtFgSVhfcXlK9' },
    { text: 'export LOGTAIL_SOURCE_TOKEN="hKGwDzVv97vjhb2l8T0xAmiC"', secret: 'hKGwDzVv97vjhb2l8T0xAmiC' },
    { text: 'const logtailSourceToken = \'yzl238HWQkcjhYCgAwcOfpu2\';', secret: 'yzl238HWQkcjhYCgAwcOfpu2' },
  ],
  negative: [
    'LOGTAIL_SOURCE_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
    'LOGTAIL_SOURCE_TOKEN=${LOGTAIL_SOURCE_TOKEN}',
    'LOGTAIL_SOURCE_TOKEN=<your-logtail-source-token>',
    '"etag": "lMofFLQND1zEvxpu4eaKDePm"',
    'LOGTAIL_SOURCE_TOKEN=lMofFLQND1zEvxpu4eaKDePmePm',
    'LOGTAIL_SOURCE_TOKEN=lMofFLQND1zEvxpu4eaKD',
    'source_token=uN5ZOit0WRUTnfLKZFK4vr6H',
  ],
};
export default fixtures;
