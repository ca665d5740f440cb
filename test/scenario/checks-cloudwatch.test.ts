// Alarms and canary metrics through the real CloudWatch client with aws-sdk-client-mock: percentiles (which moto
// cannot serve), a failing percentile call next to working sums, and errors that stay errors.
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type MetricDataQuery,
  type StateValue,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';

import { createAwsClients } from '../../lib/aws/clients.js';
import { parseAlarmSelector, readAlarms, resolveAlarms } from '../../lib/checks/alarms.js';
import { type MetricWindow, readCanaryMetrics } from '../../lib/checks/metrics.js';
import { DEFAULT_METRIC_POLICY } from '../../lib/checks/metrics-verdict.js';
import { ConfigurationError } from '../../lib/core/errors.js';
import type { Clock } from '../../lib/core/poll.js';
import { fakeClock } from '../support/clock.js';

const cw = mockClient(CloudWatchClient);
const cloudwatch = () => createAwsClients({ region: 'eu-west-1', action: 'test' }).cloudwatch;
const PREFIX = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012';
const window: MetricWindow = {
  loadBalancerArn: `${PREFIX}:loadbalancer/app/web/50dc6c495c0c9188`,
  canaryTargetGroupArn: `${PREFIX}:targetgroup/web-green/2453ed029918f21f`,
  stableTargetGroupArn: `${PREFIX}:targetgroup/web-blue/73e2d6bc24d8a067`,
  start: new Date('2026-11-30T14:00:00Z'),
  end: new Date('2026-11-30T14:05:00Z'),
};
const serverError = () =>
  Object.assign(new SyntaxError('Unexpected token < in JSON at position 0'), { $metadata: { httpStatusCode: 500 } });
const isPercentileCall = (queries: MetricDataQuery[] = []) => queries.some((q) => q.MetricStat?.Stat?.startsWith('p'));

/** Answers like CloudWatch from a table of id → values, and like moto when `percentiles` is 'fail'. */
function answer(values: Record<string, number[]>, percentiles: 'serve' | 'fail' = 'serve') {
  cw.on(GetMetricDataCommand).callsFake((input) => {
    if (isPercentileCall(input.MetricDataQueries) && percentiles === 'fail') throw serverError();
    return {
      MetricDataResults: input.MetricDataQueries.map((q: MetricDataQuery) => ({
        Id: q.Id,
        Values: values[q.Id!] ?? [],
        StatusCode: 'Complete',
      })),
    };
  });
}

beforeEach(() => cw.reset());

