import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'gloas-916bbcb880c9a4a306e36f80578d846653b5aa47b2edc9ccadb373ca5fdb6297',
    { text: 'GITLAB_APP_SECRET=gloas-878c0a9832ac53d43436225c084b81c75fedc75efc8335cb318264f60e5f5fd0', secret: 'gloas-878c0a9832ac53d43436225c084b81c75fedc75efc8335cb318264f60e5f5fd0' },
    { text: '{"gitlab_app_secret": "gloas-e9245479b89622b1a340e9ac1be1d535fed053bb1c8405bf5adc6dc280ea7a4d", "region": "eu-west-1"}', secret: 'gloas-e9245479b89622b1a340e9ac1be1d535fed053bb1c8405bf5adc6dc280ea7a4d' },
    { text: '  gitlab_app_secret: gloas-a3a1e8fb7c7caccadacd9d0f1f8b59db20c82bf552f8f4dca116e5332a96c4f0', secret: 'gloas-a3a1e8fb7c7caccadacd9d0f1f8b59db20c82bf552f8f4dca116e5332a96c4f0' },
    { text: 'export GITLAB_APP_SECRET="gloas-373ea2457787e3ec8e62fac13f9952373be1cb59761956dd556869ac3e85e4ea"', secret: 'gloas-373ea2457787e3ec8e62fac13f9952373be1cb59761956dd556869ac3e85e4ea' },
    { text: 'const gitlabAppSecret = \'gloas-b20d0c0fe9c8afb683c041bc677f77045d0d4d2ebf6917430b573afca3f466ca\';', secret: 'gloas-b20d0c0fe9c8afb683c041bc677f77045d0d4d2ebf6917430b573afca3f466ca' },
    'gloas-N8yBuuE4PeGQ9qufJLoRs4XnYOiadCUFUhzNWddmcJbY7Rj0HOVMFyrX_ckNdo08',
  ],
  negative: [
    'GITLAB_APP_SECRET=gloas-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITLAB_APP_SECRET=<your-gitlab-oauth-app-secret>',
    'GITLAB_APP_SECRET=${GITLAB_APP_SECRET}',
    'GITLAB_APP_SECRET=gloas-d71862b0a5c777f9cc32bb2ab449e307403def843ab791fb46d669fe0d89f',
    'GITLAB_APP_SECRET=gloas-12182480dd76f6b993b5bf40a4e6d25cc2fd1303b6ab43d5ca58131bdb4cd4c2ICy',
  ],
};
export default fixtures;
