import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'GITHUB_TOKEN=f1658274180306331212c524629772d9b2e6d665', secret: 'f1658274180306331212c524629772d9b2e6d665' },
    { text: '{"github_token": "5d54202a457c5f78905e9a34a6be21368ae97173", "region": "eu-west-1"}', secret: '5d54202a457c5f78905e9a34a6be21368ae97173' },
    { text: '  github_token: 9a55428c9ff2a5bb81e6a886c7804a2b9a205003', secret: '9a55428c9ff2a5bb81e6a886c7804a2b9a205003' },
    { text: 'export GITHUB_TOKEN="e34a1d2da2fb5ec71026666734661b610068096c"', secret: 'e34a1d2da2fb5ec71026666734661b610068096c' },
    { text: 'const githubToken = \'c2f00e4c896ed7737cc0656e5745474c7bc9c6a7\';', secret: 'c2f00e4c896ed7737cc0656e5745474c7bc9c6a7' },
  ],
  negative: [
    'GITHUB_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITHUB_TOKEN=<your-github-legacy-token>',
    'GITHUB_TOKEN=${GITHUB_TOKEN}',
    'GITHUB_TOKEN=61926097173460e62cf5c856ba228fd3b8081',
    'GITHUB_TOKEN=bcc286404a60ced521489bbec8b2572837cab513YMX',
    'checksum: 20fba8c4bba732c7bc51ae10ea89c47fd2fd4017',
    'const ref = "bbf78e32bef1a2014c2a8fe52c9c3c75f9e507f0";',
    'GITHUB_SHA=aef4c51e80769dc3bb9b8c50cfd083efe90e6933',
    'git checkout e67764449049deab3dfcce9a9fc654aced696c65',
  ],
};
export default fixtures;
