import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadPolicy, type Policy, type PolicyError } from '@promptgate/shared';

/** A policy file that cannot be used; `errors` carries every problem with its path, for the person to fix. */
export class PolicyFileError extends Error {
  readonly code = 'policy_invalid';
  constructor(
    readonly file: string,
    readonly errors: readonly PolicyError[],
  ) {
    super(`${file}: ${errors.map(formatPolicyError).join('; ')}`);
  }
}

export function formatPolicyError(error: PolicyError): string {
  const where = error.line !== undefined ? ` (line ${error.line}${error.column !== undefined ? `, column ${error.column}` : ''})` : '';
  return `${error.path || '(document)'}${where}: ${error.message}`;
}

/** Policies are small documents; a cap keeps a wrong path (a log file, a disk image) from being parsed. */
const MAX_POLICY_BYTES = 1024 * 1024;

/** Reads and validates a YAML or JSON policy (by extension; YAML is a superset, so anything else is read as YAML). */
export async function readPolicyFile(file: string): Promise<Policy> {
  let text: string;
  try {
    const buffer = await readFile(file);
    if (buffer.length > MAX_POLICY_BYTES) throw new PolicyFileError(file, [{ path: '', message: 'file is larger than 1 MiB' }]);
    text = buffer.toString('utf8');
  } catch (error) {
    if (error instanceof PolicyFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicyFileError(file, [{ path: '', message: code === 'ENOENT' ? 'no such file' : (error as Error).message }]);
  }
  const result = loadPolicy(text, extname(file).toLowerCase() === '.json' ? 'json' : 'yaml');
  if (!result.ok) throw new PolicyFileError(file, result.errors);
  return result.policy;
}
