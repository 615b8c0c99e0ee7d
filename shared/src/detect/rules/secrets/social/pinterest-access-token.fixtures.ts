import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pina_P08F8UCK3P8ZNLPZUUD5UXQP7JSTJ8CU0afWg6jJHe4TdHOBQWRAjJxq3CIqausf7eYQFBzRKfWSguNvnpf2lM87w17T',
    { text: 'PINTEREST_ACCESS_TOKEN=pina_X3TV4H03J7X6OMOLZV9JPMPNCQZNSNFM2UNOGWlMXWpqzFEB5Eq1XEUgocRFMv4IBBt5mjlnDgF41Euxa7ywzG9Lt1v0', secret: 'pina_X3TV4H03J7X6OMOLZV9JPMPNCQZNSNFM2UNOGWlMXWpqzFEB5Eq1XEUgocRFMv4IBBt5mjlnDgF41Euxa7ywzG9Lt1v0' },
    { text: '{"pinterest_access_token": "pina_QAD10N892834ETEVO052REPU0U5MBYYTda5NDsCZnrlbb7nC5CQR0Upnf4YPNGn1sxeG6Hkhjezbl0VAOxJ5LDtQcNJu"}', secret: 'pina_QAD10N892834ETEVO052REPU0U5MBYYTda5NDsCZnrlbb7nC5CQR0Upnf4YPNGn1sxeG6Hkhjezbl0VAOxJ5LDtQcNJu' },
    { text: 'pinterest_access_token: pina_U4K8H0ZGPNPZC2YSQBNKSHR6QYKAHTVMOg1iiGTUsUQphqvW2hDZsi6iQe37T4IPv5JgjIJrkHhjjijzEwCwgHvZKZ1j', secret: 'pina_U4K8H0ZGPNPZC2YSQBNKSHR6QYKAHTVMOg1iiGTUsUQphqvW2hDZsi6iQe37T4IPv5JgjIJrkHhjjijzEwCwgHvZKZ1j' },
    { text: 'export PINTEREST_ACCESS_TOKEN="pina_ALOVG4K7I2F9Y752UYU5TYMRYSWEVC5Ak8dTlpJ22R4IEEITiMEXnYOQ4H2WitaIxZZJJDQBnIaYuS2POS32EThenR1U"', secret: 'pina_ALOVG4K7I2F9Y752UYU5TYMRYSWEVC5Ak8dTlpJ22R4IEEITiMEXnYOQ4H2WitaIxZZJJDQBnIaYuS2POS32EThenR1U' },
    { text: 'const pinterestAccessToken = \'pina_UYARSLGEYD6YND8NHLVT68IXR01P63LOKrXWhlHzK7ZBNBfWBfoFeZ3MvL4Kx4FMTmP8FkSUIovEnWx7WE7d6Aca0zwZ\';', secret: 'pina_UYARSLGEYD6YND8NHLVT68IXR01P63LOKrXWhlHzK7ZBNBfWBfoFeZ3MvL4Kx4FMTmP8FkSUIovEnWx7WE7d6Aca0zwZ' },
  ],
  negative: [
    'PINTEREST_ACCESS_TOKEN=pina_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PINTEREST_ACCESS_TOKEN=${PINTEREST_ACCESS_TOKEN}',
    'PINTEREST_ACCESS_TOKEN=<your-pinterest-access-token>',
  ],
};
export default fixtures;
