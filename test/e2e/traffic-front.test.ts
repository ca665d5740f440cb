// The weighted front over moto: a split written with the traffic library is what requests really see, and the
// metrics made from those requests are what the checks library reads back from moto's CloudWatch.
import {
  CloudWatchClient,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';

import { createAwsClients } from '../../lib/aws/clients.js';
import { parseAlarmSelector, readAlarms, resolveAlarms } from '../../lib/checks/alarms.js';
import { readCanaryMetrics } from '../../lib/checks/metrics.js';
import { DEFAULT_METRIC_POLICY } from '../../lib/checks/metrics-verdict.js';
import { ConfigurationError } from '../../lib/core/errors.js';
import { parseSmokeFile } from '../../lib/smoke/file.js';
import { runSmokeRound } from '../../lib/smoke/runner.js';
import { applySplit, observeRoute } from '../../lib/traffic/listener-weights.js';
import { splitFor } from '../../lib/traffic/split.js';
import { seedAlb, type SeededAlb } from '../support/alb-seed.js';
import { type Moto, startMoto, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { startVersion, type VersionServer } from '../support/versions.js';
import { startWeightedFront, type WeightedFront } from '../support/weighted-front.js';

let moto: Moto;
let alb: SeededAlb;
let blue: VersionServer;
let green: VersionServer;
let front: WeightedFront;
const clients = () => createAwsClients({ region: TEST_REGION, action: 'test' });

beforeAll(async () => {
  moto = await startMoto();
  useMotoEnv(moto);
  blue = await startVersion('blue');
  green = await startVersion('green');
});
afterAll(async () => {
  await front?.stop();
  await blue?.stop();
  await green?.stop();
  await moto?.stop();
});
beforeEach(async () => {
  useMotoEnv(moto);
  await front?.stop();
  await moto.reset();
  alb = await seedAlb();
  blue.setBehaviour({ mode: 'healthy' });
  green.setBehaviour({ mode: 'healthy' });
  blue.resetCount();
  green.resetCount();
  front = await startWeightedFront({
    route: { kind: 'rule', ruleArn: alb.ruleArn },
    backends: { [alb.blue]: blue.url, [alb.green]: green.url },
  });
});

async function shift(percent: number) {
  const observed = await observeRoute(clients().elbv2, { kind: 'rule', ruleArn: alb.ruleArn });
  await applySplit(clients().elbv2, observed, splitFor(alb.blue, alb.green, percent));
}

async function send(count: number, path = '/health') {
  for (let i = 0; i < count; i++) await (await fetch(`${front.url}${path}`)).arrayBuffer();
}

test('a 10% split in moto sends 10 of every 100 requests to the canary', async () => {
  await shift(10);
  await front.refresh();
  blue.resetCount();
  green.resetCount();
  await send(100);
  expect(front.counts).toEqual({ [alb.blue]: 90, [alb.green]: 10 });
  expect([blue.requests, green.requests]).toEqual([90, 10]);
});

test('the front follows a change of weights on its own within a refresh', async () => {
  await send(10);
  expect(green.requests).toBe(0);
  await shift(50);
  await new Promise((r) => setTimeout(r, 500));
  green.resetCount();
  await send(20);
  expect(green.requests).toBe(10);
});

test('smoke checks through the front see the canary misbehave only in its share of production traffic', async () => {
  await shift(10);
  await front.refresh();
  green.setBehaviour({ mode: 'error' });
  const smoke = parseSmokeFile(
    'checks:\n  - name: health\n    path: /health\n    expect:\n      status: 200\n',
    'smoke.yml',
  );
  const results = [];
  for (let round = 0; round < 20; round++)
    results.push(
      ...(await runSmokeRound(smoke, [
        { name: 'canary', baseUrl: green.url },
        { name: 'production', baseUrl: front.url },
      ])),
    );
  expect(results.filter((r) => r.target === 'canary').every((r) => !r.ok && r.status === 500)).toBe(true);
  expect(results.filter((r) => r.target === 'production' && !r.ok)).toHaveLength(2);
});

test('metrics made from what the front saw are read back from moto: sums work, p95 is unavailable and never a pass', async () => {
  await shift(50);
  await front.refresh();
  green.setBehaviour({ mode: 'error' });
  const start = new Date(Date.now() - 60_000);
  await send(200);
  // The SDK gzips large PutMetricData bodies, which moto cannot read (BadGzipFile → 500).
  const cw = new CloudWatchClient({ region: TEST_REGION, disableRequestCompression: true });
  const data = front.metricData(alb.loadBalancerArn);
  for (let i = 0; i < data.length; i += 500)
    await cw.send(new PutMetricDataCommand({ Namespace: 'AWS/ApplicationELB', MetricData: data.slice(i, i + 500) }));
  const window = {
    loadBalancerArn: alb.loadBalancerArn,
    canaryTargetGroupArn: alb.green,
    stableTargetGroupArn: alb.blue,
    start,
    end: new Date(Date.now() + 60_000),
  };

  const failing = await readCanaryMetrics(clients().cloudwatch, window, DEFAULT_METRIC_POLICY, { attempts: 1 });
  expect(failing).toMatchObject({
    ok: true,
    verdict: 'fail',
    canary: { requests: 100, errors5xx: 100, p95Ms: 'unavailable' },
    stable: { requests: 100 },
  });

  // A healthy canary's numbers: the sums alone would pass, but moto cannot give p95, so the verdict cannot be a pass.
  const healthyWindow = { ...window, canaryTargetGroupArn: alb.blue, stableTargetGroupArn: alb.blue };
  const inconclusive = await readCanaryMetrics(clients().cloudwatch, healthyWindow, DEFAULT_METRIC_POLICY, {
    attempts: 1,
  });
  expect(inconclusive).toMatchObject({
    ok: true,
    verdict: 'inconclusive',
    errorRate: { outcome: 'pass' },
    latency: { reason: 'p95 latency could not be read from CloudWatch' },
  });
  const sumsOnly = await readCanaryMetrics(clients().cloudwatch, healthyWindow, {
    ...DEFAULT_METRIC_POLICY,
    compareLatency: false,
  });
  expect(sumsOnly).toMatchObject({ ok: true, verdict: 'pass' });
});

test('alarms in moto: an unknown name is refused up front, ALARM set mid-bake aborts', async () => {
  const cw = new CloudWatchClient({ region: TEST_REGION });
  for (const name of ['web-5xx', 'web-p95']) {
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: name,
        Namespace: 'AWS/ApplicationELB',
        MetricName: 'HTTPCode_Target_5XX_Count',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 5,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
  }
  await expect(resolveAlarms(clients().cloudwatch, parseAlarmSelector(['web-5xx', 'web-latency']))).rejects.toThrow(
    ConfigurationError,
  );
  const names = await resolveAlarms(clients().cloudwatch, parseAlarmSelector(['web-*']));
  expect(names).toEqual(['web-5xx', 'web-p95']);
  expect((await readAlarms(clients().cloudwatch, names)).verdict).toBe('ok');
  await cw.send(new SetAlarmStateCommand({ AlarmName: 'web-5xx', StateValue: 'ALARM', StateReason: 'canary 5xx' }));
  expect(await readAlarms(clients().cloudwatch, names)).toMatchObject({
    verdict: 'abort',
    summary: 'in ALARM: web-5xx (canary 5xx)',
  });
});
