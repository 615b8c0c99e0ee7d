import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AMPLITUDE_SECRET_KEY=e911b0e181b458e2f8bf8252b05fe7a4', secret: 'e911b0e181b458e2f8bf8252b05fe7a4' },
    { text: '{"amplitude_secret_key": "05779aaf5dc25f42c2707f8cf5e0ced9"}', secret: '05779aaf5dc25f42c2707f8cf5e0ced9' },
    { text: 'amplitude_secret_key: a55a7750bee0d40052c07fcd243e83fe', secret: 'a55a7750bee0d40052c07fcd243e83fe' },
    { text: 'export AMPLITUDE_SECRET_KEY="0562bfdbf9d9c835c3053b34d0649f56"', secret: '0562bfdbf9d9c835c3053b34d0649f56' },
  ],
  negative: [
    'AMPLITUDE_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AMPLITUDE_SECRET_KEY=${AMPLITUDE_SECRET_KEY}',
    'AMPLITUDE_SECRET_KEY=<your-amplitude-api-key>',
    '"etag": "14273b978065edfa9e22dc597f2ef83b"',
    'AMPLITUDE_SECRET_KEY=14273b978065edfa9e22dc597f2ef83b83b',
    'AMPLITUDE_SECRET_KEY=14273b978065edfa9e22dc597f2ef',
    'sha = "ec3fbd6429b86747cb55858d1234dab8"',
  ],
};
export default fixtures;
