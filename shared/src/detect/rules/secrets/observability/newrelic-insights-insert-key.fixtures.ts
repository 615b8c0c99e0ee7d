import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRII-vudvKLYaxSJB8CpIt0xTnS4HIN4SfOsg',
    { text: 'NEW_RELIC_API_KEY=NRII-O5r6anpmLArMPCPi0pm1JfgWaUuKB0lg', secret: 'NRII-O5r6anpmLArMPCPi0pm1JfgWaUuKB0lg' },
    { text: '{"new_relic_api_key": "NRII-wX1U5uYPPOsgGNAzVIbqhrupyFWICaZ6"}', secret: 'NRII-wX1U5uYPPOsgGNAzVIbqhrupyFWICaZ6' },
    { text: 'new_relic_api_key: NRII-BjVwIMZe8y2cM6wxUYGsgQgm60XZyU9d', secret: 'NRII-BjVwIMZe8y2cM6wxUYGsgQgm60XZyU9d' },
    { text: 'export NEW_RELIC_API_KEY="NRII-DBF3SoU-iy9msrW7Hk9CS7ceZUDMnO59"', secret: 'NRII-DBF3SoU-iy9msrW7Hk9CS7ceZUDMnO59' },
    { text: 'const newRelicApiKey = \'NRII-9QwWNVUUglu8at2GXMEJML6xA3mIjrN5\';', secret: 'NRII-9QwWNVUUglu8at2GXMEJML6xA3mIjrN5' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRII-xxxxxxxxxxxxxxxxx_xxx-xxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-insights-insert-key>',
    'NEW_RELIC_API_KEY=NRII-bXKXyc8uzHUhst6q2_Dkz-4ALQ3zfkfekfe',
    'NEW_RELIC_API_KEY=NRII-bXKXyc8uzHUhst6q2_Dkz-4ALQ3zf',
  ],
};
export default fixtures;
