import { scannerRule } from '../../define';
import { at, isDigit, isLetter, isNonAsciiAlnum } from './scan/chars';

/**
 * Characters of an unquoted local part we accept: RFC 5321 atext minus the rarely used symbols, plus the
 * letters and digits of any script (RFC 6531 addresses such as `jürgen@…`).
 */
function isLocalChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 45 || c === 43 || c === 37 || isNonAsciiAlnum(c);
}

const MAX_LOCAL = 64;
/**
 * Labels of 1–63 letters/digits/hyphens of any script (no hyphen at either end; punycode `xn--mnchen-3ya`
 * is such a label), then a TLD: 2–24 letters, or punycode (`xn--p1ai` for `.рф`).
 */
const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}(\p{L}{2,24}|[Xx][Nn]--[A-Za-z0-9-]{1,59}[A-Za-z0-9])(?![\p{L}\p{N}_-])/uy;

/** File extensions that look like TLDs after `name@2x.` or `logo@dark.`: asset names, not addresses. */
const FILE_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'avif',
  'ico',
  'bmp',
  'tif',
  'tiff',
  'heic',
  'mp3',
  'mp4',
  'wav',
  'ogg',
  'webm',
  'mov',
  'woff',
  'woff2',
  'ttf',
  'otf',
  'eot',
  'js',
  'mjs',
  'cjs',
  'jsx',
  'tsx',
  'css',
  'scss',
  'sass',
  'less',
  'map',
  'json',
  'yaml',
  'yml',
  'toml',
  'xml',
  'html',
  'htm',
  'txt',
  'lock',
  'log',
  'csv',
  'pdf',
  'zip',
  'gz',
  'tgz',
  'exe',
  'dll',
  'dylib',
  'wasm',
  'vue',
  'svelte',
  'php',
  'rb',
  'py',
  'java',
  'kt',
  'swift',
]);

/** First labels that make `a@self.weights` (Python matrix product) or `x@this.y` code, not an address. */
const CODE_RECEIVERS = new Set(['self', 'this', 'np', 'torch', 'tf', 'jnp', 'cls']);

export const email = scannerRule({
  id: 'email',
  anchors: ['@'],
  title: 'Email address',
  category: 'pii',
  severity: 'medium',
  confidence: 0.9,
  *scan(text) {
    let atSign = text.indexOf('@');
    while (atSign !== -1) {
      const next = text.indexOf('@', atSign + 1);
      const hit = matchAt(text, atSign, next);
      if (hit) yield hit;
      atSign = next;
    }
  },
});

/** A label of letters (any script), digits and `-` right after the `@`, then a `.`: what every domain starts with. */
function domainStartsAt(text: string, from: number): boolean {
  let i = from;
  const stop = Math.min(text.length, from + 64);
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (!(isLetter(c) || isDigit(c) || c === 45 || isNonAsciiAlnum(c))) break;
    i++;
  }
  return i > from && text.charCodeAt(i) === 46;
}

/** How far back from a `:` the user name of a URL's userinfo is looked for. */
const MAX_USERINFO_USER = 128;

/** The `:` at `colon` ends the user of a URL's userinfo: `//` then a user name (no `/`, `@`, space) before it. */
function followsUserinfoUser(text: string, colon: number): boolean {
  let i = colon - 1;
  const stop = Math.max(0, colon - MAX_USERINFO_USER);
  while (i >= stop) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 64 || c <= 32 || c === 34 || c === 39) break;
    i--;
  }
  return i >= 1 && text.charCodeAt(i) === 47 && text.charCodeAt(i - 1) === 47;
}

function matchAt(text: string, atSign: number, nextAt: number): { start: number; end: number } | undefined {
  // Cheapest rejection first: `a@b@c`, `@media`, `x @ y` have no domain, and a run of them costs no regex.
  if (!domainStartsAt(text, atSign + 1)) return undefined;
  // Local part: walk left over local characters (bounded; a longer run is not an address).
  let start = atSign;
  while (start > 0 && atSign - start <= MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
  if (atSign - start > MAX_LOCAL) return undefined;
  while (start < atSign && text.charCodeAt(start) === 46) start++;
  if (start === atSign) return undefined; // `@decorator`, `@scope/pkg`, `@media`
  const local = text.slice(start, atSign);
  if (local.endsWith('.') || local.includes('..')) return undefined;
  if (local === 'git') return undefined; // the SSH user of code hosts, not a person
  const before = at(text, start - 1);
  // `scheme://user@host` is URL userinfo; `/pkg@1.2.3`, `@scope/pkg@...` are package specs.
  if (before === 47 || before === 64 || before === 92) return undefined;
  // `scheme://user:password@host`: the password and the host, not an address (`mailto:ana@…` still is one).
  if (before === 58 && followsUserinfoUser(text, start - 1)) return undefined;

  DOMAIN.lastIndex = atSign + 1;
  const match = DOMAIN.exec(text);
  if (match === null) return undefined;
  const end = atSign + 1 + match[0].length;
  if (nextAt !== -1 && nextAt < end) return undefined;
  const domain = match[0].toLowerCase();
  const tld = match[1]!.toLowerCase();
  const firstLabel = domain.slice(0, domain.indexOf('.'));
  if (FILE_EXTENSIONS.has(tld) && (domain.split('.').length === 2 || /^\d+(?:\.\d+)?x$/.test(firstLabel))) return undefined;
  const head = domain.slice(0, domain.length - tld.length - 1);
  if (/^\d+x$/.test(firstLabel) || /^\d+(?:\.\d+)?x$/.test(head)) return undefined; // `icon@2x.png`, `img@1.5x.png`
  if (CODE_RECEIVERS.has(firstLabel)) return undefined;
  // `git@host:org/repo` style SSH remotes, `user@host:/path` scp targets.
  const after = at(text, end);
  if (after === 58 && /[\w/~.]/.test(text[end + 1] ?? '')) return undefined;
  return { start, end };
}
