/**
 * Reading CloudWatch during a bake: an API or network error is retried a few times and then reported as an
 * error of its own, distinct from a check that passed or failed, so a flaky API never decides a rollout.
 */
import { CancelledError, errorMessage } from '../core/errors.js';
import { type Clock, realClock } from '../core/poll.js';

/** The value, or the error that remained after every attempt. */
export type Attempted<T> = { ok: true; value: T; attempts: number } | { ok: false; error: string; attempts: number };

export interface RetryOptions {
  /** Tries in all (default 3). */
  attempts?: number;
  /** Pause between tries, doubled each time (default 1s). */
  delayMs?: number;
  clock?: Clock;
  signal?: AbortSignal;
}

/** Calls `read` until it succeeds or the attempts run out; cancellation is rethrown, never reported as an error. */
export async function attempt<T>(read: () => Promise<T>, options: RetryOptions = {}): Promise<Attempted<T>> {
  const { attempts = 3, delayMs = 1000, clock = realClock, signal } = options;
  let last = '';
  for (let tried = 1; tried <= attempts; tried++) {
    if (signal?.aborted) throw signal.reason ?? new CancelledError();
    try {
      return { ok: true, value: await read(), attempts: tried };
    } catch (err) {
      if (signal?.aborted || err instanceof CancelledError) throw signal?.reason ?? err;
      last = describeAwsError(err);
      if (tried < attempts) await clock.sleep(delayMs * 2 ** (tried - 1), signal);
    }
  }
  return { ok: false, error: last, attempts };
}

/**
 * An SDK error as one line: "ThrottlingException: Rate exceeded", or the HTTP status when the body was not the API's.
 */
export function describeAwsError(err: unknown): string {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number }; $response?: { statusCode?: number } };
  const status = e?.$metadata?.httpStatusCode ?? e?.$response?.statusCode;
  // moto (and a broken proxy) answer HTML: the SDK throws a parse error that says nothing useful by itself.
  if (e?.name === 'SyntaxError' || /XML parse|Unexpected token|Deserialization error/i.test(errorMessage(err))) {
    return `the API answered something that is not its own response${status ? ` (HTTP ${status})` : ''}`;
  }
  return `${e?.name && e.name !== 'Error' ? `${e.name}: ` : ''}${errorMessage(err)}`;
}
