import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A scratch folder for one agent run: `victim`, a directory with a file the model will ask the agent to
 * delete, and `home`, an empty HOME so the agent reads no settings of the machine's user.
 */
export async function agentScratch(prefix: string): Promise<{ scratch: string; target: string; home: string }> {
  const scratch = await mkdtemp(join(tmpdir(), prefix));
  const target = join(scratch, 'victim');
  await mkdir(target);
  await writeFile(join(target, 'keep.txt'), 'precious');
  const home = join(scratch, 'home');
  await mkdir(home);
  return { scratch, target, home };
}
