import type { RuleFixtures } from '../../../rule';

// Random base64, not a real key.
const BODY = [
  "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
  "nR6RmvAgpJTA8VN/2h3DufP+7NUT5ehgjS1G6MSfyw6j9nRmp/iIKFt3/JkpM8ZMuorZy6",
  "2aATrlKeyXIJb+Lkyd/y2l86SyhBhPLloduwmfqoqbf5+DbzdnOmDuAvcFdn8snT6LnCLg",
  "MLffKeDhVkT2cTYPnrkd40lfFZCjTKfFtVOAGHH/o6fot9ks++naSxOYQ9zGwDSJxTPTT9",
  "yntWu0J8nYw30CTUL6UOL00PryY3oaZ/l+MKnCDmYfwYRTbXal9FuU0By0eLMKcBnArPJ4",
  "pENmR/JWkA6drBooTt32XuQ5ZfdliooK1BHl41Wrs1qHAPJR13N+aluzErNom/g0VzKWwq",
  "yt0MZQ+vFmVsal54JU7uCrFb+R9uZo6VIXSoNzNrlVojX3bz09",
].join('\n');
const BLOCK = `-----BEGIN OPENSSH PRIVATE KEY-----\n${BODY}\n-----END OPENSSH PRIVATE KEY-----`;

const fixtures: RuleFixtures = {
  positive: [
    BLOCK,
    { text: `Here is the key from the server:\n\n${BLOCK}\n\nwhy does ssh reject it?`, secret: BLOCK },
    // Truncated paste: no END line.
    { text: `-----BEGIN OPENSSH PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}`, secret: `-----BEGIN OPENSSH PRIVATE KEY-----\n${BODY.split('\n').slice(0, 3).join('\n')}` },
    // Inside a JSON string with escaped newlines.
    { text: `{"key": "-----BEGIN OPENSSH PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END OPENSSH PRIVATE KEY-----\\n"}`, secret: `-----BEGIN OPENSSH PRIVATE KEY-----\\n${BODY.split('\n').join('\\n')}\\n-----END OPENSSH PRIVATE KEY-----` },
    // YAML block scalar, indented.
    { text: `tls:\n  key: |\n    -----BEGIN OPENSSH PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END OPENSSH PRIVATE KEY-----\n`, secret: `-----BEGIN OPENSSH PRIVATE KEY-----\n    ${BODY.split('\n').join('\n    ')}\n    -----END OPENSSH PRIVATE KEY-----` },
  ],
  negative: [
    '-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----',
    '-----BEGIN OPENSSH PRIVATE KEY-----\nMIIEpAIBAAKCAQEAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END OPENSSH PRIVATE KEY-----',
    '-----BEGIN OPENSSH PRIVATE KEY-----\n<your key here>\n-----END OPENSSH PRIVATE KEY-----',
    'Paste your key between -----BEGIN OPENSSH PRIVATE KEY----- and -----END OPENSSH PRIVATE KEY----- lines.',
    `-----BEGIN CERTIFICATE-----\n${BODY}\n-----END CERTIFICATE-----`,
    `-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----`,
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3vB7mQe2x9Lr4TnYk8uJ0sPz5WcHd6FaE1oRiXbNy dev@laptop',
  ],
};
export default fixtures;
