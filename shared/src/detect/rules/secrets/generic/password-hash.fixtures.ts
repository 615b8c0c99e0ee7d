import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'root:$6$qoE2letU$wWPRl.PVczjzeMVgjiA8LLy2nOyZbf7Amj3qLIL978o18gbMySdKZ7uepq9tmMQXxyTIrS12Pln.2Q/6Xscao0:19000:0:99999:7:::', secret: '$6$qoE2letU$wWPRl.PVczjzeMVgjiA8LLy2nOyZbf7Amj3qLIL978o18gbMySdKZ7uepq9tmMQXxyTIrS12Pln.2Q/6Xscao0' },
    { text: "INSERT INTO users (email, password_hash) VALUES ('ana@example.org', '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW');", secret: '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW' },
    { text: 'admin:$apr1$lZL6V/ci$eIMz/iKDkbtys/uU7LEK00', secret: '$apr1$lZL6V/ci$eIMz/iKDkbtys/uU7LEK00' },
    { text: 'deploy:$1$OKgLCmVl$d02jECa4DXn/oXX0R.MoQ/:18000::', secret: '$1$OKgLCmVl$d02jECa4DXn/oXX0R.MoQ/' },
    { text: 'hash = "$5$rounds=5000$GX7BopJZJxPc/KEK$le16UF8I2Anb.rOrn22AUPWvzUETDGefUmAV8AZkGcD"', secret: '$5$rounds=5000$GX7BopJZJxPc/KEK$le16UF8I2Anb.rOrn22AUPWvzUETDGefUmAV8AZkGcD' },
    { text: 'ana:$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7:19500:0:99999:7:::', secret: '$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7' },
    { text: 'username netops privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM', secret: '$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM' },
    { text: 'stored: $argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', secret: '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG' },
  ],
  negative: [
    'perl -pe "s/(\\w+)=(\\w+)/$1$2/g" file.txt',
    'echo "$1$2$3"',
    'password_hash = "$2b$12$short"',
    'Use crypt() with a "$6$" prefix to select SHA-512.',
  ],
};
export default fixtures;
