/** Waiting for a service's health endpoint to answer 2xx, within a time limit. */
import { errorMessage } from '../core/errors.js';
import { TimeoutError } from '../core/errors.js';
import { type Clock, pollUntil, realClock } from '../core/poll.js';

export interface HealthResult {
  healthy: boolean;
  /** One line: the last status and how long it took, or why no answer came. */
  detail: string;
}

/** GETs `url` every few seconds until it answers 2xx or `timeoutMs` passes; each request has its own time limit. */
export async function waitForHealthy(
  url: string,
  options: { timeoutMs: number; intervalMs?: number; requestTimeoutMs?: number; signal?: AbortSignal; clock?: Clock },
): Promise<HealthResult> {
  const clock = options.clock ?? realClock;
  let last = 'no answer yet';
  try {
    return await pollUntil<HealthResult>(
      {
        intervalMs: options.intervalMs ?? 3_000,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        clock,
        what: `${url} to be healthy`,
      },
      async () => {
        const started = Date.now();
        try {
          const answer = await fetch(url, {
            redirect: 'manual',
            signal: AbortSignal.timeout(options.requestTimeoutMs ?? 5_000),
          });
          await answer.arrayBuffer();
          last = `${url} answered ${answer.status} in ${Date.now() - started} ms`;
          return answer.status >= 200 && answer.status < 300
            ? { done: true, value: { healthy: true, detail: last } }
            : { done: false };
        } catch (err) {
          last = `${url} did not answer (${errorMessage(err)})`;
          return { done: false };
        }
      },
    );
  } catch (err) {
    if (err instanceof TimeoutError)
      return { healthy: false, detail: `not healthy within ${Math.round(options.timeoutMs / 1000)} s: ${last}` };
    throw err;
  }
}
