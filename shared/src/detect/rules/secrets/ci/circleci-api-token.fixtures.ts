import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CIRCLECI_TOKEN=3ac4eae618c5353b1e5916d19f9c5dd3b0788604', secret: '3ac4eae618c5353b1e5916d19f9c5dd3b0788604' },
    { text: '{"circle_token": "42efc38dcaa8fc9cf2392a9af5da8a573daac8be", "region": "eu-west-1"}', secret: '42efc38dcaa8fc9cf2392a9af5da8a573daac8be' },
    { text: '  circle_token: 1bab26dfcf04a00a8ec26c1608ecb2bf38ca2390', secret: '1bab26dfcf04a00a8ec26c1608ecb2bf38ca2390' },
    { text: 'export CIRCLECI_TOKEN="cca0b3866b95d26bd5059e4fa96412cfb2e36cde"', secret: 'cca0b3866b95d26bd5059e4fa96412cfb2e36cde' },
    { text: 'const circleToken = \'d11076ee93a0514e994a4fff9ad602a3589923c2\';', secret: 'd11076ee93a0514e994a4fff9ad602a3589923c2' },
    { text: 'curl -H "Circle-Token: 767ed809799a5f86c19c801e6385073e7380c665" https://circleci.com/api/v2/me', secret: '767ed809799a5f86c19c801e6385073e7380c665' },
  ],
  negative: [
    'CIRCLECI_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CIRCLECI_TOKEN=<your-circleci-api-token>',
    'CIRCLECI_TOKEN=${CIRCLECI_TOKEN}',
    'CIRCLECI_TOKEN=437a552c08106e4d9e088af2504fdd56c0e27',
    'CIRCLECI_TOKEN=7bd8375d9fde276c8b6df3948da3a4f1fe95c53bNr4',
    'checksum: 26bf837487d0463be57216611f031d7cf8cab6a2',
    'const ref = "4dd795981b51cc9158737689e8a8d1301219f5b0";',
    'CIRCLE_SHA1=b674d3da36f60527d1520f7c3e9e14a1943a1ee9',
  ],
};
export default fixtures;
