import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'FIGMA_TOKEN=263386-cd5065ba-49d9-4193-b1bc-9ec9390b5313', secret: '263386-cd5065ba-49d9-4193-b1bc-9ec9390b5313' },
    { text: '{"figma_token": "372625-652261bc-4d02-48ce-839e-c8e401180ac1"}', secret: '372625-652261bc-4d02-48ce-839e-c8e401180ac1' },
    { text: 'figma_token: 257493-389deeb8-8108-4dd3-a7cb-7cfabf611d96', secret: '257493-389deeb8-8108-4dd3-a7cb-7cfabf611d96' },
    { text: 'export FIGMA_TOKEN="328156-9f6007f5-ddff-4207-8faa-abc81f2d2f7f"', secret: '328156-9f6007f5-ddff-4207-8faa-abc81f2d2f7f' },
    { text: 'const figmaToken = \'652421-fa119b4a-0ca2-40fc-a8c3-2655ffe1e56a\';', secret: '652421-fa119b4a-0ca2-40fc-a8c3-2655ffe1e56a' },
  ],
  negative: [
    'FIGMA_TOKEN=xxxxxx-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    'FIGMA_TOKEN=${FIGMA_TOKEN}',
    'FIGMA_TOKEN=<your-figma-legacy-pat>',
    '"etag": "994660-155fe88c-575a-4590-a3f5-e78a65530cef"',
    'FIGMA_TOKEN=994660-155fe88c-575a-4590-a3f5-e78a65530cefcef',
    'FIGMA_TOKEN=994660-155fe88c-575a-4590-a3f5-e78a65530',
    'id: 414996-65365cb5-ea2e-4095-b8c8-77e2f9ac88dd',
  ],
};
export default fixtures;
