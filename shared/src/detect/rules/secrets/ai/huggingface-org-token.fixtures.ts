import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'HUGGINGFACE_ORG_TOKEN=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', secret: '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' },
    { text: '{"huggingface_org_token": "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"}', secret: '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' },
    { text: 'huggingface_org_token: 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', secret: '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' },
    { text: 'export HUGGINGFACE_ORG_TOKEN="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"', secret: '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' },
    { text: 'const huggingfaceOrgToken = \'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\';', secret: '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' },
  ],
  negative: [
    'HUGGINGFACE_ORG_TOKEN=api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HUGGINGFACE_ORG_TOKEN=${HUGGINGFACE_ORG_TOKEN}',
    'HUGGINGFACE_ORG_TOKEN=<your-huggingface-org-token>',
    'HUGGINGFACE_ORG_TOKEN=api_org_SQTkyaLEAPJHSrvCWXkDDfNuUmKbWmSQthQth',
    'HUGGINGFACE_ORG_TOKEN=api_org_SQTkyaLEAPJHSrvCWXkDDfNuUmKbWmS',
  ],
};
export default fixtures;
