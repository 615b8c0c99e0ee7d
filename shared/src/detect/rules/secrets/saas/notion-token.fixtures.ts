import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'NOTION_API_KEY=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', secret: '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' },
    { text: '{"notion_api_key": "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"}', secret: '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' },
    { text: 'notion_api_key: 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', secret: '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' },
    { text: 'export NOTION_API_KEY="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"', secret: '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' },
    { text: 'const notionApiKey = \'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\';', secret: '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' },
  ],
  negative: [
    'NOTION_API_KEY=ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NOTION_API_KEY=${NOTION_API_KEY}',
    'NOTION_API_KEY=<your-notion-token>',
  ],
};
export default fixtures;
