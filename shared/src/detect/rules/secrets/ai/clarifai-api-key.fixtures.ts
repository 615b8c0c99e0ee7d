import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CLARIFAI_PAT=4e0ddec1b5a22c354b1a679fed1961a2', secret: '4e0ddec1b5a22c354b1a679fed1961a2' },
    { text: '{"clarifai_pat": "66c2836c497fa5ed763f0ea5be56a02a"}', secret: '66c2836c497fa5ed763f0ea5be56a02a' },
    { text: 'clarifai_pat: 03b5702fcb44f22c09ec237d968a936e', secret: '03b5702fcb44f22c09ec237d968a936e' },
    { text: 'export CLARIFAI_PAT="c6a7c3725150e052e297c7f731de98a9"', secret: 'c6a7c3725150e052e297c7f731de98a9' },
    { text: 'const clarifaiPat = \'fb491050afb795b788cf6fb0e7728743\';', secret: 'fb491050afb795b788cf6fb0e7728743' },
  ],
  negative: [
    'CLARIFAI_PAT=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLARIFAI_PAT=${CLARIFAI_PAT}',
    'CLARIFAI_PAT=<your-clarifai-api-key>',
    '"etag": "3a7d5f0f0818322302aba01b6ec3a1c3"',
    'CLARIFAI_PAT=3a7d5f0f0818322302aba01b6ec3a1c31c3',
    'CLARIFAI_PAT=3a7d5f0f0818322302aba01b6ec3a',
    'sha = "ec2969d10b58e058cd85997c68278059"',
  ],
};
export default fixtures;
