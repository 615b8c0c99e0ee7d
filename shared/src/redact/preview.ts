/**
 * A preview that lets a person recognise which value was meant without printing it: terminals and CI logs
 * are not a safe place for the value itself. Shows at most a quarter of it (4 chars at most), from the start,
 * where token prefixes such as `ghp_` live.
 */
export function maskedPreview(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 4));
  return `${value.slice(0, shown)}${'*'.repeat(Math.min(8, value.length - shown))} (${value.length} chars)`;
}
