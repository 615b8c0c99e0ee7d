import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HCLOUD_TOKEN=8KMhA9WQed1F1Fq221RMGThNHVZlBoNJIIPHh9NrsAoVaXrC0S28ugwPPXpFCgeT', secret: '8KMhA9WQed1F1Fq221RMGThNHVZlBoNJIIPHh9NrsAoVaXrC0S28ugwPPXpFCgeT' },
    { text: '{"hetzner_token": "Xzm8U4GXbTUzekjHTcxGwA3goeDlwaH9jzoB4qCIWz5gKnu6Y9Wd1kf5m7wamyLc", "region": "eu-west-1"}', secret: 'Xzm8U4GXbTUzekjHTcxGwA3goeDlwaH9jzoB4qCIWz5gKnu6Y9Wd1kf5m7wamyLc' },
    { text: '  hetzner_token: OLtt0KDju1nDhT1skR8DzTqOPKo5ijijPeCpYM0ZFegAwavzr4nAqOZkk9uByExe', secret: 'OLtt0KDju1nDhT1skR8DzTqOPKo5ijijPeCpYM0ZFegAwavzr4nAqOZkk9uByExe' },
    { text: 'export HCLOUD_TOKEN="ojy61Rnu1GNykEkkMbfm2sM3iv514jncG6ss1aGpolRVmJnbXjjjP0DRGtxd7r5B"', secret: 'ojy61Rnu1GNykEkkMbfm2sM3iv514jncG6ss1aGpolRVmJnbXjjjP0DRGtxd7r5B' },
    { text: 'const hetznerToken = \'rt0xpxFXUwjq1NvBMEPIrcniub5MMDUudFYdwmD9tRsPDexL2ZMOVVw7dnzggjy2\';', secret: 'rt0xpxFXUwjq1NvBMEPIrcniub5MMDUudFYdwmD9tRsPDexL2ZMOVVw7dnzggjy2' },
  ],
  negative: [
    'HCLOUD_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HCLOUD_TOKEN=<your-hetzner-cloud-api-token>',
    'HCLOUD_TOKEN=${HCLOUD_TOKEN}',
    'HCLOUD_TOKEN=Kr5L3ctfPBd13OQX0XfBYFCZfRiDN0UHXhdYLtCBQoSoXilunQTuEq5xPufQN',
    'HCLOUD_TOKEN=kJvs6fq9Qxg6TxfCi0aluC0zQJBY4oqHq1LIW9KLWjvzcMalHqodqbCQSZuXe9WkuZn',
    'checksum: q8XIQeiYhrsuuzhYKRxLf8Xburds7Rz4DevT2xDM0EIXs9P05HOJ13u043YWFKJs',
    'const ref = "z9gdu9c7IJ9l9bcnEfeL0hSwBS89xTHYTa5babNX6FxnZy2KN548gnVXnf8d22We";',
  ],
};
export default fixtures;
