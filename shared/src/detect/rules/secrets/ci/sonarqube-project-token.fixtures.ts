import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sqp_878ad26599459cbcfd8fab98b23f214a35806688',
    { text: 'SONAR_TOKEN=sqp_f455f27e6127059e00edc9ab1e18e1fdd55a3f65', secret: 'sqp_f455f27e6127059e00edc9ab1e18e1fdd55a3f65' },
    { text: '{"sonar.token": "sqp_25fbb6b57e1b83aee7b634d5833bb53b986405e6", "region": "eu-west-1"}', secret: 'sqp_25fbb6b57e1b83aee7b634d5833bb53b986405e6' },
    { text: '  sonar.token: sqp_fcf644ba53127cfe58a9775fa99569ab4e179149', secret: 'sqp_fcf644ba53127cfe58a9775fa99569ab4e179149' },
    { text: 'export SONAR_TOKEN="sqp_ee59a0cd2a454062845186de846f739098ef4581"', secret: 'sqp_ee59a0cd2a454062845186de846f739098ef4581' },
    { text: 'const sonar.token = \'sqp_d8dc85c81fadfd8ebb1f359c4b3a30dc6e34da82\';', secret: 'sqp_d8dc85c81fadfd8ebb1f359c4b3a30dc6e34da82' },
  ],
  negative: [
    'SONAR_TOKEN=sqp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SONAR_TOKEN=<your-sonarqube-project-token>',
    'SONAR_TOKEN=${SONAR_TOKEN}',
    'SONAR_TOKEN=sqp_86b9a3bf25305ab10a8acd91b75798ab596ef',
    'SONAR_TOKEN=sqp_6eba7bafdb8e47736ac29e75a1126acd532279fdu62',
  ],
};
export default fixtures;
