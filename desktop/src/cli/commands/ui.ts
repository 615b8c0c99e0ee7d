import { parseArgs } from 'node:util';
import { DEFAULT_PORT } from '../../gateway/default-port';
import { readUiLinkKey } from '../../gateway/ui-link/key';
import { challengeResponseSchema, linkResponseSchema, UI_LINK_PATHS, uiLinkProof } from '../../gateway/ui-link/protocol';
import { defaultDataDir } from '../data-dir';
import { ExitCode, UsageError } from '../errors';
import { GatewayRequestError, postToGateway } from '../gateway-request';
import { writeLine, type CliIo } from '../io';
import { parsePort } from '../port';

export const uiUsage = `promptgate ui [--port ${DEFAULT_PORT}] [--data-dir DIR]
  Asks the running gateway for a new link to its local UI and prints it. A link opens the UI once, in the
  browser that opens it first; run this again for another. Only the user who owns the gateway's data
  directory can: pass the --port and --data-dir the gateway runs with.
Exit code: 0 printed, 2 usage error, 3 no gateway answered on that port, or it runs with another data directory.`;

export async function uiCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, 'data-dir': { type: 'string' } } });
  const port = parsePort(values.port);
  if (port === 0) throw new UsageError('--port 0 picks a free port when a gateway starts; pass the port it printed');
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const origin = `http://127.0.0.1:${port}`;
  try {
    const { challenge } = await postToGateway(origin, UI_LINK_PATHS.challenge, {}, challengeResponseSchema);
    const key = readKey(dataDir);
    if (!key) throw new GatewayRequestError(`no gateway has run with the data directory ${dataDir}: pass the --data-dir of the gateway at ${origin}`);
    const { url } = await postToGateway(origin, UI_LINK_PATHS.link, { challenge, proof: uiLinkProof(key, origin, challenge) }, linkResponseSchema).catch((error: unknown) => {
      if (error instanceof GatewayRequestError && error.status === 401) {
        throw new GatewayRequestError(`the gateway at ${origin} runs with another data directory than ${dataDir}: pass its --data-dir`);
      }
      throw error;
    });
    // Only a link into the gateway that was asked is printed, whatever answered on that port.
    if (!url.startsWith(`${origin}/ui/?key=`)) throw new GatewayRequestError(`${origin} answered, but not with a link to its local UI`);
    writeLine(io.stdout, url);
    writeLine(io.stderr, 'The link opens the local UI once, in the browser that opens it first; `promptgate ui` prints another.');
    return ExitCode.clean;
  } catch (error) {
    if (!(error instanceof GatewayRequestError)) throw error;
    writeLine(io.stderr, `promptgate ui: ${error.message}`);
    return ExitCode.server;
  }
}

/** An unreadable key (permissions, a damaged file) is the person's to fix: one line, exit code 2. */
function readKey(dataDir: string): Buffer | undefined {
  try {
    return readUiLinkKey(dataDir);
  } catch (error) {
    throw new UsageError(`cannot read the UI link key in ${dataDir}: ${(error as Error).message}`);
  }
}
