import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AMPLITUDE_SECRET_KEY=099349e376ef79a8542ddbef30014677', secret: '099349e376ef79a8542ddbef30014677' },
    { text: '{"amplitude_secret_key": "1fa9d3230c347a193ac56ac148a6542d"}', secret: '1fa9d3230c347a193ac56ac148a6542d' },
    { text: 'amplitude_secret_key: a1df242523cee84b38a830eafb5435e3', secret: 'a1df242523cee84b38a830eafb5435e3' },
    { text: 'export AMPLITUDE_SECRET_KEY="d750c4a3c36dbbbab4d370654e4c361a"', secret: 'd750c4a3c36dbbbab4d370654e4c361a' },
    { text: 'const amplitudeSecretKey = \'7a1d82c871df3e0638dcafbe03974a54\';', secret: '7a1d82c871df3e0638dcafbe03974a54' },
  ],
  negative: [
    'AMPLITUDE_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AMPLITUDE_SECRET_KEY=${AMPLITUDE_SECRET_KEY}',
    'AMPLITUDE_SECRET_KEY=<your-amplitude-api-key>',
    '"etag": "666d1d052a9e9c47800709eb4f3f5d13"',
    'AMPLITUDE_SECRET_KEY=666d1d052a9e9c47800709eb4f3f5d13d13',
    'AMPLITUDE_SECRET_KEY=666d1d052a9e9c47800709eb4f3f5',
    'sha = "c7623f647a3529c9bb502d9fc2e5fdda"',
  ],
};
export default fixtures;
