import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glsa_ymBFOFiOsssHaN0lhUYs1iSF5vtNZttR_30631a8f',
    { text: 'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_EppTvkrSeEsxQ0nSADySYp1ULovbxu7n_29a79105', secret: 'glsa_EppTvkrSeEsxQ0nSADySYp1ULovbxu7n_29a79105' },
    { text: '{"grafana_service_account_token": "glsa_qYXECNxhyfBz9DWrI905MOhffjrIWaBM_8550a4fe"}', secret: 'glsa_qYXECNxhyfBz9DWrI905MOhffjrIWaBM_8550a4fe' },
    { text: 'grafana_service_account_token: glsa_dGfIxd2TerQ8GZ94qALMsxPU4TAlWKd4_74760aa8', secret: 'glsa_dGfIxd2TerQ8GZ94qALMsxPU4TAlWKd4_74760aa8' },
    { text: 'export GRAFANA_SERVICE_ACCOUNT_TOKEN="glsa_Q4P1egWXc6xnIZzt20UB797ZXlwXHnQ3_6bd07cc4"', secret: 'glsa_Q4P1egWXc6xnIZzt20UB797ZXlwXHnQ3_6bd07cc4' },
    { text: 'const grafanaServiceAccountToken = \'glsa_FNrSDg658ejCSDPiuEZb8TSoL6B8DYN8_abaf60e1\';', secret: 'glsa_FNrSDg658ejCSDPiuEZb8TSoL6B8DYN8_abaf60e1' },
  ],
  negative: [
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=${GRAFANA_SERVICE_ACCOUNT_TOKEN}',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=<your-grafana-service-account-token>',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_iJgabnQ9DJEPUA7SRLhy0cvn4QEg2ygk_10873549549',
    'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_iJgabnQ9DJEPUA7SRLhy0cvn4QEg2ygk_10873',
  ],
};
export default fixtures;
