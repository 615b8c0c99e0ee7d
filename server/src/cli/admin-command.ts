import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { OrgApproval } from '../approvals/types';
import type { StoredAuditEvent } from '../audit/types';
import type { AdminTokenListing } from '../auth/admin-tokens';
import type { PolicyVersion } from '../policy/policy-store';
import { formatDiff, type DiffLine } from '../policy/line-diff';
import { AdminApiError, AdminClient, SERVER_EXIT_CODE, ServerUnreachableError } from './admin-client';
import { InvalidPolicyFileError } from './invalid-policy-file';
import { UsageError, writeLine, type CliIo } from './io';

export const adminUsage = `promptgate-server admin <command> [--server URL] [--token TOKEN]
  The token comes from --token or PROMPTGATE_ADMIN_TOKEN (an OIDC access token or the quick-start admin token);
  the server from --server or PROMPTGATE_SERVER_URL (default http://127.0.0.1:8788).

  policy push FILE [--comment TEXT]       validate and publish a YAML or JSON policy as a new version
  policy history                          versions, authors, comments
  policy diff FROM TO                     line diff between two versions
  policy rollback VERSION [--comment T]   publish an old version's content as a new version
  approvals list [--status pending]       held prompts (masked)
  approvals approve ID --reason TEXT      approve a held prompt
  approvals deny ID --reason TEXT         deny it
  audit search [--q WORDS] [--user U] [--verdict V] [--since ISO] [--limit N] [--jsonl]
  enroll-code --user EMAIL [--group G]... [--ttl-minutes N]   a one-time code for \`promptgate enroll\`
  keys rotate [--compromised]             new signing key; the old one stays published, or with
                                          --compromised is revoked: gateways refuse it from then on
  tokens list                             quick-start admin tokens: id, created, name
  tokens revoke ID                        that quick-start admin token stops working at once`;

const options = {
  server: { type: 'string' },
  token: { type: 'string' },
  comment: { type: 'string' },
  status: { type: 'string' },
  reason: { type: 'string' },
  q: { type: 'string' },
  user: { type: 'string' },
  verdict: { type: 'string' },
  since: { type: 'string' },
  limit: { type: 'string' },
  jsonl: { type: 'boolean' },
  group: { type: 'string', multiple: true },
  'ttl-minutes': { type: 'string' },
  compromised: { type: 'boolean' },
} as const;

export async function adminCommand(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  const token = values.token ?? env['PROMPTGATE_ADMIN_TOKEN'];
  if (!token) throw new UsageError('no admin token: pass --token or set PROMPTGATE_ADMIN_TOKEN');
  const client = new AdminClient(values.server ?? env['PROMPTGATE_SERVER_URL'] ?? 'http://127.0.0.1:8788', token);
  const [group, action, ...rest] = positionals;
  try {
    return await run(`${group ?? ''} ${action ?? ''}`.trim(), rest, values, client, io);
  } catch (error) {
    if (error instanceof InvalidPolicyFileError) {
      // The server's message repeats every error in one line; the list below is the readable form, so only it is printed.
      writeLine(io.stderr, `promptgate-server admin: ${error.message}`);
      for (const line of error.lines()) writeLine(io.stderr, `  ${line}`);
      return 2;
    }
    if (error instanceof ServerUnreachableError) {
      writeLine(io.stderr, `promptgate-server admin: ${error.message}`);
      return SERVER_EXIT_CODE;
    }
    if (!(error instanceof AdminApiError)) throw error;
    writeLine(io.stderr, `promptgate-server admin: ${error.message} (${error.code})`);
    return SERVER_EXIT_CODE;
  }
}

type Values = ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true }>>['values'];

