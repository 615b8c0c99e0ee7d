import type { Device } from '../auth/principal';

/**
 * How long an entry is trusted without a notification. Longer than a gateway's poll interval (60 s, or its 55 s
 * long-poll), or every poll would miss; short enough that a revocation the bus never carried (a row changed by
 * hand in the database) still counts within minutes.
 */
export const DEVICE_CACHE_TTL_MS = 5 * 60_000;

export interface DeviceCacheOptions {
  /** Entries kept at most; the oldest goes first. Default 50,000 (an org's whole fleet, a few MB). */
  maxEntries?: number;
  /** Default `DEVICE_CACHE_TTL_MS`. */
  ttlMs?: number;
}

interface Entry {
  device: Device;
  expiresAt: number;
}

/**
 * Devices by the hash of their credential, so a gateway's poll (every minute, from every laptop) does not read
 * the database to prove who it is. Revocations drop entries through the change bus; the TTL only bounds how long
 * a missed notification could matter. Unknown credentials are never kept: a guesser cannot fill it.
 */
export class DeviceCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #ttlMs: number;
  /**
   * Bumped by every drop: a lookup that read the database before a revocation and finishes after it must not
   * put its (stale) answer back.
   */
  #generation = 0;

  constructor(
    private readonly now: () => number,
    options: DeviceCacheOptions = {},
  ) {
    this.#maxEntries = options.maxEntries ?? 50_000;
    this.#ttlMs = options.ttlMs ?? DEVICE_CACHE_TTL_MS;
  }

  get(tokenHash: string): Device | undefined {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAt > this.now()) return entry.device;
    this.#entries.delete(tokenHash);
    return undefined;
  }

  /** Taken before a database read; `set` with it keeps the answer only if nothing was dropped meanwhile. */
  generation(): number {
    return this.#generation;
  }

  set(tokenHash: string, device: Device, generation: number): void {
    if (generation !== this.#generation) return;
    this.#entries.delete(tokenHash);
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(tokenHash, { device, expiresAt: this.now() + this.#ttlMs });
  }

  /** Forgets one device (revoked here or on another replica). Revocations are rare: a scan is fine. */
  drop(deviceId: string): void {
    this.#generation++;
    for (const [hash, entry] of this.#entries) if (entry.device.id === deviceId) this.#entries.delete(hash);
  }

  /** Forgets everything: notifications may have been missed. */
  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }
}
