import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'hT4kWq9ZmLp2XcR7vKd3Nb==:Ys8fJs5GtE1uQa0Rk2LmZp9TfXc4HvB8',
    { text: 'TABLEAU_PAT_SECRET=Qa0Rk2LmZp9TfXc4HvB8nJ==:d3GsYa6KeU1oQi5rNw0tMbDhVyCg8PzW', secret: 'Qa0Rk2LmZp9TfXc4HvB8nJ==:d3GsYa6KeU1oQi5rNw0tMbDhVyCg8PzW' },
    {
      text: 'tabcmd login -s https://prod-useast-a.online.tableau.com --token-name ci-export --token-value "V2xn8Rq4TzW9mLp3XcR7vK==:b1Y8fJs5GtE1uHq4TzW9mLp2XcR7vKd3"',
      secret: 'V2xn8Rq4TzW9mLp3XcR7vK==:b1Y8fJs5GtE1uHq4TzW9mLp2XcR7vKd3',
    },
    { text: '{"personalAccessTokenName": "reports", "personalAccessTokenSecret": "pZ6rN0wQ2tMb+DhVyCg8Pz==:J5oQi5rNw0tMbDhVyCg8PzWq7Rk2LmZp"}', secret: 'pZ6rN0wQ2tMb+DhVyCg8Pz==:J5oQi5rNw0tMbDhVyCg8PzWq7Rk2LmZp' },
  ],
  negative: [
    // Other lengths on either side: base64 pairs of other kinds, a hash and a salt.
    'hT4kWq9ZmLp2XcR7vKd3Nbxy==:Ys8fJs5GtE1uQa0Rk2LmZp9TfXc4HvB8',
    'hT4kWq9ZmLp2XcR7vKd3Nb==:Ys8fJs5GtE1uQa0Rk2LmZp9TfXc4HvB8Zq',
    'hT4kWq9ZmLp2XcR7vKd3Nb==:Ys8fJs5GtE1uQa0Rk2LmZp9TfXc4',
    'aaaaaaaaaaaaaaaaaaaaaa==:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
    'value==:other',
  ],
};
export default fixtures;
