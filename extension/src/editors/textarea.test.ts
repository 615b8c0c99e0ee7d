import { describe, expect, it } from 'vitest';
import { textareaDriver } from './textarea';

/**
 * React's value tracking, as it is installed on a controlled field: an own `value` property that remembers
 * what React last saw; on `input`, React reports a change only when the element's real value differs.
 */
function reactControlled(field: HTMLTextAreaElement): { changes: string[] } {
  const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
  let tracked = field.value;
  Object.defineProperty(field, 'value', {
    configurable: true,
    get: () => native.get!.call(field) as string,
    set: (next: string) => {
      tracked = next;
      native.set!.call(field, next);
    },
  });
  const changes: string[] = [];
  field.addEventListener('input', () => {
    const now = native.get!.call(field) as string;
    if (now !== tracked) {
      tracked = now;
      changes.push(now);
    }
  });
  return { changes };
}

describe('textareaDriver', () => {
  it('puts a long text in a React-controlled field so React sees the change, lines and indentation intact', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    field.value = 'draft with a secret';
    const react = reactControlled(field);
    const text = 'line one\n\n    indented [GITHUB_PAT_1]\n'.repeat(3000);
    await textareaDriver.write(field, text);
    expect(textareaDriver.read(field)).toBe(text);
    expect(react.changes).toEqual([text]);
  });
});
