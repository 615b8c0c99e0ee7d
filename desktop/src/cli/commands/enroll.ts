import { parseArgs } from 'node:util';
import { ensureDataDir } from '../../log';
import { defaultDataDir } from '../data-dir';
import { ExitCode, UsageError } from '../errors';
import { writeLine, type CliIo } from '../io';
import { PolicyHolder } from '../../gateway/policy-holder';
import { enrollDevice, parseFingerprint, parseServerUrl } from '../../org/enroll';
import { EnrollmentError } from '../../org/errors';
import { readEnrollment } from '../../org/org-files';
import { PolicySync } from '../../org/policy-sync';

export const enrollUsage = `promptgate enroll --server URL --code CODE [--fingerprint SHA256:...] [--name DEVICE] [--data-dir DIR] [--insecure]
  Joins this device to an org policy server with a one-time code from an admin, pins the org's signing key and
  fetches the org policy. A running gateway picks it up within seconds.
  --fingerprint: the org key fingerprint the admin gave with the code; enrollment fails, changing nothing, when
  the server presents another key. Plain http:// is refused for a server not on this machine unless --insecure.
Exit code: 0 enrolled, 2 usage error (a missing flag, a URL that is not http(s)), 3 the server could not be
  reached or refused (connection refused, not an org server, a used or expired code).`;

export async function enrollCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      server: { type: 'string' },
      code: { type: 'string' },
      fingerprint: { type: 'string' },
      name: { type: 'string' },
      'data-dir': { type: 'string' },
      insecure: { type: 'boolean' },
    },
  });
  const insecure = values.insecure ?? false;
  if (!values.server || !values.code) throw new UsageError('--server URL and --code CODE are both needed');
  // Checked before the data directory is created, so a mistyped URL changes nothing.
  try {
    parseServerUrl(values.server, { insecure });
  } catch (error) {
    if (error instanceof EnrollmentError) throw new UsageError(`--server: ${error.message}`);
    throw error;
  }
  try {
    if (values.fingerprint !== undefined) parseFingerprint(values.fingerprint);
  } catch (error) {
    if (error instanceof EnrollmentError) throw new UsageError(`--fingerprint: ${error.message}`);
    throw error;
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  ensureDataDir(dataDir);
  try {
    const enrollment = await enrollDevice(dataDir, {
      server: values.server,
      code: values.code,
      insecure,
      ...(values.fingerprint !== undefined ? { fingerprint: values.fingerprint } : {}),
      ...(values.name ? { deviceName: values.name } : {}),
    });
    writeLine(io.stdout, `enrolled with ${enrollment.server} as ${enrollment.user}${enrollment.groups.length ? ` (groups: ${enrollment.groups.join(', ')})` : ''}`);
    // The first pull here, so a gateway started offline later already has the org policy.
    const holder = new PolicyHolder();
    const sync = new PolicySync(dataDir, holder, () => readEnrollment(dataDir));
    await sync.pull();
    const status = sync.status();
    if (status.version !== null) writeLine(io.stdout, `org policy version ${status.version} fetched and verified`);
    for (const warning of [status.rejected, status.unreachable]) if (warning) writeLine(io.stderr, `warning: ${warning.message}`);
    return ExitCode.clean;
  } catch (error) {
    if (!(error instanceof EnrollmentError)) throw error;
    writeLine(io.stderr, `promptgate enroll: ${error.message}`);
    return ExitCode.server;
  }
}
