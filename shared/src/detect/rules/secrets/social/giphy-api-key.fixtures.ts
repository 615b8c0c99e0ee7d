import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'GIPHY_API_KEY=yVy7HRXPV3TayMKxXag8kp9LiveI0agG', secret: 'yVy7HRXPV3TayMKxXag8kp9LiveI0agG' },
    { text: '{"giphy_api_key": "iitrtF4245v2lr04ia5wUXn22R807dYd"}', secret: 'iitrtF4245v2lr04ia5wUXn22R807dYd' },
    { text: 'giphy_api_key: JTWv9QLYplysKnu5aQ3ey2uo7hBlSWW6', secret: 'JTWv9QLYplysKnu5aQ3ey2uo7hBlSWW6' },
    { text: 'export GIPHY_API_KEY="sLYyg31yrSXg9ta8Zz5yfYdzMG8TWUcs"', secret: 'sLYyg31yrSXg9ta8Zz5yfYdzMG8TWUcs' },
    { text: 'const giphyApiKey = \'q9JCWOwDOhXJRgDRf7qOk94rqLYcz0rU\';', secret: 'q9JCWOwDOhXJRgDRf7qOk94rqLYcz0rU' },
  ],
  negative: [
    'GIPHY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GIPHY_API_KEY=${GIPHY_API_KEY}',
    'GIPHY_API_KEY=<your-giphy-api-key>',
    '"etag": "8EXCsVqonSbkJb7EOGnNjjvuZ08T6lO8"',
    'GIPHY_API_KEY=8EXCsVqonSbkJb7EOGnNjjvuZ08T6lO8lO8',
    'GIPHY_API_KEY=8EXCsVqonSbkJb7EOGnNjjvuZ08T6',
    'api_key=yYqYcrWQVJ3FwdxWKd6RXbbpQtJOxEsI',
  ],
};
export default fixtures;
