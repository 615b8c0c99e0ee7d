import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'LTAI6mZbwTMUydAZ6npCpsq2',
    { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI9cDvxo2usjHNI0mmZxQy', secret: 'LTAI9cDvxo2usjHNI0mmZxQy' },
    { text: '{"access_key_id": "LTAI8QHir75E4rNr7Szx9q53", "region": "eu-west-1"}', secret: 'LTAI8QHir75E4rNr7Szx9q53' },
    { text: '  access_key_id: LTAI6oslKS99qswh1p7qidIY', secret: 'LTAI6oslKS99qswh1p7qidIY' },
    { text: 'export ALIBABA_CLOUD_ACCESS_KEY_ID="LTAID6faqzJl7uV23wziqgG1"', secret: 'LTAID6faqzJl7uV23wziqgG1' },
    { text: 'const accessKeyId = \'LTAI3XoFcrchLN1GEnLfuMUf\';', secret: 'LTAI3XoFcrchLN1GEnLfuMUf' },
    'LTAIe3zmul2q6jzpb3wgq8vp',
    { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID="LTAIML5PHQ9UMTFC55IPD4PO"', secret: 'LTAIML5PHQ9UMTFC55IPD4PO' },
  ],
  negative: [
    'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx',
    'ALIBABA_CLOUD_ACCESS_KEY_ID=<your-alibaba-access-key-id>',
    'ALIBABA_CLOUD_ACCESS_KEY_ID=${ALIBABA_CLOUD_ACCESS_KEY_ID}',
    'LTAI5tShort',
    'LTAIQI4gteOQNcuOGn8SF0RzwJMW',
    'LTAIq3s5lx1pssc6u8a2',
  ],
};
export default fixtures;
