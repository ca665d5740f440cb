/**
 * The one fake clock of the tests and benches: a discrete-event clock. Time stands still while anything is
 * still working (promise chains, mocked AWS answers); once the event loop has gone quiet, it jumps to the
 * earliest pending sleep and wakes it. So a watcher's interval sleeps cost no real time, a deadline timer
 * raced against a look that answers does not fire, and one raced against a look that hangs does.
 * Real I/O (a loopback server's answer) takes more than a few turns of the loop: pass `busy` (e.g. from
 * `trackFetches()`) and time also stands still while it says real work is under way.
 */
import type { Clock } from '../../lib/core/poll.js';

export interface FakeClock extends Clock {
  /** The length of every sleep that ran to its end, in order (sleeps cut short by an abort are not here). */
  slept: number[];
}

interface Timer {
  due: number;
  ms: number;
  seq: number;
  wake: () => void;
}

/** Macrotask turns to wait before deciding the loop is quiet: mocked SDK calls settle well within this. */
const QUIET_TURNS = 5;

export interface FakeClockOptions {
  /** True while real work is under way that the clock must wait for before it moves (in real time). */
  busy?: () => boolean;
}

export function fakeClock(start = 0, options: FakeClockOptions = {}): FakeClock {
  let now = start;
  let seq = 0;
  let scheduled = false;
  const timers: Timer[] = [];
  const slept: number[] = [];

  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    void (async () => {
      for (;;) {
        for (let i = 0; i < QUIET_TURNS; i++) await turn();
        if (!options.busy?.()) break;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      scheduled = false;
      if (timers.length === 0) return;
      timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
      const next = timers.shift()!;
      now = Math.max(now, next.due);
      slept.push(next.ms);
      next.wake();
      if (timers.length) schedule();
    })();
  };

  return {
    slept,
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = () => {
          const at = timers.indexOf(timer);
          if (at >= 0) timers.splice(at, 1);
          reject(signal?.reason);
        };
        const timer: Timer = {
          due: now + ms,
          ms,
          seq: seq++,
          wake: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        timers.push(timer);
        signal?.addEventListener('abort', onAbort, { once: true });
        schedule();
      }),
  };
}

/**
 * Makes loopback HTTP visible to a fake clock: wraps the global fetch so that `busy()` is true from the start of a
 * request until its body has arrived (the wrapper reads the body and hands back a Response holding it), so the
 * clock cannot jump past a deadline while a real answer is on its way. `restore()` puts the real fetch back.
 */
export function trackFetches(): { busy: () => boolean; restore: () => void } {
  const real = globalThis.fetch;
  let inFlight = 0;
  globalThis.fetch = async (input, init) => {
    inFlight++;
    try {
      const response = await real(input, init);
      const body = await response.arrayBuffer();
      return new Response(response.status === 204 || response.status === 304 ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } finally {
      inFlight--;
    }
  };
  return { busy: () => inFlight > 0, restore: () => void (globalThis.fetch = real) };
}
