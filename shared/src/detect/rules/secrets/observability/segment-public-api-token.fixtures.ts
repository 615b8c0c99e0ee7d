import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sgp_kWSWoYTlJr75Z61avRQOWA7jISSeFOT0hdFtZwF0D2FFGVX0vM5Bgr1H9lTsMrft',
    { text: 'SEGMENT_API_TOKEN=sgp_my0nk4n7SJUTgvnnUpZ8pqOAxEFE95nEm9F3aBQ9cg4NvfCqIS0bSu6fjXhrTtEG', secret: 'sgp_my0nk4n7SJUTgvnnUpZ8pqOAxEFE95nEm9F3aBQ9cg4NvfCqIS0bSu6fjXhrTtEG' },
    { text: '{"segment_api_token": "sgp_QzfUYNJN5TRfrMpbN4ijZ3uEELHkHfM7eW9Y8IqrbsCQr6Wa0c9WTt2q88kevL06"}', secret: 'sgp_QzfUYNJN5TRfrMpbN4ijZ3uEELHkHfM7eW9Y8IqrbsCQr6Wa0c9WTt2q88kevL06' },
    { text: 'segment_api_token: sgp_k0YKlSU8Bs8YXbL6Wu6ilUGG6ZJ0qydHnJfN9Sbvan6YegjhcsZupidhNwREi6mz', secret: 'sgp_k0YKlSU8Bs8YXbL6Wu6ilUGG6ZJ0qydHnJfN9Sbvan6YegjhcsZupidhNwREi6mz' },
    { text: 'export SEGMENT_API_TOKEN="sgp_MZCcmTdZowA2kVN9fuW6X54NlMEBLPTrzC9xs4h6vg90MQjYWPeBrPFhQXQmRS64"', secret: 'sgp_MZCcmTdZowA2kVN9fuW6X54NlMEBLPTrzC9xs4h6vg90MQjYWPeBrPFhQXQmRS64' },
    { text: 'const segmentApiToken = \'sgp_uftqLN5EtfyEBxltSpCINm9vT9F39dzJI8c8q8Jw8L4r9LiDiW35egegUW0FcNcL\';', secret: 'sgp_uftqLN5EtfyEBxltSpCINm9vT9F39dzJI8c8q8Jw8L4r9LiDiW35egegUW0FcNcL' },
  ],
  negative: [
    'SEGMENT_API_TOKEN=sgp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SEGMENT_API_TOKEN=${SEGMENT_API_TOKEN}',
    'SEGMENT_API_TOKEN=<your-segment-public-api-token>',
    'SEGMENT_API_TOKEN=sgp_uwxnRboMfoSYCleFI5uCbnkyjbqtv1He8w80Fnk1CI0qcDtIA4ZUCHBObO5zVgcQgcQ',
    'SEGMENT_API_TOKEN=sgp_uwxnRboMfoSYCleFI5uCbnkyjbqtv1He8w80Fnk1CI0qcDtIA4ZUCHBObO5zV',
  ],
};
export default fixtures;
