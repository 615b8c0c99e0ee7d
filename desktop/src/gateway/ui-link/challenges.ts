import { randomBytes } from 'node:crypto';

/** Enough for several CLIs asking at once; a flood of requests for challenges only pushes out older ones. */
const MAX_OPEN = 32;

/** Challenges handed out and not yet answered; each is good for one answer, right or wrong. */
export class UiLinkChallenges {
  readonly #open = new Set<string>();

  issue(): string {
    const challenge = randomBytes(24).toString('base64url');
    this.#open.add(challenge);
    if (this.#open.size > MAX_OPEN) this.#open.delete(this.#open.values().next().value!);
    return challenge;
  }

  /** Whether `challenge` was open; it is not any more. */
  take(challenge: string): boolean {
    return this.#open.delete(challenge);
  }
}
