import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glsa_G95tv9kqC2B88LbOjxiR52rCZXYJVZiC_a3ef89e6',
    { text: 'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_rReABf5zljCBt8qhHQCBFnFr8gVzopXW_c3998231', secret: 'glsa_rReABf5zljCBt8qhHQCBFnFr8gVzopXW_c3998231' },
    { text: '{"grafana_service_account_token": "glsa_agxYy5tNyAGkKgjWZiuM3QAL9lLy4hKX_0a1ddf39"}', secret: 'glsa_agxYy5tNyAGkKgjWZiuM3QAL9lLy4hKX_0a1ddf39' },
    { text: 'grafana_service_account_token: glsa_5LgrOC30vpCFcDvSfwuqAOf248W3HRoJ_17e6fb56', secret: 'glsa_5LgrOC30vpCFcDvSfwuqAOf248W3HRoJ_17e6fb56' },
    { text: 'export GRAFANA_SERVICE_ACCOUNT_TOKEN="glsa_O9WCCPf9Xc5FGfqMyL1umh2eYHaf8upY_771ab253"', secret: 'glsa_O9WCCPf9Xc5FGfqMyL1umh2eYHaf8upY_771ab253' },
    { text: 'const grafanaServiceAccountToken = \'glsa_PxPC8LmMz0YYlPwKQv2xSJApWhGt4EcC_c399e014\';', secret: 'glsa_PxPC8LmMz0YYlPwKQv2xSJApWhGt4EcC_c399e014' },
  ],
  negative: [
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=${GRAFANA_SERVICE_ACCOUNT_TOKEN}',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=<your-grafana-service-account-token>',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_mGIslLGzp6Emykg05tXFs7wd4czpXEBu_69f42e32e32',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_mGIslLGzp6Emykg05tXFs7wd4czpXEBu_69f42',
  ],
};
export default fixtures;
