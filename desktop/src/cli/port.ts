import { DEFAULT_PORT } from '../gateway/default-port';
import { UsageError } from './errors';

/** `--port` of the gateway commands; the default port when not given. */
export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${value}" is not a port number (0-65535)`);
  return port;
}
