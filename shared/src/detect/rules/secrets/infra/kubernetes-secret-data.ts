import { anchoredScannerRule } from '../../../define';
import { decodeBase64 } from '../base64-text';
import { plausibleSecret } from '../generic/generic-secret-assignment';
import { nameSegments } from '../generic/key-name';
import { isCrediblePassword, isDummyValue } from '../generic/values';

/** Keys of a Secret that hold no secret: who and where, certificates, settings. */
const NOT_SECRET = new Set([
  'username',
  'user',
  'usr',
  'login',
  'host',
  'hostname',
  'port',
  'database',
  'db',
  'dbname',
  'namespace',
  'url',
  'uri',
  'endpoint',
  'region',
  'email',
  'name',
  'crt',
  'cert',
  'pub',
  'ca',
  'bucket',
  'account',
  'id',
  'type',
  'server',
  'domain',
]);
/** Keys whose value is a credential whatever it looks like. */
const SECRET_NAMES = new Set(['password', 'passwd', 'pass', 'pwd', 'token', 'secret', 'key', 'apikey', 'credentials', 'auth']);

/** Longest Secret manifest looked at around its `kind: Secret`. */
const MAX_DOCUMENT = 64 * 1024;
const MAX_VALUE = 4096;

const ENTRY = /^([ \t]*)(?:-[ \t]+)?["']?([\w.-]{1,253})["']?[ \t]*:[ \t]*(?:["']([^"'\n]*)["']|([^\s#{}[\]]*))[ \t]*,?[ \t]*$/;
const BLOCK = /^([ \t]*)(?:-[ \t]+)?["']?(data|stringData)["']?[ \t]*:[ \t]*\{?[ \t]*$/;

/** Whether a Secret entry's value is a credential: by its key and what it holds. */
function isSecretEntry(key: string, value: string, encoded: boolean): boolean {
  const segments = nameSegments(key);
  const last = segments[segments.length - 1] ?? '';
  let plain = value;
  if (encoded) {
    const decoded = decodeBase64(value);
    // PEM blocks are left to the PEM rules (private keys) or are certificates.
    if (decoded === undefined || decoded.startsWith('-----BEGIN')) return false;
    // Binary under a secret's key (a keystore, a key in DER) is a credential too.
    if (!/^[\x20-\x7e\t\r\n]*$/.test(decoded)) return decoded.length >= 16 && !segments.some((segment) => NOT_SECRET.has(segment));
    plain = decoded.trim();
  }
  if (plain.length < 6 || plain.length > MAX_VALUE || isDummyValue(plain)) return false;
  // A connection URL or a Docker config with credentials in it, whatever the key.
  if (/:\/\/[^\s:@/]*:[^\s@/]+@/.test(plain) || /"(?:auth|password)"\s*:\s*"[^"]{4,}/.test(plain)) return true;
  if (segments.some((segment) => NOT_SECRET.has(segment)) && !segments.some((segment) => SECRET_NAMES.has(segment))) return false;
  if (SECRET_NAMES.has(last) || segments.some((segment) => segment.endsWith('password') || segment.endsWith('token'))) return !/\s/.test(plain);
  return isCrediblePassword(plain, 8) || plausibleSecret(plain);
}

/** Farthest a YAML `kind:` may stand from its line's start (indentation, a list dash). */
const MAX_KIND_INDENT = 32;

/**
 * Whether a YAML `kind: Secret` at `at` starts its line (after indentation, a list dash or a flow map's
 * brace), as in a manifest; in prose ("a `kind: Secret` holds…") it does not, and the document is not read.
 */
function startsYamlLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - MAX_KIND_INDENT); i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 45 && c !== 123) return false;
  }
  return at < MAX_KIND_INDENT;
}

/** Start of the line at `at`'s line, or of the document (after `---`), looking back no further than `floor`. */
function documentStart(text: string, at: number, floor: number): number {
  for (let i = at; i > floor; i--) {
    if (text.charCodeAt(i - 1) === 10 && text.startsWith('---', i)) return i;
  }
  return floor;
}

function documentEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + MAX_DOCUMENT);
  for (let i = at; i < stop; i++) {
    if (text.charCodeAt(i) === 10 && text.startsWith('---', i + 1)) return i;
  }
  return stop;
}

/**
 * The values of a Kubernetes `kind: Secret` manifest, as `kubectl get secret -o yaml` (or `-o json`) prints
 * it: `data:` values are base64 and judged decoded (`password: WGs5IW1Q…`, a connection URL, a Docker config),
 * `stringData:` values as they are. Keys that name no secret (`username`, `host`, `ca.crt`) are skipped.
 */
export const kubernetesSecretData = anchoredScannerRule({
  id: 'kubernetes-secret-data',
  anchors: ['kind: secret', 'kind: "secret"', '"kind":"secret"', '"kind": "secret"'],
  title: 'Kubernetes Secret value',
  severity: 'high',
  confidence: 0.8,
  *scan(text, anchorStarts) {
    let done = 0;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      if (hit < done) continue;
      if (text.charCodeAt(hit) !== 34 && !startsYamlLine(text, hit)) continue;
      // `kind: Secrets`, `kind: SecretStore`: another kind.
      const after = text.charCodeAt(
        hit +
          text
            .slice(hit, hit + 16)
            .toLowerCase()
            .indexOf('secret') +
          6,
      );
      if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122)) continue;
      const start = documentStart(text, hit, Math.max(done, hit - MAX_DOCUMENT));
      const end = documentEnd(text, hit);
      done = end;
      let block: { indent: number; encoded: boolean } | undefined;
      for (let lineStart = start; lineStart < end;) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > end) lineEnd = end;
        const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
        const opens = BLOCK.exec(line);
        if (opens !== null) {
          block = { indent: opens[1]!.length, encoded: opens[2] === 'data' };
        } else if (block !== undefined && line.trim() !== '') {
          const entry = ENTRY.exec(line);
          if (entry === null || entry[1]!.length <= block.indent) {
            block = undefined;
          } else {
            const value = entry[3] ?? entry[4] ?? '';
            if (value !== '' && isSecretEntry(entry[2]!, value, block.encoded)) {
              const at = lineStart + line.lastIndexOf(value);
              yield { start: at, end: at + value.length };
            }
          }
        }
        lineStart = lineEnd + 1;
      }
    }
  },
});
