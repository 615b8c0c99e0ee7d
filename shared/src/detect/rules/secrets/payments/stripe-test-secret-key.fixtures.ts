import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk_test_51xBSnGQMhnT6WyGoaAL8ecoQLjvXz1Xam5mac4IuCzTcx1W7rpfIIGhmpdkFFY63XlY4j1HXmhoLMtksSFZCvkdQunGAV766Po',
    { text: 'STRIPE_SECRET_KEY=sk_test_51oAViv7dPd00UCA5EQDXAPuAltDWsH2OyeozApDhATvu0vmmSUGe2h7FAEGNImh5AorJo13O6YBUGtIyRMlDS6fTOkN7PrBdk1', secret: 'sk_test_51oAViv7dPd00UCA5EQDXAPuAltDWsH2OyeozApDhATvu0vmmSUGe2h7FAEGNImh5AorJo13O6YBUGtIyRMlDS6fTOkN7PrBdk1' },
    { text: '{"stripe_secret_key": "sk_test_519sGy0mlqdObcOURXJX7q7cSGid3ubma4jA7Ah9fam2iD7dd6ykmjhQGeLFwESlBqJYosJ3pkHMQZpUjJEupYyVWqMnfvrXV3O"}', secret: 'sk_test_519sGy0mlqdObcOURXJX7q7cSGid3ubma4jA7Ah9fam2iD7dd6ykmjhQGeLFwESlBqJYosJ3pkHMQZpUjJEupYyVWqMnfvrXV3O' },
    { text: 'stripe_secret_key: sk_test_51rO9NoxPxKe736dZIyuUZAECki9NEbnJ5l3vWZvAfXL6NTQKqR4pSDQJRAhp6pYRz6Gfl5rMu3u0blkCpfyyOva5ws5Wv0EN8c', secret: 'sk_test_51rO9NoxPxKe736dZIyuUZAECki9NEbnJ5l3vWZvAfXL6NTQKqR4pSDQJRAhp6pYRz6Gfl5rMu3u0blkCpfyyOva5ws5Wv0EN8c' },
    { text: 'export STRIPE_SECRET_KEY="sk_test_51jJzK5bNzmagVBarBOZk8sM2Uffb0VccfpV0t2dXhhiOJopw6i5ibl9DctESaY6K7o5jCyn4j4oNUbGYMXRPopllRoNzmHeTrT"', secret: 'sk_test_51jJzK5bNzmagVBarBOZk8sM2Uffb0VccfpV0t2dXhhiOJopw6i5ibl9DctESaY6K7o5jCyn4j4oNUbGYMXRPopllRoNzmHeTrT' },
    { text: 'const stripeSecretKey = \'sk_test_511Bnr8KWKd3Ic0GJeWfMcA8hhHiDdivMHqW2jDHx8pUfeog6uevqQyhOyAJyg6fD81AY1QqCCPUPQtyJvdWOAJwQ6CHPA0fmjX\';', secret: 'sk_test_511Bnr8KWKd3Ic0GJeWfMcA8hhHiDdivMHqW2jDHx8pUfeog6uevqQyhOyAJyg6fD81AY1QqCCPUPQtyJvdWOAJwQ6CHPA0fmjX' },
    'sk_test_O4mIpfumPH6E7w7tzw',
    { text: 'STRIPE_KEY="sk_test_hs5yzzfqh4trtr137vw5"', secret: 'sk_test_hs5yzzfqh4trtr137vw5' },
  ],
  negative: [
    'STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}',
    'STRIPE_SECRET_KEY=<your-stripe-test-secret-key>',
    'sk_test_MySecretKeyHere1',
  ],
};
export default fixtures;
