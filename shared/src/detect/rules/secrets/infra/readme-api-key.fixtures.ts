import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'rdme_we23mmp0cdf1enqzidew55vx7s47klog91y30do5xqev9u1ce7lppa72qaasbunpggu7dx',
    { text: 'README_API_KEY=rdme_3ftewxk5irk4px9jj50mthoii8v4k6v5i74lispvizyjsrj3m6bmctdnwlxzxouw0i7y07', secret: 'rdme_3ftewxk5irk4px9jj50mthoii8v4k6v5i74lispvizyjsrj3m6bmctdnwlxzxouw0i7y07' },
    { text: '{"readme_api_key": "rdme_vwr0zo4rvz57otxmw4aigunny0t4nsenteppreax5zkzm558xn53lol2aq2kekb6v1tdxx", "region": "eu-west-1"}', secret: 'rdme_vwr0zo4rvz57otxmw4aigunny0t4nsenteppreax5zkzm558xn53lol2aq2kekb6v1tdxx' },
    { text: '  readme_api_key: rdme_r09mx907555yrglghkesr3wgn9nm1si968km937ux7l2y93b6dqybt17zwu9ktwne8b5rc', secret: 'rdme_r09mx907555yrglghkesr3wgn9nm1si968km937ux7l2y93b6dqybt17zwu9ktwne8b5rc' },
    { text: 'export README_API_KEY="rdme_wgfszqsinkxsdfyceeiokchkltdifotmbuk4byr9oup8mrdpeom44re23cwunl7pd9b4v4"', secret: 'rdme_wgfszqsinkxsdfyceeiokchkltdifotmbuk4byr9oup8mrdpeom44re23cwunl7pd9b4v4' },
    { text: 'const readmeApiKey = \'rdme_y3qz8zat3vsq7n6379kjpie8ji919s87h25o9msrodt6u9xsgxekb2m9bbuvu8u8dmfhf0\';', secret: 'rdme_y3qz8zat3vsq7n6379kjpie8ji919s87h25o9msrodt6u9xsgxekb2m9bbuvu8u8dmfhf0' },
  ],
  negative: [
    'README_API_KEY=rdme_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'README_API_KEY=<your-readme-api-key>',
    'README_API_KEY=${README_API_KEY}',
    'README_API_KEY=rdme_lxyoijc23dt5nnw7d6jwlve4e5qofghdudbil1s12q8h1x58up4fxk6qb37kg5fip1g',
    'README_API_KEY=rdme_f8vagj9vak1t00kx1g7r9sz7nj412eq040ewvwadyt8gjj1sca2drlf50gq1jig8u5el7koe1',
  ],
};
export default fixtures;
