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
