import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SNYK_TOKEN=bcce8bbd-8a78-461e-bc51-a54cc23a9fe6', secret: 'bcce8bbd-8a78-461e-bc51-a54cc23a9fe6' },
    { text: '{"snyk_token": "282c53da-e4ce-4818-8557-d0d8142ee949", "region": "eu-west-1"}', secret: '282c53da-e4ce-4818-8557-d0d8142ee949' },
    { text: '  snyk_token: 003b62f3-70cd-4882-b95d-538264048ace', secret: '003b62f3-70cd-4882-b95d-538264048ace' },
    { text: 'export SNYK_TOKEN="55d85ed9-34a7-4a3a-a77c-e33e481da97e"', secret: '55d85ed9-34a7-4a3a-a77c-e33e481da97e' },
    { text: 'const snykToken = \'4e477e9f-cb68-433a-98e8-9accf7062c10\';', secret: '4e477e9f-cb68-433a-98e8-9accf7062c10' },
    { text: 'snyk auth b16999db-7b78-4a52-a7fe-69ae172a9040', secret: 'b16999db-7b78-4a52-a7fe-69ae172a9040' },
  ],
  negative: [
    'SNYK_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SNYK_TOKEN=<your-snyk-api-token>',
    'SNYK_TOKEN=${SNYK_TOKEN}',
    'SNYK_TOKEN=98759a9e-69ff-49c7-8778-ae11b65c5',
    'SNYK_TOKEN=c9603a64-761f-4d5b-9c39-84903be79e3cTB0',
    'checksum: fdcecd19-9c13-4384-b0bb-4f5c5377664b',
    'const ref = "84ecf934-529f-439a-8644-7600dd8b71ea";',
  ],
};
export default fixtures;
