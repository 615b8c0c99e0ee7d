import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'AKCp7rLSpxVA2Ht4oECzbRBtU2qSaIet3Z7eTabZ1Tg37c51oC75flylOiDrpqLZZUeks7RPi',
    { text: 'ARTIFACTORY_API_KEY=AKCp8Cgd7ZLN3iXXw5G0EYwQtqsDQzitcmexxFU9jxSjgfNSutAVaqQPWzQJijSr3K4QDGwyk', secret: 'AKCp8Cgd7ZLN3iXXw5G0EYwQtqsDQzitcmexxFU9jxSjgfNSutAVaqQPWzQJijSr3K4QDGwyk' },
    { text: '{"artifactory_apikey": "AKCp5HTzFUzZ8t7v89e9pcXek50DoK1IGVOnEBW3hDDIWIiqYh21QkMVehPqD0FamZWARp7iR", "region": "eu-west-1"}', secret: 'AKCp5HTzFUzZ8t7v89e9pcXek50DoK1IGVOnEBW3hDDIWIiqYh21QkMVehPqD0FamZWARp7iR' },
    { text: '  artifactory_apikey: AKCp5y0j1G6Ej8C7GSu3r149dN2CmJRygXqzacTjMMnffYpN85rLf70hQ3ujv4fTYCb3wKD19', secret: 'AKCp5y0j1G6Ej8C7GSu3r149dN2CmJRygXqzacTjMMnffYpN85rLf70hQ3ujv4fTYCb3wKD19' },
    { text: 'export ARTIFACTORY_API_KEY="AKCp7cmMSYlCnRr7c0pjjlu8ipVhqsavwDURCI76QL3vmfOashVrPV1c9Ri2BhLwIhiHCxBZh"', secret: 'AKCp7cmMSYlCnRr7c0pjjlu8ipVhqsavwDURCI76QL3vmfOashVrPV1c9Ri2BhLwIhiHCxBZh' },
    { text: 'const artifactoryApikey = \'AKCp71haroJWBMOJPRQ3HxYipLaiQGEWQ5FOJXIjaU9q0ewp8J7LkeKSmZjE5fSApFMzwBSDG\';', secret: 'AKCp71haroJWBMOJPRQ3HxYipLaiQGEWQ5FOJXIjaU9q0ewp8J7LkeKSmZjE5fSApFMzwBSDG' },
    { text: 'curl -H "X-JFrog-Art-Api: AKCp5eGpLDiotv95kkbf2NCd3kAz7eJJ7xwOIxRFfwPpM8Sm1eU9Ts6FG6bCpxJtCt0UDXTgm" https://acme.jfrog.io/artifactory/api/repositories', secret: 'AKCp5eGpLDiotv95kkbf2NCd3kAz7eJJ7xwOIxRFfwPpM8Sm1eU9Ts6FG6bCpxJtCt0UDXTgm' },
    'AKCp279x9yzsondef0att7ecddlp0pqqv9assrru2j6x8zwkvj1t7b7artz0uva7i7fmm1p47',
    { text: 'KEY="AKCpOR1XSVRFWL6ZDX3N1ZIC7BCYT58VLLRP7V9GXV6AAAFHOIKUCI41E0N1ZMYQHRPK0AFYD"', secret: 'AKCpOR1XSVRFWL6ZDX3N1ZIC7BCYT58VLLRP7V9GXV6AAAFHOIKUCI41E0N1ZMYQHRPK0AFYD' },
    { text: 'The key is AKCp279x9yzsondef0att7ecddlp0pqqv9assrru2j6x8zwkvj1t7b7artz0uva7i7fmm1p47 so please rotate it.', secret: 'AKCp279x9yzsondef0att7ecddlp0pqqv9assrru2j6x8zwkvj1t7b7artz0uva7i7fmm1p47' },
  ],
  negative: [
    'ARTIFACTORY_API_KEY=AKCpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ARTIFACTORY_API_KEY=<your-jfrog-api-key>',
    'ARTIFACTORY_API_KEY=${ARTIFACTORY_API_KEY}',
    'ARTIFACTORY_API_KEY=AKCp8UE1HMwiah2XU0QXu6KGvPXGHcg49OPjcjP3WQx5xAqHwAZsPKSk8qi6cxqpRaxqP6',
    'ARTIFACTORY_API_KEY=AKCp6i5l6L5Sql0IK6bnDb5xLYAFvh5bnTDdZmhFZt3OPK7Aursz1zG4u4eXf4V1itXD1QXFp3nf',
  ],
};
export default fixtures;
