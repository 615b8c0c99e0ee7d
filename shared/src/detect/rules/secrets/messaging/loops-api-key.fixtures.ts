import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LOOPS_API_KEY=3600fb2bed2a124ac166eeb83a7a28ce', secret: '3600fb2bed2a124ac166eeb83a7a28ce' },
    { text: '{"loops_api_key": "588b05c0fabdab237245f74cacdf0459"}', secret: '588b05c0fabdab237245f74cacdf0459' },
    { text: 'loops_api_key: 8c52a893daf7f661e275d95416744b35', secret: '8c52a893daf7f661e275d95416744b35' },
    { text: 'export LOOPS_API_KEY="7252575779dbb933346b9ae0cc2ed54e"', secret: '7252575779dbb933346b9ae0cc2ed54e' },
    { text: 'const loopsApiKey = \'086c38a8f2b36f2ba37641f21ecf5909\';', secret: '086c38a8f2b36f2ba37641f21ecf5909' },
  ],
  negative: [
    'LOOPS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LOOPS_API_KEY=${LOOPS_API_KEY}',
    'LOOPS_API_KEY=<your-loops-api-key>',
    '"etag": "02adb15af73babd2a3719f67547c6f16"',
    'LOOPS_API_KEY=02adb15af73babd2a3719f67547c6f16f16',
    'LOOPS_API_KEY=02adb15af73babd2a3719f67547c6',
    'for loops 9fcc35aa46fcb7cc44467ae6ba1293d6',
  ],
};
export default fixtures;
