import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CLARIFAI_PAT=ee1ffe09a555f982a87c476395645653', secret: 'ee1ffe09a555f982a87c476395645653' },
    { text: '{"clarifai_pat": "8c8c58cf5b366c5c3569573f38a145e2"}', secret: '8c8c58cf5b366c5c3569573f38a145e2' },
    { text: 'clarifai_pat: 93d1808dc2dc70a6bfd53bb416c56868', secret: '93d1808dc2dc70a6bfd53bb416c56868' },
    { text: 'export CLARIFAI_PAT="f028750d2331e542a641f061a9c4b71e"', secret: 'f028750d2331e542a641f061a9c4b71e' },
    { text: 'const clarifaiPat = \'82b4826b8ab76bcd91a238ab17b0e29b\';', secret: '82b4826b8ab76bcd91a238ab17b0e29b' },
  ],
  negative: [
    'CLARIFAI_PAT=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLARIFAI_PAT=${CLARIFAI_PAT}',
    'CLARIFAI_PAT=<your-clarifai-api-key>',
    '"etag": "e7046a1c301f04e2973baab9d8fc89ed"',
    'CLARIFAI_PAT=e7046a1c301f04e2973baab9d8fc89ed9ed',
    'CLARIFAI_PAT=e7046a1c301f04e2973baab9d8fc8',
    'sha = "e65e8d0a9cd387842fc3e8e838cbddcf"',
  ],
};
export default fixtures;
