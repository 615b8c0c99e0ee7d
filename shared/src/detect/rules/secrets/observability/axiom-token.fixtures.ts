import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xaat-00af07d6-105f-425e-b05b-c0df24c69978',
    { text: 'AXIOM_TOKEN=xaat-128a3209-9f70-4db9-99b7-bae2f507bf89', secret: 'xaat-128a3209-9f70-4db9-99b7-bae2f507bf89' },
    { text: '{"axiom_token": "xaat-3b2eb31f-7850-48d8-b641-b689b58d96a5"}', secret: 'xaat-3b2eb31f-7850-48d8-b641-b689b58d96a5' },
    { text: 'axiom_token: xaat-f4502a06-2de9-42ed-866b-bea62e51ccf5', secret: 'xaat-f4502a06-2de9-42ed-866b-bea62e51ccf5' },
    { text: 'export AXIOM_TOKEN="xaat-f2b1c421-7763-48ef-abda-2b755e81ffaa"', secret: 'xaat-f2b1c421-7763-48ef-abda-2b755e81ffaa' },
    { text: 'const axiomToken = \'xaat-c7035223-dc77-4ead-80cb-82fea2f7b84f\';', secret: 'xaat-c7035223-dc77-4ead-80cb-82fea2f7b84f' },
  ],
  negative: [
    'AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'AXIOM_TOKEN=${AXIOM_TOKEN}',
    'AXIOM_TOKEN=<your-axiom-token>',
    'AXIOM_TOKEN=xaat-d7bce6c1-d0c4-46d3-b600-5b96afb673af3af',
    'AXIOM_TOKEN=xaat-d7bce6c1-d0c4-46d3-b600-5b96afb67',
  ],
};
export default fixtures;
