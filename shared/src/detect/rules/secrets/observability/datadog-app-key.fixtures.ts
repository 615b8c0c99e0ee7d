import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DD_APP_KEY=0fcfbe859935437026ee7dd2c67ce14d8c4b700b', secret: '0fcfbe859935437026ee7dd2c67ce14d8c4b700b' },
    { text: '{"dd_app_key": "4a68dd4841a6e6c66160df14cda127f0b0e8447c"}', secret: '4a68dd4841a6e6c66160df14cda127f0b0e8447c' },
    { text: 'dd_app_key: 03e15b488ae9a22504b7a9c252f9ae70ee8f4119', secret: '03e15b488ae9a22504b7a9c252f9ae70ee8f4119' },
    { text: 'export DD_APP_KEY="e70231965912d07f9b814122e8c8c527b5739236"', secret: 'e70231965912d07f9b814122e8c8c527b5739236' },
    { text: 'const ddAppKey = \'5fa799ac493dd66875b70270e211a091baa5fc55\';', secret: '5fa799ac493dd66875b70270e211a091baa5fc55' },
  ],
  negative: [
    'DD_APP_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DD_APP_KEY=${DD_APP_KEY}',
    'DD_APP_KEY=<your-datadog-app-key>',
    '"etag": "0f9fdb179ede9e36425a82f505ca1446f309efae"',
    'DD_APP_KEY=0f9fdb179ede9e36425a82f505ca1446f309efaefae',
    'DD_APP_KEY=0f9fdb179ede9e36425a82f505ca1446f309e',
    'sha = "2a274c744ac7bf9980852981377b7f793ff99ecb"',
  ],
};
export default fixtures;
