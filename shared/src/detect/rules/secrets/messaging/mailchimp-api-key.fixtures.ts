import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'a5d102403062093a540de9cbdf532e19-us32',
    { text: 'MAILCHIMP_API_KEY=04c53dcc1b73a70900bdaf125f744136-us11', secret: '04c53dcc1b73a70900bdaf125f744136-us11' },
    { text: '{"mailchimp_api_key": "cf956bf69a84b29149e40399a2ed09cf-us36"}', secret: 'cf956bf69a84b29149e40399a2ed09cf-us36' },
    { text: 'mailchimp_api_key: 6a6300da558b0ebd292d935cd867082a-us13', secret: '6a6300da558b0ebd292d935cd867082a-us13' },
    { text: 'export MAILCHIMP_API_KEY="b6d500ef19c9ae60081f37cd8ff0bd09-us85"', secret: 'b6d500ef19c9ae60081f37cd8ff0bd09-us85' },
    { text: 'const mailchimpApiKey = \'b6d1a66f5b1871e493ac9990e1607f7c-us27\';', secret: 'b6d1a66f5b1871e493ac9990e1607f7c-us27' },
  ],
  negative: [
    'MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxx',
    'MAILCHIMP_API_KEY=${MAILCHIMP_API_KEY}',
    'MAILCHIMP_API_KEY=<your-mailchimp-api-key>',
    'MAILCHIMP_API_KEY=9c005ab4c3973cfb52498f7daa4256dc-us57s57',
    'MAILCHIMP_API_KEY=9c005ab4c3973cfb52498f7daa4256dc-u',
  ],
};
export default fixtures;
