import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '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',
    { text: 'FT_CLIENT_SECRET=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', secret: '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' },
    { text: '{"client_secret": "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", "uid": "u-s4t2ud-0"}', secret: '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' },
    { text: '  secret: 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', secret: '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' },
    { text: 'clientSecret := "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"', secret: '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' },
    { text: 'export INTRA_SECRET="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"', secret: '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' },
    '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',
    { text: 'FT_SECRET=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', secret: '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' },
  ],
  negative: [
    'FT_CLIENT_SECRET=s-s4t2ud-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'FT_CLIENT_SECRET=${FT_CLIENT_SECRET}',
    'FT_CLIENT_SECRET=<your-42-client-secret>',
    'FT_CLIENT_SECRET=s-s4t2ud-d40cca85f0f54f30445a3577e18a0a5abcca95bf8e2f8559f823cdef7f73',
    'FT_CLIENT_SECRET=s-s4t2ud-d40cca85f0f54f30445a3577e18a0a5abcca95bf8e2f8559f823cdef7f73edd7a1b2',
  ],
};
export default fixtures;
