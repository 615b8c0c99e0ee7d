import { parseArgs } from 'node:util';
import { ExitCode, UsageError } from '../errors';
import { readInput, writeLine, type CliIo } from '../io';
import { builtinRuleTitle, detect, maskedPreview, type Finding } from '@promptgate/shared';
import { createPositionLookup } from '../text-position';

export const scanUsage = `promptgate scan [FILE] [--json | --jsonl]
  Finds secrets and personal data in FILE (or stdin).
  --json    one JSON document: {"findings": [{type, category, severity, confidence, start, end, line, column}]}
  --jsonl   batch mode: reads {"id", "text"} lines on stdin, writes {"id", "findings"} lines in the same order
Exit code: 0 nothing found, 1 findings, 2 usage or input error (binary or non-UTF-8 input included).`;

export async function scanCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.json && values.jsonl) throw new UsageError('--json and --jsonl cannot be combined');
  if (positionals.length > 1) throw new UsageError('scan takes at most one FILE');
  if (values.jsonl) {
    if (positionals.length > 0) throw new UsageError('--jsonl reads stdin; do not pass a FILE');
    // Loaded only for batch mode: its validator (zod) would otherwise cost every one-line scan its start-up.
    const { scanJsonLines } = await import('./scan-jsonl');
    return scanJsonLines(io);
  }

  const input = await readInput(positionals[0], io);
  // Editors do not count a byte order mark as a column, so neither do the positions reported here.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const findings = detect(text);
  const position = createPositionLookup(text);
  if (values.json) {
    const document = { findings: findings.map((finding) => ({ ...finding, ...position(finding.start) })) };
    writeLine(io.stdout, JSON.stringify(document));
  } else {
    writeHuman(text, findings, position, positionals[0] ?? '<stdin>', io);
  }
  return findings.length > 0 ? ExitCode.findings : ExitCode.clean;
}

function writeHuman(text: string, findings: Finding[], position: ReturnType<typeof createPositionLookup>, name: string, io: CliIo): void {
  if (findings.length === 0) {
    writeLine(io.stderr, `${name}: nothing found`);
    return;
  }
  for (const finding of findings) {
    const { line, column } = position(finding.start);
    const title = builtinRuleTitle(finding.type) ?? finding.type;
    const preview = maskedPreview(text.slice(finding.start, finding.end));
    writeLine(io.stdout, `${name}:${line}:${column}  ${finding.type}  ${finding.category}/${finding.severity}  ${title}  ${preview}`);
  }
  writeLine(io.stderr, `${findings.length} finding${findings.length === 1 ? '' : 's'}`);
}
