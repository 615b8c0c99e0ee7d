import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sha256~z8qjf_FVYEFsTqxwGBemb00qHajBBj3bAtIY9HyQ2oE',
    { text: 'OPENSHIFT_TOKEN=sha256~0YYXNrguNZp60f477qF2LdkOzzKb0LeWnctAO6_zttZ', secret: 'sha256~0YYXNrguNZp60f477qF2LdkOzzKb0LeWnctAO6_zttZ' },
    { text: '{"oc_token": "sha256~CV-R1_iLRwFw9AciSkmidiuIZ52AAxO9RAK_ZMHarOQ", "region": "eu-west-1"}', secret: 'sha256~CV-R1_iLRwFw9AciSkmidiuIZ52AAxO9RAK_ZMHarOQ' },
    { text: '  oc_token: sha256~1QVUqds6DyJBDhPLuEwYAl3jxQUochJps8Ji2eevq44', secret: 'sha256~1QVUqds6DyJBDhPLuEwYAl3jxQUochJps8Ji2eevq44' },
    { text: 'export OPENSHIFT_TOKEN="sha256~HnHibJ7_4rT7MOveXY3N2d53kT7HwkVOnRBwk48Dqnq"', secret: 'sha256~HnHibJ7_4rT7MOveXY3N2d53kT7HwkVOnRBwk48Dqnq' },
    { text: 'const ocToken = \'sha256~1Pf9AKwGrahYxDqV6dNx2DLMhSMqmsAmJ62-DyF9AN1\';', secret: 'sha256~1Pf9AKwGrahYxDqV6dNx2DLMhSMqmsAmJ62-DyF9AN1' },
    { text: 'oc login --token=sha256~KKpPIa9_ZfxBNd5PqwoccgLcmE5PET_Q8DPtGwwJZol --server=https://api.ocp.acme.io:6443', secret: 'sha256~KKpPIa9_ZfxBNd5PqwoccgLcmE5PET_Q8DPtGwwJZol' },
  ],
  negative: [
    'OPENSHIFT_TOKEN=sha256~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'OPENSHIFT_TOKEN=<your-openshift-user-token>',
    'OPENSHIFT_TOKEN=${OPENSHIFT_TOKEN}',
    'OPENSHIFT_TOKEN=sha256~nj7Zd_yUPa19dB_bq0KExaz7v4AnqHGnOLWgcZYf',
    'OPENSHIFT_TOKEN=sha256~jm3-IDzU_oGG-2wx2GakYT7AS5rqDcYKI-yEX3LrbXVoet',
  ],
};
export default fixtures;
