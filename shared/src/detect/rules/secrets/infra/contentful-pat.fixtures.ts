import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'CFPAT-I0J9qaopb3rmH7uq809bh_15-TGs6bFjuOzNCV7YYR8',
    { text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-mtjYMIlgj7XEOiDTOz3AOT0qs4dNuC0xYFcjiuhrV5A', secret: 'CFPAT-mtjYMIlgj7XEOiDTOz3AOT0qs4dNuC0xYFcjiuhrV5A' },
    { text: '{"contentful_management_token": "CFPAT-E-zPZnEJguCWgRAXI2kJ-8iQrh7NNhZ6IQPUasGh2Ki", "region": "eu-west-1"}', secret: 'CFPAT-E-zPZnEJguCWgRAXI2kJ-8iQrh7NNhZ6IQPUasGh2Ki' },
    { text: '  contentful_management_token: CFPAT-bmvCsb5c6vPh4XvzDh8xSYF6fvc9dujt0fuXDl_tQe2', secret: 'CFPAT-bmvCsb5c6vPh4XvzDh8xSYF6fvc9dujt0fuXDl_tQe2' },
    { text: 'export CONTENTFUL_MANAGEMENT_TOKEN="CFPAT-UozTdAMMcBGDUQQed5gn_pgbOEmG-IKVpM31wA3Z96A"', secret: 'CFPAT-UozTdAMMcBGDUQQed5gn_pgbOEmG-IKVpM31wA3Z96A' },
    { text: 'const contentfulManagementToken = \'CFPAT-1fV04YExaL5R6RYdSJahfk6BIRWGMq7J_ZrSV07okTW\';', secret: 'CFPAT-1fV04YExaL5R6RYdSJahfk6BIRWGMq7J_ZrSV07okTW' },
  ],
  negative: [
    'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CONTENTFUL_MANAGEMENT_TOKEN=<your-contentful-pat>',
    'CONTENTFUL_MANAGEMENT_TOKEN=${CONTENTFUL_MANAGEMENT_TOKEN}',
    'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-WtCD4aFwaHjd55rXNqRoTnkayMmr6l5LpLqv7JmE',
    'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-VlnbHftsa_JoYANpTnmLcU74TuilGRRis_T3kvjBZo-g7A',
  ],
};
export default fixtures;
