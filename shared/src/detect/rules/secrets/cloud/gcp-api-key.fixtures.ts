import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'AIzaomVlObvhPZqAuEJNyrad9k7U0zHXAUCS-NN',
    { text: 'GOOGLE_API_KEY=AIzayQ4ruzCH0MVl_vBsTRUk-v3X3_psC-P-tqs', secret: 'AIzayQ4ruzCH0MVl_vBsTRUk-v3X3_psC-P-tqs' },
    { text: '{"firebase_api_key": "AIzasYQFsKlAvtpk5Qn9t9KfvqDVD2kXaLOGcq2", "region": "eu-west-1"}', secret: 'AIzasYQFsKlAvtpk5Qn9t9KfvqDVD2kXaLOGcq2' },
    { text: '  firebase_api_key: AIzadYOrXDxMvDIvnauneZnHG2tfVmuQC4WNud3', secret: 'AIzadYOrXDxMvDIvnauneZnHG2tfVmuQC4WNud3' },
    { text: 'export GOOGLE_API_KEY="AIza7QO6jyQqwAEo9n0-fD3hhM5VSSloLoiOfZS"', secret: 'AIza7QO6jyQqwAEo9n0-fD3hhM5VSSloLoiOfZS' },
    { text: 'const firebaseApiKey = \'AIzaNhCsM12sQdh6pbBbu7bBgYCUwHcc2goEUi9\';', secret: 'AIzaNhCsM12sQdh6pbBbu7bBgYCUwHcc2goEUi9' },
  ],
  negative: [
    'GOOGLE_API_KEY=AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    // A test key of Firebase's Android SDK, published in its source.
    'const firebaseConfig = { apiKey: "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs", projectId: "demo" };',
    'GOOGLE_API_KEY=<your-gcp-api-key>',
    'GOOGLE_API_KEY=${GOOGLE_API_KEY}',
    'GOOGLE_API_KEY=AIzaUeMhyuxLvlY0m17TattITEBaP5YYAWDb',
    'GOOGLE_API_KEY=AIzaoBx5-r2AWrCJtH5PCgfBVBYtZHGcdHbYTrrcam',
    'AIzaSy is how the key starts',
  ],
};
export default fixtures;
