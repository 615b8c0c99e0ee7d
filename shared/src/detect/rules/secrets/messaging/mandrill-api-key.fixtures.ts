import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MANDRILL_API_KEY=md-a5K73s4XwEiBGeVYkOtEsM', secret: 'md-a5K73s4XwEiBGeVYkOtEsM' },
    { text: '{"mandrill_api_key": "md-wUWKdprqS64J5BI8JwkVii"}', secret: 'md-wUWKdprqS64J5BI8JwkVii' },
    { text: 'mandrill_api_key: md-kt101ZS34tbLc8HhJKfdvi', secret: 'md-kt101ZS34tbLc8HhJKfdvi' },
    { text: 'export MANDRILL_API_KEY="md-G5Lf3bSQhulzSXn6pqU4Wu"', secret: 'md-G5Lf3bSQhulzSXn6pqU4Wu' },
    { text: 'const mandrillApiKey = \'md-TQdCbGCwCPJMDCK391JcaD\';', secret: 'md-TQdCbGCwCPJMDCK391JcaD' },
  ],
  negative: [
    'MANDRILL_API_KEY=xx-xxxxxxxxxxxxxxxxxxxxxx',
    'MANDRILL_API_KEY=${MANDRILL_API_KEY}',
    'MANDRILL_API_KEY=<your-mandrill-api-key>',
    '"etag": "md-tsoqJ1QFk0wlqikes1p9Gc"',
    'MANDRILL_API_KEY=md-tsoqJ1QFk0wlqikes1p9Gc9Gc',
    'key: md-8kCqUO8xjAicOVPtzNBSMQ',
  ],
};
export default fixtures;
