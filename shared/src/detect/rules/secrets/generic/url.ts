import { regexRule } from '../../../define';
import type { RegexRule } from '../../../rule';
import { isCrediblePassword } from './values';

// Userinfo characters: no whitespace, quotes, brackets or URL delimiters. The password may hold a raw `@`
// (people do not always percent-encode); the lazy repetition settles on the `@` that precedes the host.
const USER = String.raw`[^\s:@/?#"'\x60<>\\]*`;
const PW = String.raw`[^\s@/?#"'\x60<>\\]+`;
// A host runs up to a port, path, query, list separator, quote or the end.
const HOST = String.raw`[A-Za-z0-9_.%\[\]-]+(?![^:/?#,;"'\x60)<>\s\\])`;

/**
 * `scheme://user:password@host` for the given schemes. The pattern starts with the literal `://` (fast to
 * find) and reads the scheme back with a lookbehind; the finding is the password only, so redacted text keeps
 * the host and user readable. Passwords equal to the user name (`guest:guest`) are skipped.
 */
export function userinfoPasswordRule(id: string, title: string, schemes: string, confidence: number): RegexRule {
  return regexRule({
    id,
    anchors: ['://'],
    title,
    severity: 'high',
    confidence,
    pattern: new RegExp(
      String.raw`:\/\/(?<=(?:^|[^A-Za-z0-9+.-])(?:${schemes})(?:\+[A-Za-z0-9]+)?:\/\/)(?<user>${USER}):(?!\k<user>@)(?<secret>${PW}(?:@${PW})*?)@(?=${HOST})`,
    ),
    validate: (password) => {
      // `http://host:8080@...`: a port, not a password.
      if (/^\d{1,5}$/.test(password)) return false;
      return isCrediblePassword(password, 4) || (password.length >= 6 && /^[A-Za-z0-9%~+]+$/.test(password) && /\d/.test(password) && /[A-Za-z]/.test(password));
    },
  });
}
