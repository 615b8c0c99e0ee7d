import type { RuleFixtures } from '../../../rule';

// Random base64, not a real key.
const BODY = [
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC9rnYTPcSNUDpmI0zuPnY989awYYQSmPx",
  "De6grqzZ4ld+9EKzKcDMi24jWb+Ha1IUVdHQVHyHQdjHzRbaBDOum2Xg9AjfeQ8p",
  "ISYj/W9evDDJZ4OB5qL/+qCv3R5vBTS4gQ6MQN+jWuvk/Sxhhdbe6M59w/Eg1SN4",
  "4/SZz2SRAB/KpF6yFbLxqy//tMxJwmVS9qR72XZj0hHXgxAl732VB5572ml72KCy",
  "CU0oPCHrnmslhPQjSYqmS/85sfR3EZLN0/krenqrPhADEfTBk4Fop0gqcnMzyGpl",
  "bAwKJBcDNlMyTIl3QwXafEVDbE1jvAy1825TgvWiWBI5vgeSGbTdc5bu6r3fKzUS",
  "0iX6hLGCh1vWeWQ7t/siV23z8ArUnLafD9/vlBdeEnnOw9CYZrbhvMDJB6O2oyjr",
  "kxQT/GZx7rY+ljglLiaFklcXgInkuIKt/slsDwnYRjDDR9heDkzWatLE5RSG0Mf7",
  "ijo6WIAO6FwvWNbncmZU9d23/pHtxpc2E9Gd1rXNW0hkcsZsDyqaLtOZYM9Jk3EY",
  "zh1N0mtzJay9m+8KxPvpsLfzXK4GRUdzQPZm6YcfIqktidmIpd/F4SJyb+gWr0lo",
  "Z6rjg9pve5pijlfhhXPwqnhksmT6mXpGNQpFtjg3R6EwvXFjFbR1I3Bop0toCrGq",
  "+0JpIKt38obEVxqVqnUatB4dFXCiJrmOP3bQPp59BGmXaO3INbK4ZkisSFj18L45",
  "mpPCLE4YpzYdphawnOxOOZMIfbYHi2YXW+uChV1kxcbTs0Igbv7QHi4Tt4+j8GnG",
  "N0Air6EXDwGXUl0U+CpY3KnCJ+gASwX0Z4rP1oIM",
].join('\n');
const BLOCK = `-----BEGIN PRIVATE KEY-----\n${BODY}\n-----END PRIVATE KEY-----`;

const fixtures: RuleFixtures = {
  positive: [
    BLOCK,
    { text: `Here is the key from the server:\n\n${BLOCK}\n\nwhy does ssh reject it?`, secret: BLOCK },
    // Truncated paste: no END line.
    { text: `-----BEGIN PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}`, secret: `-----BEGIN PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}` },
    // Inside a JSON string with escaped newlines.
    { text: `{"key": "-----BEGIN PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END PRIVATE KEY-----\\n"}`, secret: `-----BEGIN PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END PRIVATE KEY-----` },
    // YAML block scalar, indented.
    { text: `tls:\n  key: |\n    -----BEGIN PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END PRIVATE KEY-----\n`, secret: `-----BEGIN PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END PRIVATE KEY-----` },
    // GCP service-account JSON.
    {
      text: `{\n  "type": "service_account",\n  "project_id": "demo-proj-41872",\n  "private_key_id": "4f0c1e8b9a7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "svc@demo-proj-41872.iam.gserviceaccount.com"\n}`,
      secret: `-----BEGIN PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END PRIVATE KEY-----`,
    },
  ],
  negative: [
    '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
    '-----BEGIN PRIVATE KEY-----\nMIIEpAIBAAKCAQEAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----',
    '-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----',
    'Paste your key between -----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- lines.',
    `-----BEGIN CERTIFICATE-----\n${BODY}\n-----END CERTIFICATE-----`,
    `-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`,
  ],
};
export default fixtures;
