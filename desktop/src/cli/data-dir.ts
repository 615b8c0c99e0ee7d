import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the gateway keeps its data when no `--data-dir` is given: `PROMPTGATE_DATA_DIR`, else the
 * platform's per-user data directory (the same place the desktop app uses).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env['PROMPTGATE_DATA_DIR']) return env['PROMPTGATE_DATA_DIR'];
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'promptgate');
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'promptgate');
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'promptgate');
}
