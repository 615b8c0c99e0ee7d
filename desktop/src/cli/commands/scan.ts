import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ExitCode, UsageError } from '../errors';
import { readInput, writeLine, type CliIo } from '../io';
import { builtinRuleTitle, detect, formatIssuePath, maskedPreview, type Finding } from '@promptgate/shared';
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

const jsonLine = z.object({ id: z.string(), text: z.string() });

/**
 * One output line per input line, same order. A bad line gets an `error` and the run goes on, so one
 * broken record never costs a tool the rest of its batch.
 */
async function scanJsonLines(io: CliIo): Promise<number> {
  let anyFindings = false;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      writeLine(io.stdout, JSON.stringify({ id: null, error: `invalid JSON: ${(error as Error).message}` }));
      continue;
    }
    const input = jsonLine.safeParse(parsed);
    if (!input.success) {
      const id = typeof (parsed as { id?: unknown } | null)?.id === 'string' ? (parsed as { id: string }).id : null;
      const issue = input.error.issues[0]!;
      writeLine(io.stdout, JSON.stringify({ id, error: `${formatIssuePath(issue.path) || 'line'}: ${issue.message}` }));
      continue;
    }
    const findings = detect(input.data.text).map(({ type, category, start, end }) => ({ type, category, start, end }));
    if (findings.length > 0) anyFindings = true;
    writeLine(io.stdout, JSON.stringify({ id: input.data.id, findings }));
  }
  return anyFindings ? ExitCode.findings : ExitCode.clean;
}
