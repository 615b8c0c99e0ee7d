import type { RuleFixtures } from '../../../rule';

// Random base64, not a real key.
const BODY = [
  "MIIEowIBAAKCAQEA333R1RQYZKacR1aivMA+RJntYVYxrhkW36XqC9stn8vbPQIs",
  "V9GQ29uLgg4ILu/B6+eTqRYccKmCMKCAdfRjgkk5hmQasOuNQI5WSU2wThMqxfQY",
  "6OajTnsYab9yEeFvzcY8CGf/V/a3S7DCeD3vU6FWnKagSPq7LOOj09RsClGM1OBR",
  "MBXibZwCY4y1kV4qLv1qAELoYkJTp1JtnH8D0kig9LigrjycnFFq34yL0jIwHeX7",
  "PetfEn304NIjxKkdDahGPz8QvrjBekP1428qUgLP+Ms2/NurwSX2Cc1NvOmdCB98",
  "csbu7JKp15BRCBNdMsznHdqrhsx7+1xH+H+kiw3P4OwjQuGN3U190XlOgNc0r2ae",
  "U3hDgmoNufMjggp5Tee0wkr7L3izumt4R3XSQ9SHgkBTtyaDZ37Km89m46gND5b7",
  "OZQzRUGlOu27yYdqYSzKvoNwANdaJqZzwPMqwrnUsvWKv1UkP47TNjlHdiO+oDrf",
  "WWCpO2xf5/A+GhJJIrBcLDS3xj2csD1vpXIMueXIrIiJQnW9IIqeRS4kn+LHDOBK",
  "y6msHuvZM/V+FuLj2YGna/l4ivoAcG0/5jxznB8r3XetRDDukOPMPHda3zbJH7kN",
  "n1B+uX7zNUv+2R2Qwa67LUU1RVXox5Kpj6UQ5b2j4pQacIXNmJSrQL5FhlWHtapl",
  "kXjXUvn5xli3PNgezgrxwmKiBeuDal/FhOnHRgkS1ZmXsdnvtdif9OlltzvMhkKH",
  "OXozjJvrlO1dfFs0klpUwh/JXsuntWxZ6727D/mAw4zohDVC",
].join('\n');
const BLOCK = `-----BEGIN RSA PRIVATE KEY-----\n${BODY}\n-----END RSA PRIVATE KEY-----`;

