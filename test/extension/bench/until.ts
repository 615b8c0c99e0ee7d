/**
 * Waits until `probe` gives a value. The bench runs outside any test runner, so it cannot use `expect.poll`;
 * the suites do. The default timeout is hang protection, not a speed limit: a loaded machine is slow, not broken.
 */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
