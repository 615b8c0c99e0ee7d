import type { RuleFixtures } from '../../../rule';

// Random base64 and hex, not a real key.
const PUBLIC = [
  "H8q3rD2RwaegUYbpv8YcVUTuWG/vMOBbkYPSaT628UbcrPxG9QF+i53cpcpntoQT",
  "owX0",
].join('\n');
const PRIVATE = [
  "O0b0fK9qFzn8AqERPViGB+thF5Tg4NvK/U2U3XtK4o3EgW07",
].join('\n');
const HEAD = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240312\nPublic-Lines: 2\n${PUBLIC}\nPrivate-Lines: 1\n${PRIVATE}`;
const PPK = `${HEAD}\nPrivate-MAC: 08f5b6445f0575ac57aab547ac66205999ec368de21b34bc017ab9fe798be109`;

const fixtures: RuleFixtures = {
  positive: [
    PPK,
    { text: `my deploy.ppk looks like this:\n${PPK}\n\nbut pageant refuses it`, secret: PPK },
    { text: PPK.replace(/\n/g, '\r\n'), secret: PPK.replace(/\n/g, '\r\n') },
    // Cut off before the MAC line.
    { text: HEAD, secret: HEAD },
    // Indented in a YAML block scalar.
    { text: `sso:\n  key: |\n      ${PPK.replace(/\n/g, '\n      ')}\n  ttl: 3600\n`, secret: PPK.replace(/\n/g, '\n      ') },
  ],
  negative: [
    'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key\nPublic-Lines: 2\nAAAA...\nPrivate-Lines: 1\n...\nPrivate-MAC: ...',
    'PuTTYgen writes files starting with PuTTY-User-Key-File-2: followed by the key type.',
    `PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
  ],
};
export default fixtures;
