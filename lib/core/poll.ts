import { CancelledError, TimeoutError } from './errors.js';

/** A clock the poller can be driven by; tests pass a fake one. */
export interface Clock {
  now(): number;
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
 * The first look happens at once; the last one happens at the deadline, never after it.
 */
export async function pollUntil<T>(options: PollOptions, step: (attempt: number) => Promise<PollStep<T>>): Promise<T> {
  const clock = options.clock ?? realClock;
  const deadline = clock.now() + options.timeoutMs;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw options.signal.reason ?? new CancelledError();
    const result = await step(attempt);
    if (result.done) return result.value;
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      throw new TimeoutError(`gave up waiting for ${options.what} after ${Math.round(options.timeoutMs / 1000)}s`);
    }
    await clock.sleep(Math.min(options.intervalMs, remaining), options.signal);
  }
}
