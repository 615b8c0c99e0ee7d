import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-lf-4f6dc0de-08f4-454a-9be0-753394a0b698',
    { text: 'LANGFUSE_SECRET_KEY=sk-lf-d10c753e-e0df-47e7-839b-5efb9aa00d9e', secret: 'sk-lf-d10c753e-e0df-47e7-839b-5efb9aa00d9e' },
    { text: '{"langfuse_secret_key": "sk-lf-0b0ce977-fa49-4241-9568-42b1aaa9c35a"}', secret: 'sk-lf-0b0ce977-fa49-4241-9568-42b1aaa9c35a' },
    { text: 'langfuse_secret_key: sk-lf-76c60217-10d6-4392-b6b8-8d57ebabbbb1', secret: 'sk-lf-76c60217-10d6-4392-b6b8-8d57ebabbbb1' },
    { text: 'export LANGFUSE_SECRET_KEY="sk-lf-9e8a36f1-6631-41cc-8554-31eeebe73474"', secret: 'sk-lf-9e8a36f1-6631-41cc-8554-31eeebe73474' },
    { text: 'const langfuseSecretKey = \'sk-lf-ebc833d0-8a8e-42b2-95d3-296970b73865\';', secret: 'sk-lf-ebc833d0-8a8e-42b2-95d3-296970b73865' },
  ],
  negative: [
    'LANGFUSE_SECRET_KEY=sk-lf-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'LANGFUSE_SECRET_KEY=${LANGFUSE_SECRET_KEY}',
    'LANGFUSE_SECRET_KEY=<your-langfuse-secret-key>',
    'LANGFUSE_SECRET_KEY=sk-lf-062ff74a-a763-40ad-838f-9daf05b68aa3aa3',
    'LANGFUSE_SECRET_KEY=sk-lf-062ff74a-a763-40ad-838f-9daf05b68',
  ],
};
export default fixtures;
