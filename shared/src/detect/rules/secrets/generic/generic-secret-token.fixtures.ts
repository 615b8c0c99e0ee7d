import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AUTH_TOKEN=IhiXihAKFXImsEfGMjuZRneftkj737Bu', secret: 'IhiXihAKFXImsEfGMjuZRneftkj737Bu' },
    { text: 'api_key: "mIqdLpUyqGh1KTe7vvgdWgL50d/ld204eHFoYGti"', secret: 'mIqdLpUyqGh1KTe7vvgdWgL50d/ld204eHFoYGti' },
    { text: "client = Client(api_key='v9DlHkLklxS4tsCUPXg9LI25')", secret: 'v9DlHkLklxS4tsCUPXg9LI25' },
    { text: 'mytool deploy --token LhAZR56ip4e8 --env prod', secret: 'LhAZR56ip4e8' },
    { text: '  accessKey: "Qm3x_T9vLp-2zRk8Wn4y"', secret: 'Qm3x_T9vLp-2zRk8Wn4y' },
  ],
  negative: [
    'token = get_token()',
    'const token = getAccessToken2FromStorage();',
    'api_key: 123e4567-e89b-12d3-a456-426614174000',
    'token_path = "/var/run/secrets/kubernetes.io/serviceaccount/token"',
    'auth: config.api.token2',
    '"integrity": "sha512-Wkb1NYcL2kD4PXVTVi7Eu1tX2tM3wF0YAeVdAq7oOTjpNpHPd6rUm0UsT6tU2YKy8aB9WyRv1k7SgCCcUW2zKQ=="',
    'secret_name = "prod-db-credentials"',
    'token: transformES2015Module',
    'api_key = "YOUR_API_KEY_HERE1"',
    'token_url = "https://auth.acme-internal.io/oauth2/token"',
    'js-tokens@4.0.0 tokenizer version 2.4.1-beta3 released',
    'API_TOKEN=aaaaaaaaaaaaaaaa1',
  ],
};
export default fixtures;
