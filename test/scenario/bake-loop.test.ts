/**
 * The bake loop's timing over the one fake clock: a failing check stops it within one check interval; an undecided
 * check extends the bake up to the cap and then fails; CloudWatch errors (through the real SDK client under
 * aws-sdk-client-mock) are reported as errors and never let a step pass.
 */
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';

import { type CheckOutcome, makeCheckRound, type RoundContext } from '../../actions/bake-and-promote/src/checks.js';
import {
  type BakeSettings,
  type WalkDeps,
  walkSteps,
  type WeightMark,
} from '../../actions/bake-and-promote/src/driver.js';
import { createAwsClients } from '../../lib/aws/clients.js';
import { DEFAULT_METRIC_POLICY } from '../../lib/checks/metrics-verdict.js';
import { memoryIO } from '../../lib/core/io.js';
import { fakeClock } from '../support/clock.js';

const cloudwatch = mockClient(CloudWatchClient);
const TG = (n: string) => `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${n}/1`;
const shifts = [
  { weight: 10, bakeMs: 600_000, split: {} },
  { weight: 100, bakeMs: 0, split: {} },
];
const settings: BakeSettings = { intervalMs: 30_000, inconclusive: 'extend', maxExtensionMs: 300_000 };
// The walk's schedule: the gate at 0% (checked by the caller), then the shifts.
const steps = [{ weight: 0, bakeMs: 0 }, ...shifts.map(({ weight, bakeMs }) => ({ weight, bakeMs }))];

/** A provider that moves at once and reads back what it was told: ALB weights without AWS. */
function movingAtOnce(onShift: () => void = () => undefined): WalkDeps['provider'] {
  let weight = 0;
  const reading = () => ({ weight, shares: {}, waiting: true, detail: `${weight}%` });
  return {
    advance: async (index) => {
      onShift();
      weight = steps[index].weight;
      return { done: true, reading: reading() };
    },
    read: async () => reading(),
  };
}

/** The old loop's call shape over the new driver: `shift` is called at each step. */
function runBake(
  _shifts: typeof shifts,
  bakeSettings: BakeSettings,
  deps: Omit<WalkDeps, 'provider'> & { shift: () => Promise<void> },
) {
  const { shift, ...rest } = deps;
  return walkSteps(steps, bakeSettings, { ...rest, provider: movingAtOnce(() => void shift()) });
}

beforeEach(() => {
  cloudwatch.reset();
  Object.assign(process.env, {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'AKIDSCENARIO',
    AWS_SECRET_ACCESS_KEY: 'scenario',
  });
  delete process.env.AWS_ENDPOINT_URL;
});

function bake(check: (ctx: RoundContext, at: number) => CheckOutcome[], options: Partial<BakeSettings> = {}) {
  const clock = fakeClock(1_000_000);
  const marks: WeightMark[] = [];
  const shiftsAt: number[] = [];
  const promise = runBake(
    shifts,
    { ...settings, ...options },
    {
      clock,
      signal: new AbortController().signal,
      io: memoryIO(),
      checks: async (ctx) => check(ctx, clock.now() - 1_000_000),
      shift: async () => void shiftsAt.push(clock.now() - 1_000_000),
      marks,
      startedAt: 1_000_000,
    },
  );
  return { promise, clock, marks, shiftsAt };
}

test('a check that starts failing mid-bake stops the loop within one check interval', async () => {
  const turnsBadAt = 250_000;
  const { promise } = bake((_ctx, at) => [
    { kind: 'smoke', outcome: at >= turnsBadAt ? 'fail' : 'pass', detail: at >= turnsBadAt ? '500' : 'ok' },
  ]);
  const outcome = await promise;
  expect(outcome.verdict).toBe('aborted');
  expect(outcome.weight).toBe(10);
  expect(outcome.decidedAt! - 1_000_000 - turnsBadAt).toBeLessThanOrEqual(settings.intervalMs);
  expect(outcome.reason).toContain('smoke fail: 500');
});

