import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MANDRILL_API_KEY=md-rz6oyyteAWsWpgpWBktzQ3', secret: 'md-rz6oyyteAWsWpgpWBktzQ3' },
    { text: '{"mandrill_api_key": "md-GHu0xsl8Ezi6d5R3rYWM8W"}', secret: 'md-GHu0xsl8Ezi6d5R3rYWM8W' },
    { text: 'mandrill_api_key: md-jucNsXJtn56i4RA5NGnzhD', secret: 'md-jucNsXJtn56i4RA5NGnzhD' },
    { text: 'export MANDRILL_API_KEY="md-yGmBRBVGds6v6vSyZbivKO"', secret: 'md-yGmBRBVGds6v6vSyZbivKO' },
    { text: 'const mandrillApiKey = \'md-gB6uQPYqppX858UOxvUrno\';', secret: 'md-gB6uQPYqppX858UOxvUrno' },
  ],
  negative: [
    'MANDRILL_API_KEY=xx-xxxxxxxxxxxxxxxxxxxxxx',
    'MANDRILL_API_KEY=${MANDRILL_API_KEY}',
    'MANDRILL_API_KEY=<your-mandrill-api-key>',
    '"etag": "md-RZjs8Rj0n7u1x7fOUOi8kY"',
    'MANDRILL_API_KEY=md-RZjs8Rj0n7u1x7fOUOi8kY8kY',
    'key: md-AMce8zFtI3lfIKCJm2dhDD',
  ],
};
export default fixtures;
