import { placeholderPattern } from '@promptgate/shared';
import { h } from '../dom';

/** `[EMAIL_1]`, `[AWS_ACCESS_KEY_2]`: the placeholders the redactor writes. */
export const PLACEHOLDER = placeholderPattern('g');

interface Span {
  start: number;
  end: number;
  kind: 'placeholder' | 'kept';
  title?: string;
}

/**
 * Masked prompt text with its placeholders highlighted. Known finding spans (offsets into the masked text)
 * win; anything else shaped like a placeholder is highlighted too. A finding without a placeholder marks a
 * value that policy left in place (allow, warn), shown differently.
 */
export function maskedText(text: string, findings: ReadonlyArray<{ start?: number; end?: number; placeholder: string | null; type?: string; title?: string }> = []): HTMLElement {
  const spans: Span[] = [];
  for (const finding of findings) {
    const { start, end } = finding;
    if (start === undefined || end === undefined || start < 0 || end > text.length || end <= start) continue;
    const label = finding.title ?? finding.type;
    spans.push({ start, end, kind: finding.placeholder ? 'placeholder' : 'kept', ...(label ? { title: label } : {}) });
  }
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!spans.some((span) => span.start < end && start < span.end)) {
      const label = findings.find((f) => f.placeholder === match[0]);
      const title = label?.title ?? label?.type;
      spans.push({ start, end, kind: 'placeholder', ...(title ? { title } : {}) });
    }
  }
  spans.sort((a, b) => a.start - b.start);

  const block = h('div', { class: 'masked-text' });
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    if (span.start > cursor) block.append(text.slice(cursor, span.start));
    block.append(h('mark', { class: span.kind === 'placeholder' ? 'ph' : 'ph-kept', title: span.title }, text.slice(span.start, span.end)));
    cursor = span.end;
  }
  if (cursor < text.length) block.append(text.slice(cursor));
  if (text === '') block.append(h('span', { class: 'muted' }, '(empty)'));
  return block;
}
