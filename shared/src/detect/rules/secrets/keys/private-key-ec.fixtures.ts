import type { RuleFixtures } from '../../../rule';

// Random base64, not a real key.
const BODY = [
  "MHcCAQEEIpnOlnOgw9RDEZpL87YphmX/o57mFZGxNnQeeLZascDpJ9kFAciwx9iX",
  "6g6cnQ6NDDsr2I8RmRsH2vrqyfP2pTTXKEclq/hQr7Ds7k7XuqvmbQDzQaFPzLSH",
  "+",
].join('\n');
const BLOCK = `-----BEGIN EC PRIVATE KEY-----\n${BODY}\n-----END EC PRIVATE KEY-----`;

const fixtures: RuleFixtures = {
  positive: [
    BLOCK,
    { text: `Here is the key from the server:\n\n${BLOCK}\n\nwhy does ssh reject it?`, secret: BLOCK },
    // Truncated paste: no END line.
    { text: `-----BEGIN EC PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}`, secret: `-----BEGIN EC PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}` },
    // Inside a JSON string with escaped newlines.
    { text: `{"key": "-----BEGIN EC PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END EC PRIVATE KEY-----\\n"}`, secret: `-----BEGIN EC PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END EC PRIVATE KEY-----` },
    // YAML block scalar, indented.
    { text: `tls:\n  key: |\n    -----BEGIN EC PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END EC PRIVATE KEY-----\n`, secret: `-----BEGIN EC PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END EC PRIVATE KEY-----` },
  ],
  negative: [
    '-----BEGIN EC PRIVATE KEY-----\n...\n-----END EC PRIVATE KEY-----',
    '-----BEGIN EC PRIVATE KEY-----\nMIIEpAIBAAKCAQEAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END EC PRIVATE KEY-----',
    '-----BEGIN EC PRIVATE KEY-----\n<your key here>\n-----END EC PRIVATE KEY-----',
    'Paste your key between -----BEGIN EC PRIVATE KEY----- and -----END EC PRIVATE KEY----- lines.',
    `-----BEGIN CERTIFICATE-----\n${BODY}\n-----END CERTIFICATE-----`,
    `-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`,
    '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----',
  ],
};
export default fixtures;
