/** One line of a rewrite: in line `line`, the text `oldLine` gets `replacement` in place of `from`..`to`. */
export interface LineChange {
  line: number;
  oldLine: string;
  from: number;
  to: number;
  replacement: string;
}

/**
 * What a rewrite changes, line by line, when it keeps the lines (a redaction does): for each line that
 * differs, the smallest stretch that changed. Null when the line count differs.
 */
export function lineChanges(current: string, next: string): LineChange[] | null {
  const before = current.split('\n');
  const after = next.split('\n');
  if (before.length !== after.length) return null;
  const changes: LineChange[] = [];
  before.forEach((oldLine, line) => {
    const newLine = after[line]!;
    if (oldLine === newLine) return;
    const shorter = Math.min(oldLine.length, newLine.length);
    let prefix = 0;
    while (prefix < shorter && oldLine[prefix] === newLine[prefix]) prefix++;
    let suffix = 0;
    while (suffix < shorter - prefix && oldLine[oldLine.length - 1 - suffix] === newLine[newLine.length - 1 - suffix]) suffix++;
    changes.push({ line, oldLine, from: prefix, to: oldLine.length - suffix, replacement: newLine.slice(prefix, newLine.length - suffix) });
  });
  return changes;
}
