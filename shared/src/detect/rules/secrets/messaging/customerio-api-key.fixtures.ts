import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CUSTOMERIO_APP_API_KEY=9e1fac885e2575e16d9755bcdfc63eee', secret: '9e1fac885e2575e16d9755bcdfc63eee' },
    { text: '{"customerio_app_api_key": "c83a869e7c98aa2e75d33d21e94debbf"}', secret: 'c83a869e7c98aa2e75d33d21e94debbf' },
    { text: 'customerio_app_api_key: 196ba3bd425e76d3478462b65337088e', secret: '196ba3bd425e76d3478462b65337088e' },
    { text: 'export CUSTOMERIO_APP_API_KEY="84a92a19f2b951471614e7d5ad5ff391"', secret: '84a92a19f2b951471614e7d5ad5ff391' },
    { text: 'const customerioAppApiKey = \'7fbfad7780eac35873b55cdb76fb2f4d\';', secret: '7fbfad7780eac35873b55cdb76fb2f4d' },
  ],
  negative: [
    'CUSTOMERIO_APP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CUSTOMERIO_APP_API_KEY=${CUSTOMERIO_APP_API_KEY}',
    'CUSTOMERIO_APP_API_KEY=<your-customerio-api-key>',
    '"etag": "27149209d107e8e47c889dc10e65b44d"',
    'CUSTOMERIO_APP_API_KEY=27149209d107e8e47c889dc10e65b44d44d',
    'CUSTOMERIO_APP_API_KEY=27149209d107e8e47c889dc10e65b',
    'key: fcd6408331428eda4b99da1d555417fb',
  ],
};
export default fixtures;
