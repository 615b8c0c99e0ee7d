import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xaat-9b5d141d-ee5a-43dd-a5a6-ef1286a18a2f',
    { text: 'AXIOM_TOKEN=xaat-05e33b08-c25d-4f8d-b06e-61d5888d1e0f', secret: 'xaat-05e33b08-c25d-4f8d-b06e-61d5888d1e0f' },
    { text: '{"axiom_token": "xaat-0f8046fc-65dc-4f58-a2af-4f01da80fa7c"}', secret: 'xaat-0f8046fc-65dc-4f58-a2af-4f01da80fa7c' },
    { text: 'axiom_token: xaat-b6495098-a098-4b32-8827-c3f824900a00', secret: 'xaat-b6495098-a098-4b32-8827-c3f824900a00' },
    { text: 'export AXIOM_TOKEN="xaat-6343c9df-a2c5-49f4-a375-71182928f228"', secret: 'xaat-6343c9df-a2c5-49f4-a375-71182928f228' },
    { text: 'const axiomToken = \'xaat-19b75873-a046-4de1-9d92-565e39d9f764\';', secret: 'xaat-19b75873-a046-4de1-9d92-565e39d9f764' },
  ],
  negative: [
    'AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'AXIOM_TOKEN=${AXIOM_TOKEN}',
    'AXIOM_TOKEN=<your-axiom-token>',
    'AXIOM_TOKEN=xaat-673d22ea-af4c-4428-856a-0ff55f82394f94f',
    'AXIOM_TOKEN=xaat-673d22ea-af4c-4428-856a-0ff55f823',
  ],
};
export default fixtures;
