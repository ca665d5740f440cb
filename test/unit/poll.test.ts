import { pollUntil, type Clock } from '../../lib/core/poll.js';
import { CancelledError, TimeoutError } from '../../lib/core/errors.js';

/** A clock that moves only when the poller sleeps. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

test('returns the value of the first done step and sleeps the interval between looks', async () => {
  const clock = fakeClock();
  const value = await pollUntil({ intervalMs: 15_000, timeoutMs: 600_000, clock, what: 'x' }, async (attempt) =>
    attempt === 3 ? { done: true, value: 'stable' } : { done: false },
  );
  expect(value).toBe('stable');
  expect(clock.slept).toEqual([15_000, 15_000]);
});

test('times out at the deadline, taking the last look at the deadline and not after', async () => {
  const clock = fakeClock();
  let looks = 0;
  await expect(
    pollUntil({ intervalMs: 40_000, timeoutMs: 100_000, clock, what: 'the rollout of web' }, async () => {
      looks++;
      return { done: false };
    }),
  ).rejects.toThrow(new TimeoutError('gave up waiting for the rollout of web after 100s'));
  expect(clock.slept).toEqual([40_000, 40_000, 20_000]);
  expect(looks).toBe(4);
});

test('stops when the job is cancelled, mid-sleep, with the cancellation reason', async () => {
  const controller = new AbortController();
  const pending = pollUntil({ intervalMs: 60_000, timeoutMs: 600_000, signal: controller.signal, what: 'x' }, async () => ({ done: false }));
  setTimeout(() => controller.abort(new CancelledError('job cancelled (SIGINT)')), 20);
  await expect(pending).rejects.toThrow('job cancelled (SIGINT)');
});
