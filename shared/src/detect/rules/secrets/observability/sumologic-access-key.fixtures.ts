import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SUMOLOGIC_ACCESS_KEY=w3VTuztAbsyGZYuNNfZEFZZKowq2IrHog8i9nml90sknojz0rvJqo7eWZwRY6mba', secret: 'w3VTuztAbsyGZYuNNfZEFZZKowq2IrHog8i9nml90sknojz0rvJqo7eWZwRY6mba' },
    { text: '{"sumologic_access_key": "lEOo9KVIrZ86JoEvliRF7ADX0QJX0h4N9v1jkxolEpOZA3q9SYDIJhXcdPrjVnAv"}', secret: 'lEOo9KVIrZ86JoEvliRF7ADX0QJX0h4N9v1jkxolEpOZA3q9SYDIJhXcdPrjVnAv' },
    { text: 'sumologic_access_key: HGkFFJcBvLH1ZcBd5mpioyiJG6H7l2wuFpZhEOuDcziyzvu6ANpzA1Z3c20n1Zoh', secret: 'HGkFFJcBvLH1ZcBd5mpioyiJG6H7l2wuFpZhEOuDcziyzvu6ANpzA1Z3c20n1Zoh' },
    { text: 'export SUMOLOGIC_ACCESS_KEY="zN0EqzWJFNFNRAHsZOJpnzr5xLnSoqR4T7y3KenWbTN2DxcRU3RVa83AwEtabksW"', secret: 'zN0EqzWJFNFNRAHsZOJpnzr5xLnSoqR4T7y3KenWbTN2DxcRU3RVa83AwEtabksW' },
    { text: 'const sumologicAccessKey = \'2Xwut6ETYZg1jvS5fPVkOYaavYEQC8Q2KGcAwBB5H0mX5Aszl2tUKVTwe6KfgTb0\';', secret: '2Xwut6ETYZg1jvS5fPVkOYaavYEQC8Q2KGcAwBB5H0mX5Aszl2tUKVTwe6KfgTb0' },
  ],
  negative: [
    'SUMOLOGIC_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SUMOLOGIC_ACCESS_KEY=${SUMOLOGIC_ACCESS_KEY}',
    'SUMOLOGIC_ACCESS_KEY=<your-sumologic-access-key>',
    '"etag": "kExDVugN8a9vHlTTogpEfMXwN20fVJEZA0dtC9jRh6TBh02AqSWw76nvj4Hw6Wpg"',
    'SUMOLOGIC_ACCESS_KEY=kExDVugN8a9vHlTTogpEfMXwN20fVJEZA0dtC9jRh6TBh02AqSWw76nvj4Hw6WpgWpg',
    'SUMOLOGIC_ACCESS_KEY=kExDVugN8a9vHlTTogpEfMXwN20fVJEZA0dtC9jRh6TBh02AqSWw76nvj4Hw6',
    'key: lOMzA5e0ubWqzTQfoZU1WJYp2TbTsFYPao96jgI43qWPAcPg6cvP7z2igzzqOrto',
  ],
};
export default fixtures;
