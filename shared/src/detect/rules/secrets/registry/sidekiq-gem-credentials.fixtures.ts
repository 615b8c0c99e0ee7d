import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=c43e7109:df399911', secret: 'c43e7109:df399911' },
    { text: '---\nBUNDLE_GEMS__CONTRIBSYS__COM: "8f1a2b3c:4d5e6f70"\n', secret: '8f1a2b3c:4d5e6f70' },
    { text: 'ENV BUNDLE_ENTERPRISE__CONTRIBSYS__COM=5b7e09a1:e2c4d6f8 && bundle install', secret: '5b7e09a1:e2c4d6f8' },
    { text: 'BUNDLE_GEMS__CONTRIBSYS__COM := "2d351191:59e25bde"', secret: '2d351191:59e25bde' },
    { text: '<BUNDLE_ENTERPRISE__CONTRIBSYS__COM>\n    f8d9351b:76bc9da4\n</BUNDLE_ENTERPRISE__CONTRIBSYS__COM>', secret: 'f8d9351b:76bc9da4' },
  ],
  negative: [
    'export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}',
    'BUNDLE_GEMS__CONTRIBSYS__COM: "xxxxxxxx:xxxxxxxx"',
    'Set BUNDLE_ENTERPRISE__CONTRIBSYS__COM to your username:password from the license email.',
  ],
};
export default fixtures;
