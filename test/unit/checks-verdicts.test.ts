import { judgeAlarms, parseAlarmSelector } from '../../lib/checks/alarms.js';
import { loadBalancerDimension, targetGroupDimension, windowPeriodSeconds } from '../../lib/checks/metrics.js';
import { DEFAULT_METRIC_POLICY, type GroupStats, judgeMetrics } from '../../lib/checks/metrics-verdict.js';
import { describeAwsError } from '../../lib/checks/retry.js';

const policy = DEFAULT_METRIC_POLICY; // 50 requests, +1 point of 5xx, p95 ≤ 1.5× stable (or +50ms)
const healthy: GroupStats = { requests: 1000, errors5xx: 2, p95Ms: 120 };

describe('canary metrics against stable', () => {
  test.each<[string, GroupStats, GroupStats, string, string, string]>([
    ['a canary like stable', { requests: 100, errors5xx: 0, p95Ms: 125 }, healthy, 'pass', 'pass', 'pass'],
    [
      'no 5xx datapoints means none (ALB publishes only non-zero counts)',
      { requests: 100, p95Ms: 100 },
      healthy,
      'pass',
      'pass',
      'pass',
    ],
    ['a canary throwing 5% errors', { requests: 100, errors5xx: 5, p95Ms: 110 }, healthy, 'fail', 'fail', 'pass'],
    [
      'a canary exactly at the tolerance',
      { requests: 1000, errors5xx: 12, p95Ms: 110 },
      healthy,
      'pass',
      'pass',
      'pass',
    ],
    ['a canary twice as slow', { requests: 100, errors5xx: 0, p95Ms: 260 }, healthy, 'fail', 'pass', 'fail'],
    [
      'a small slowdown within the slack',
      { requests: 100, errors5xx: 0, p95Ms: 40 },
      { requests: 1000, p95Ms: 20 },
      'pass',
      'pass',
      'pass',
    ],
    [
      'too few canary requests',
      { requests: 49, errors5xx: 49, p95Ms: 5000 },
      healthy,
      'inconclusive',
      'inconclusive',
      'inconclusive',
    ],
    ['no canary data at all', {}, healthy, 'inconclusive', 'inconclusive', 'inconclusive'],
    [
      'p95 unavailable (moto; a failing percentile call)',
      { requests: 100, errors5xx: 0, p95Ms: 'unavailable' },
      { ...healthy, p95Ms: 'unavailable' },
      'inconclusive',
      'pass',
      'inconclusive',
    ],
    [
      'p95 unavailable but 5xx already failing',
      { requests: 100, errors5xx: 30, p95Ms: 'unavailable' },
      { ...healthy, p95Ms: 'unavailable' },
      'fail',
      'fail',
      'inconclusive',
    ],
    [
      'no stable traffic at 100%: held to the tolerance',
      { requests: 500, errors5xx: 15, p95Ms: 100 },
      { requests: 0 },
      'fail',
      'fail',
      'inconclusive',
    ],
    [
      'no stable traffic and a clean canary: latency cannot be compared',
      { requests: 500, errors5xx: 0, p95Ms: 100 },
      {},
      'inconclusive',
      'pass',
      'inconclusive',
    ],
    // Every error counts: the load balancer's failed connections to the canary's group and its own unexplained 5xx.
    [
      'a canary whose tasks refuse connections (ALB 502s, no target 5xx)',
      { requests: 100, errors5xx: 0, connectionErrors: 20, p95Ms: 100 },
      healthy,
      'fail',
      'fail',
      'pass',
    ],
    [
      'a canary timing out (ELB 504s, unattributed)',
      { requests: 100, errors5xx: 0, unattributed5xx: 15, p95Ms: 100 },
      healthy,
      'fail',
      'fail',
      'pass',
    ],
    // Statistics instead of allowances: noise in a small sample passes; a small real rise over the tolerance fails.
    [
      '2 errors in 60 requests against a 1% stable rate is noise',
      { requests: 60, errors5xx: 2, p95Ms: 100 },
      { requests: 1000, errors5xx: 10, p95Ms: 100 },
      'pass',
      'pass',
      'pass',
    ],
    [
      '1.2% over 500 requests at 100% (no stable) is within a 1% tolerance by chance',
      { requests: 500, errors5xx: 6, p95Ms: 100 },
      { requests: 0 },
      'inconclusive',
      'pass',
      'inconclusive',
    ],
    [
      'a rise that is significant but within the tolerance',
      { requests: 20_000, errors5xx: 160 },
      { requests: 180_000, errors5xx: 1000 },
      'inconclusive',
      'pass',
      'inconclusive',
    ],
    [
      'a rise that is significant and over it',
      { requests: 20_000, errors5xx: 320 },
      { requests: 180_000, errors5xx: 1000 },
      'fail',
      'fail',
      'inconclusive',
    ],
    // Latency by ranks over per-minute averages, once each side has five minutes.
    [
      'per-minute latency three times stable',
      { requests: 600, latencySeries: [300, 310, 290, 305, 320, 298], p95Ms: 100 },
      { requests: 6000, latencySeries: [100, 105, 98, 102, 99, 101], p95Ms: 100 },
      'fail',
      'pass',
      'fail',
    ],
    [
      'per-minute latency like stable',
      { requests: 600, latencySeries: [101, 99, 104, 100, 97, 103], p95Ms: 500 },
      { requests: 6000, latencySeries: [100, 105, 98, 102, 99, 101], p95Ms: 100 },
      'pass',
      'pass',
      'pass',
    ],
  ])('%s', (_name, canary, stable, verdict, errors, latency) => {
    const judged = judgeMetrics(canary, stable, policy);
    expect([judged.verdict, judged.errorRate.outcome, judged.latency.outcome]).toEqual([verdict, errors, latency]);
  });

  test('with latency comparison off, a clean error rate passes on its own', () => {
    expect(
      judgeMetrics({ requests: 100, errors5xx: 0, p95Ms: 'unavailable' }, healthy, { ...policy, compareLatency: false })
        .verdict,
    ).toBe('pass');
  });

  test('the reasons read as numbers a person can check', () => {
    const judged = judgeMetrics({ requests: 200, errors5xx: 10, p95Ms: 300 }, healthy, policy);
    expect(judged.errorRate.reason).toBe(
      'errors 10/200 (5%) against stable 2/1000 (0.2%): Fisher p=6.6e-7, significant and over the tolerance; tolerance +1%, confidence 99%',
    );
    expect(judged.latency.reason).toBe('p95 300ms against stable 120ms, limit 180ms');
  });
});

