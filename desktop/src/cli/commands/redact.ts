import { parseArgs } from 'node:util';
import { compileCustomDetectors, decide, defaultPolicy, detect, redact, Vault, type Policy } from '@promptgate/shared';
import { formatPolicyError, PolicyFileError, readPolicyFile } from '../../policy/policy-file';
import { ExitCode, UsageError } from '../errors';
import { readInput, writeLine, type CliIo } from '../io';

export const redactUsage = `promptgate redact [FILE] [--policy FILE]
  Writes FILE (or stdin) to stdout with every finding the policy does not allow replaced by a placeholder
  such as [GITHUB_PAT_1]; what was replaced goes to stderr. Every other byte is kept as it was (BOM, CRLF, no
  final newline). Without --policy the built-in default applies. Binary or non-UTF-8 input is refused.
Exit code: 0 nothing found, 1 findings, 2 usage, input or policy error.`;

export async function redactCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { policy: { type: 'string' } }, allowPositionals: true });
  if (positionals.length > 1) throw new UsageError('redact takes at most one FILE');
  const policy = values.policy === undefined ? defaultPolicy : await loadPolicyOrExplain(values.policy);
  const text = await readInput(positionals[0], io);

  const findings = detect(text, { extraRules: compileCustomDetectors(policy.custom) });
  const verdict = decide(findings, { client: 'sdk' }, policy);
  // A file written to stdout is not "sent": nothing can be held or blocked, so every finding whose action
  // is not `allow` is replaced, and the verdict a live prompt would get is reported alongside.
  const replaced = redact(text, findings, new Vault(), { include: (_finding, index) => verdict.findings[index]!.action !== 'allow' });
  io.stdout.write(replaced.text);
  for (const replacement of replaced.replacements) {
    const decision = verdict.findings[replacement.index]!;
    writeLine(io.stderr, `${replacement.placeholder}  ${replacement.type}  ${replacement.category}  policy: ${decision.action} (${decision.rule})`);
  }
  if (findings.length > 0) writeLine(io.stderr, `verdict: ${verdict.action}; ${findings.length} finding${findings.length === 1 ? '' : 's'}`);
  return findings.length > 0 ? ExitCode.findings : ExitCode.clean;
}

async function loadPolicyOrExplain(file: string): Promise<Policy> {
  try {
    return await readPolicyFile(file);
  } catch (error) {
    if (error instanceof PolicyFileError) throw new UsageError(error.errors.map((e) => `${file}: ${formatPolicyError(e)}`).join('\n'));
    throw error;
  }
}
