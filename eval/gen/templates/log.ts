/** Logs, stack traces and HTTP dumps that printed a value they should not have. */
import { camel, screaming, snake } from '../names';
import type { ContextTemplates } from './types';
import { encoded, isoTime, jsonEscape, q, SERVICES, sq, VENDORS } from './types';

export const log: ContextTemplates = {
  context: 'log',
  assign: [
    (es, r) =>
      `${isoTime(r)} ${r.pick(['DEBUG', 'INFO', 'WARN'])} [${r.pick(SERVICES)}] ${r.pick(['loaded config', 'starting client', 'retrying request'])} ${es.map((e) => `${snake(e.name)}=${e.display}`).join(' ')} region=eu-west-1\n`,
    (es, r) => {
      const line = {
        ts: isoTime(r),
        level: 'debug',
        service: r.pick(SERVICES),
        msg: 'effective configuration',
        env: Object.fromEntries(es.map((e) => [screaming(e.name), e.display])),
      };
      return encoded(JSON.stringify(line) + '\n', es, jsonEscape);
    },
    (es, r) =>
      [
        'Traceback (most recent call last):',
        `  File "/srv/${r.pick(SERVICES)}/app/main.py", line ${r.int(10, 300)}, in <module>`,
        `    client = connect(${es.map((e) => `${snake(e.name)}=${sq(e.display)}`).join(', ')})`,
        `  File "/srv/app/.venv/lib/python3.11/site-packages/vendor/client.py", line ${r.int(10, 900)}, in connect`,
        '    raise AuthenticationError(resp.text)',
        'vendor.errors.AuthenticationError: {"error": "invalid_credentials"}',
      ].join('\n') + '\n',
    (es, r) =>
      [
        `Error: Request failed with status code ${r.pick([401, 403])}`,
        `    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)`,
        `    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)`,
        `    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:${r.int(200, 400)}:11)`,
        'config used: {',
        es.map((e) => `  ${camel(e.name)}: '${e.display}'`).join(',\n'),
        '}',
      ].join('\n') + '\n',
  ],
  token: [
    (es, r) => {
      const lines = es.map(
        (e) =>
          `10.0.${r.int(0, 9)}.${r.int(1, 254)} - - [12/Mar/2024:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "GET /v1/export?${snake(e.name)}=${encodeURIComponent(e.display)}&page=${r.int(1, 9)} HTTP/1.1" 200 ${r.int(100, 99999)} "-" "python-requests/2.31.0"`,
      );
      return encoded(lines.join('\n') + '\n', es, encodeURIComponent);
    },
  ],
  header: [
    (es, r) => {
      const lines = [
        `> ${r.pick(['GET', 'POST'])} /api/${r.pick(['reports', 'ingest', 'v2/items'])} HTTP/1.1`,
        `> Host: ${r.pick(['api', 'ingest', 'logs'])}.${r.pick(VENDORS)}.io`,
        '> User-Agent: curl/8.4.0',
      ];
      for (const e of es) lines.push(`> ${e.name}: ${e.display}`);
      lines.push('> Accept: */*', '>', `< HTTP/1.1 ${r.pick([200, 401, 403])}`);
      return lines.join('\n') + '\n';
    },
    (es, r) =>
      `${isoTime(r)} DEBUG http: outgoing request POST https://hooks.${r.pick(VENDORS)}.io/collect headers={${es.map((e) => `${q(e.name)}: ${q(e.display)}`).join(', ')}}\n`,
  ],
  block: [
    ([e], r) => {
      const line = JSON.stringify({ ts: isoTime(r), level: 'debug', msg: 'loaded signing key', key: e!.display });
      return { text: line + '\n', values: [jsonEscape(e!.value)] };
    },
  ],
};
