import { createInterface } from 'node:readline';
import { z } from 'zod';
import { detect, formatIssuePath } from '@promptgate/shared';
import { ExitCode } from '../errors';
import { writeLine, type CliIo } from '../io';

const jsonLine = z.object({ id: z.string(), text: z.string() });

/**
 * One output line per input line, same order. A bad line gets an `error` and the run goes on, so one
 * broken record never costs a tool the rest of its batch.
 */
export async function scanJsonLines(io: CliIo): Promise<number> {
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
