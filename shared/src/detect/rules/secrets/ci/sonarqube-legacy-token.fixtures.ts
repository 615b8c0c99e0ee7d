import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SONAR_TOKEN=faa9503cd44cd1c82af08e4d5c47e189bb1af0c8', secret: 'faa9503cd44cd1c82af08e4d5c47e189bb1af0c8' },
    { text: '{"sonar.login": "d3ff8a7aedeee03d5ea23bfa1381618397b838e7", "region": "eu-west-1"}', secret: 'd3ff8a7aedeee03d5ea23bfa1381618397b838e7' },
    { text: '  sonar.login: 7148bf4f02cc8f0c312464b716c80937facb206f', secret: '7148bf4f02cc8f0c312464b716c80937facb206f' },
    { text: 'export SONAR_TOKEN="6d03a0d00d209f1c71301ae636804e94830ffeea"', secret: '6d03a0d00d209f1c71301ae636804e94830ffeea' },
    { text: 'const sonar.login = \'44fcfae8306ce1523ab414f9d893911fb6f87160\';', secret: '44fcfae8306ce1523ab414f9d893911fb6f87160' },
  ],
  negative: [
    'SONAR_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SONAR_TOKEN=<your-sonarqube-legacy-token>',
    'SONAR_TOKEN=${SONAR_TOKEN}',
    'SONAR_TOKEN=ed7422ecb48493fead53f9a46a1dc179def82',
    'SONAR_TOKEN=a22854e52da3ecc6645e1f63e2c5e78f4b0517ff5FH',
    'checksum: 4157f4c1e5919997ab0646c39e421faf908be663',
    'const ref = "a16000ec0cd4d96ee11008aef63119d7131525ac";',
  ],
};
export default fixtures;
