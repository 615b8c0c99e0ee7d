import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '<secret>{AQAAABAAAAAQk7Vq2pLm9RzTx4HcW1bNf8YdJs3GaKe6Uo0iQyt5rMw=}</secret>', secret: 'AQAAABAAAAAQk7Vq2pLm9RzTx4HcW1bNf8YdJs3GaKe6Uo0iQyt5rMw=' },
    {
      text: '      <password>{AQAAABAAAAAgR3nWq8Zt5Lp2Xv9Kc4Hm7Jb1Ds6Fg0Ye2Ua8Ti5Ob9Nq3Mw6Lx1Py8Kz5Jr2Vs7Ht0E=}</password>',
      secret: 'AQAAABAAAAAgR3nWq8Zt5Lp2Xv9Kc4Hm7Jb1Ds6Fg0Ye2Ua8Ti5Ob9Nq3Mw6Lx1Py8Kz5Jr2Vs7Ht0E=',
    },
    { text: "  apiToken: '{AQAAABAAAAAw9mQ2vL7pR4tW8zXk5nB3cY6hJ1dF0sG+aE/uT2iO7qK4lM8wN5rV=}'", secret: 'AQAAABAAAAAw9mQ2vL7pR4tW8zXk5nB3cY6hJ1dF0sG+aE/uT2iO7qK4lM8wN5rV=' },
    { text: 'the old job still had <secretToken>{AQAAABAAAAAQ6tYh2Rk9Wm4Zq8Lp3Xv7Nc1Bj5Hd0Fs=}</secretToken> in it', secret: 'AQAAABAAAAAQ6tYh2Rk9Wm4Zq8Lp3Xv7Nc1Bj5Hd0Fs=' },
  ],
  negative: [
    '<secret>{AQAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=}</secret>',
    '<secret>{AQAAABAAAA}</secret>',
    '<secret>{AQAAABAAAAAQk7Vq2pLm9}</secret>',
    'AQAAABAAAAAQk7Vq2pLm9RzTx4HcW1bNf8YdJs3GaKe6Uo0iQyt5rMw= without its braces',
    '<secret>${JENKINS_SECRET}</secret>',
  ],
};
export default fixtures;
