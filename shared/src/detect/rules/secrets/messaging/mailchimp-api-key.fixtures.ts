import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'd6cab056cb568b04ce4381c7fccf2e73-us57',
    { text: 'MAILCHIMP_API_KEY=ec841c923ca2c742b0b632512dba54ec-us55', secret: 'ec841c923ca2c742b0b632512dba54ec-us55' },
    { text: '{"mailchimp_api_key": "fb9dac9098bf47ddcc370e08c20c7ccc-us65"}', secret: 'fb9dac9098bf47ddcc370e08c20c7ccc-us65' },
    { text: 'mailchimp_api_key: dfc6e523f77938e1fe44dccbb4669c92-us57', secret: 'dfc6e523f77938e1fe44dccbb4669c92-us57' },
    { text: 'export MAILCHIMP_API_KEY="5f8e97b7d3baec222c595a0445060c69-us71"', secret: '5f8e97b7d3baec222c595a0445060c69-us71' },
    { text: 'const mailchimpApiKey = \'df4a8521719d801590436ca42b141034-us89\';', secret: 'df4a8521719d801590436ca42b141034-us89' },
  ],
  negative: [
    'MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxx',
    'MAILCHIMP_API_KEY=${MAILCHIMP_API_KEY}',
    'MAILCHIMP_API_KEY=<your-mailchimp-api-key>',
    'MAILCHIMP_API_KEY=9200a9e36a7b3da6165affda10bd4502-us92s92',
    'MAILCHIMP_API_KEY=9200a9e36a7b3da6165affda10bd4502-u',
    '-rw-r--r-- 1 root 3c59dc048e8850243be8079a5c74d079-us1.txt',
  ],
};
export default fixtures;
