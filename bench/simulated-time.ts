/**
 * A discrete-event clock for benches: Date.now stands still while requests are in flight, and jumps to the next
 * timer once every watcher is asleep. So a request costs no simulated time, and pollers we cannot hand a clock
 * (the SDK waiters) sleep exactly as they would, without the bench waiting for real.
 */

/** A running simulated clock: set `sleepers`, run the watchers, then `restore()`. */
export interface SimulatedTime {
  /** Watchers currently running: the clock moves only once each of them waits on a simulated timer. */
  sleepers: number;
  /** The real Date.now, for wall-clock figures. */
  realNow: () => number;
  /** Stops advancing and puts back the real Date.now, setTimeout and clearTimeout. */
  restore: () => void;
}

export interface SimulatedTimeOptions {
  /**
   * Delays (ms) left on real timers: ones that something other than a watcher waits on, e.g. the SDK HTTP handler's.
   */
  keepReal?: (ms: number) => boolean;
  /** How often (real ms) to check whether every watcher sleeps. */
  tickMs?: number;
}

const SIM = Symbol('simulated timer');

/** Replaces Date.now, setTimeout and clearTimeout in this process with a discrete-event clock starting now. */
export function simulateTime({ keepReal = () => false, tickMs = 0 }: SimulatedTimeOptions = {}): SimulatedTime {
  const realDateNow = Date.now;
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const realNow = realDateNow.bind(Date);
  let simNow = realNow();
  const timers = new Map<number, { due: number; fire: () => void }>();
  let nextTimer = 1;

  Date.now = () => simNow;
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    if (keepReal(ms)) return realSetTimeout(fn, ms, ...args);
    const id = nextTimer++;
    timers.set(id, { due: simNow + ms, fire: () => fn(...args) });
    // Shaped like a Node Timeout, so callers that unref or clear it work; the symbol tells clearTimeout it is ours.
    const handle = {
      [SIM]: id,
      ref: () => handle,
      unref: () => handle,
      hasRef: () => true,
      refresh: () => handle,
      [Symbol.toPrimitive]: () => id,
    };
    return handle;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((handle: unknown) => {
    if (handle && typeof handle === 'object' && SIM in handle) timers.delete((handle as { [SIM]: number })[SIM]);
    else realClearTimeout(handle as NodeJS.Timeout);
  }) as typeof clearTimeout;

  const time: SimulatedTime = {
    sleepers: 0,
    realNow,
    restore: () => {
      clearInterval(advance);
      Date.now = realDateNow;
      globalThis.setTimeout = realSetTimeout;
      globalThis.clearTimeout = realClearTimeout;
    },
  };
  // Polled on a real interval: only when every watcher has a timer pending is nobody left to act at this instant.
  const advance = setInterval(() => {
    if (time.sleepers === 0 || timers.size < time.sleepers) return;
    const due = Math.min(...[...timers.values()].map((t) => t.due));
    simNow = Math.max(simNow, due);
    for (const [id, timer] of [...timers]) {
      if (timer.due > due) continue;
      timers.delete(id);
      timer.fire();
    }
  }, tickMs);
  return time;
}