test('a clean bake moves on exactly at the end of the bake, not an interval later', async () => {
  const { promise, shiftsAt } = bake(() => [{ kind: 'alarms', outcome: 'pass', detail: '1 OK' }]);
  const outcome = await promise;
  expect(outcome.verdict).toBe('promoted');
  expect(shiftsAt).toEqual([0, 600_000]);
  expect(outcome.rounds).toHaveLength(21);
});

test('inconclusive metrics extend the bake up to the cap, then fail; never promote', async () => {
  const { promise } = bake(() => [
    { kind: 'metrics', outcome: 'inconclusive', detail: 'the canary served 3 requests' },
  ]);
  const outcome = await promise;
  expect(outcome.verdict).toBe('aborted');
  expect(outcome.decidedAt! - 1_000_000).toBe(600_000 + 300_000);
  expect(outcome.reason).toMatch(/could not decide at 10% .*5m 00s of extension ran out/);
});

test('inconclusive that decides during the extension goes on', async () => {
  const { promise } = bake((_ctx, at) => [
    { kind: 'metrics', outcome: at < 660_000 ? 'inconclusive' : 'pass', detail: '' },
  ]);
  const outcome = await promise;
  expect(outcome.verdict).toBe('promoted');
});

test('policy fail stops at the end of the bake', async () => {
  const { promise } = bake(() => [{ kind: 'metrics', outcome: 'inconclusive', detail: 'no data' }], {
    inconclusive: 'fail',
  });
  const outcome = await promise;
  expect(outcome.verdict).toBe('aborted');
  expect(outcome.decidedAt! - 1_000_000).toBe(600_000);
});

test('CloudWatch errors on alarms and metrics are reported as errors and never pass a step', async () => {
  cloudwatch
    .on(DescribeAlarmsCommand)
    .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
  cloudwatch.on(GetMetricDataCommand).rejects(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
  const clock = fakeClock(1_000_000);
  const io = memoryIO();
  const clients = createAwsClients({ region: 'eu-west-1', action: 'test' });
  const checks = makeCheckRound(
    {
      failureThreshold: 1,
      hookTimeoutMs: 1000,
      alarmNames: ['web-5xx'],
      metrics: {
        loadBalancerArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1',
        canaryTargetGroupArn: TG('green'),
        stableTargetGroupArn: TG('blue'),
        policy: DEFAULT_METRIC_POLICY,
      },
    },
    clients,
    io,
    clock,
  );
  const outcome = await runBake(
    shifts,
    { ...settings, maxExtensionMs: 60_000 },
    {
      clock,
      signal: new AbortController().signal,
      io,
      checks,
      shift: async () => undefined,
      marks: [],
      startedAt: 1_000_000,
    },
  );
  expect(outcome.verdict).toBe('aborted');
  // The first round follows the weight change at once (no metrics window yet); the second reads both.
  expect(outcome.rounds[0].outcomes[1]).toMatchObject({ kind: 'metrics', outcome: 'inconclusive' });
  const kinds = outcome.rounds[1].outcomes.map((o) => [o.kind, o.outcome]);
  expect(kinds).toEqual([
    ['alarms', 'error'],
    ['metrics', 'error'],
  ]);
  expect(outcome.rounds.every((r) => r.verdict === 'undecided')).toBe(true);
  expect(outcome.rounds[0].outcomes[0].detail).toContain(
    'could not read alarms after 3 attempts: ThrottlingException: Rate exceeded',
  );
});

test('a cancel mid-bake ends the loop as cancelled at the weight it was at, for the caller to restore', async () => {
  const controller = new AbortController();
  const clock = fakeClock(0);
  const outcome = runBake(shifts, settings, {
    clock,
    signal: controller.signal,
    io: memoryIO(),
    checks: async (ctx) => {
      if (ctx.round === 3) controller.abort(new Error('job cancelled (SIGINT)'));
      return [{ kind: 'smoke', outcome: 'pass', detail: '' }];
    },
    shift: async () => undefined,
    marks: [],
    startedAt: 0,
  });
  const result = await outcome;
  expect(result.verdict).toBe('cancelled');
  expect(result.weight).toBe(10);
  expect(result.promoted).toBe(false);
});

test('a failing check ends its round at once: a CloudWatch read still retrying is cut short, not waited for', async () => {
  let describeCalls = 0;
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
    describeCalls++;
    return new Promise(() => undefined);
  });
  const clock = fakeClock(0);
  const checks = makeCheckRound(
    { failureThreshold: 1, hook: 'echo "checkout broke" >&2; exit 3', hookTimeoutMs: 10_000, alarmNames: ['web-5xx'] },
    createAwsClients({ region: 'eu-west-1', action: 'test' }),
    memoryIO(),
    clock,
  );
  const outcomes = await checks({ weight: 10, step: 1, round: 1, since: new Date(0), now: new Date(0) });
  expect(outcomes).toEqual([
    { kind: 'command', outcome: 'fail', detail: 'exit 3: checkout broke' },
    { kind: 'alarms', outcome: 'inconclusive', detail: 'cut short: another check failed first' },
  ]);
  expect(describeCalls).toBe(1);
});

