import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'phx_AvPvoQoc7UPmWqRMmpt6v2i8bxXEcO6jOA2hFFxdZri',
    { text: 'POSTHOG_PERSONAL_API_KEY=phx_i6epH2fN5TPIexUO2be0enDZQWWbYUyVeecsbuKnP0V', secret: 'phx_i6epH2fN5TPIexUO2be0enDZQWWbYUyVeecsbuKnP0V' },
    { text: '{"posthog_personal_api_key": "phx_mK09nEAO9P8aPUF0VNDM6oUppUOHtIYWg0oCgn4mVTO"}', secret: 'phx_mK09nEAO9P8aPUF0VNDM6oUppUOHtIYWg0oCgn4mVTO' },
    { text: 'posthog_personal_api_key: phx_kLwDc9b9CHR6uSQfUXjFr1wY6DjCgP35qFUynYT3sWk', secret: 'phx_kLwDc9b9CHR6uSQfUXjFr1wY6DjCgP35qFUynYT3sWk' },
    { text: 'export POSTHOG_PERSONAL_API_KEY="phx_n1rAqfrX57T8O9EZyOSrcOHY5jc5B2RafeJNrpdZl7w"', secret: 'phx_n1rAqfrX57T8O9EZyOSrcOHY5jc5B2RafeJNrpdZl7w' },
    { text: 'const posthogPersonalApiKey = \'phx_ut3x25A9XnD6S1uedUVYGnUilAhdOp1vDXtlM1yw6Ro\';', secret: 'phx_ut3x25A9XnD6S1uedUVYGnUilAhdOp1vDXtlM1yw6Ro' },
    { text: 'posthog = phx_Rk7vQ2mZ9xTq4W_8Lp3Yc6Hs1Db5Fg0J_t7qh0r5Hrv', secret: 'phx_Rk7vQ2mZ9xTq4W_8Lp3Yc6Hs1Db5Fg0J_t7qh0r5Hrv' },
  ],
  negative: [
    'POSTHOG_PERSONAL_API_KEY=phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'POSTHOG_PERSONAL_API_KEY=${POSTHOG_PERSONAL_API_KEY}',
    'POSTHOG_PERSONAL_API_KEY=<your-posthog-personal-api-key>',
    'POSTHOG_PERSONAL_API_KEY=phx_Hb0butMgdW04CxC7YWHRqmsj3swRnLBBciPAgOmkgvRgvR',
    'POSTHOG_PERSONAL_API_KEY=phx_Hb0butMgdW04CxC7YWHRqmsj3swRnLBBciPAgOmk',
  ],
};
export default fixtures;
