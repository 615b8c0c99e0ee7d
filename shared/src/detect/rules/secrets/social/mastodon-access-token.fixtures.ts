import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MASTODON_ACCESS_TOKEN=W3zW3s515MG3K5sqVI6mO8rGptFzkGJH7qLC4T2nGB2', secret: 'W3zW3s515MG3K5sqVI6mO8rGptFzkGJH7qLC4T2nGB2' },
    { text: '{"mastodon_access_token": "tGoZ5I9ghnvPvFLXuZbxI6wzHv6ouqgcPxU6Qrnd2RP"}', secret: 'tGoZ5I9ghnvPvFLXuZbxI6wzHv6ouqgcPxU6Qrnd2RP' },
    { text: 'mastodon_access_token: EPbnW8gfCl43WOi0JQTixIfCkw3HTZo2Hzzk-3RP_AQ', secret: 'EPbnW8gfCl43WOi0JQTixIfCkw3HTZo2Hzzk-3RP_AQ' },
    { text: 'export MASTODON_ACCESS_TOKEN="SCQDfvgIfxLCoyyO9FR7affD70DY1jApQor70jGkD5d"', secret: 'SCQDfvgIfxLCoyyO9FR7affD70DY1jApQor70jGkD5d' },
    { text: 'const mastodonAccessToken = \'elQx98nf99p2GKW7Tlnmm0c4tdq-meJcTNSjJieHG-Q\';', secret: 'elQx98nf99p2GKW7Tlnmm0c4tdq-meJcTNSjJieHG-Q' },
  ],
  negative: [
    'MASTODON_ACCESS_TOKEN=x-xxxxxxx-xxxx-xxxxxxxxxxxxxxxxxxxx-xxxxxxx',
    'MASTODON_ACCESS_TOKEN=${MASTODON_ACCESS_TOKEN}',
    'MASTODON_ACCESS_TOKEN=<your-mastodon-access-token>',
    '"etag": "x-gaf1yRu-a2d0-ii0Oa4NQW6EwyxjAtjhL-PtXRrwc"',
    'MASTODON_ACCESS_TOKEN=x-gaf1yRu-a2d0-ii0Oa4NQW6EwyxjAtjhL-PtXRrwcrwc',
    'MASTODON_ACCESS_TOKEN=x-gaf1yRu-a2d0-ii0Oa4NQW6EwyxjAtjhL-PtXR',
    'access_token=5ORZ-v8NNgHU1NtFiyjy98MTv8UnI31f2QCBts1DqNM',
  ],
};
export default fixtures;
