import { CancelledError, TimeoutError } from '../../lib/core/errors.js';
import { pollUntil } from '../../lib/core/poll.js';
import { fakeClock } from '../support/clock.js';

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
  const pending = pollUntil(
    { intervalMs: 60_000, timeoutMs: 600_000, signal: controller.signal, what: 'x' },
    async () => ({ done: false }),
  );
  setTimeout(() => controller.abort(new CancelledError('job cancelled (SIGINT)')), 20);
  await expect(pending).rejects.toThrow('job cancelled (SIGINT)');
});

test('the deadline holds while a look hangs: the wait times out on time instead of hanging with it', async () => {
  const clock = fakeClock();
  let looks = 0;
  const hung = pollUntil(
    { intervalMs: 15_000, timeoutMs: 60_000, clock, what: 'the rollout of web' },
    async (attempt) => {
      looks = attempt;
      // The third look is an AWS call that never answers.
      return attempt === 3 ? new Promise<never>(() => undefined) : { done: false };
    },
  );
  await expect(hung).rejects.toThrow(new TimeoutError('gave up waiting for the rollout of web after 60s'));
  expect(looks).toBe(3);
  expect(clock.now()).toBe(60_000);
});

test('a cancel while a look hangs ends the wait at once with the cancellation reason', async () => {
  const controller = new AbortController();
  const pending = pollUntil(
    { intervalMs: 1_000, timeoutMs: 600_000, signal: controller.signal, what: 'x' },
    () => new Promise<never>(() => undefined),
  );
  setTimeout(() => controller.abort(new CancelledError('job cancelled (SIGINT)')), 20);
  await expect(pending).rejects.toThrow('job cancelled (SIGINT)');
});
