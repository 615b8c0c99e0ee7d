import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'HUGGINGFACE_ORG_TOKEN=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', secret: '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' },
    { text: '{"huggingface_org_token": "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"}', secret: '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' },
    { text: 'huggingface_org_token: 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', secret: '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' },
    { text: 'export HUGGINGFACE_ORG_TOKEN="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"', secret: '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' },
    { text: 'const huggingfaceOrgToken = \'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\';', secret: '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' },
    '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',
    { text: 'HUGGINGFACE_ORG_TOKEN=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', secret: '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' },
  ],
  negative: [
    'HUGGINGFACE_ORG_TOKEN=api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HUGGINGFACE_ORG_TOKEN=${HUGGINGFACE_ORG_TOKEN}',
    'HUGGINGFACE_ORG_TOKEN=<your-huggingface-org-token>',
    'HUGGINGFACE_ORG_TOKEN=api_org_jNoDoRKpPAysiogSnijAucnTpiLCIOaVaiVai',
    'HUGGINGFACE_ORG_TOKEN=api_org_jNoDoRKpPAysiogSnijAucnTpiLCIOa',
  ],
};
export default fixtures;
