import { ExitCode } from './errors';
import { writeLine, type CliIo } from './io';
import { version } from '../../package.json';

type Command = (args: string[], io: CliIo) => Promise<number>;

interface CommandEntry {
  /** One line for `promptgate --help`. */
  readonly summary: string;
  /** The command's module, imported only when it runs, so `--help` or `scan` never loads the gateway. */
  readonly load: () => Promise<{ run: Command; usage: string }>;
}

/** Every subcommand: the map of the CLI. */
const commands: Record<string, CommandEntry> = {
  scan: {
    summary: 'find secrets and personal data in a file or stdin',
    load: async () => {
      const m = await import('./commands/scan');
      return { run: m.scanCommand, usage: m.scanUsage };
    },
  },
  redact: {
    summary: 'write a file or stdin with placeholders in place of what the policy does not allow',
    load: async () => {
      const m = await import('./commands/redact');
      return { run: m.redactCommand, usage: m.redactUsage };
    },
  },
  rules: {
    summary: 'list every built-in detector',
    load: async () => {
      const m = await import('./commands/rules');
      return { run: m.rulesCommand, usage: m.rulesUsage };
    },
  },
  gateway: {
    summary: 'run the gateway headless on 127.0.0.1',
    load: async () => {
      const m = await import('./commands/gateway');
      return { run: m.gatewayCommand, usage: m.gatewayUsage };
    },
  },
  start: {
    summary: 'what `npm start` runs: the gateway, its local UI link and how to load the extension',
    load: async () => {
      const m = await import('./commands/start');
      return { run: m.startCommand, usage: m.startUsage };
    },
  },
  token: {
    summary: 'create, list and revoke extension and SDK tokens',
    load: async () => {
      const m = await import('./commands/token');
      return { run: m.tokenCommand, usage: m.tokenUsage };
    },
  },
  ui: {
    summary: "print a new single-use link to the running gateway's local UI",
    load: async () => {
      const m = await import('./commands/ui');
      return { run: m.uiCommand, usage: m.uiUsage };
    },
  },
  pair: {
    summary: "print a one-time pairing code for the extension's options page",
    load: async () => {
      const m = await import('./commands/pair');
      return { run: m.pairCommand, usage: m.pairUsage };
    },
  },
  log: {
    summary: "verify the session log's hash chain, or export it as JSON Lines",
    load: async () => {
      const m = await import('./commands/log');
      return { run: m.logCommand, usage: m.logUsage };
    },
  },
  keys: {
    summary: 'store, list and remove the provider keys the SDK proxy uses',
    load: async () => {
      const m = await import('./commands/keys');
      return { run: m.keysCommand, usage: m.keysUsage };
    },
  },
  mcp: {
    summary: 'run a local MCP server behind the tool-call policy: promptgate mcp -- <command> [args]',
    load: async () => {
      const m = await import('./commands/mcp');
      return { run: m.mcpCommand, usage: m.mcpUsage };
    },
  },
  enroll: {
    summary: 'join an org policy server with a one-time code',
    load: async () => {
      const m = await import('./commands/enroll');
      return { run: m.enrollCommand, usage: m.enrollUsage };
    },
  },
};

function overview(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    'usage: promptgate <command> [options]',
    '',
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`),
    '',
    "`promptgate <command> --help` shows a command's options; `promptgate --version` its version.",
  ].join('\n');
}

/**
 * Node's parseArgs explains an unknown flag in a long sentence about positionals; a person needs the flag
 * and where to look. Other parse errors keep their own (short) message.
 */
function parseArgsMessage(command: string, error: { code: string; message: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option} (see promptgate ${command} --help)`;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && option) return `unexpected argument "${option}" (see promptgate ${command} --help)`;
  return `${error.message.split('\n')[0]} (see promptgate ${command} --help)`;
}

/**
 * By its code, not `instanceof`: each command is bundled on its own (see the build), so its UsageError is
 * not the class this module would import.
 */
function isUsageError(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: unknown }).code === 'usage';
}

/** Runs the CLI and returns its exit code; never throws for a person's mistake. */
export async function main(argv: string[], io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    writeLine(name === undefined ? io.stderr : io.stdout, overview());
    return name === undefined ? ExitCode.usage : ExitCode.clean;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    writeLine(io.stdout, `promptgate ${version}`);
    return ExitCode.clean;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    writeLine(io.stderr, `promptgate: unknown command "${name}" (try: ${Object.keys(commands).join(', ')}; or promptgate --help)`);
    return ExitCode.usage;
  }
  const command = await entry.load();
  // After `--` the words belong to another program (`promptgate mcp -- server --help`).
  const ownArgs = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (ownArgs.includes('--help') || ownArgs.includes('-h')) {
    writeLine(io.stdout, command.usage);
    return ExitCode.clean;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (isUsageError(error)) {
      writeLine(io.stderr, `promptgate ${name}: ${error.message}`);
      return ExitCode.usage;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      writeLine(io.stderr, `promptgate ${name}: ${parseArgsMessage(name, { code, message: (error as Error).message })}`);
      return ExitCode.usage;
    }
    throw error;
  }
}
