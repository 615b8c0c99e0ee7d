/**
 * Module caches keyed on the text being scanned (digit runs, colon clusters, tables, SQL inserts, label
 * contexts, INI sections, document-number tokens) spare every rule the same walk over one text. None may
 * outlive the scan: a cache holding the text, or a string cut from it, would keep a prompt, secrets and all,
 * in memory until the next prompt replaced it. Each registers how to forget its text; the engine forgets
 * them all when a scan ends.
 */
const forgetters: Array<() => void> = [];

/** Registers how a cache forgets the text it was filled from; called once, when its module loads. */
export function forgetsScannedText(forget: () => void): void {
  forgetters.push(forget);
}

/** Every registered cache forgets its text: the scan that filled them is over. */
export function forgetScannedText(): void {
  for (const forget of forgetters) forget();
}
