import { PLACEHOLDER_NAME } from '../detect/redaction-placeholder';

/**
 * Placeholders look like `[GITHUB_PAT_1]`: ASCII only, no characters markdown gives meaning to on their own
 * (a lone `[...]` without `(...)` renders as text), and shaped like a constant name, which models copy verbatim.
 */

/** `github-pat` → `GITHUB_PAT`, `custom:customer-id` → `CUSTOM_CUSTOMER_ID`. Never empty. */
export function placeholderType(findingType: string): string {
  const type = findingType
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return type === '' ? 'VALUE' : type;
}

export function formatPlaceholder(type: string, n: number): string {
  return `[${type}_${n}]`;
}

/**
 * `[TYPE_N]` exactly as `formatPlaceholder` writes it; the one pattern every surface that finds placeholders in
 * text uses (the local UI's highlighting, the extension's reply restoring). A new RegExp per call: a global
 * one keeps its position between uses.
 */
export function placeholderPattern(flags = ''): RegExp {
  return new RegExp(`\\[${PLACEHOLDER_NAME}\\]`, flags);
}

/**
 * A placeholder as a model or a chat page may echo it: exact, or markdown-escaped (`\[EMAIL\_1\]`, either
 * bracket escaped alone); group 1 is its name as written, escapes included. `scanPlaceholder` reads the same
 * forms one character at a time where text streams in.
 */
export function echoedPlaceholderPattern(flags = ''): RegExp {
  return new RegExp(`\\\\?\\[([A-Z0-9][A-Z0-9_\\\\]*_\\d+)\\\\?\\]`, flags);
}
