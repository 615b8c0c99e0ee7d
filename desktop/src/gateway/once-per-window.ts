/**
 * Lets a key through at most once per window, so a report that repeats (a broken page, a retrying client)
 * cannot fill the session log. Bounded: past `maxKeys` the oldest keys are forgotten, which at worst lets
 * one more report through.
 */
export class OncePerWindow {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when `key` was not let through in the last window (and marks it as let through now). */
  take(key: string): boolean {
    const at = this.now();
    const previous = this.last.get(key);
    if (previous !== undefined && at - previous < this.windowMs) return false;
    this.last.delete(key);
    this.last.set(key, at);
    if (this.last.size > this.maxKeys) this.last.delete(this.last.keys().next().value as string);
    return true;
  }
}
