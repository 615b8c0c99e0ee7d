import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sqa_1f2d2725fcb7c28d3b676db2bd76b5e1b713bb7c',
    { text: 'SONAR_TOKEN=sqa_ce77e2b8ef808e2ca6b5d1783534ba0a3c418a29', secret: 'sqa_ce77e2b8ef808e2ca6b5d1783534ba0a3c418a29' },
    { text: '{"sonar.token": "sqa_1dd02f803e25cf75183de6319b052c521b986f1d", "region": "eu-west-1"}', secret: 'sqa_1dd02f803e25cf75183de6319b052c521b986f1d' },
    { text: '  sonar.token: sqa_663a744b30585af399423981f9938d3f29a6793d', secret: 'sqa_663a744b30585af399423981f9938d3f29a6793d' },
    { text: 'export SONAR_TOKEN="sqa_ffe12e18eab14feb8427535db54d18951af1f825"', secret: 'sqa_ffe12e18eab14feb8427535db54d18951af1f825' },
    { text: 'const sonar.token = \'sqa_05a6efb4bdab8b43b1d5ad83e6502555986c28e9\';', secret: 'sqa_05a6efb4bdab8b43b1d5ad83e6502555986c28e9' },
  ],
  negative: [
    'SONAR_TOKEN=sqa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SONAR_TOKEN=<your-sonarqube-global-token>',
    'SONAR_TOKEN=${SONAR_TOKEN}',
    'SONAR_TOKEN=sqa_a2484b9e90fe4d9bc8e23f782defe9c860400',
    'SONAR_TOKEN=sqa_58286a33d5b6e21158bac15d97b62811e1a79699gCL',
  ],
};
export default fixtures;
