import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CODECOV_TOKEN=0cc1cb78-8628-40ce-84bc-95f982bb08d5', secret: '0cc1cb78-8628-40ce-84bc-95f982bb08d5' },
    { text: '{"codecov_token": "73844409-31b0-4de9-90ce-8750e776f77a", "region": "eu-west-1"}', secret: '73844409-31b0-4de9-90ce-8750e776f77a' },
    { text: '  codecov_token: 35663bf3-1a36-4c0b-b46e-4c4b10f703e6', secret: '35663bf3-1a36-4c0b-b46e-4c4b10f703e6' },
    { text: 'export CODECOV_TOKEN="8b33ed91-8df3-4e38-b37d-4705276e446e"', secret: '8b33ed91-8df3-4e38-b37d-4705276e446e' },
    { text: 'const codecovToken = \'e18d7664-2af1-4590-b1be-635698fa6c26\';', secret: 'e18d7664-2af1-4590-b1be-635698fa6c26' },
  ],
  negative: [
    'CODECOV_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CODECOV_TOKEN=<your-codecov-token>',
    'CODECOV_TOKEN=${CODECOV_TOKEN}',
    'CODECOV_TOKEN=80c5cb0f-0c5b-45ee-bce0-919a773c3',
    'CODECOV_TOKEN=e1b3c939-e82b-4697-a2e4-500c048665effQA',
    'checksum: eae6180a-88cb-44ec-adcd-75657f399fc2',
    'const ref = "dc8c48be-0cb1-4771-8882-34a20743ca46";',
  ],
};
export default fixtures;
