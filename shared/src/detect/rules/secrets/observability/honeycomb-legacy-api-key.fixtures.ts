import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HONEYCOMB_WRITEKEY=kuXO9PEEoyCR7lSva3MeQA', secret: 'kuXO9PEEoyCR7lSva3MeQA' },
    { text: '{"honeycomb_writekey": "Zv7AHue1s9P7xIHol0Yk4V"}', secret: 'Zv7AHue1s9P7xIHol0Yk4V' },
    { text: 'honeycomb_writekey: vGLhHcqFipd5jcbcrxtRlV', secret: 'vGLhHcqFipd5jcbcrxtRlV' },
    { text: 'export HONEYCOMB_WRITEKEY="2oWFuJFD7wFp0xfPTghHIR"', secret: '2oWFuJFD7wFp0xfPTghHIR' },
    { text: 'const honeycombWritekey = \'ko0VkFaPmpNsFABT771xsf\';', secret: 'ko0VkFaPmpNsFABT771xsf' },
  ],
  negative: [
    'HONEYCOMB_WRITEKEY=xxxxxxxxxxxxxxxxxxxxxx',
    'HONEYCOMB_WRITEKEY=${HONEYCOMB_WRITEKEY}',
    'HONEYCOMB_WRITEKEY=<your-honeycomb-legacy-api-key>',
    '"etag": "pdDWSG7l5LqUA2qyN1sAaV"',
    'HONEYCOMB_WRITEKEY=pdDWSG7l5LqUA2qyN1sAaVAaV',
    'HONEYCOMB_WRITEKEY=pdDWSG7l5LqUA2qyN1s',
    'key: hG5J2QcSb9rKbRrZxjBHTO',
  ],
};
export default fixtures;
