import type { ProxyErrorInfo } from './types';

/** A refusal or failure of the proxy itself; the provider adapter dresses it in the provider's error shape. */
export class ProxyError extends Error implements ProxyErrorInfo {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
