import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SignedBundle } from './bundle';
import type { BundleSink } from './bundle-sinks';

/** Where in the publish directory the newest bundle is; each version is also kept as `<version>.jws`. */
export const PUBLISHED_CURRENT = 'current.jws';

/**
 * Writes signed bundles to a directory a static host or CDN serves, byte for byte what `GET /v1/policy`
 * answers. Each file is written to a temporary name and renamed over the old one, so a reader never sees half a
 * bundle. Bundles are signed, so the host need not be trusted: a gateway verifies them as it does the server's.
 */
export class BundlePublisher implements BundleSink {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  get where(): string {
    return this.dir;
  }

  publish(bundle: SignedBundle): void {
    this.#write(`${bundle.version}.jws`, bundle.jws);
    this.#write(PUBLISHED_CURRENT, bundle.jws);
  }

  #write(name: string, content: string): void {
    const temporary = join(this.dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temporary, content, { mode: 0o644 });
    renameSync(temporary, join(this.dir, name));
  }
}
