import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'JENKINS_API_TOKEN=114e7c739ef43fe98cafd2bc2a6bbc6782', secret: '114e7c739ef43fe98cafd2bc2a6bbc6782' },
    { text: '{"jenkins_token": "1137ee649dde106fb2863a11e932bd0cde", "region": "eu-west-1"}', secret: '1137ee649dde106fb2863a11e932bd0cde' },
    { text: '  jenkins_token: 1162cbff39a9dfee6953465545283286b9', secret: '1162cbff39a9dfee6953465545283286b9' },
    { text: 'export JENKINS_API_TOKEN="1102fc8c19f7df8a85b3065d5f9405b70b"', secret: '1102fc8c19f7df8a85b3065d5f9405b70b' },
    { text: 'const jenkinsToken = \'11743dccef7d498571376ba6a2179ff55b\';', secret: '11743dccef7d498571376ba6a2179ff55b' },
  ],
  negative: [
    'JENKINS_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'JENKINS_API_TOKEN=<your-jenkins-api-token>',
    'JENKINS_API_TOKEN=${JENKINS_API_TOKEN}',
    'JENKINS_API_TOKEN=11d92c53faa4bf4b1c58b47815e1dc3',
    'JENKINS_API_TOKEN=11937be2a695e1afcd0346db3fcd7d22d5SLQ',
    'checksum: 11385fc46ddd161b7e98368e91eea7d538',
    'const ref = "119305c40b11e54cb4916e6e2012698372";',
  ],
};
export default fixtures;
