import { describe, expect, it } from 'vitest';
import { UnresolvedPlaceholders } from './unresolved-placeholders';

/** A gateway that knows `[KEY_1]` only from the second call on, as after a restart and a new prompt. */
function gateway() {
  let calls = 0;
  return (text: string) => (++calls > 1 ? text.replaceAll('[KEY_1]', 'new-value').replaceAll('\\[KEY\\_1\\]', 'new-value') : text);
}

describe('UnresolvedPlaceholders', () => {
  it('keeps a placeholder the gateway once could not resolve, even when it later knows that name', () => {
    const memory = new UnresolvedPlaceholders();
    const restore = gateway();
    const old = 'rotate [KEY_1] and \\[KEY\\_1\\]';
    expect(memory.learn('c1', restore(memory.shield('c1', old)))).toBe(old);
    expect(memory.learn('c1', restore(memory.shield('c1', old)))).toBe(old);
  });

  it('restores what it has not seen unresolved, and keeps conversations apart', () => {
    const memory = new UnresolvedPlaceholders();
    memory.learn('c1', '[KEY_1]');
    const restore = gateway();
    restore('warm up');
    expect(memory.learn('c2', restore(memory.shield('c2', 'see [KEY_1]')))).toBe('see new-value');
  });
});
