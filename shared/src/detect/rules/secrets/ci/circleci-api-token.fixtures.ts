import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CIRCLECI_TOKEN=776a8fe86964a1594389c20cd4b41b9a1579560d', secret: '776a8fe86964a1594389c20cd4b41b9a1579560d' },
    { text: '{"circle_token": "3fef1bf738ca7cc137ddbe812e760cbad4a2e037", "region": "eu-west-1"}', secret: '3fef1bf738ca7cc137ddbe812e760cbad4a2e037' },
    { text: '  circle_token: 78644edc2fd197cf8e48386dafb0e22289234929', secret: '78644edc2fd197cf8e48386dafb0e22289234929' },
    { text: 'export CIRCLECI_TOKEN="47806605cc55553e3cfbab1bf853a7139fedc261"', secret: '47806605cc55553e3cfbab1bf853a7139fedc261' },
    { text: 'const circleToken = \'30f20531e3b344b5693baf180f61faf4e1ffe659\';', secret: '30f20531e3b344b5693baf180f61faf4e1ffe659' },
    { text: 'curl -H "Circle-Token: 5025c188ce20953908634677a82e3cb79d2808c8" https://circleci.com/api/v2/me', secret: '5025c188ce20953908634677a82e3cb79d2808c8' },
  ],
  negative: [
    'CIRCLECI_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CIRCLECI_TOKEN=<your-circleci-api-token>',
    'CIRCLECI_TOKEN=${CIRCLECI_TOKEN}',
    'CIRCLECI_TOKEN=ab778909b397b6254869c2fa7863cb40d36b9',
    'CIRCLECI_TOKEN=f21af194263780302f1eaa0148a47e61cdd13ab1mWJ',
    'checksum: c6030bfbff77cbd06f36f7a12234a876d53385da',
    'const ref = "74248a7da9d7c72bfd27dfc7a60ebd14f2c901fb";',
    'CIRCLE_SHA1=662d04eaed854f16d33914c28d4f038e12a1d2ae',
  ],
};
export default fixtures;
