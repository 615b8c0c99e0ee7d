import { PLACEHOLDER } from './components/masked-text';

export interface TextPreview {
  /** The start of the text, line breaks kept. */
  text: string;
  /** Whether anything was left out, so the list offers "show all". */
  cut: boolean;
  /** Lines of the whole text, for the "show all" label. */
  lines: number;
}

/**
 * The start of a masked text for a list row: at most `maxLines` lines and `maxChars` characters. A blocked
 * prompt's reason is often not on its first line, so a preview keeps several, and never ends inside a
 * placeholder (`[EMAIL_` would read as text and lose its highlight).
 */
export function previewText(text: string, maxLines = 6, maxChars = 500): TextPreview {
  const whole = text.trimEnd();
  const allLines = whole.split('\n');
  let end = Math.min(whole.length, maxChars);
  if (allLines.length > maxLines) end = Math.min(end, allLines.slice(0, maxLines).join('\n').length);
  for (const match of whole.matchAll(PLACEHOLDER)) {
    const matchEnd = match.index + match[0].length;
    if (match.index < end && end < matchEnd) end = matchEnd;
  }
  const cut = end < whole.length;
  return { text: cut ? whole.slice(0, end).trimEnd() : whole, cut, lines: allLines.length };
}