describe('canary metrics', () => {
  test('the sums (with the per-minute averages, from five minutes on) and the p95 come from separate calls, dimensions TargetGroup then LoadBalancer; a slow canary fails', async () => {
    answer({
      canary_requests: [60, 60],
      canary_errors: [0],
      stable_requests: [500, 520],
      stable_errors: [1],
      canary_p95: [0.9],
      stable_p95: [0.12],
    });
    const reading = await readCanaryMetrics(cloudwatch(), window, DEFAULT_METRIC_POLICY);
    expect(reading).toMatchObject({
      ok: true,
      verdict: 'fail',
      canary: { requests: 120, errors5xx: 0, p95Ms: 900 },
      stable: { requests: 1020, errors5xx: 1, p95Ms: 120 },
    });
    expect(reading.ok && reading.latency.reason).toBe('p95 900ms against stable 120ms, limit 180ms');
    const calls = cw.commandCalls(GetMetricDataCommand).map((c) => c.args[0].input.MetricDataQueries!);
    expect(
      calls.map((queries) => queries.map((q) => `${q.MetricStat!.Metric!.MetricName}:${q.MetricStat!.Stat}`)),
    ).toEqual([
      // Five minutes: enough for the rank test's per-minute averages, asked for beside the sums.
      [
        'RequestCount:Sum',
        'HTTPCode_Target_5XX_Count:Sum',
        'TargetConnectionErrorCount:Sum',
        'RequestCount:Sum',
        'HTTPCode_Target_5XX_Count:Sum',
        'TargetConnectionErrorCount:Sum',
        'HTTPCode_ELB_5XX_Count:Sum',
        'TargetResponseTime:Average',
        'TargetResponseTime:Average',
      ],
      // None came back, so the p95 decides.
      ['TargetResponseTime:p95', 'TargetResponseTime:p95'],
    ]);
    // The load balancer's own 5xx has no TargetGroup dimension.
    expect(calls[0][6].MetricStat!.Metric!.Dimensions).toEqual([
      { Name: 'LoadBalancer', Value: 'app/web/50dc6c495c0c9188' },
    ]);
    expect(calls[0][7].MetricStat!.Period).toBe(60);
    expect(calls[0][0].MetricStat!.Metric!.Dimensions).toEqual([
      { Name: 'TargetGroup', Value: 'targetgroup/web-green/2453ed029918f21f' },
      { Name: 'LoadBalancer', Value: 'app/web/50dc6c495c0c9188' },
    ]);
    expect(calls[0][0].MetricStat!.Period).toBe(300);
  });

  test('with five per-minute averages on each side the rank test decides: one call a round, no p95 read', async () => {
    const minutes = (ms: number) => [ms, ms, ms, ms, ms].map((x, i) => (x + i) / 1000);
    answer({ canary_requests: [600], stable_requests: [6000], canary: minutes(300), stable: minutes(100) });
    const reading = await readCanaryMetrics(cloudwatch(), window, DEFAULT_METRIC_POLICY);
    expect(reading).toMatchObject({
      ok: true,
      verdict: 'fail',
      latency: {
        outcome: 'fail',
        reason: expect.stringMatching(/^per-minute latency median 302ms against stable 102ms \(5\/5 minutes\)/),
      },
    });
    expect(cw.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    // Under five minutes of window there are no averages to ask for: the sums, then the p95.
    cw.resetHistory();
    await readCanaryMetrics(cloudwatch(), { ...window, end: new Date('2026-11-30T14:04:00Z') }, DEFAULT_METRIC_POLICY);
    expect(cw.commandCalls(GetMetricDataCommand).map((c) => c.args[0].input.MetricDataQueries!.length)).toEqual([7, 2]);
  });

  test('every error counts: failed connections to the canary and the load balancer 5xx they do not explain', async () => {
    // No target 5xx at all: the canary's tasks refuse 6 connections (ALB 502s) and time out 9 times (ALB 504s); the
    // stable group's 2 failed connections are the only other part of the load balancer's 17 5xx.
    answer({
      canary_requests: [100],
      canary_connections: [6],
      stable_requests: [900],
      stable_connections: [2],
      lb_elb5xx: [17],
      canary_p95: [0.1],
      stable_p95: [0.1],
    });
    const reading = await readCanaryMetrics(cloudwatch(), window, DEFAULT_METRIC_POLICY);
    expect(reading).toMatchObject({
      ok: true,
      verdict: 'fail',
      canary: { connectionErrors: 6, unattributed5xx: 9 },
      errorRate: { outcome: 'fail' },
    });
    expect(reading.ok && reading.errorRate.reason).toMatch(
      /^errors 15\/100 \(15%; 6 connection errors, 9 load balancer 5xx included\) against stable 2\/900/,
    );
  });

  test('a failing percentile call leaves the sums standing: a 5xx canary still fails, a clean one is inconclusive', async () => {
    answer({ canary_requests: [100], canary_errors: [20], stable_requests: [900] }, 'fail');
    const failing = await readCanaryMetrics(cloudwatch(), window, DEFAULT_METRIC_POLICY, { clock: fakeClock() });
    expect(failing).toMatchObject({
      ok: true,
      verdict: 'fail',
      canary: { p95Ms: 'unavailable' },
      errorRate: { outcome: 'fail' },
      latency: { outcome: 'inconclusive' },
    });
    expect(failing.ok && failing.p95Error).toBe('the API answered something that is not its own response (HTTP 500)');

    cw.reset();
    answer({ canary_requests: [100], stable_requests: [900] }, 'fail');
    const clean = await readCanaryMetrics(cloudwatch(), window, DEFAULT_METRIC_POLICY, { clock: fakeClock() });
    expect(clean).toMatchObject({
      ok: true,
      verdict: 'inconclusive',
      errorRate: { outcome: 'pass' },
      latency: { reason: 'p95 latency could not be read from CloudWatch' },
    });
  });

  test('throttling is retried; a CloudWatch that keeps failing is an error, neither pass nor fail', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    cw.on(GetMetricDataCommand)
      .rejectsOnce(throttled)
      .rejectsOnce(throttled)
      .resolves({
        MetricDataResults: [
          { Id: 'canary_requests', Values: [80] },
          { Id: 'stable_requests', Values: [800] },
        ],
      });
    const waits = fakeClock();
    const recovered = await readCanaryMetrics(
      cloudwatch(),
      window,
      { ...DEFAULT_METRIC_POLICY, compareLatency: false },
      { clock: waits, delayMs: 1000 },
    );
    expect(recovered).toMatchObject({ ok: true, verdict: 'pass' });
    expect(waits.slept).toEqual([1000, 2000]);

    cw.reset();
    cw.on(GetMetricDataCommand).rejects(throttled);
    const broken = await readCanaryMetrics(cloudwatch(), window, DEFAULT_METRIC_POLICY, {
      clock: fakeClock(),
      attempts: 3,
    });
    expect(broken).toEqual({
      ok: false,
      verdict: 'error',
      reason: 'could not read ALB metrics after 3 attempts: ThrottlingException: Rate exceeded',
    });
  });

  test('cancellation while waiting to retry is not reported as a CloudWatch error', async () => {
    cw.on(GetMetricDataCommand).rejects(Object.assign(new Error('socket hang up'), { name: 'TimeoutError' }));
    const controller = new AbortController();
    const sleeper: Clock = { now: () => 0, sleep: async () => controller.abort(new Error('job cancelled')) };
    await expect(
      readCanaryMetrics(cloudwatch(), window, DEFAULT_METRIC_POLICY, { clock: sleeper, signal: controller.signal }),
    ).rejects.toThrow('job cancelled');
  });
});

