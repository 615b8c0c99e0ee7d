import { describe, expect, it } from 'vitest';
import { lineChanges } from './line-changes';

describe('lineChanges', () => {
  it('finds the changed stretch of each changed line, and nothing for lines that stayed', () => {
    const changes = lineChanges('a\n\n  key ghp_abc end\nsame\nx ghp_abc', 'a\n\n  key [GITHUB_PAT_1] end\nsame\nx [GITHUB_PAT_1]');
    expect(changes).toEqual([
      { line: 2, oldLine: '  key ghp_abc end', from: 6, to: 13, replacement: '[GITHUB_PAT_1]' },
      { line: 4, oldLine: 'x ghp_abc', from: 2, to: 9, replacement: '[GITHUB_PAT_1]' },
    ]);
  });

  it('gives up when the lines do not match one to one', () => {
    expect(lineChanges('a\nb', 'a b')).toBeNull();
  });
});
