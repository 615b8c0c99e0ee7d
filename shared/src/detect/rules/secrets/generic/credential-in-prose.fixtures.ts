import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    // A name glued to it with `=`: the token is what follows.
    { text: 'the token I got back was access=Pq4Rn6St8Uv1Wx3Yz5Ab7Cd9', secret: 'Pq4Rn6St8Uv1Wx3Yz5Ab7Cd9' },
    { text: 'can you check if this key is still valid? saJwMVQ8f3n9BfdNYj7x2wik', secret: 'saJwMVQ8f3n9BfdNYj7x2wik' },
    { text: 'can you check if this is still valid? RkYgzqaB1VQXgZI4cCSTOOEHUIF0rM5N\nthe vendor dashboard says the key was created last week', secret: 'RkYgzqaB1VQXgZI4cCSTOOEHUIF0rM5N' },
    { text: '`cGs3Ufm6Ps5o5e9O4C3wIOQmER3DjIVPnfLDHfe8`\nthat is the new secret from the vendor portal, does it work for you?', secret: 'cGs3Ufm6Ps5o5e9O4C3wIOQmER3DjIVPnfLDHfe8' },
    { text: 'Here are the new tokens: OpP63_6EALgCwBadv5hqhZG_h6OLss, and the old one expired.', secret: 'OpP63_6EALgCwBadv5hqhZG_h6OLss' },
    { text: 'is this API token right (zXCHlRcKd5BIKYtH19KDH4aly3vFLEux)? the call keeps failing', secret: 'zXCHlRcKd5BIKYtH19KDH4aly3vFLEux' },
    // Right after a credential word that a name comes before, hex of an API key's length or letters and digits.
    { text: 'here is my weatherapi key d40cca85f0f54f30445a3577e18a0a5a if you need it', secret: 'd40cca85f0f54f30445a3577e18a0a5a' },
    { text: 'use the clockify api key wzzutkw95r2f4qkks4rfgy134o5og2080opxn7yf for the nightly sync', secret: 'wzzutkw95r2f4qkks4rfgy134o5og2080opxn7yf' },
    { text: 'Your BillingHub key is 7c3e9a1f5b2d8c4e6a0f3b7d1e9c5a2f, which you will need for every call.', secret: '7c3e9a1f5b2d8c4e6a0f3b7d1e9c5a2f' },
    // Named so, 40 and 64 hex digits are a key too, not a commit id or a digest.
    { text: 'can you add my todoist token 5179f75c4209d75c79f4d5f420d9a75c75f1d79f to the sync job?', secret: '5179f75c4209d75c79f4d5f420d9a75c75f1d79f' },
    { text: 'the lokalise access token 8a5de3a89b7e4f29bf728b45adcdea6ea3410c78 expires tomorrow', secret: '8a5de3a89b7e4f29bf728b45adcdea6ea3410c78' },
    { text: 'the Daily API key 3c0c3965368a6b10f7640dbda46abfdca981c2d39e1b7c4a5f8e2d6b0a9c3f71 (prod) stopped working', secret: '3c0c3965368a6b10f7640dbda46abfdca981c2d39e1b7c4a5f8e2d6b0a9c3f71' },
    // Under a heading that is a credential word too: the key's own word names it, not the heading's.
    { text: 'shipping api credentials:\n  parcelwise key: vq83kd0x7m2pzt5wl9cj4ry6hn1sbf0e\n  parcelwise id: k2m9x', secret: 'vq83kd0x7m2pzt5wl9cj4ry6hn1sbf0e' },
    // Hex no digest is written as: dashed in three groups (Mailgun's 32-8-8), or an odd count of digits.
    { text: 'is this still valid? 4c1d8e7a90b2f35e6d7c8a9b0e1f2a3d-71f0c2e9-5b8a3d6c\nthe key was made last week', secret: '4c1d8e7a90b2f35e6d7c8a9b0e1f2a3d-71f0c2e9-5b8a3d6c' },
    { text: 'is this still valid? b71e3c09d5fa2e864c1b7d03a9f5e2c8610d4\nthe key was made last week', secret: 'b71e3c09d5fa2e864c1b7d03a9f5e2c8610d4' },
    // Compound credential words, as people type them.
    { text: 'the eventbrite secretkey Q7W8HTTHLVYXPPVRZJZ2 is in the team vault', secret: 'Q7W8HTTHLVYXPPVRZJZ2' },
    { text: 'paste the mailjet apitoken 4Tq8vLw2pZr9xKm6Nb1Yc3Hd in the form', secret: '4Tq8vLw2pZr9xKm6Nb1Yc3Hd' },
  ],
  negative: [
    'the public key is AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA1Kz8pX9mT2qR5nW',
    'commit 9f2c1e7b4d8a3f6e0c5b2a9d8e7f6c5b4a3d2e1f fixed the key rotation',
    'the request id a912d987-14eb-4268-9a3b-b4134757e4d3 came back with an invalid token error',
    'const key = cacheKeyFor(userId); // the key is built from the user id',
    'the next page token is CiAKGjBpNDd2Nmp2Zml2cXRmNGFvNTIyODZ3dQ and it expires',
    'Set the primary key to OrderLineItemsByCustomerId2024 in the schema.',
    'the token was rejected: see https://docs.example.com/AuthErrors/InvalidTokenSignature2024',
    'rotate the secret every 90 days; the runbook is in docs/security/RotatingSecretsGuide2024.md',
    'Created the signing key. Key ID: kR7vT2mQ9xLp4sW8nB3cZ6dF in the console',
    'import the GPG key 3AA5C34371567BD2F0E1D2C3B4A5968778695A4B first',
    'the commit key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b',
    'add the deploy key 5179f75c4209d75c79f4d5f420d9a75c75f1d79f to the repository',
    'the cache key 3c0c3965368a6b10f7640dbda46abfdca981c2d39e1b7c4a5f8e2d6b0a9c3f71 was evicted',
    'token hash 8a5de3a89b7e4f29bf728b45adcdea6ea3410c78 matches the stored one',
    'the key 5d41402abc4b2a76b9719d911017c592 is the hash of hello',
    // A digest with a date after it is no key, nor is a UUID.
    'build 3f6e0c5b2a9d8e7f6c5b4a3d2e1f9f2c1e7b4d8a-20240115 is signed with the release key',
    'the request a912d987-14eb-4268-9a3b-b4134757e4d3 failed: the key was rejected',
    // A heading word does not make a published key under it a credential.
    'deploy credentials:\n  public key: vq83kd0x7m2pzt5wl9cj4ry6hn1sbf0e',
    'session key 123e4567-e89b-42d3-a456-426614174000 expired',
    'The cache key is 7c3e9a1f5b2d8c4e6a0f3b7d1e9c5a2f for that page.',
    'the key was 7c3e9a1f5b2d8c4e6a0f3b7d1e9c5a2f in the old index',
    'the secretkey field is 32 characters long: 9f2c4e7a1b8d3f6c0e5a2d7b4c1f8e3a is the format',
  ],
};
export default fixtures;
