import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'key-566725897fa1ee44a73bbb09d5f791a6',
    { text: 'MAILGUN_API_KEY=key-fb3fbe944f39bcf9440d394b0f1c5fea', secret: 'key-fb3fbe944f39bcf9440d394b0f1c5fea' },
    { text: '{"mailgun_api_key": "key-44a8cfe371f65df79a51ca50db7abc58"}', secret: 'key-44a8cfe371f65df79a51ca50db7abc58' },
    { text: 'mailgun_api_key: key-5fb1fddf85d24a89eab5b0f149aef085', secret: 'key-5fb1fddf85d24a89eab5b0f149aef085' },
    { text: 'export MAILGUN_API_KEY="key-651d916d32d5f081ec31bcd126e44a07"', secret: 'key-651d916d32d5f081ec31bcd126e44a07' },
    { text: 'const mailgunApiKey = \'key-f80d4073e5c6a9ab37dbcdf7d0a6c7aa\';', secret: 'key-f80d4073e5c6a9ab37dbcdf7d0a6c7aa' },
  ],
  negative: [
    'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILGUN_API_KEY=${MAILGUN_API_KEY}',
    'MAILGUN_API_KEY=<your-mailgun-api-key>',
    'MAILGUN_API_KEY=key-dee276e9f649ed89718906dedd699a78a78',
    'MAILGUN_API_KEY=key-dee276e9f649ed89718906dedd699',
  ],
};
export default fixtures;
