import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'MAXMIND_LICENSE_KEY=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', secret: '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' },
    { text: 'LicenseKey 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', secret: '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' },
    { text: 'curl -u "123456: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" https://download.maxmind.com/geoip/databases/GeoLite2-City/download?suffix=tar.gz', secret: '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' },
  ],
  negative: [
    'MAXMIND_LICENSE_KEY=xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx_mmk',
    'MAXMIND_LICENSE_KEY=${MAXMIND_LICENSE_KEY}',
    'MAXMIND_LICENSE_KEY=xbJq4ZF_zWqnvqn9IbRoGRsCb4rqjEbsMPdVD_mmk',
    'MAXMIND_LICENSE_KEY=bJq4ZF_zWqnvqn9IbRoGRsCb4rqjEbsMPdV_MMK',
    'MAXMIND_LICENSE_KEY=Jq4ZF_zWqnvqn9IbRoGRsCb4rqjEbsMPdVD_mmk',
  ],
};
export default fixtures;
