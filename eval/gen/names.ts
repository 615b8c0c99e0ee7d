/** Spelling one setting name the way each language or file format would. */

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export function screaming(name: string): string {
  return words(name).join('_').toUpperCase();
}

export function snake(name: string): string {
  return words(name).join('_');
}

export function camel(name: string): string {
  return words(name)
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('');
}

export function kebab(name: string): string {
  return words(name).join('-');
}

/** "STRIPE_SECRET_KEY" → "stripe secret key", for chat messages. */
export function human(name: string): string {
  return words(name).join(' ');
}
