import { regexRule } from '../../../define';

/** crypt(3)'s alphabet: what salts and hashes in the modular formats are written in. */
const C = '[./A-Za-z0-9]';

/**
 * A password hash in one of the modular crypt formats that `/etc/shadow`, `.htpasswd`, user tables and network
 * device configs hold: md5crypt (`$1$`, Apache's `$apr1$`), bcrypt (`$2a$`/`$2b$`/`$2y$`), sha256crypt (`$5$`),
 * sha512crypt (`$6$`), yescrypt (`$y$`), Cisco's type 8 and 9, argon2, and Kerberos AS-REP/TGS hashes taken
 * for offline cracking. Not the password itself, but one guess away from it: a paste of a shadow file or a
 * users table leaks as much as the passwords a weak one hides. Each format's lengths are exact, so the `$1$2`
 * of a shell or Perl line never matches.
 */
export const passwordHash = regexRule({
  id: 'password-hash',
  anchors: ['$1$', '$apr1$', '$2$', '$2a$', '$2b$', '$2x$', '$2y$', '$5$', '$6$', '$y$', '$8$', '$9$', '$argon2', '$krb5'],
  title: 'Password hash',
  severity: 'medium',
  confidence: 0.9,
  pattern: new RegExp(
    [
      String.raw`\$(?:1|apr1)\$${C}{1,8}\$${C}{22}`,
      String.raw`\$2[abxy]?\$\d\d\$${C}{53}`,
      String.raw`\$5\$(?:rounds=\d{1,9}\$)?${C}{1,16}\$${C}{43}`,
      String.raw`\$6\$(?:rounds=\d{1,9}\$)?${C}{1,16}\$${C}{86}`,
      String.raw`\$y\$${C}{1,16}\$${C}{1,64}\$${C}{43}`,
      String.raw`\$[89]\$${C}{14}\$${C}{43}`,
      String.raw`\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,8},t=\d{1,4},p=\d{1,3}\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{22,128}`,
      // `$krb5asrep$23$[user@REALM:]<checksum>$<data>`, `$krb5tgs$23$*user$REALM$spn*$<checksum>$<data>`.
      String.raw`\$krb5(?:asrep|tgs)\$(?:17|18|23)\$(?:\*[^*\s]{1,512}\*\$|[^\s'"\x60$:*]{1,256}:)?[0-9a-f]{32}\$[0-9a-f]{64,8192}`,
    ].join('|') + String.raw`(?![./A-Za-z0-9+])`,
  ),
});
