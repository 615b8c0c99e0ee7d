import type { SignedBundle } from './bundle';
import type { BundleSink } from './bundle-sinks';
import { PUBLISHED_CURRENT } from './bundle-publisher';
import { signS3Request, type S3Credentials } from './s3-sigv4';

export interface S3PublishOptions {
  /** `s3://bucket` or `s3://bucket/prefix/`. */
  target: string;
  /** An S3-compatible endpoint (MinIO, R2, ...): path-style URLs. Default: AWS, virtual-hosted URLs. */
  endpoint?: string;
  region?: string;
  credentials: S3Credentials;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Reads `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, as every AWS tool does. */
export function s3CredentialsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Credentials {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) throw new Error('publishing to S3 needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment');
  return { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
}

/** Short on `current.jws` so a CDN picks up a push within half a minute; each version never changes. */
const CURRENT_CACHE = 'public, max-age=30';
const VERSION_CACHE = 'public, max-age=31536000, immutable';

/**
 * Puts each signed bundle into an S3-compatible bucket (`<prefix><version>.jws` and `<prefix>current.jws`), the same
 * bytes `GET /v1/policy` answers, so a CDN in front of the bucket can absorb the gateways' polls. The bucket need not be
 * trusted: gateways verify the signature as they do the server's.
 */
export class S3BundlePublisher implements BundleSink {
  readonly #bucket: string;
  readonly #prefix: string;
  readonly #region: string;

  constructor(private readonly options: S3PublishOptions) {
    const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(options.target);
    if (!match) throw new Error(`not an S3 target: ${options.target} (expected s3://bucket or s3://bucket/prefix/)`);
    this.#bucket = match[1]!;
    const prefix = match[2] ?? '';
    this.#prefix = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
    this.#region = options.region ?? 'us-east-1';
    if (options.endpoint !== undefined) new URL(options.endpoint);
  }

  get where(): string {
    return this.options.target;
  }

  async publish(bundle: SignedBundle): Promise<void> {
    await this.#put(`${bundle.version}.jws`, bundle.jws, VERSION_CACHE);
    await this.#put(PUBLISHED_CURRENT, bundle.jws, CURRENT_CACHE);
  }

  /** Where an object is: path-style on a custom endpoint, virtual-hosted on AWS. */
  urlOf(name: string): URL {
    const key = `${this.#prefix}${name}`
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/');
    if (this.options.endpoint !== undefined) return new URL(`${this.options.endpoint.replace(/\/+$/, '')}/${this.#bucket}/${key}`);
    return new URL(`https://${this.#bucket}.s3.${this.#region}.amazonaws.com/${key}`);
  }

  async #put(name: string, body: string, cacheControl: string): Promise<void> {
    const url = this.urlOf(name);
    const headers = signS3Request(
      { method: 'PUT', url, headers: { 'content-type': 'application/jose', 'cache-control': cacheControl }, body },
      this.options.credentials,
      this.#region,
      new Date((this.options.now ?? Date.now)()),
    );
    delete headers.host;
    const response = await (this.options.fetch ?? fetch)(url, { method: 'PUT', headers, body, signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`the bucket refused ${name}: HTTP ${response.status}`);
  }
}
