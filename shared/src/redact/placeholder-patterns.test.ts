import { describe, expect, it } from 'vitest';
import { listBuiltinRules } from '../detect/detect';
import { echoedPlaceholderPattern, formatPlaceholder, placeholderPattern, placeholderType } from './placeholder';
import { scanPlaceholder } from './placeholder-syntax';

/** The markdown-escaped form chat pages and models write: `\[GITHUB\_PAT\_1\]`. */
const escaped = (placeholder: string) => placeholder.replace('[', '\\[').replace(']', '\\]').replaceAll('_', '\\_');

describe('placeholder patterns', () => {
  // Every placeholder the redactor can write for the built-in rules and a custom one, and for an id that starts
  // with a digit, which `placeholderType` keeps.
  const written = [...listBuiltinRules().map((rule) => rule.id), 'custom:customer-id', '1password-secret-key'].map((id) => formatPlaceholder(placeholderType(id), 12));

  it('find every placeholder the redactor writes, exactly, and agree with the streaming scanner', () => {
    for (const placeholder of written) {
      const text = `see ${placeholder}.`;
      expect(text.match(placeholderPattern())?.[0], placeholder).toBe(placeholder);
      expect(text.match(echoedPlaceholderPattern())?.[0], placeholder).toBe(placeholder);
      expect(scanPlaceholder(text, 4, 200)).toEqual({ kind: 'match', end: 4 + placeholder.length, placeholder });
    }
  });

  it('find the markdown-escaped echo only with the echoed pattern, naming it as written', () => {
    for (const placeholder of written) {
      const echo = escaped(placeholder);
      expect(`x ${echo}`.match(placeholderPattern()), echo).toBeNull();
      expect(`x ${echo}`.match(echoedPlaceholderPattern())?.[1], echo).toBe(echo.slice(2, -2));
      expect(scanPlaceholder(`x ${echo}`, 2, 400)).toMatchObject({ kind: 'match', placeholder });
    }
  });

  it('leave alone what the redactor never writes', () => {
    for (const text of ['[email_1]', '[EMAIL]', '[EMAIL_]', '[ EMAIL_1 ]', '[_1]', '[DONE]']) {
      expect(text.match(placeholderPattern()), text).toBeNull();
      expect(text.match(echoedPlaceholderPattern()), text).toBeNull();
    }
  });
});
