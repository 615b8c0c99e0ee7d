import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxe.xoxp-1-mTclFVacADZ7rmFmymnVD72p543AlpDcR3dwPYkksfdATPUhAatXZVXWTjigXdZaP65QXNYvOHe0ZqjB8CQkXGDQDZH0e8ALvNFGoZhSjf60MJrL4JtisWMAWnq87uJ0md1iAeFaPpjUGpRos02SMnsJ8g7dOLpN',
    { text: 'SLACK_CONFIG_TOKEN=xoxe.xoxp-1-FD26ENh9o78prgN6eZoKuRvTklmFpntM4c4f3rAgzKt6czp2204LgT0DsQjZ2KCqb4ySgKZZYEsatq7n89yYbDAeQmd2oGCOUyPspFnZ3mxcBMPaN2pXMgwhqvsgQN01Gf97D21TVc2N92i9JumcHQWr2RTdfIQ3', secret: 'xoxe.xoxp-1-FD26ENh9o78prgN6eZoKuRvTklmFpntM4c4f3rAgzKt6czp2204LgT0DsQjZ2KCqb4ySgKZZYEsatq7n89yYbDAeQmd2oGCOUyPspFnZ3mxcBMPaN2pXMgwhqvsgQN01Gf97D21TVc2N92i9JumcHQWr2RTdfIQ3' },
    { text: '{"slack_config_token": "xoxe.xoxp-1-chp0LXjKrwsuvHgviCH6N4TwIVShLnTqcyCgZniZYEX9gigMHQQ6w5GvsYx8PpvUgoQuVmmu2ajcmv5KWrVpqrmvpm45rFpjIFw6JiUXUpriftwdRVpQR1artdHhMZkikx5ycxih4Qbkg1mm7oIyVOgRWfrYbWjQ"}', secret: 'xoxe.xoxp-1-chp0LXjKrwsuvHgviCH6N4TwIVShLnTqcyCgZniZYEX9gigMHQQ6w5GvsYx8PpvUgoQuVmmu2ajcmv5KWrVpqrmvpm45rFpjIFw6JiUXUpriftwdRVpQR1artdHhMZkikx5ycxih4Qbkg1mm7oIyVOgRWfrYbWjQ' },
    { text: 'slack_config_token: xoxe.xoxp-1-QCrzMVmx9XzZoP01JALGvg2YM8Gh9n6ml1W5voujuolyiZGfPTv5m70jN99wsCuaaIm8CKgzA9oY2xbJGjh46mwo3ahHd3lnTUQYLgwiDFqaAzmks07R5tkWnJqESAKpjnMsCJxlJ5rmuYN35Q9NQkGEtC1iZFLz', secret: 'xoxe.xoxp-1-QCrzMVmx9XzZoP01JALGvg2YM8Gh9n6ml1W5voujuolyiZGfPTv5m70jN99wsCuaaIm8CKgzA9oY2xbJGjh46mwo3ahHd3lnTUQYLgwiDFqaAzmks07R5tkWnJqESAKpjnMsCJxlJ5rmuYN35Q9NQkGEtC1iZFLz' },
    { text: 'export SLACK_CONFIG_TOKEN="xoxe.xoxp-1-IRR6JYztJr9QDHz4BlrXWjAhJgNUibdGB91fWDp7ibFwH9I9Z8uDEZemOOL4SzwZRVIOGmQzqK3Npqld8pVBARtikT1ULN2v1Rs6PosDrDqbMYtInWrnyEa1mGNpoRylbr7865BpBKMiMe8kFwnBmxOnNKx9hEk8"', secret: 'xoxe.xoxp-1-IRR6JYztJr9QDHz4BlrXWjAhJgNUibdGB91fWDp7ibFwH9I9Z8uDEZemOOL4SzwZRVIOGmQzqK3Npqld8pVBARtikT1ULN2v1Rs6PosDrDqbMYtInWrnyEa1mGNpoRylbr7865BpBKMiMe8kFwnBmxOnNKx9hEk8' },
    { text: 'const slackConfigToken = \'xoxe.xoxp-1-KDxtPqJjjGL1oZETWUOApdQwwBTIWgTKwL5c3cbPSKGsCHvDA3PvkOoa7HwuPnOxLO9irguLCyRcpKaU62xHh1kqDUmVl17z5utkPCfKBSmlrJrx6i3Gx4ulmZqvvFDSTlQH6y1mJR5KYTrS7oQe514YMDKnaVOZ\';', secret: 'xoxe.xoxp-1-KDxtPqJjjGL1oZETWUOApdQwwBTIWgTKwL5c3cbPSKGsCHvDA3PvkOoa7HwuPnOxLO9irguLCyRcpKaU62xHh1kqDUmVl17z5utkPCfKBSmlrJrx6i3Gx4ulmZqvvFDSTlQH6y1mJR5KYTrS7oQe514YMDKnaVOZ' },
    { text: 'SLACK_BOT_TOKEN=xoxe.xoxb-1-MS0yLTIyMTAwNTcxMDYyMTQtNTIzNjI4MDEzOTkwNy1hYmNkZWYwMTIzNDU2Nzg5', secret: 'xoxe.xoxb-1-MS0yLTIyMTAwNTcxMDYyMTQtNTIzNjI4MDEzOTkwNy1hYmNkZWYwMTIzNDU2Nzg5' },
  ],
  negative: [
    'xoxe.xoxp-1-access-tokens-rotate-every-twelve-hours',
    'SLACK_CONFIG_TOKEN=xoxe.xoxx-x-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_CONFIG_TOKEN=${SLACK_CONFIG_TOKEN}',
    'SLACK_CONFIG_TOKEN=<your-slack-config-access-token>',
  ],
};
export default fixtures;
