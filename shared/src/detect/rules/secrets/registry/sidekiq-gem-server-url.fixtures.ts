import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'source "https://151e8758:a9873743@gems.contribsys.com/" do', secret: '151e8758:a9873743' },
    { text: '  remote: https://821A0C26:51C7D99E@enterprise.contribsys.com/', secret: '821A0C26:51C7D99E' },
  ],
  negative: [
    'source "https://gems.contribsys.com/" do',
    'source "https://${SIDEKIQ_USER}:${SIDEKIQ_PASS}@gems.contribsys.com/"',
    'https://151e8758:a9873743@gems.example.com/',
    'https://151e8758:a9873743x@gems.contribsys.com/',
  ],
};
export default fixtures;
