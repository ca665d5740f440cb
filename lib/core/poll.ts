/**
 * Waiting on AWS: `pollUntil` looks, sleeps and looks again until a verdict, its deadline or a cancel. Time comes
 * from a `Clock`, so tests drive a fake one and never wait for real.
 */
import { CancelledError, TimeoutError } from './errors.js';

/** A clock the poller can be driven by; tests pass a fake one. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason ?? new CancelledError());
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason ?? new CancelledError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
  signal?: AbortSignal;
  clock?: Clock;
  /** Describes what we were waiting for, for the timeout message. */
  what: string;
}

/** One look: `done` with a value ends the wait; otherwise poll again after the interval. */
export type PollStep<T> = { done: true; value: T } | { done: false };

/**
 * Calls `step` until it is done, the deadline passes (TimeoutError) or the signal aborts (CancelledError).
 * The first look happens at once; the last one happens at the deadline, never after it. The deadline holds
 * even while a look hangs (a stuck AWS call): the look is abandoned and the wait times out on time.
 */
export async function pollUntil<T>(options: PollOptions, step: (attempt: number) => Promise<PollStep<T>>): Promise<T> {
  const clock = options.clock ?? realClock;
  const deadline = clock.now() + options.timeoutMs;
  const timeout = () =>
    new TimeoutError(`gave up waiting for ${options.what} after ${Math.round(options.timeoutMs / 1000)}s`);
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw options.signal.reason ?? new CancelledError();
    const result = await withinDeadline(
      step(attempt),
      Math.max(0, deadline - clock.now()),
      clock,
      options.signal,
      timeout,
    );
    if (result.done) return result.value;
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw timeout();
    await clock.sleep(Math.min(options.intervalMs, remaining), options.signal);
  }
}

/**
 * Settles with `work`, unless `ms` pass first (rejects with `onTimeout()`) or the signal aborts (rejects with its
 * reason).
 */
async function withinDeadline<T>(
  work: Promise<T>,
  ms: number,
  clock: Clock,
  signal: AbortSignal | undefined,
  onTimeout: () => Error,
): Promise<T> {
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason ?? new CancelledError());
  signal?.addEventListener('abort', onAbort, { once: true });
  // An abandoned look may still reject later; that must not become an unhandled rejection.
  work.catch(() => undefined);
  const timer = clock.sleep(ms, stop.signal).then(
    () => Promise.reject(onTimeout()),
    (reason) =>
      Promise.reject(signal?.aborted ? (signal.reason ?? reason) : new CancelledError('deadline timer cancelled')),
  );
  timer.catch(() => undefined);
  try {
    return await Promise.race([work, timer]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (!stop.signal.aborted) stop.abort();
  }
}
