import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'NRIQ-IJq11PnqaENwiwcu-06SkyI2r2FP7hsf',
    { text: 'NEW_RELIC_API_KEY=NRIQ-Qj8Bh4j97NZqTCp9DV41obkFyjOY7_5y', secret: 'NRIQ-Qj8Bh4j97NZqTCp9DV41obkFyjOY7_5y' },
    { text: '{"new_relic_api_key": "NRIQ-795eLqrwcFw2o7BxbP1VjvgJJFknvJ3E"}', secret: 'NRIQ-795eLqrwcFw2o7BxbP1VjvgJJFknvJ3E' },
    { text: 'new_relic_api_key: NRIQ-pgEDGD2egyRwGdYb4l7huUyLOIqBUs3r', secret: 'NRIQ-pgEDGD2egyRwGdYb4l7huUyLOIqBUs3r' },
    { text: 'export NEW_RELIC_API_KEY="NRIQ-Nj2NOhZ3BUwPXMy_lM6zPXVR-TgPIhXC"', secret: 'NRIQ-Nj2NOhZ3BUwPXMy_lM6zPXVR-TgPIhXC' },
    { text: 'const newRelicApiKey = \'NRIQ-ogRXMB6Ohkc6yed0XcFd0Qryhk_yqzRi\';', secret: 'NRIQ-ogRXMB6Ohkc6yed0XcFd0Qryhk_yqzRi' },
  ],
  negative: [
    'NEW_RELIC_API_KEY=NRIQ-xxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxx',
    'NEW_RELIC_API_KEY=${NEW_RELIC_API_KEY}',
    'NEW_RELIC_API_KEY=<your-newrelic-insights-query-key>',
    'NEW_RELIC_API_KEY=NRIQ-mTWgfx9M8klBdOjV7fz-WEJXydEkbvmGvmG',
    'NEW_RELIC_API_KEY=NRIQ-mTWgfx9M8klBdOjV7fz-WEJXydEkb',
  ],
};
export default fixtures;
