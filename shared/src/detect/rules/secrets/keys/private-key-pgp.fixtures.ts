import type { RuleFixtures } from '../../../rule';

// Random base64, not a real key.
const BODY = [
  "lQOYBGXBe3j8a0/rh0+2Odn/dnR+PJKdLLjLNxtjZuKhw1ayTVl7uddW1x9NQoZP",
  "+V+AszTQY5QyP21L7CcTp5ZViEI+X9EG7+Iienj3dKLd5bGmuDskmB7rECu7ttrR",
  "hYf4IGpneVYgQwSfMCcSHuvyXTLkc68s+s11JZ3mWOKnV1dbZnzOrhYbCiuCHy8m",
  "GnPzcWWThVhyxtGEw9kXoTWyKym6h5W7XExiobT5b3ihGhU5d9wDCHQHKLa763Ct",
  "irlJhlogQwWwN7U/c85jwcHsq7FRbC9Yio3bFIuS2eRaLmLg7BRufNbEvww3OZbX",
  "CoJDUwp3D6tUo31KanwEqCLCPutbanGORLNOUUh6RB2OQnKX++3fgbG/ZMvI6ssl",
  "Z1jetqyZQQTh0AeZvTuxSchmNhflv2VGJ6lIP8jYdK6ZDjfLvzm9yRWfc/VBj1o4",
  "ON6SMCb5FQUUiep8O7K8MBIyJolXEmYQkOvwFME+mfm5EHYMjcbb9DLDWDrBLrrW",
  "y09r2SjwyLeo6sB7z8KMjlAX33MBguKdK6yiyPs7/n2f/oGObYjAH2Keg6e0CGjO",
  "fRhFQ4e85wmo0XPqouBp6vMv49+pnaYuPQUyD6xGBQf5twOrQrtx88iE1ldYAZgR",
  "CQIh1oZtDXl+PqTeZYwUUjN8+jFxy4QnWc=",
].join('\n');
const BLOCK = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${BODY}\n-----END PGP PRIVATE KEY BLOCK-----`;

const fixtures: RuleFixtures = {
  positive: [
    BLOCK,
    { text: `Here is the key from the server:\n\n${BLOCK}\n\nwhy does ssh reject it?`, secret: BLOCK },
    // Truncated paste: no END line.
    { text: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${BODY.split('\n').slice(0, 3).join('\n')}`, secret: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n${BODY.split('\n').slice(0, 3).join('\n')}` },
    // Inside a JSON string with escaped newlines.
    { text: `{"key": "-----BEGIN PGP PRIVATE KEY BLOCK-----\\n${BODY.split('\n').join('\\n')}\\n-----END PGP PRIVATE KEY BLOCK-----\\n"}`, secret: `-----BEGIN PGP PRIVATE KEY BLOCK-----\\n${BODY.split('\n').join('\\n')}\\n-----END PGP PRIVATE KEY BLOCK-----` },
    // YAML block scalar, indented.
    { text: `tls:\n  key: |\n    -----BEGIN PGP PRIVATE KEY BLOCK-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END PGP PRIVATE KEY BLOCK-----\n`, secret: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END PGP PRIVATE KEY BLOCK-----` },
    {
      text: `-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\nComment: build signing key\n\n${BODY}\n=Q2xk\n-----END PGP PRIVATE KEY BLOCK-----`,
      secret: `-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\nComment: build signing key\n\n${BODY}\n=Q2xk\n-----END PGP PRIVATE KEY BLOCK-----`,
    },
  ],
  negative: [
    '-----BEGIN PGP PRIVATE KEY BLOCK-----\n...\n-----END PGP PRIVATE KEY BLOCK-----',
    '-----BEGIN PGP PRIVATE KEY BLOCK-----\nMIIEpAIBAAKCAQEAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PGP PRIVATE KEY BLOCK-----',
    '-----BEGIN PGP PRIVATE KEY BLOCK-----\n<your key here>\n-----END PGP PRIVATE KEY BLOCK-----',
    'Paste your key between -----BEGIN PGP PRIVATE KEY BLOCK----- and -----END PGP PRIVATE KEY BLOCK----- lines.',
    `-----BEGIN CERTIFICATE-----\n${BODY}\n-----END CERTIFICATE-----`,
    `-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`,
    `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${BODY}\n-----END PGP PUBLIC KEY BLOCK-----`,
    `-----BEGIN PGP SIGNATURE-----\n\n${BODY}\n-----END PGP SIGNATURE-----`,
  ],
};
export default fixtures;
