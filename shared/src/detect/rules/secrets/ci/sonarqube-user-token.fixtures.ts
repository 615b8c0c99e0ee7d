import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'squ_755085efa8bba91b74106d73042b1513cd3e89f2',
    { text: 'SONAR_TOKEN=squ_558c5168d3dc2f420e211a92e1ec4709200c1880', secret: 'squ_558c5168d3dc2f420e211a92e1ec4709200c1880' },
    { text: '{"sonar.token": "squ_5561b6714169dd5542a93164d6b74689d9257dbd", "region": "eu-west-1"}', secret: 'squ_5561b6714169dd5542a93164d6b74689d9257dbd' },
    { text: '  sonar.token: squ_18dcd04aedc1bf8dc14b42c947a559996e37663d', secret: 'squ_18dcd04aedc1bf8dc14b42c947a559996e37663d' },
    { text: 'export SONAR_TOKEN="squ_c661f7c49780de14fd6c9f63d6d2cd2cba550110"', secret: 'squ_c661f7c49780de14fd6c9f63d6d2cd2cba550110' },
    { text: 'const sonar.token = \'squ_50e72e40732a3486a423e87c3a805a315f9c05fe\';', secret: 'squ_50e72e40732a3486a423e87c3a805a315f9c05fe' },
  ],
  negative: [
    'SONAR_TOKEN=squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SONAR_TOKEN=<your-sonarqube-user-token>',
    'SONAR_TOKEN=${SONAR_TOKEN}',
    'SONAR_TOKEN=squ_289d71c606c5239bd2e54fc4d61e9c8e31daf',
    'SONAR_TOKEN=squ_4cbc0eec1c1401d99fa5f2944a16cd9a922cc608riF',
  ],
};
export default fixtures;
