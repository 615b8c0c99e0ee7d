/**
 * JSON an agent exchanges with a model: tool calls that write a file or run a command, and tool results that
 * return a file's content. The value sits inside a JSON string (newlines as `\n`, quotes as `\"`), and in
 * OpenAI-style function calls the arguments are themselves a JSON string, so it is escaped twice.
 */
import { screaming, snake } from '../names';
import type { Rng } from '../rng';
import { B62 } from '../rng';
import type { ContextTemplates, Entry, Snippet } from './types';
import { encoded, jsonEscape, SERVICES, VENDORS } from './types';

const toolUseId = (r: Rng): string => 'toolu_01' + r.s(B62, 22);
const callId = (r: Rng): string => 'call_' + r.s(B62, 24);

/** An Anthropic-style tool_use block whose input holds `content` as a string. */
function toolUse(r: Rng, name: string, input: Record<string, string>): string {
  return JSON.stringify({ type: 'tool_use', id: toolUseId(r), name, input });
}

function toolResult(r: Rng, content: string): string {
  return JSON.stringify({ role: 'user', content: [{ type: 'tool_result', tool_use_id: toolUseId(r), content }] });
}

/** An OpenAI-style assistant message with one function call; `arguments` is a JSON string. */
function functionCall(r: Rng, name: string, args: Record<string, unknown>): string {
  return JSON.stringify({ role: 'assistant', content: null, tool_calls: [{ id: callId(r), type: 'function', function: { name, arguments: JSON.stringify(args) } }] });
}

const once = (es: Entry[], text: string): Snippet => encoded(text, es, jsonEscape);
const twice = (es: Entry[], text: string): Snippet => encoded(text, es, (v) => jsonEscape(jsonEscape(v)));

const envFile = (es: Entry[]): string => ['NODE_ENV=production', ...es.map((e) => `${screaming(e.name)}=${e.display}`), 'LOG_LEVEL=info', ''].join('\n');

export const toolCall: ContextTemplates = {
  context: 'tool-call',
  assign: [
    (es, r) => once(es, toolUse(r, 'write_file', { path: r.pick(['.env', 'deploy/.env.production', 'services/api/.env']), content: envFile(es) })),
    (es, r) =>
      twice(es, functionCall(r, 'run_shell', { command: `${es.map((e) => `export ${screaming(e.name)}='${e.display}'`).join(' && ')} && ./scripts/deploy.sh`, timeout: 120 })),
    (es, r) => {
      const file = [`# settings for ${r.pick(SERVICES)}`, 'DEBUG = False', ...es.map((e) => `${screaming(e.name)} = "${e.display}"`), 'ALLOWED_HOSTS = ["*"]', ''].join('\n');
      return once(es, toolResult(r, `$ cat app/settings.py\n${file}`));
    },
    (es, r) => {
      const args = Object.fromEntries(es.map((e) => [screaming(e.name), e.display]));
      return once(
        es,
        JSON.stringify({ jsonrpc: '2.0', id: r.int(1, 99), method: 'tools/call', params: { name: 'set_environment', arguments: { service: r.pick(SERVICES), variables: args } } }),
      );
    },
    (es, r) => {
      const code = [
        'import os',
        '',
        ...es.map((e) => `os.environ.setdefault("${screaming(e.name)}", "${e.display}")`),
        '',
        'from app import create_app',
        'app = create_app()',
        '',
      ].join('\n');
      return twice(es, functionCall(r, 'edit_file', { path: 'wsgi.py', old_text: 'from app import create_app', new_text: code }));
    },
  ],
  header: [
    (es, r) => {
      const headers = Object.fromEntries(es.map((e) => [e.name, e.display]));
      return twice(
        es,
        functionCall(r, 'http_request', { method: 'POST', url: `https://api.${r.pick(VENDORS)}.com/v1/${r.pick(['sync', 'jobs', 'search'])}`, headers, body: { dry_run: true } }),
      );
    },
    (es, r) => once(es, toolUse(r, 'run_shell', { command: `curl -sS ${es.map((e) => `-H "${e.name}: ${e.display}"`).join(' ')} https://api.${r.pick(VENDORS)}.io/v1/status` })),
  ],
  block: [
    ([e], r) => once([e!], toolUse(r, 'write_file', { path: `keys/${snake(e!.name)}.pem`, content: e!.display + '\n' })),
    ([e], r) => once([e!], toolResult(r, `$ cat ~/.ssh/${e!.name}\n${e!.display}\n`)),
    ([e], r) => twice([e!], functionCall(r, 'write_file', { path: `secrets/${e!.name}`, content: e!.display + '\n', mode: '0600' })),
  ],
  document: [
    ([e], r) => once([e!], toolUse(r, 'write_file', { path: e!.name, content: e!.display })),
    ([e], r) => once([e!], toolResult(r, e!.display)),
    ([e], r) => twice([e!], functionCall(r, 'write_file', { path: `config/${e!.name}`, content: e!.display })),
    ([e], r) => once([e!], JSON.stringify({ role: 'tool', tool_call_id: callId(r), content: e!.display })),
  ],
};
