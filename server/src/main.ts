import { adminCommand, adminUsage } from './cli/admin-command';
import { UsageError, writeLine, type CliIo } from './cli/io';
import { resetAdminTokenCommand, resetAdminTokenUsage } from './cli/reset-admin-token-command';
import { serveCommand, serveUsage } from './cli/serve-command';

/**
 * `promptgate-server [flags]` serves; `promptgate-server admin ...` talks to a running server;
 * `promptgate-server reset-admin-token` replaces a lost quick-start token on the data directory.
 */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    writeLine(io.stdout, `${serveUsage}\n\n${adminUsage}\n\n${resetAdminTokenUsage}`);
    return 0;
  }
  try {
    if (first === 'admin') {
      if (rest.includes('--help') || rest.includes('-h') || rest.length === 0) {
        writeLine(rest.length === 0 ? io.stderr : io.stdout, adminUsage);
        return rest.length === 0 ? 2 : 0;
      }
      return await adminCommand(rest, io);
    }
    if (first === 'reset-admin-token') {
      if (rest.includes('--help') || rest.includes('-h')) {
        writeLine(io.stdout, resetAdminTokenUsage);
        return 0;
      }
      return await resetAdminTokenCommand(rest, io);
    }
    return await serveCommand(argv, io);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      writeLine(io.stderr, `promptgate-server: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}
