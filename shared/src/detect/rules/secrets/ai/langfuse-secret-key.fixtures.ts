import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-lf-b42141f9-9957-4477-8d0b-a220774122ae',
    { text: 'LANGFUSE_SECRET_KEY=sk-lf-ec75c19e-b034-40f9-9f69-21d70c8b7580', secret: 'sk-lf-ec75c19e-b034-40f9-9f69-21d70c8b7580' },
    { text: '{"langfuse_secret_key": "sk-lf-ca6e9073-5abe-45bd-a725-83041e9b8839"}', secret: 'sk-lf-ca6e9073-5abe-45bd-a725-83041e9b8839' },
    { text: 'langfuse_secret_key: sk-lf-a0794449-da41-4f81-80d6-1d2b4593c412', secret: 'sk-lf-a0794449-da41-4f81-80d6-1d2b4593c412' },
    { text: 'export LANGFUSE_SECRET_KEY="sk-lf-a6965c2f-1df8-453d-83dd-469edd80c59d"', secret: 'sk-lf-a6965c2f-1df8-453d-83dd-469edd80c59d' },
    { text: 'const langfuseSecretKey = \'sk-lf-9df38f86-a746-41df-bfc8-55f61da0bce8\';', secret: 'sk-lf-9df38f86-a746-41df-bfc8-55f61da0bce8' },
  ],
  negative: [
    'LANGFUSE_SECRET_KEY=sk-lf-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'LANGFUSE_SECRET_KEY=${LANGFUSE_SECRET_KEY}',
    'LANGFUSE_SECRET_KEY=<your-langfuse-secret-key>',
    'LANGFUSE_SECRET_KEY=sk-lf-2adbc395-a7fd-4ab6-a172-8c0d22ea199a99a',
    'LANGFUSE_SECRET_KEY=sk-lf-2adbc395-a7fd-4ab6-a172-8c0d22ea1',
  ],
};
export default fixtures;
