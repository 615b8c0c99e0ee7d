import type { SignedBundle } from './bundle';

/** Somewhere signed bundles are copied to for a static host or CDN: a directory, an S3-compatible bucket. */
export interface BundleSink {
  /** Where, for messages: the directory or `s3://bucket/prefix`. */
  readonly where: string;
  publish(bundle: SignedBundle): void | Promise<void>;
}

/**
 * Copies each signed bundle to every sink, one bundle after another: a slow upload never lets an older bundle
 * overwrite a newer `current.jws` from this process. A bundle that fails to publish is still served by the
 * server: the failure is reported, and the next bundle is published as usual.
 */
export class BundleSinks {
  #chain: Promise<void> = Promise.resolve();
  /** The newest version every sink took. */
  #published = 0;

  constructor(
    private readonly sinks: readonly BundleSink[],
    private readonly onError: (error: unknown, where: string) => void,
  ) {}

  /** At start: a sink that cannot take the current bundle is an error the operator sees before anything runs. */
  async publishNow(bundle: SignedBundle): Promise<void> {
    await this.#chain;
    // Signed a moment ago (a fresh server's version 1) and already queued and published: not sent twice.
    if (this.#published === bundle.version) return;
    for (const sink of this.sinks) await sink.publish(bundle);
    this.#published = bundle.version;
  }

  /** After a push: queued behind earlier bundles; failures are reported, never thrown. */
  queue(bundle: SignedBundle): void {
    if (this.sinks.length === 0) return;
    this.#chain = this.#chain.then(async () => {
      let all = true;
      for (const sink of this.sinks) {
        try {
          await sink.publish(bundle);
        } catch (error) {
          all = false;
          this.onError(error, `publishing policy bundle version ${bundle.version} to ${sink.where}`);
        }
      }
      if (all) this.#published = bundle.version;
    });
  }

  /** Resolves once every queued bundle was published (or failed): on shutdown. */
  drain(): Promise<void> {
    return this.#chain;
  }
}