test('a check still running when the check interval is up is cut short as inconclusive, so the next round starts on time', async () => {
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => new Promise(() => undefined));
  const clock = fakeClock(0);
  const checks = makeCheckRound(
    { failureThreshold: 1, hookTimeoutMs: 1000, alarmNames: ['web-5xx'] },
    createAwsClients({ region: 'eu-west-1', action: 'test' }),
    memoryIO(),
    clock,
  );
  const outcomes = await checks({
    weight: 10,
    step: 1,
    round: 1,
    since: new Date(0),
    now: new Date(0),
    budgetMs: 30_000,
  });
  expect(outcomes).toEqual([
    { kind: 'alarms', outcome: 'inconclusive', detail: 'still running after 30000ms (the check interval): not a pass' },
  ]);
  expect(clock.now()).toBe(30_000);
});

test('metrics during the hold at 100%: the stable group serves nothing, so the error rate alone decides (against the tolerance); a hold can pass and can fail', async () => {
  const metrics = {
    loadBalancerArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1',
    canaryTargetGroupArn: TG('green'),
    stableTargetGroupArn: TG('blue'),
    policy: DEFAULT_METRIC_POLICY,
  };
  const answer = (errors: number) => (input: { MetricDataQueries: { Id: string }[] }) => ({
    // The canary has all the traffic; the stable group has no datapoints at all.
    MetricDataResults: input.MetricDataQueries.map(({ Id }) => ({
      Id,
      Values: Id === 'canary_requests' ? [1000] : Id === 'canary_errors' ? [errors] : Id === 'canary_p95' ? [0.12] : [],
    })),
  });
  const round = () =>
    makeCheckRound(
      { failureThreshold: 1, hookTimeoutMs: 1000, alarmNames: [], metrics },
      createAwsClients({ region: 'eu-west-1', action: 'test' }),
      memoryIO(),
      fakeClock(0),
    );
  const at100 = { weight: 100, step: 2, round: 2, since: new Date(0), now: new Date(120_000) };

  cloudwatch.on(GetMetricDataCommand).callsFake(answer(0));
  expect(await round()(at100)).toEqual([
    {
      kind: 'metrics',
      outcome: 'pass',
      detail: expect.stringContaining('errors 0/1000 (0%) against no stable baseline'),
    },
  ]);
  cloudwatch.on(GetMetricDataCommand).callsFake(answer(50));
  expect(await round()(at100)).toEqual([
    { kind: 'metrics', outcome: 'fail', detail: expect.stringContaining('errors 50/1000 (5%)') },
  ]);
  // Below 100% a missing stable p95 still keeps the round from passing.
  cloudwatch.on(GetMetricDataCommand).callsFake(answer(0));
  expect(await round()({ ...at100, weight: 50 })).toEqual([
    { kind: 'metrics', outcome: 'inconclusive', detail: expect.stringContaining('no stable p95') },
  ]);
});
