import { regexRule } from '../../../define';
import { isCrediblePassword } from './values';

/**
 * JDBC URLs with the password as a property (`jdbc:mysql://db/app?user=app&password=...`,
 * `jdbc:sqlserver://db;user=app;password=...`) or Oracle's `jdbc:oracle:thin:user/password@host`. The
 * `user:password@host` form is found by `connection-string-password`.
 */
export const connectionStringJdbc = regexRule({
  id: 'connection-string-jdbc',
  anchors: ['jdbc:'],
  title: 'JDBC connection string password',
  severity: 'high',
  confidence: 0.75,
  // `password=` is a password assignment too, and this finding outranks that rule's on the same span.
  claimsSpans: true,
  pattern: /jdbc:(?:oracle:[a-z]+:[^\s/@:"'`<>]+\/|[a-z0-9]+:[^\s"'`<>]*?[?&;:](?:[Pp]assword|PASSWORD|[Pp]wd|PWD)=)(?<secret>[^&;@\s"'`<>]+)/,
  validate: (password) => isCrediblePassword(password, 4),
});
