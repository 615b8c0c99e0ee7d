import { anchoredScannerRule } from '../../../define';
import { keyNameAt } from './password-keywords';
import { isCrediblePassword } from './values';

/** Another ADO.NET / ODBC key in the same string, so `Password=` is part of a connection string. */
const OTHER_KEY =
  /(?:^|[;"'])[ \t]*(?:server|data source|host|address|addr|network address|uid|user id|user|username|initial catalog|database|driver|dsn|provider)[ \t]*=/im;

/**
 * ADO.NET / ODBC connection strings: `Server=db;Database=app;User Id=app;Password=...;` and
 * `Driver={...};Uid=app;Pwd={...};`. The finding is the password value only.
 */
export const connectionStringAdo = anchoredScannerRule({
  id: 'connection-string-ado',
  anchors: ['pass', 'pwd'],
  title: 'ADO.NET / ODBC connection string password',
  severity: 'high',
  confidence: 0.75,
  *scan(text, anchorStarts) {
    for (const hit of anchorStarts) {
      const key = keyNameAt(text, hit);
      if (key === undefined || key.start !== hit || (key.core !== 'password' && key.core !== 'pwd')) continue;
      let i = hit - 1;
      while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
      if (i >= 0 && text[i] !== ';' && text[i] !== '"' && text[i] !== "'" && text[i] !== '\n') continue;
      let at = key.end;
      while (text[at] === ' ' || text[at] === '\t') at++;
      if (text[at] !== '=') continue;
      at++;
      while (text[at] === ' ' || text[at] === '\t') at++;
      let start = at;
      let end: number;
      if (text[at] === '{') {
        start = at + 1;
        end = text.indexOf('}', start);
        if (end < 0 || end - start > 200) continue;
      } else {
        end = at;
        while (end < text.length && end - at < 200 && !/[;"'\r\n]/.test(text[end]!)) end++;
        while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
      }
      const lineStart = text.lastIndexOf('\n', hit) + 1;
      const segment = text.slice(Math.max(lineStart, hit - 300), Math.min(text.length, end + 300));
      if (!OTHER_KEY.test(segment)) continue;
      if (!isCrediblePassword(text.slice(start, end), 4)) continue;
      yield { start, end };
    }
  },
});
