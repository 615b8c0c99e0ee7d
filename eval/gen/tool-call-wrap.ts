import type { Rng } from './rng';

/**
 * A text as a coding agent carries it: the content of a file it writes (a tool call's arguments), the output of
 * a command it ran (a tool result), or that output as a JSON document inside a tool result, one level of
 * escaping deeper. Line breaks, tabs and quotes of the text become escapes, and the file's first line follows
 * `"content":"` rather than starting a line.
 */
export function inToolCall(text: string, r: Rng): string {
  const path = r.pick(['exports/customers.csv', 'data/people.tsv', 'notes/contacts.md', 'tmp/report.txt']);
  return r.pick([
    () => JSON.stringify({ path, content: text }),
    () => JSON.stringify({ ok: true, exit_code: 0, stdout: text }),
    () => JSON.stringify({ content: [{ type: 'text', text: JSON.stringify({ path, content: text }) }] }),
  ])();
}
