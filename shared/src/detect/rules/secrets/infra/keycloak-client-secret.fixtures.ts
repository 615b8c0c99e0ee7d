import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'KEYCLOAK_CLIENT_SECRET=HRlku31CNBuFy3F9XSQK0qzJrohVARKc', secret: 'HRlku31CNBuFy3F9XSQK0qzJrohVARKc' },
    { text: '{"keycloak_client_secret": "6MlJgHXT37xA2QCuO3kxBqsXFXS5Q2Tw", "region": "eu-west-1"}', secret: '6MlJgHXT37xA2QCuO3kxBqsXFXS5Q2Tw' },
    { text: '  keycloak_client_secret: 52uFbb5fX1Dp1ofB5dGS58Abwu5Q434B', secret: '52uFbb5fX1Dp1ofB5dGS58Abwu5Q434B' },
    { text: 'export KEYCLOAK_CLIENT_SECRET="4D9Ipjkbx1ev0jL0HE9X905weVDA3wHP"', secret: '4D9Ipjkbx1ev0jL0HE9X905weVDA3wHP' },
    { text: 'const keycloakClientSecret = \'CJ3eZUO9PmWN5V8XfPWCcQql4iu91efE\';', secret: 'CJ3eZUO9PmWN5V8XfPWCcQql4iu91efE' },
  ],
  negative: [
    'KEYCLOAK_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'KEYCLOAK_CLIENT_SECRET=<your-keycloak-client-secret>',
    'KEYCLOAK_CLIENT_SECRET=${KEYCLOAK_CLIENT_SECRET}',
    'KEYCLOAK_CLIENT_SECRET=029O2IMPTDBuVNvHL9QSfccHpZScP',
    'KEYCLOAK_CLIENT_SECRET=PzOMYKMikfEMYix2oyMbx90DLebMU98CmEd',
    'checksum: pEZs8SBDDXkOSnD7FUzUaufD2itFicJq',
    'const ref = "Kfj32Bq3wrpCR0poODnMgDidFXw018Kh";',
  ],
};
export default fixtures;
