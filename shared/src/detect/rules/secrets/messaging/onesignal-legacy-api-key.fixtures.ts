import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ONESIGNAL_REST_API_KEY=Ay9BH5ImcqABaNp6WB2hQRNApb9yhcJbHJGATlj1rmMOmhAf', secret: 'Ay9BH5ImcqABaNp6WB2hQRNApb9yhcJbHJGATlj1rmMOmhAf' },
    { text: '{"onesignal_rest_api_key": "thiZgn3Ckk0EuaUUSaU4QGFYKjpmmjb5i4HNlQsDIP3r1cDE"}', secret: 'thiZgn3Ckk0EuaUUSaU4QGFYKjpmmjb5i4HNlQsDIP3r1cDE' },
    { text: 'onesignal_rest_api_key: NHEwoIeuAbV5oIiG7k2iblIrLe1GH3nJLfXvQBSDpqBE2VEC', secret: 'NHEwoIeuAbV5oIiG7k2iblIrLe1GH3nJLfXvQBSDpqBE2VEC' },
    { text: 'export ONESIGNAL_REST_API_KEY="xHYOIMWMlaDAx97vSyI6QclS87KshrJKsfmGs13lXxsxOXVs"', secret: 'xHYOIMWMlaDAx97vSyI6QclS87KshrJKsfmGs13lXxsxOXVs' },
    { text: 'const onesignalRestApiKey = \'GryYRDbHrEYhY9UIXHo92HgpgpBYT8whAkCXU4A83w95ylev\';', secret: 'GryYRDbHrEYhY9UIXHo92HgpgpBYT8whAkCXU4A83w95ylev' },
  ],
  negative: [
    'ONESIGNAL_REST_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ONESIGNAL_REST_API_KEY=${ONESIGNAL_REST_API_KEY}',
    'ONESIGNAL_REST_API_KEY=<your-onesignal-legacy-api-key>',
    '"etag": "fQuHVwSGIpUGxGZbZS47rL19IJvRjfrkcfuD89Hx4OtlyfWQ"',
    'ONESIGNAL_REST_API_KEY=fQuHVwSGIpUGxGZbZS47rL19IJvRjfrkcfuD89Hx4OtlyfWQfWQ',
    'ONESIGNAL_REST_API_KEY=fQuHVwSGIpUGxGZbZS47rL19IJvRjfrkcfuD89Hx4Otly',
    'key: EtMZVGj1bCMxwCxphse6IIlBiJkcyfi4EjwpSOcddalgRCZy',
  ],
};
export default fixtures;
