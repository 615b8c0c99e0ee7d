/** Codes from Node's TLS layer that mean the certificate was checked and not trusted. */
const UNTRUSTED_CERTIFICATE = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** What the TLS client sees when the port answers plain HTTP (or anything else that is not TLS). */
const NOT_TLS = new Set(['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'EPROTO']);

interface ErrorWithCause {
  name?: string;
  code?: string;
  message?: string;
  cause?: ErrorWithCause & { errors?: ErrorWithCause[] };
}

/**
 * Why a request to `url` never got an HTTP answer, in words a person can act on. Node's fetch says only
 * "fetch failed" for every network failure; the reason is in `error.cause.code`.
 */
export function describeFetchFailure(error: unknown, url: string): string {
  const failure = (error ?? {}) as ErrorWithCause;
  if (failure.name === 'TimeoutError') return 'no answer in time (timed out)';
  const cause = failure.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code ?? '';
  const https = url.startsWith('https:');
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND') return 'no such host';
  if (code === 'EAI_AGAIN') return 'the host name could not be looked up (DNS)';
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'the connection timed out';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'the host is unreachable from this network';
  if (https && NOT_TLS.has(code)) return `TLS/protocol mismatch: the port does not seem to speak TLS (is it ${url.replace(/^https:/, 'http:')}?)`;
  if (UNTRUSTED_CERTIFICATE.has(code)) return `its TLS certificate is not trusted (${cause?.message ?? code})`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    // A TLS server drops a plain-HTTP request without a word; that is the likely reason on http://.
    return https ? 'the connection was closed without an answer' : `the connection was closed without an answer (is it ${url.replace(/^http:/, 'https:')}?)`;
  }
  if (code.startsWith('HPE_')) return 'the answer is not HTTP (another protocol on that port?)';
  return cause?.message ?? failure.message ?? String(error);
}