const fixtures: RuleFixtures = {
  positive: [
    BLOCK,
    { text: `Here is the key from the server:\n\n${BLOCK}\n\nwhy does ssh reject it?`, secret: BLOCK },
    // Truncated paste: no END line.
    { text: `-----BEGIN RSA PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}`, secret: `-----BEGIN RSA PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}` },
    // Inside a JSON string with escaped newlines.
    { text: `{"key": "-----BEGIN RSA PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END RSA PRIVATE KEY-----\\n"}`, secret: `-----BEGIN RSA PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END RSA PRIVATE KEY-----` },
    // YAML block scalar, indented.
    { text: `tls:\n  key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END RSA PRIVATE KEY-----\n`, secret: `-----BEGIN RSA PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END RSA PRIVATE KEY-----` },
    // Encrypted, with blanks at the end of its lines and Windows line ends.
    {
      text: `-----BEGIN RSA PRIVATE KEY----- \r\nProc-Type: 4,ENCRYPTED  \r\nDEK-Info: AES-128-CBC,3F1A9C0B7D2E4F6A8B9C0D1E2F3A4B5C\r\n\r\n${BODY.split('\n').join('\r\n')}\r\n-----END RSA PRIVATE KEY-----\r\n`,
      secret: `-----BEGIN RSA PRIVATE KEY----- \r\nProc-Type: 4,ENCRYPTED  \r\nDEK-Info: AES-128-CBC,3F1A9C0B7D2E4F6A8B9C0D1E2F3A4B5C\r\n\r\n${BODY.split('\n').join('\r\n')}\r\n-----END RSA PRIVATE KEY-----`,
    },
    // Traditional encrypted PEM with RFC 1421 headers.
    {
      text: `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F1A9C0B7D2E4F6A8B9C0D1E2F3A4B5C\n\n${BODY}\n-----END RSA PRIVATE KEY-----`,
      secret: `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F1A9C0B7D2E4F6A8B9C0D1E2F3A4B5C\n\n${BODY}\n-----END RSA PRIVATE KEY-----`,
    },
    // In source code, each line its own string literal: Java with `\n` escapes and `+`, PHP's `.`, C's adjacent
    // literals, an array of lines.
    (() => {
      const lines = ['-----BEGIN RSA PRIVATE KEY-----', ...BODY.split('\n'), '-----END RSA PRIVATE KEY-----'];
      const java = lines.map((line) => `"${line}\\n"`).join(' +\n        ');
      return { text: `String pem = ${java};`, secret: java.slice(1, -3) };
    })(),
    (() => {
      const lines = ['-----BEGIN RSA PRIVATE KEY-----', 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,3F1A9C0B7D2E4F6A8B9C0D1E2F3A4B5C', '', ...BODY.split('\n'), '-----END RSA PRIVATE KEY-----'];
      const joined = lines.map((line) => `"${line}"`).join(' +\n  ');
      return { text: `var pem = ${joined};`, secret: joined.slice(1, -1) };
    })(),
    (() => {
      const php = BLOCK.split('\n').map((line) => `'${line}'`).join(" .\n    ");
      return { text: `$key = ${php};`, secret: php.slice(1, -1) };
    })(),
    (() => {
      const c = BLOCK.split('\n').map((line) => `"${line}\\n"`).join('\n  ');
      return { text: `static const char *key =\n  ${c};`, secret: c.slice(1, -3) };
    })(),
    (() => {
      const array = BLOCK.split('\n').map((line) => `"${line}"`).join(',\n  ');
      return { text: `KEY_LINES = [\n  ${array},\n]`, secret: array.slice(1, -1) };
    })(),
    // Encrypted, collapsed onto one line.
    {
      text: `KEY='-----BEGIN RSA PRIVATE KEY----- Proc-Type: 4,ENCRYPTED DEK-Info: AES-128-CBC,3F1A9C0B7D2E4F6A8B9C0D1E2F3A4B5C ${BODY.split('\n').join(' ')} -----END RSA PRIVATE KEY-----'`,
      secret: `-----BEGIN RSA PRIVATE KEY----- Proc-Type: 4,ENCRYPTED DEK-Info: AES-128-CBC,3F1A9C0B7D2E4F6A8B9C0D1E2F3A4B5C ${BODY.split('\n').join(' ')} -----END RSA PRIVATE KEY-----`,
    },
    // Collapsed onto one line in an env file.
    { text: `SSH_KEY="-----BEGIN RSA PRIVATE KEY----- ${BODY.split('\n').join(' ')} -----END RSA PRIVATE KEY-----"`, secret: `-----BEGIN RSA PRIVATE KEY----- ${BODY.split('\n').join(' ')} -----END RSA PRIVATE KEY-----` },
  ],
  negative: [
    '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END RSA PRIVATE KEY-----',
    '-----BEGIN RSA PRIVATE KEY-----\n<your key here>\n-----END RSA PRIVATE KEY-----',
    'Paste your key between -----BEGIN RSA PRIVATE KEY----- and -----END RSA PRIVATE KEY----- lines.',
    `-----BEGIN CERTIFICATE-----\n${BODY}\n-----END CERTIFICATE-----`,
    `-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`,
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----',
    `-----BEGIN RSA PUBLIC KEY-----\n${BODY}\n-----END RSA PUBLIC KEY-----`,
    'openssl genrsa -out key.pem 2048 && grep "BEGIN RSA PRIVATE KEY" key.pem',
    // Joined as string literals, but documentation: no key material between the armor lines.
    'String pem = "-----BEGIN RSA PRIVATE KEY-----\\n" +\n  "...\\n" +\n  "-----END RSA PRIVATE KEY-----";',
  ],
};
export default fixtures;
