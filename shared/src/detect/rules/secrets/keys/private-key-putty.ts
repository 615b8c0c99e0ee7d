import { regexRule } from '../../../define';
import { hasDistinctChars } from '../../../distinct-chars';

/**
 * PuTTY `.ppk` private key (formats 2 and 3): from the `PuTTY-User-Key-File-N:` line through the
 * `Private-MAC:` line, or through the private lines when the paste stops early. Lines may be indented, as
 * in a YAML block scalar.
 */
const PATTERN =
  /PuTTY-User-Key-File-[1-3]: [^\r\n]{1,80}(?:\r?\n[^\r\n]{0,200}){0,40}?\r?\n[ \t]{0,16}Private-Lines: \d{1,3}((?:\r?\n[ \t]{0,16}[A-Za-z0-9+/=]{4,}(?![^\r\n]))+)(?:\r?\n[ \t]{0,16}Private-MAC: [0-9a-fA-F]{20,})?/;

export const privateKeyPutty = regexRule({
  id: 'private-key-putty',
  anchors: ['putty-user-key-file-'],
  title: 'PuTTY private key (.ppk)',
  severity: 'critical',
  confidence: 0.99,
  pattern: PATTERN,
  validate: (value) => {
    const at = value.indexOf('Private-Lines:');
    const body = value
      .slice(at)
      .replace(/^Private-Lines: \d+/, '')
      .replace(/Private-MAC:[^\r\n]*/, '')
      .replace(/[^A-Za-z0-9+/=]/g, '');
    return body.length >= 40 && hasDistinctChars(body, 16) && !/xxxxxx|example/i.test(body);
  },
  allowPlaceholderLike: true,
});
