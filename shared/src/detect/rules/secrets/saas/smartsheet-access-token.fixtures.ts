import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SMARTSHEET_ACCESS_TOKEN=Y1mlPVXVH1d3u0GQZYYWbpisxUvTZDiF6pTOO', secret: 'Y1mlPVXVH1d3u0GQZYYWbpisxUvTZDiF6pTOO' },
    { text: '{"smartsheet_access_token": "xF6TOHMBU9s3NV58eXDe3nsPGryMKxJdp6uln"}', secret: 'xF6TOHMBU9s3NV58eXDe3nsPGryMKxJdp6uln' },
    { text: 'smartsheet_access_token: gwU56jNjZER2APeFpkZRtvopKGE0oNOS9d9hF', secret: 'gwU56jNjZER2APeFpkZRtvopKGE0oNOS9d9hF' },
    { text: 'export SMARTSHEET_ACCESS_TOKEN="EBVgp3KvvcaGyQDpLTlis0Cv8DStvC8Gh2ai4"', secret: 'EBVgp3KvvcaGyQDpLTlis0Cv8DStvC8Gh2ai4' },
    { text: 'const smartsheetAccessToken = \'45QgTA2vzKxXtzqZvcE96B2L2QSZmydxyI6PK\';', secret: '45QgTA2vzKxXtzqZvcE96B2L2QSZmydxyI6PK' },
  ],
  negative: [
    'SMARTSHEET_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SMARTSHEET_ACCESS_TOKEN=${SMARTSHEET_ACCESS_TOKEN}',
    'SMARTSHEET_ACCESS_TOKEN=<your-smartsheet-access-token>',
    '"etag": "L1uAaPSSQks36ByfOTMHPTY4ra0rmHBsAf1kw"',
    'SMARTSHEET_ACCESS_TOKEN=L1uAaPSSQks36ByfOTMHPTY4ra0rmHBsAf1kw1kw',
    'SMARTSHEET_ACCESS_TOKEN=L1uAaPSSQks36ByfOTMHPTY4ra0rmHBsAf',
    'token=VXkbDTscfJ41hzzGK04RsHqGa3NLpwPq3lxJa',
  ],
};
export default fixtures;
