import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NPM_CONFIG__AUTH=Ynd1dXhqdmE6MUp0dmVkSm1TY3psMnk1TA==', secret: 'Ynd1dXhqdmE6MUp0dmVkSm1TY3psMnk1TA==' },
    { text: '  _auth: OTEycTEybWM6Q3JZeWVYVjFoWW1tdlRpNA==', secret: 'OTEycTEybWM6Q3JZeWVYVjFoWW1tdlRpNA==' },
    { text: '//artifacts.acme.io/api/npm/npm/:_auth=azk4amgwNGQ6Q0hGbnlTTWhoRVI4Q1FNQw==', secret: 'azk4amgwNGQ6Q0hGbnlTTWhoRVI4Q1FNQw==' },
    { text: '_auth = dXU1Z3A2bnU6aE5kY0p4Y1RGSHl2Rnd0bQ==', secret: 'dXU1Z3A2bnU6aE5kY0p4Y1RGSHl2Rnd0bQ==' },
  ],
  negative: [
    'NPM_CONFIG__AUTH=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NPM_CONFIG__AUTH=<your-npmrc-auth>',
    'NPM_CONFIG__AUTH=${NPM_CONFIG__AUTH}',
    'checksum: amF3OHhsd2c6eERqVnlrVkJjYldVMVhybA==',
    'const ref = "dnd2bTB4Zms6elo3TVZDdFVtWWo5SUZybA==";',
    '_auth=bHNZam1rQmZjYWpWN1hYZ2k2QTZpOFVB',
  ],
};
export default fixtures;
