import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CURP: GAPR850314MDFRRS04', secret: 'GAPR850314MDFRRS04' },
    { text: 'mi curp es lofj920611hjclrn08, gracias', secret: 'lofj920611hjclrn08' },
    { text: '{"curp": "ROMA010203HNLDRNA8", "rfc": null}', secret: 'ROMA010203HNLDRNA8' },
  ],
  negative: [
    // The check digit fails.
    'CURP: GAPR850314MDFRRS03',
    // No state ZZ; a 13th month; a vowel where a consonant goes.
    'GAPR850314MZZRRS04 GAPR851314MDFRRS04 GAPR850314MDFARS04',
    // Mixed case, and part of a longer word.
    'GaPR850314MDFRRS04 XGAPR850314MDFRRS04',
  ],
};
export default fixtures;