describe('alarms', () => {
  test.each([
    [['web-5xx', 'web-prod-*'], { names: ['web-5xx'], prefixes: ['web-prod-'] }],
    [[], { names: [], prefixes: [] }],
  ])('%j', (items, selector) => expect(parseAlarmSelector(items)).toEqual(selector));

  test.each(['*', 'web-*-5xx', 'web**'])('%s is refused', (item) =>
    expect(() => parseAlarmSelector([item], 'alarms')).toThrow('Invalid `alarms`'),
  );

  test.each([
    [
      'all OK',
      [
        ['a', 'OK'],
        ['b', 'OK'],
      ],
      'ok',
      '2 OK',
    ],
    [
      'one without data is reported, not judged',
      [
        ['a', 'OK'],
        ['b', 'INSUFFICIENT_DATA'],
      ],
      'ok',
      '1 OK; without data (not judged): b',
    ],
    [
      'one in ALARM aborts',
      [
        ['a', 'ALARM'],
        ['b', 'INSUFFICIENT_DATA'],
      ],
      'abort',
      'in ALARM: a (Threshold crossed)',
    ],
    [
      'a vanished alarm cannot pass',
      [
        ['a', 'OK'],
        ['b', 'MISSING'],
      ],
      'inconclusive',
      'no longer exist: b',
    ],
    ['nothing to watch is not a pass', [], 'inconclusive', 'no alarms to watch'],
  ] as const)('%s', (_name, states, verdict, summary) => {
    const judged = judgeAlarms(
      states.map(([name, state]) => ({ name, state, reason: state === 'ALARM' ? 'Threshold crossed' : '' })),
    );
    expect([judged.verdict, judged.summary]).toEqual([verdict, summary]);
  });
});

describe('metric plumbing', () => {
  test('dimensions come from the ARNs as CloudWatch publishes them', () => {
    expect(
      loadBalancerDimension(
        'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188',
      ),
    ).toBe('app/web/50dc6c495c0c9188');
    expect(
      targetGroupDimension(
        'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-green/2453ed029918f21f',
      ),
    ).toBe('targetgroup/web-green/2453ed029918f21f');
  });

  test.each([
    [10_000, 60],
    [300_000, 300],
    [301_000, 360],
  ])('a %d ms window is read as one %d s period', (ms, seconds) =>
    expect(windowPeriodSeconds({ start: new Date(0), end: new Date(ms) })).toBe(seconds),
  );

  test('errors read as one line; an HTML answer says so instead of a parse error', () => {
    expect(describeAwsError(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))).toBe(
      'ThrottlingException: Rate exceeded',
    );
    expect(
      describeAwsError(
        Object.assign(new SyntaxError('Unexpected token < in JSON'), { $metadata: { httpStatusCode: 500 } }),
      ),
    ).toBe('the API answered something that is not its own response (HTTP 500)');
  });
});
