import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'y0_0mUTdBXXEYKx6y_wiqBvyhi5xvAMF06WYP4Tozr6FG5f5D_TQ1AhoNP',
    { text: 'YC_TOKEN=y0_Oq9iXh-fboyauVFRgf2g4maUDqKnxuq1apRU-88V_AlT44nBD1i1G4i', secret: 'y0_Oq9iXh-fboyauVFRgf2g4maUDqKnxuq1apRU-88V_AlT44nBD1i1G4i' },
    { text: '{"yandex_oauth_token": "y0_4k8vIgGWiqnoB3uQ3K6SBYL88EiGplMKS_3UJY28SU4Oe868bbiPgbt", "region": "eu-west-1"}', secret: 'y0_4k8vIgGWiqnoB3uQ3K6SBYL88EiGplMKS_3UJY28SU4Oe868bbiPgbt' },
    { text: '  yandex_oauth_token: y0_ZW7h583BAsxfs_PIVuiJtEfsx2XFSyoZGROmYLGXHsLoiT9jciezFuR', secret: 'y0_ZW7h583BAsxfs_PIVuiJtEfsx2XFSyoZGROmYLGXHsLoiT9jciezFuR' },
    { text: 'export YC_TOKEN="y0_64w5w6pg6pWKN4RyzdSOYIvwdpkQivz_TAr6CXNx687OKEfNUc-0t7z"', secret: 'y0_64w5w6pg6pWKN4RyzdSOYIvwdpkQivz_TAr6CXNx687OKEfNUc-0t7z' },
    { text: 'const yandexOauthToken = \'y0_EG_J5GApf68r9CUB_5pU4F5xAdbPIDFQvkQn2fxKfZW7_ycvK35NJF4\';', secret: 'y0_EG_J5GApf68r9CUB_5pU4F5xAdbPIDFQvkQn2fxKfZW7_ycvK35NJF4' },
  ],
  negative: [
    'YC_TOKEN=y0_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'YC_TOKEN=<your-yandex-oauth-token>',
    'YC_TOKEN=${YC_TOKEN}',
    'YC_TOKEN=y0_0MWlwgTTUzRajwijZGXj8IXSX9lBoUUQ3SK8NL2FYjVfR_jYPCyl',
    'YC_TOKEN=y0_VQX596sWfvgTf9v7N6OA3CMvu3natScM94CHQ1OEO6z4EYWryYBxXcKuMq',
  ],
};
export default fixtures;
