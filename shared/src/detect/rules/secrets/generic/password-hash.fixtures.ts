import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'root:$6$nMlAZ82C$.imIk3/8MyWEQRUhPjJI4qLbTS50jX9m08WFZ7bAoel06q7Bn46EXL7X1xJG/cr48SxF8591cJM4k2F3v07gG9:19000:0:99999:7:::', secret: '$6$nMlAZ82C$.imIk3/8MyWEQRUhPjJI4qLbTS50jX9m08WFZ7bAoel06q7Bn46EXL7X1xJG/cr48SxF8591cJM4k2F3v07gG9' },
    { text: "INSERT INTO users (email, password_hash) VALUES ('ana@example.org', '$2b$12$TkwYq3/j.3ixDndGRr.M8pA6oJiZspLYVrxU/lVheQRbb6NK3Nn95');", secret: '$2b$12$TkwYq3/j.3ixDndGRr.M8pA6oJiZspLYVrxU/lVheQRbb6NK3Nn95' },
    { text: 'admin:$apr1$lZL6V/ci$eIMz/iKDkbtys/uU7LEK00', secret: '$apr1$lZL6V/ci$eIMz/iKDkbtys/uU7LEK00' },
    { text: 'deploy:$1$try1P4Bg$Xcxude3w7aozpsvVG0ZiVL:18000::', secret: '$1$try1P4Bg$Xcxude3w7aozpsvVG0ZiVL' },
    { text: 'hash = "$5$rounds=5000$vQuF59ZI5uN72nHk$zB.j4OYvbRsRzmHzJGokFk1tlfRvlMHgJMsFEg/YEZ/"', secret: '$5$rounds=5000$vQuF59ZI5uN72nHk$zB.j4OYvbRsRzmHzJGokFk1tlfRvlMHgJMsFEg/YEZ/' },
    { text: 'ana:$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7:19500:0:99999:7:::', secret: '$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7' },
    { text: 'username netops privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM', secret: '$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM' },
    { text: 'stored: $argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', secret: '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG' },
    {
      text: '$krb5asrep$23$user@corp.local:1370933bae1ca6ed3b8c9b1d09a939da$8a67639f74080f56c5aa328f676226e236a23e238e3b1c77fc4c011f1bd38f1f34920fbd01f40072e3cf347862554017cdf83fd989e60f210402362d53c9efc6d892aa68bfcc8c928344b16103485a1c292be01e4fc2d031c41885221c25f6aaf76fdc6c369aad6b68b75b48e99f73f289509dddc3ebffc5ccd8099ee02cab83bb43e451f9ab2845ad0f3d761f3d0201bfe8c26b715568b9126bef73fecde3b53f79a8afba701070d26d7f79a73aff5cfd4501150bf8e28d3e14be535893b80598e7d8a50f510dc6c4393a96e78c3403049d3e8474f2a7dccc06616cd334b459e42220d8c947e0dedc8b',
      secret:
        '$krb5asrep$23$user@corp.local:1370933bae1ca6ed3b8c9b1d09a939da$8a67639f74080f56c5aa328f676226e236a23e238e3b1c77fc4c011f1bd38f1f34920fbd01f40072e3cf347862554017cdf83fd989e60f210402362d53c9efc6d892aa68bfcc8c928344b16103485a1c292be01e4fc2d031c41885221c25f6aaf76fdc6c369aad6b68b75b48e99f73f289509dddc3ebffc5ccd8099ee02cab83bb43e451f9ab2845ad0f3d761f3d0201bfe8c26b715568b9126bef73fecde3b53f79a8afba701070d26d7f79a73aff5cfd4501150bf8e28d3e14be535893b80598e7d8a50f510dc6c4393a96e78c3403049d3e8474f2a7dccc06616cd334b459e42220d8c947e0dedc8b',
    },
    {
      text: 'hashcat -m 13100 $krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/db01.corp.local:1433*$9a1c5b7e3d2f4a6b8c0d1e2f3a4b5c6d$5f2e8a1b3c4d6e7f9a0b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b wordlist.txt',
      secret:
        '$krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/db01.corp.local:1433*$9a1c5b7e3d2f4a6b8c0d1e2f3a4b5c6d$5f2e8a1b3c4d6e7f9a0b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b',
    },
  ],
  negative: [
    'perl -pe "s/(\\w+)=(\\w+)/$1$2/g" file.txt',
    'echo "$1$2$3"',
    'password_hash = "$2b$12$short"',
    'Use crypt() with a "$6$" prefix to select SHA-512.',
  ],
};
export default fixtures;
