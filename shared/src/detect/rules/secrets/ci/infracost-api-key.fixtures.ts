import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ico-Cg77U5Jd3M0MgK3jH2e5rQF68kljepZ4',
    { text: 'INFRACOST_API_KEY=ico-D711vnFDDTvmHhTd3qmdUlpM3pcFYQBi', secret: 'ico-D711vnFDDTvmHhTd3qmdUlpM3pcFYQBi' },
    { text: '{"infracost_api_key": "ico-wKdzS8AlFa44KERsMsSxc0pJtf7QkN4z", "region": "eu-west-1"}', secret: 'ico-wKdzS8AlFa44KERsMsSxc0pJtf7QkN4z' },
    { text: '  infracost_api_key: ico-rj3QoZ8E6HJy3lOIZaHZe8r5MDAPNaZB', secret: 'ico-rj3QoZ8E6HJy3lOIZaHZe8r5MDAPNaZB' },
    { text: 'export INFRACOST_API_KEY="ico-TB5CbIXMDYmvgFZZBB10oFXfrPwvurOU"', secret: 'ico-TB5CbIXMDYmvgFZZBB10oFXfrPwvurOU' },
    { text: 'const infracostApiKey = \'ico-obPvvZ48o8UeMCbqBIh2nP27mzrKrwE4\';', secret: 'ico-obPvvZ48o8UeMCbqBIh2nP27mzrKrwE4' },
    'ico-q2u4rbc4z51wxzqdzixwlvkxlpq9pdd9',
    { text: 'KEY="ico-EYFAKNYEC99J5NQW71A2WM6HSVYSMBI3"', secret: 'ico-EYFAKNYEC99J5NQW71A2WM6HSVYSMBI3' },
    { text: 'The key is ico-q2u4rbc4z51wxzqdzixwlvkxlpq9pdd9 so please rotate it.', secret: 'ico-q2u4rbc4z51wxzqdzixwlvkxlpq9pdd9' },
  ],
  negative: [
    'INFRACOST_API_KEY=ico-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'INFRACOST_API_KEY=<your-infracost-api-key>',
    'INFRACOST_API_KEY=${INFRACOST_API_KEY}',
    'INFRACOST_API_KEY=ico-zEvFligdrvyD1cBCDzNSjKYxiXrBl',
    'INFRACOST_API_KEY=ico-71hUxyRbGLK5FEMPfp9qvLiVXUnDhyCoL35',
    '<i class="ico ico-7955c1d41cf5e778210e60ef10198be9"></i>',
  ],
};
export default fixtures;