async function run(command: string, rest: string[], values: Values, client: AdminClient, io: CliIo): Promise<number> {
  const out = (line: string) => writeLine(io.stdout, line);
  // Notes for the person go to stderr, so stdout stays exactly the rows a script reads (none, when a list is empty).
  const note = (line: string) => writeLine(io.stderr, line);
  switch (command) {
    case 'policy push': {
      const file = required(rest[0], 'policy push FILE');
      const text = await readFile(file, 'utf8').catch(() => {
        throw new UsageError(`${file}: cannot read`);
      });
      const type = extname(file).toLowerCase() === '.json' ? 'application/json' : 'application/yaml';
      const response = await client.raw('PUT', `/admin/policy?comment=${encodeURIComponent(values.comment ?? '')}`, { body: text, type }).catch((error: unknown) => {
        throw InvalidPolicyFileError.from(error, file) ?? error;
      });
      const { version } = (await response.json()) as { version: PolicyVersion };
      out(`published version ${version.version}`);
      return 0;
    }
    case 'policy history': {
      const { versions } = await client.json<{ versions: PolicyVersion[] }>('GET', '/admin/policy/versions');
      for (const v of versions) out(`${v.version}\t${new Date(v.createdAt).toISOString()}\t${v.author}\t${v.comment}${v.rollbackOf ? ` (rollback to ${v.rollbackOf})` : ''}`);
      return 0;
    }
    case 'policy diff': {
      const { lines } = await client.json<{ lines: DiffLine[] }>('GET', `/admin/policy/diff?from=${number(rest[0], 'FROM')}&to=${number(rest[1], 'TO')}`);
      out(formatDiff(lines));
      return 0;
    }
    case 'policy rollback': {
      const { version } = await client.json<{ version: PolicyVersion }>('POST', '/admin/policy/rollback', { version: number(rest[0], 'VERSION'), comment: values.comment ?? '' });
      out(`published version ${version.version} (content of version ${version.rollbackOf})`);
      return 0;
    }
    case 'approvals list': {
      const query = values.status ? `?status=${encodeURIComponent(values.status)}` : '?status=pending';
      const { approvals } = await client.json<{ approvals: OrgApproval[] }>('GET', `/admin/approvals${query}`);
      if (approvals.length === 0) note(`no ${values.status ?? 'pending'} approvals`);
      for (const a of approvals)
        out(
          `${a.id}\t${a.status}\t${a.user}\t${a.site}\t${a.findings.map((f) => f.title).join(', ')}\t${a.maskedSegments
            .map((s) => s.text)
            .join(' ')
            .slice(0, 80)}`,
        );
      return 0;
    }
    case 'approvals approve':
    case 'approvals deny': {
      const id = required(rest[0], `${command} ID --reason TEXT`);
      const reason = required(values.reason, '--reason TEXT');
      const { approval } = await client.json<{ approval: OrgApproval }>('POST', `/admin/approvals/${encodeURIComponent(id)}/decision`, {
        decision: command.endsWith('approve') ? 'approve' : 'deny',
        reason,
      });
      out(`${approval.id} ${approval.status}`);
      return 0;
    }
    case 'audit search': {
      const params = new URLSearchParams();
      for (const key of ['q', 'user', 'verdict', 'limit'] as const) if (values[key]) params.set(key, values[key]);
      if (values.since) params.set('since', String(isoTime(values.since)));
      const none = ['q', 'user', 'verdict', 'since'].some((key) => params.has(key)) ? 'no audit events match' : 'no audit events yet';
      if (values.jsonl) {
        const response = await client.raw('GET', `/admin/audit/export?${params}`);
        const text = await response.text();
        if (text.trim() === '') note(none);
        io.stdout.write(text);
        return 0;
      }
      const { events } = await client.json<{ events: StoredAuditEvent[] }>('GET', `/admin/audit?${params}`);
      if (events.length === 0) note(none);
      for (const e of events) out(`${new Date(e.at).toISOString()}\t${e.user}\t${e.source}\t${e.kind}\t${e.verdict}\t${e.maskedText.replace(/\s+/g, ' ').slice(0, 100)}`);
      return 0;
    }
    case 'enroll-code': {
      const body = {
        user: required(values.user, '--user EMAIL'),
        groups: values.group ?? [],
        ...(values['ttl-minutes'] ? { ttlMinutes: number(values['ttl-minutes'], '--ttl-minutes') } : {}),
      };
      const issued = await client.json<{ code: string; expiresAt: number; fingerprint: string }>('POST', '/admin/enrollment-codes', body);
      out(issued.code);
      note(
        `one-time code for ${body.user}, valid until ${new Date(issued.expiresAt).toISOString()}: promptgate enroll --server ${client.server.replace(/\/+$/, '')} --code ${issued.code} --fingerprint ${issued.fingerprint}`,
      );
      return 0;
    }
    case 'keys rotate': {
      const compromised = values.compromised ?? false;
      const { kid, version, fingerprint } = await client.json<{ kid: string; version: number; fingerprint: string }>('POST', '/admin/keys/rotate', { compromised });
      out(`new signing key ${kid}; version ${version} re-signed`);
      note(`new codes show ${fingerprint}${compromised ? '; the old key is revoked: gateways refuse anything it signs, and take versions from ' + version + ' on again' : ''}`);
      return 0;
    }
    case 'tokens list': {
      const { tokens, enabled } = await client.json<{ tokens: AdminTokenListing[]; enabled: boolean }>('GET', '/admin/tokens');
      if (!enabled) note('quick-start admin tokens are disabled on this server (it signs people in with OIDC)');
      if (tokens.length === 0) note('no quick-start admin tokens');
      for (const t of tokens) out(`${t.id}\t${new Date(t.createdAt).toISOString()}\t${t.name}`);
      return 0;
    }
    case 'tokens revoke': {
      const id = required(rest[0], 'tokens revoke ID');
      await client.json('DELETE', `/admin/tokens/${encodeURIComponent(id)}`);
      out(`revoked ${id}`);
      return 0;
    }
    default:
      throw new UsageError(`unknown admin command "${command}"`);
  }
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

function number(value: string | undefined, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${what} must be a positive whole number`);
  return n;
}

function isoTime(value: string): number {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`--since: not a date: ${value}`);
  return t;
}
