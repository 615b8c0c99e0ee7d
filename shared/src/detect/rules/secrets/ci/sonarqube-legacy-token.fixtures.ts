import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SONAR_TOKEN=043ca5e3b7238382132a4e5e16b297bb2b6d4b6a', secret: '043ca5e3b7238382132a4e5e16b297bb2b6d4b6a' },
    { text: '{"sonar.login": "6ebc38feeed0028648eb81ba16ded84cd97b007e", "region": "eu-west-1"}', secret: '6ebc38feeed0028648eb81ba16ded84cd97b007e' },
    { text: '  sonar.login: 989187ed5cc6b545aa8da87cdad2dd1712fbecc4', secret: '989187ed5cc6b545aa8da87cdad2dd1712fbecc4' },
    { text: 'export SONAR_TOKEN="3d1e212d5791304b45c0da2dd80bd84996099f9a"', secret: '3d1e212d5791304b45c0da2dd80bd84996099f9a' },
    { text: 'const sonar.login = \'0c77e3a5bafbdfe5789fd399082f27dc3dd46704\';', secret: '0c77e3a5bafbdfe5789fd399082f27dc3dd46704' },
  ],
  negative: [
    'SONAR_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SONAR_TOKEN=<your-sonarqube-legacy-token>',
    'SONAR_TOKEN=${SONAR_TOKEN}',
    'SONAR_TOKEN=0dbdd30c401d4c94084ba9cfd50eb51c3b740',
    'SONAR_TOKEN=4648950e5609aa83132bb6b4a6e5ed03a9d0c991OL4',
    'checksum: c0b25d12dd6a2358d7186ad75473f242926a1a06',
    'const ref = "c8a4103c1cf9e0c43530ad31bbdd7048d9c30ea8";',
  ],
};
export default fixtures;
