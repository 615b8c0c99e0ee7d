import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'FASTLY_API_TOKEN=JjWeH0kOEpzXD7uCqOerio3pmfFUJE4z', secret: 'JjWeH0kOEpzXD7uCqOerio3pmfFUJE4z' },
    { text: '{"fastly_api_key": "1T2zrjhl6dt3Ef1kknsvqTtqw60NSsdW", "region": "eu-west-1"}', secret: '1T2zrjhl6dt3Ef1kknsvqTtqw60NSsdW' },
    { text: '  fastly_api_key: JxY00KdriSFLNMVFBTkN61CqzA0tutRv', secret: 'JxY00KdriSFLNMVFBTkN61CqzA0tutRv' },
    { text: 'export FASTLY_API_TOKEN="NWfmgWcrtCViYotuQb7jrcLzOxMPSvid"', secret: 'NWfmgWcrtCViYotuQb7jrcLzOxMPSvid' },
    { text: 'const fastlyApiKey = \'-NpNl-NmQwGZjfTw_5uurqXEY-Ob1-X4\';', secret: '-NpNl-NmQwGZjfTw_5uurqXEY-Ob1-X4' },
  ],
  negative: [
    'FASTLY_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'FASTLY_API_TOKEN=<your-fastly-api-token>',
    'FASTLY_API_TOKEN=${FASTLY_API_TOKEN}',
    'FASTLY_API_TOKEN=_KQPE0THgL7Eh0RLkFtBm91_rMzPQ',
    'FASTLY_API_TOKEN=fFNws-HZt8OnWFBVjjtYmJN6dfEcekiZmoO',
    'checksum: r0pwgMEXf6Hgd4Hhn7oY4nJ6ptXiNeUL',
    'const ref = "2m9aLIOaqqOoAfweSN-x8uDbqaxjGV8Q";',
  ],
};
export default fixtures;
