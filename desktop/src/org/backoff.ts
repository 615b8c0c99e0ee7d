/**
 * Delay before retry number `attempt` (0-based): doubling from `minMs` to `maxMs`, with up to 20% jitter
 * subtracted so a fleet of gateways coming back after an outage does not retry in step.
 */
export function backoffDelay(attempt: number, options: { minMs: number; maxMs: number }, random: () => number = Math.random): number {
  const base = Math.min(options.maxMs, options.minMs * 2 ** Math.min(attempt, 30));
  return Math.round(base * (1 - 0.2 * random()));
}
