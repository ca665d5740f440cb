/** What an AWS SDK error means for a caller that polls: wait and look again, or stop and say why. Pure. */

export type AwsErrorKind = 'throttled' | 'transient' | 'credentials' | 'cancelled' | 'other';

const CREDENTIALS =
  /ExpiredToken|AccessDenied|UnrecognizedClient|InvalidClientTokenId|InvalidSignature|SignatureDoesNotMatch|CredentialsProviderError|NotAuthorized|UnauthorizedOperation|AuthFailure/i;
const THROTTLED = /Throttl|TooManyRequests|RequestLimitExceeded|Rate ?exceeded|SlowDown/i;
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);

/**
 * Sorts an error thrown by an SDK call: throttling and network or server trouble pass; credentials and the rest do not.
 */
export function awsErrorKind(err: unknown): AwsErrorKind {
  const e = err as {
    name?: string;
    code?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
    $fault?: string;
    cause?: unknown;
  };
  const name = `${e?.name ?? ''} ${e?.code ?? ''}`;
  const text = `${name} ${String(e?.message ?? '')}`;
  if (e?.name === 'AbortError' || e?.name === 'CancelledError') return 'cancelled';
  if (THROTTLED.test(text)) return 'throttled';
  if (CREDENTIALS.test(name) || CREDENTIALS.test(String(e?.message ?? '').slice(0, 80))) return 'credentials';
  if (NETWORK_CODES.has(e?.code ?? '') || /socket hang up|network|ECONNRESET|ECONNREFUSED|ETIMEDOUT/i.test(text))
    return 'transient';
  if (/TimeoutError|RequestTimeout/i.test(name)) return 'transient';
  const status = e?.$metadata?.httpStatusCode;
  if ((status !== undefined && status >= 500) || e?.$fault === 'server') return 'transient';
  if (e?.cause && e.cause !== err) return awsErrorKind(e.cause) === 'transient' ? 'transient' : 'other';
  return 'other';
}
