import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closeOnSignal, gatewayOptions, startFromFlags } from './gateway';
import { writeLine, type CliIo } from '../io';
import { builtExtensionDir } from '../built-extension-dir';

export const startUsage = `promptgate start [--port 8787] [--data-dir DIR] [--policy FILE] [--upstream-openai URL] [--upstream-anthropic URL]
  What \`npm start\` runs: the gateway with its local UI, plus where the built extension is and how to pair it.`;

export async function startCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: gatewayOptions });
  const extensionDir = builtExtensionDir();
  const gateway = await startFromFlags(values);
  writeLine(io.stdout, `promptgate gateway listening on ${gateway.url}`);
  const lines = [
    '',
    `  Local UI:   ${gateway.uiUrl}`,
    '              (opens once, in one browser; `npx promptgate ui` prints a new link)',
    extensionDir !== undefined && existsSync(join(extensionDir, 'manifest.json'))
      ? `  Extension:  load ${extensionDir} in chrome://extensions (Developer mode → Load unpacked),`
      : '  Extension:  not built here (`npm run build` builds it)',
    '              then pair it in its options page with the code from the UI (Settings) or `npx promptgate pair`.',
    `  SDKs:       OPENAI_BASE_URL=${gateway.url}/openai/v1  ANTHROPIC_BASE_URL=${gateway.url}/anthropic`,
    '              with a token from `npx promptgate token create --kind sdk --name NAME` as the API key.',
    '',
    '  Ctrl+C stops the gateway.',
  ];
  for (const line of lines) writeLine(io.stderr, line);
  await closeOnSignal(gateway, io);
  return 0;
}
