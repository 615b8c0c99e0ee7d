import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glsa_VQybarcHGQhEmI2chPdKGYWbArIbVqTQ_aa7607de',
    { text: 'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_srPQ8dbr06RzbFxDeN5DBNgyW4nZip9G_25732d37', secret: 'glsa_srPQ8dbr06RzbFxDeN5DBNgyW4nZip9G_25732d37' },
    { text: '{"grafana_service_account_token": "glsa_07tJ4Hcg9b6azYH0E9om6q4k5wfHihJE_57a13741"}', secret: 'glsa_07tJ4Hcg9b6azYH0E9om6q4k5wfHihJE_57a13741' },
    { text: 'grafana_service_account_token: glsa_TuDl0egWOpJsBlipNMF0S07DE6TZBSdt_d0ce7ec5', secret: 'glsa_TuDl0egWOpJsBlipNMF0S07DE6TZBSdt_d0ce7ec5' },
    { text: 'export GRAFANA_SERVICE_ACCOUNT_TOKEN="glsa_982t98AY4BQQSP5O98pn9weGog6xIIkw_95c03f7d"', secret: 'glsa_982t98AY4BQQSP5O98pn9weGog6xIIkw_95c03f7d' },
    { text: 'const grafanaServiceAccountToken = \'glsa_TriuJWvjSKE3bSmrAalfVvCPUjmW56ij_7f22b953\';', secret: 'glsa_TriuJWvjSKE3bSmrAalfVvCPUjmW56ij_7f22b953' },
  ],
  negative: [
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=${GRAFANA_SERVICE_ACCOUNT_TOKEN}',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=<your-grafana-service-account-token>',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_P0G7r6snJxj2OLfHqUbVnEuCk8mWiB0J_862bdad4ad4',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_P0G7r6snJxj2OLfHqUbVnEuCk8mWiB0J_862bd',
  ],
};
export default fixtures;
