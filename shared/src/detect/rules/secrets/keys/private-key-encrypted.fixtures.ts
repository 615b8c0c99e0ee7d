import type { RuleFixtures } from '../../../rule';

// Random base64, not a real key.
const BODY = [
  "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq90qfWehpdh+WXdV0npYvWny3V/A+Zu6v",
  "Dy+50CtPylsSHxw2iTwCyhLJn+tQdCsYVUosMRw+1/5uMhapEcWSua1G4LPTaGWI",
  "dKz7TFqJ4fzrZQaWAZ7inr7MB13KS2h9yaj89yeUGou3ZWXq5uDp0XnFOU1X2Uxo",
  "hooaDRe6vj2Bpv3se65mllRD+4e5eyiBmVKN0gxcvEuNbf4Fa+BZnJRN2ZaiuNTN",
  "iEcqgZ3kOljHDunCVR1fawBHR+VmxBSEfeKy2irB1/zE1uXKjLtvFgnpQcZvLqf+",
  "AIPcYbAYqgieIcWNdJEhFYk29MDXz3c/w53H5C9MzYLKFGfv2EmnMmQ8ATGB2/Fm",
  "gReBZHj97OqogYPLew3LDxZkV248FnkNwd8aDcZveZqfsWJKi1a61rV1L3Zjnt4v",
  "daT+eKaQs3WmpR6H8GOTj9OOBR59FEhHrQUhWDzeWBv8oMksdLkBb2D3hP5dhlWO",
  "QLXIxA/TPXS/pIbqEWXSkMsYJTlc82xeTMLR2jBtU1yKVX7gmqsTOR47SjBdjXR/",
  "4dxrBxo+v5g6+G8eZd0w64zpA9gWemR137s2X7BdEKonAbv1jPNJUv3uq8G0SQhc",
  "BRJNf6Zaw+SVW1V2jGOsntCgQMeKUgldlmlZfPAU1lBj1DHv45OTQOQKfPEof4se",
  "X/QLTovk+Ss+SjFQlMxRta1EKy63bAIjHVGxDJ7Z5uxVnJ52GgKu24whC/g8H8sZ",
  "/wN7PU8CKxA/F/v6p/QH9QkSYCvc5TfDvUCY1TzLboryIVSTpeVWEo0qIZ7QuNcX",
  "WCxMhMC2PWLlis4kREW9gth9gldGAJzAxY4oP5mO9YWvXqsSorPfjMP8LwoP34rn",
  "70HR8nwYDDlyLkrE/buaJrnKXvwFr/wXwLede6mSo5yKI2QyQA/8MaPBxxkSLqTl",
  "MKiVFw==",
].join('\n');
const BLOCK = `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${BODY}\n-----END ENCRYPTED PRIVATE KEY-----`;

const fixtures: RuleFixtures = {
  positive: [
    BLOCK,
    { text: `Here is the key from the server:\n\n${BLOCK}\n\nwhy does ssh reject it?`, secret: BLOCK },
    // Truncated paste: no END line.
    { text: `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}`, secret: `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}` },
    // Inside a JSON string with escaped newlines.
    { text: `{"key": "-----BEGIN ENCRYPTED PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END ENCRYPTED PRIVATE KEY-----\\n"}`, secret: `-----BEGIN ENCRYPTED PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END ENCRYPTED PRIVATE KEY-----` },
    // YAML block scalar, indented.
    { text: `tls:\n  key: |\n    -----BEGIN ENCRYPTED PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END ENCRYPTED PRIVATE KEY-----\n`, secret: `-----BEGIN ENCRYPTED PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END ENCRYPTED PRIVATE KEY-----` },
  ],
  negative: [
    '-----BEGIN ENCRYPTED PRIVATE KEY-----\n...\n-----END ENCRYPTED PRIVATE KEY-----',
    '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIEpAIBAAKCAQEAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END ENCRYPTED PRIVATE KEY-----',
    '-----BEGIN ENCRYPTED PRIVATE KEY-----\n<your key here>\n-----END ENCRYPTED PRIVATE KEY-----',
    'Paste your key between -----BEGIN ENCRYPTED PRIVATE KEY----- and -----END ENCRYPTED PRIVATE KEY----- lines.',
    `-----BEGIN CERTIFICATE-----\n${BODY}\n-----END CERTIFICATE-----`,
    `-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`,
  ],
};
export default fixtures;
