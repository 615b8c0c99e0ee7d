import { regexRule } from '../../../define';
import { isPlaceholderLike } from '../../../placeholder';

/** `AQAAABAAAA` is the fixed header: format version 1 and a 16-byte IV's length, in base64. */
const HEADER = 'AQAAABAAAA'.length;

/**
 * A secret as Jenkins stores it in `credentials.xml`, job `config.xml` and Configuration as Code exports:
 * `{AQAAABAAAA…}`, base64 of a versioned, AES-encrypted payload. It is encrypted, but with a key that sits
 * beside it in the controller's `secrets/` folder, and the script console decrypts it: pasted out of a
 * Jenkins home it is as good as the password, token or key inside. The header's zero bytes read as a run of
 * `A`s, so the placeholder filter judges the random rest alone.
 */
export const jenkinsEncryptedSecret = regexRule({
  id: 'jenkins-encrypted-secret',
  anchors: ['{aqaaabaaaa'],
  title: 'Jenkins encrypted secret',
  severity: 'high',
  confidence: 0.9,
  allowPlaceholderLike: true,
  pattern: /\{(?<secret>AQAAABAAAA[A-Za-z0-9+/]{30,4096}={0,2})\}/,
  validate: (value) => !isPlaceholderLike(value.slice(HEADER)),
});
