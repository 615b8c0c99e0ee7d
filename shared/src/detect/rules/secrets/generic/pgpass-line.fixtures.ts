import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'db.internal:5432:shop:app:Vq8tLw2pZr9xK', secret: 'Vq8tLw2pZr9xK' },
    // Any host, port, database and user; the format says the last field is the password, so a plain one counts.
    { text: '*:*:*:postgres:marmalade7', secret: 'marmalade7' },
    { text: '$ cat ~/.pgpass\n10.0.4.12:6432:orders:report:pelican42\n', secret: 'pelican42' },
    // A colon in the password is escaped.
    { text: '  localhost:5432:*:app:Wm5tY8q\\:B2nXz', secret: 'Wm5tY8q\\:B2nXz' },
  ],
  negative: [
    // Any password: the file's wildcard, not a value.
    'db.internal:5432:shop:app:*',
    'db.internal:5432:shop:app:password',
    'docker run -p 5432:5432 postgres',
    '  - 5432:5432:5432:x:y',
    // Six fields: not a password file's line.
    'db:5432:shop:app:Vq8tLw2pZr9xK:extra',
    'db.internal:5432:shop:app:${PGPASSWORD}',
  ],
};
export default fixtures;