describe('alarms', () => {
  const alarm = (name: string, state: StateValue, reason = '') => ({
    AlarmName: name,
    StateValue: state,
    StateReason: reason,
  });

  test('an unknown alarm name is a configuration error naming it, found before anything else is read', async () => {
    cw.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [alarm('web-5xx', 'OK')], CompositeAlarms: [] });
    const error = await resolveAlarms(cloudwatch(), parseAlarmSelector(['web-5xx', 'web-latncy']), 'alarms').catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      'Invalid `alarms` "web-latncy" is not an alarm in this account and region (hint: names are case-sensitive; end a prefix with *)',
    );
  });

  test('prefixes resolve to every match across pages, composite alarms included; an empty prefix is an error', async () => {
    cw.on(DescribeAlarmsCommand, { AlarmNamePrefix: 'web-' })
      .resolvesOnce({ MetricAlarms: [alarm('web-5xx', 'OK')], NextToken: 't' })
      .resolvesOnce({ MetricAlarms: [], CompositeAlarms: [alarm('web-health', 'OK')] });
    cw.on(DescribeAlarmsCommand, { AlarmNamePrefix: 'wbe-' }).resolves({ MetricAlarms: [] });
    expect(await resolveAlarms(cloudwatch(), parseAlarmSelector(['web-*']))).toEqual(['web-5xx', 'web-health']);
    await expect(resolveAlarms(cloudwatch(), parseAlarmSelector(['wbe-*']))).rejects.toThrow(
      'no alarm name starts with "wbe-"',
    );
    expect(cw).toHaveReceivedCommandWith(DescribeAlarmsCommand, { AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] });
  });

  test('ALARM aborts with its reason; an error reading alarms stays an error', async () => {
    cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        alarm('web-5xx', 'ALARM', 'Threshold Crossed: 1 datapoint [12.0] was greater than 5.0'),
        alarm('web-p95', 'INSUFFICIENT_DATA'),
      ],
    });
    expect(await readAlarms(cloudwatch(), ['web-5xx', 'web-p95'])).toMatchObject({
      verdict: 'abort',
      summary: 'in ALARM: web-5xx (Threshold Crossed: 1 datapoint [12.0] was greater than 5.0)',
    });
    cw.reset();
    cw.on(DescribeAlarmsCommand).rejects(serverError());
    expect(await readAlarms(cloudwatch(), ['web-5xx'], { clock: fakeClock() })).toEqual({
      verdict: 'error',
      readings: [],
      summary:
        'could not read alarms after 3 attempts: the API answered something that is not its own response (HTTP 500)',
    });
  });
});
