import type { RuleFixtures } from '../../../rule';

// Random base64, not a real key.
const BODY = [
  "MIIBuwIBAAKBgQOHg9d9mLjyzLj1jySzFw7IsFZN5mIjfvdV0wBFNDQFNLA9Qt4M",
  "Glvs0d3bNzEyiEPaFBvexqKF7XYlKarJsOXTXEE56L9gT225h2KXGOqXFX/exBao",
  "XM0bHg2jUufbM1XLLMI5Ze9KqZ++p/+yd5Gi99l/ISMobbINLJVYtjVgl9cXKRqr",
  "NzEVZAu1LbV8olDD1YeubhtS/zh8GgZj8RpEZbpIk2ZuZ6TN5o4Vw6Pnu+PkvQiD",
  "H5i36VHcBXmFFPIo3dFl6NX8kQh6N7C+HsCekXlWLmVZlRTks7m56Ko2bRHvodZs",
  "2vUVouqSisBDa88Ps2FENO9lPcF7X5ZF+kVYpNN/V60gijYKegaP/yvNy37qEt3G",
  "ExNG9/8b10UIm1yuE48msFzQELyxdIgF6Ry/US92hb1ILe+Q8VGVE6dnfrNF5dsH",
  "XaqIPh",
].join('\n');
const BLOCK = `-----BEGIN DSA PRIVATE KEY-----\n${BODY}\n-----END DSA PRIVATE KEY-----`;

const fixtures: RuleFixtures = {
  positive: [
    BLOCK,
    { text: `Here is the key from the server:\n\n${BLOCK}\n\nwhy does ssh reject it?`, secret: BLOCK },
    // Truncated paste: no END line.
    { text: `-----BEGIN DSA PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}`, secret: `-----BEGIN DSA PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}` },
    // Inside a JSON string with escaped newlines.
    { text: `{"key": "-----BEGIN DSA PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END DSA PRIVATE KEY-----\\n"}`, secret: `-----BEGIN DSA PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END DSA PRIVATE KEY-----` },
    // YAML block scalar, indented.
    { text: `tls:\n  key: |\n    -----BEGIN DSA PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END DSA PRIVATE KEY-----\n`, secret: `-----BEGIN DSA PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END DSA PRIVATE KEY-----` },
  ],
  negative: [
    '-----BEGIN DSA PRIVATE KEY-----\n...\n-----END DSA PRIVATE KEY-----',
    '-----BEGIN DSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END DSA PRIVATE KEY-----',
    '-----BEGIN DSA PRIVATE KEY-----\n<your key here>\n-----END DSA PRIVATE KEY-----',
    'Paste your key between -----BEGIN DSA PRIVATE KEY----- and -----END DSA PRIVATE KEY----- lines.',
    `-----BEGIN CERTIFICATE-----\n${BODY}\n-----END CERTIFICATE-----`,
    `-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`,
  ],
};
export default fixtures;
