import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DOCUSIGN_SECRET_KEY=a7975d34-ec97-4d0e-9885-8a7b5184363f', secret: 'a7975d34-ec97-4d0e-9885-8a7b5184363f' },
    { text: '{"docusign_secret_key": "8aa03a85-b66f-4b4e-8f3e-b2a4962571f3"}', secret: '8aa03a85-b66f-4b4e-8f3e-b2a4962571f3' },
    { text: 'docusign_secret_key: f60cdbe3-a998-4f7d-841e-cf65a0a3b4de', secret: 'f60cdbe3-a998-4f7d-841e-cf65a0a3b4de' },
    { text: 'export DOCUSIGN_SECRET_KEY="ecfd1b14-2a4a-461e-a4a3-5474036b4251"', secret: 'ecfd1b14-2a4a-461e-a4a3-5474036b4251' },
    { text: 'const docusignSecretKey = \'1fbe016e-d053-4877-94cc-71ec80eb4bd4\';', secret: '1fbe016e-d053-4877-94cc-71ec80eb4bd4' },
  ],
  negative: [
    'DOCUSIGN_SECRET_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'DOCUSIGN_SECRET_KEY=${DOCUSIGN_SECRET_KEY}',
    'DOCUSIGN_SECRET_KEY=<your-docusign-secret-key>',
    '"etag": "0f13d4da-7a22-4d7e-8c4d-79c8f2be316a"',
    'DOCUSIGN_SECRET_KEY=0f13d4da-7a22-4d7e-8c4d-79c8f2be316a16a',
    'DOCUSIGN_SECRET_KEY=0f13d4da-7a22-4d7e-8c4d-79c8f2be3',
    'request_id: c908dd85-c1e7-46f4-8816-b0525dc9195c',
  ],
};
export default fixtures;
