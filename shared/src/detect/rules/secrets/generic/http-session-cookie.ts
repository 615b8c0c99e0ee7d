import { anchoredScannerRule } from '../../../define';
import { plausibleSecret } from './generic-secret-assignment';
import { classifySegments, nameSegments } from './key-name';

/** Longest cookie header read. */
const MAX_HEADER = 4096;
/** Cookie names that hold a login session, beside names the key-name rules call secret (`auth_token`). */
const SESSION_NAME =
  /^(?:[\w.-]*sess(?:ion)?(?:[_.-]?id|[_.-]?key|[_.-]?token)?[\w-]{0,16}|sid|[\w-]{1,24}[_.-]sid|connect\.sid|phpsessid|jsessionid|asp\.net_sessionid|remember[_-][\w-]{1,24}|[\w-]{0,24}jwt[\w-]{0,24})$/i;
const NOT_SESSION = /csrf|xsrf|consent|locale|lang|theme|tz|timezone|_ga|_gid|analytics|tracking|preference/i;

function isSessionCookie(name: string): boolean {
  if (NOT_SESSION.test(name)) return false;
  if (SESSION_NAME.test(name)) return true;
  const classified = classifySegments(nameSegments(name));
  return classified !== undefined && classified.kind !== 'password' && classified.kind !== 'vendorKey';
}

/**
 * Session cookies in an HTTP dump, a browser's copied request or `curl -H 'Cookie: …'`: the value of each
 * `Cookie:` pair (or a `Set-Cookie:`'s cookie) whose name says it holds a session or a token
 * (`sessionid`, `connect.sid`, `_app_session`, `remember_user_token`, `auth_token`), when it is random.
 */
export const httpSessionCookie = anchoredScannerRule({
  id: 'http-session-cookie',
  anchors: ['cookie:'],
  title: 'Session cookie in an HTTP request or response',
  severity: 'high',
  confidence: 0.75,
  *scan(text, anchorStarts) {
    let done = 0;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const at = anchorStarts[nth]!;
      if (at < done) continue;
      const setCookie = at >= 4 && text.slice(at - 4, at).toLowerCase() === 'set-';
      let end = at + 7;
      const stop = Math.min(text.length, at + MAX_HEADER);
      while (end < stop && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13 && text[end] !== '"' && text[end] !== "'") end++;
      done = end;
      const header = text.slice(at + 7, end);
      let offset = at + 7;
      for (const pair of header.split(';')) {
        const equals = pair.indexOf('=');
        if (equals > 0) {
          const name = pair.slice(0, equals).trim();
          const raw = pair.slice(equals + 1);
          const value = raw.trim().replace(/^"|"$/g, '');
          if (value.length >= 16 && isSessionCookie(name) && plausibleSecret(value)) {
            const start = offset + equals + 1 + raw.indexOf(value);
            yield { start, end: start + value.length };
          }
        }
        offset += pair.length + 1;
        // A response sets one cookie; what follows are its attributes.
        if (setCookie) break;
      }
    }
  },
});
