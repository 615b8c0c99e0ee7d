import { ExitCode, UsageError } from './errors';
import { writeLine, type CliIo } from './io';
import { gatewayCommand, gatewayUsage } from './commands/gateway';
import { logCommand, logUsage } from './commands/log';
import { pairCommand, pairUsage } from './commands/pair';
import { redactCommand, redactUsage } from './commands/redact';
import { rulesCommand, rulesUsage } from './commands/rules';
import { startCommand, startUsage } from './commands/start';
import { tokenCommand, tokenUsage } from './commands/token';
import { scanCommand, scanUsage } from './commands/scan';
import { keysCommand, keysUsage } from './commands/keys';
import { enrollCommand, enrollUsage } from '../org/enroll-command';

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Every subcommand, with its usage text: the map of the CLI. */
const commands: Record<string, { run: Command; usage: string }> = {
  scan: { run: scanCommand, usage: scanUsage },
  redact: { run: redactCommand, usage: redactUsage },
  rules: { run: rulesCommand, usage: rulesUsage },
  gateway: { run: gatewayCommand, usage: gatewayUsage },
  start: { run: startCommand, usage: startUsage },
  token: { run: tokenCommand, usage: tokenUsage },
  pair: { run: pairCommand, usage: pairUsage },
  log: { run: logCommand, usage: logUsage },
  keys: { run: keysCommand, usage: keysUsage },
  enroll: { run: enrollCommand, usage: enrollUsage },
};

function usage(): string {
  return ['usage: promptgate <command> [options]', '', ...Object.values(commands).map((command) => command.usage + '\n')].join('\n');
}

/** Runs the CLI and returns its exit code; never throws for a person's mistake. */
export async function main(argv: string[], io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    writeLine(name === undefined ? io.stderr : io.stdout, usage());
    return name === undefined ? ExitCode.usage : ExitCode.clean;
  }
  const command = commands[name];
  if (!command) {
    writeLine(io.stderr, `promptgate: unknown command "${name}" (try: ${Object.keys(commands).join(', ')})`);
    return ExitCode.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    writeLine(io.stdout, command.usage);
    return ExitCode.clean;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // parseArgs reports unknown or malformed flags with codes starting ERR_PARSE_ARGS.
    const code = (error as { code?: string }).code ?? '';
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      writeLine(io.stderr, `promptgate ${name}: ${(error as Error).message}`);
      return ExitCode.usage;
    }
    throw error;
  }
}
