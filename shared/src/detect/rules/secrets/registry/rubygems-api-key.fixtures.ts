import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'rubygems_97ebfe67fd3d745cad0fee0ceb2a6f65209a8f05e3e3c30d',
    { text: 'GEM_HOST_API_KEY=rubygems_c7c5492254281a2b260ca7db792e9f70e167c67c71fe9bf6', secret: 'rubygems_c7c5492254281a2b260ca7db792e9f70e167c67c71fe9bf6' },
    { text: '{"rubygems_api_key": "rubygems_001ededcd24c8d0406b289d8a3d99ee777e69e5bf6e6e038", "region": "eu-west-1"}', secret: 'rubygems_001ededcd24c8d0406b289d8a3d99ee777e69e5bf6e6e038' },
    { text: '  rubygems_api_key: rubygems_f2b46097fcf84c8a579baac6acc143850a1f4743039016c5', secret: 'rubygems_f2b46097fcf84c8a579baac6acc143850a1f4743039016c5' },
    { text: 'export GEM_HOST_API_KEY="rubygems_f1c1567d476214279c2a56a2defb65585ed694f2d5586115"', secret: 'rubygems_f1c1567d476214279c2a56a2defb65585ed694f2d5586115' },
    { text: 'const rubygemsApiKey = \'rubygems_930329d11bc4720e4defdc3e7bf9f650679c7d584691c5ce\';', secret: 'rubygems_930329d11bc4720e4defdc3e7bf9f650679c7d584691c5ce' },
    { text: '---\n:rubygems_api_key: rubygems_c7997e01640d23b16c9801620a8f9b806ee56d7c90e7bc24', secret: 'rubygems_c7997e01640d23b16c9801620a8f9b806ee56d7c90e7bc24' },
  ],
  negative: [
    'GEM_HOST_API_KEY=rubygems_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GEM_HOST_API_KEY=<your-rubygems-api-key>',
    'GEM_HOST_API_KEY=${GEM_HOST_API_KEY}',
    'GEM_HOST_API_KEY=rubygems_ae2d6783eb4d83646611c99f12b09e5b051bde4f8d80a',
    'GEM_HOST_API_KEY=rubygems_e922bb3b8debe0a3746c3d934fc7579cbc08b06b0c471cd3DVo',
  ],
};
export default fixtures;
