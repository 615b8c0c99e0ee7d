import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CUSTOMERIO_APP_API_KEY=e815d34fd73aa0485def7362b4c9cf7d', secret: 'e815d34fd73aa0485def7362b4c9cf7d' },
    { text: '{"customerio_app_api_key": "f14ec244006f62f41dcfd7f9b7b60d54"}', secret: 'f14ec244006f62f41dcfd7f9b7b60d54' },
    { text: 'customerio_app_api_key: 08b9e894b9533fdd4ed56d21d7df30e1', secret: '08b9e894b9533fdd4ed56d21d7df30e1' },
    { text: 'export CUSTOMERIO_APP_API_KEY="d2ce0d86c01cf50da6aea557f1fdf553"', secret: 'd2ce0d86c01cf50da6aea557f1fdf553' },
    { text: 'const customerioAppApiKey = \'43f015a2f9058b9f4b0110dfef8d86c6\';', secret: '43f015a2f9058b9f4b0110dfef8d86c6' },
  ],
  negative: [
    'CUSTOMERIO_APP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CUSTOMERIO_APP_API_KEY=${CUSTOMERIO_APP_API_KEY}',
    'CUSTOMERIO_APP_API_KEY=<your-customerio-api-key>',
    '"etag": "a0fb0fe6b40f3ca1f4bc30510187c167"',
    'CUSTOMERIO_APP_API_KEY=a0fb0fe6b40f3ca1f4bc30510187c167167',
    'CUSTOMERIO_APP_API_KEY=a0fb0fe6b40f3ca1f4bc30510187c',
    'key: 4edbaeaf5cd7cd2238c36b02af0af84e',
  ],
};
export default fixtures;
