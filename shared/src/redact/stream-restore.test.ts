import { describe, expect, it } from 'vitest';
import { restore } from './restore';
import { createStreamRestorer } from './stream-restore';
import { seededRandom } from './test-helpers';
import { Vault } from './vault';

function vaultWith(entries: Array<[type: string, value: string]>): Vault {
  const vault = new Vault();
  for (const [type, value] of entries) vault.placeholderFor(type, value);
  return vault;
}

function run(vault: Vault, chunks: string[]): { pieces: string[]; flushed: string } {
  const restorer = createStreamRestorer(vault);
  const pieces = chunks.map((c) => restorer.push(c));
  return { pieces, flushed: restorer.flush() };
}

describe('createStreamRestorer', () => {
  const vault = vaultWith([
    ['email', 'a@x.io'],
    ['github-pat', 'ghp_abc'],
    ['custom:customer-id', 'C-1'],
  ]);

  it('restores a placeholder split across many chunks', () => {
    const { pieces, flushed } = run(vault, ['hi [', 'GITH', 'UB_P', 'AT', '_1', '] ok']);
    expect(pieces).toEqual(['hi ', '', '', '', '', 'ghp_abc ok']);
    expect(flushed).toBe('');
  });

  it('emits text that cannot become a placeholder right away', () => {
    const { pieces } = run(vault, ['see [1] and [NOPE', ' more [EMAIL_9']);
    expect(pieces[0]).toBe('see [1] and [NOPE');
    // `[EMAIL_9` is no prefix of a placeholder in this vault, so nothing waits.
    expect(pieces[1]).toBe(' more [EMAIL_9');
  });

  it('holds back no more than a possible placeholder, and flushes an unfinished one verbatim', () => {
    const { pieces, flushed } = run(vault, ['x'.repeat(1000) + '[EMAIL_']);
    expect(pieces[0]).toBe('x'.repeat(1000));
    expect(flushed).toBe('[EMAIL_');
  });

  it('holds a trailing backslash that may open an escaped placeholder', () => {
    const { pieces, flushed } = run(vault, ['a \\', '[EMAIL\\', '_1\\', '] b']);
    expect(pieces.join('') + flushed).toBe('a a@x.io b');
  });

  it('never emits half of a surrogate pair', () => {
    const { pieces } = run(vault, ['smile \ud83d', '\ude00 done']);
    expect(pieces).toEqual(['smile ', '\ud83d\ude00 done']);
  });

  it('matches restore() on the whole text for random texts and random chunkings', () => {
    const random = seededRandom(42);
    const alphabet = ['[', ']', '\\', '_', 'E', 'M', 'A', 'I', 'L', '1', '2', 'x', ' ', '😀', 'é', 'C', 'U', 'S', 'T', 'O', 'D'];
    const fragments = ['[EMAIL_1]', '[GITHUB_PAT_1]', '[CUSTOM_CUSTOMER_ID_1]', '\\[EMAIL\\_1\\]', '[EMAIL_12]', '[EMAIL_', '\\[', '['];
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const parts = Math.floor(random() * 12);
      for (let i = 0; i < parts; i++) {
        text += random() < 0.4 ? fragments[Math.floor(random() * fragments.length)]! : alphabet[Math.floor(random() * alphabet.length)]!;
      }
      const chunks: string[] = [];
      for (let at = 0; at < text.length;) {
        const size = Math.floor(random() * 5); // empty chunks too
        chunks.push(text.slice(at, at + size));
        at += size;
      }
      const { pieces, flushed } = run(vault, chunks);
      expect(pieces.join('') + flushed, JSON.stringify(chunks)).toBe(restore(text, vault));
    }
  });
});
