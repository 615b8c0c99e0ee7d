import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'fsq3iNaoQmwxIN8fvJGBELHj8pL0ivm5Z2bb5q6Crdfhr5IA',
    { text: 'FOURSQUARE_API_KEY=fsq3wddqH55Co4SRy6uSybhDjCc36glMOcOj/IJefLb8paUN', secret: 'fsq3wddqH55Co4SRy6uSybhDjCc36glMOcOj/IJefLb8paUN' },
    { text: '{"foursquare_api_key": "fsq3RV+xYCHcOIi+pUT7My4Z6MNO/AInEmxrcFn70TrURUn9"}', secret: 'fsq3RV+xYCHcOIi+pUT7My4Z6MNO/AInEmxrcFn70TrURUn9' },
    { text: 'foursquare_api_key: fsq3II9F1mquzk2DX58u/86wu2FWUc0DKhyhQ8aJ0Mw+jH8d', secret: 'fsq3II9F1mquzk2DX58u/86wu2FWUc0DKhyhQ8aJ0Mw+jH8d' },
    { text: 'export FOURSQUARE_API_KEY="fsq3dqUuBgPYVQl9LvomKlZvfWoelG+fZ4d9bzxPOosf9E/o"', secret: 'fsq3dqUuBgPYVQl9LvomKlZvfWoelG+fZ4d9bzxPOosf9E/o' },
    { text: 'const foursquareApiKey = \'fsq3CoGNuTaSWk2rwEATemc+O+Ux13kMjkSPsiqxGrPQV5Et\';', secret: 'fsq3CoGNuTaSWk2rwEATemc+O+Ux13kMjkSPsiqxGrPQV5Et' },
  ],
  negative: [
    'FOURSQUARE_API_KEY=fsq3xxxxxxxxxxxx/xxxxxxxxxxxxxxxx/xxxxxxxxx+xxxx',
    'FOURSQUARE_API_KEY=${FOURSQUARE_API_KEY}',
    'FOURSQUARE_API_KEY=<your-foursquare-api-key>',
  ],
};
export default fixtures;
