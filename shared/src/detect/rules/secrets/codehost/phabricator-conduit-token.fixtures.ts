import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'api-4in6rdxfq1twgmdar7ov3ibinafp',
    { text: 'CONDUIT_TOKEN=api-m8h5t84jcgmh3gnxq4uoygpi0qdn', secret: 'api-m8h5t84jcgmh3gnxq4uoygpi0qdn' },
    { text: '{"conduit_token": "api-jrq3l0mu61f6of397sktf42vhoua", "region": "eu-west-1"}', secret: 'api-jrq3l0mu61f6of397sktf42vhoua' },
    { text: '  conduit_token: api-6a3l3inrhqk0emmfbexi1j8xhew9', secret: 'api-6a3l3inrhqk0emmfbexi1j8xhew9' },
    { text: 'export CONDUIT_TOKEN="api-liz3xojp4r35mdb2p3jf1lk3d6qf"', secret: 'api-liz3xojp4r35mdb2p3jf1lk3d6qf' },
    { text: 'const conduitToken = \'api-y8go0tyh92270m6onq0sa2rbi8hk\';', secret: 'api-y8go0tyh92270m6onq0sa2rbi8hk' },
  ],
  negative: [
    'CONDUIT_TOKEN=api-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CONDUIT_TOKEN=<your-phabricator-conduit-token>',
    'CONDUIT_TOKEN=${CONDUIT_TOKEN}',
    'CONDUIT_TOKEN=api-rmatkbrpms76oad2vzt4u7w3m',
    'CONDUIT_TOKEN=api-f6y34qg1fhtqng3np6whzmsikcveVjL',
    'see api-documentationgeneratorforjava here',
  ],
};
export default fixtures;
