/**
 * bake-and-promote, bundled, against moto and loopback versions behind the weighted front:
 *  1. time from a failing check to traffic restored: the canary starts answering 500 once moto shows 10%; we print
 *     the action's own restore-ms (failing round's end → 100% stable read back) and the wall time from the canary
 *     breaking to moto showing 0%;
 *  2. AWS API calls per bake minute: a good bake of `10%:60s, 100%` with smoke checks, an alarm and metrics every
 *     5s, counted by a small proxy in front of moto (by operation).
 * Figures are printed, never asserted. Run: bash bench/run.sh bake-restore
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CloudWatchClient, PutMetricAlarmCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';

import { observeRoute } from '../lib/traffic/listener-weights.js';
import { percentOf } from '../lib/traffic/split.js';
import { seedBakePair } from '../test/support/bake-seed.js';
import { startMoto, TEST_REGION } from '../test/support/moto.js';
import { runDist } from '../test/support/run-dist.js';
import { startVersion } from '../test/support/versions.js';
import { startWeightedFront } from '../test/support/weighted-front.js';

const moto = await startMoto();
Object.assign(process.env, moto.env);
// Counts every request the action sends, by X-Amz-Target (JSON APIs) or Action (query APIs).
const calls = new Map<string, number>();
let counting = false;
const proxy = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const op =
      (req.headers['x-amz-target'] as string | undefined)?.split('.').pop() ??
      /(?:^|&)Action=([^&]+)/.exec(body)?.[1] ??
      `${req.method} ${req.url}`;
    if (counting) calls.set(op, (calls.get(op) ?? 0) + 1);
    const upstream = request(`${moto.endpoint}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.end(body);
  });
});
await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

const dir = mkdtempSync(join(tmpdir(), 'bake-bench-'));
const smokeFile = join(dir, 'smoke.yml');
writeFileSync(smokeFile, 'checks:\n  - name: health\n    path: /health\n  - name: orders\n    path: /api/orders\n');
const [blue, green] = await Promise.all([startVersion('blue'), startVersion('green')]);
const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
const share = async (rule: string, tg: string) =>
  percentOf((await observeRoute(elb, { kind: 'rule', ruleArn: rule })).split, tg);

async function bakeOnce(steps: string, interval: string, breakAtTen: boolean) {
  await moto.reset();
  green.setBehaviour({ mode: 'healthy' });
  const { alb, newRevision } = await seedBakePair();
  const cw = new CloudWatchClient({ region: TEST_REGION });
  await cw.send(
    new PutMetricAlarmCommand({
      AlarmName: 'web-5xx',
      MetricName: 'HTTPCode_Target_5XX_Count',
      Namespace: 'AWS/ApplicationELB',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
    }),
  );
  const front = await startWeightedFront({
    route: { kind: 'rule', ruleArn: alb.ruleArn },
    backends: { [alb.blue]: blue.url, [alb.green]: green.url },
    elbv2: elb,
  });
  let brokeAt = 0;
  let scheduled = false;
  let restoredAt = 0;
  const watcher = (async () => {
    for (let i = 0; i < 2000 && !restoredAt; i++) {
      const w = await share(alb.ruleArn, alb.green).catch(() => -1);
      if (breakAtTen && !scheduled && w === 10) {
        // At a random moment of the check interval, so the figure is not always the step's first round.
        scheduled = true;
        setTimeout(() => {
          green.setBehaviour({ mode: 'error', status: 500 });
          brokeAt = performance.now();
        }, Math.random() * 2000);
      }
      if (brokeAt && w === 0) restoredAt = performance.now();
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  // The ALB's metrics, as the front saw the requests (moto cannot read the SDK's gzipped large bodies: 500 a call).
  let published = 0;
  const pump = setInterval(() => {
    const data = front.metricData(alb.loadBalancerArn).slice(published);
    published += data.length;
    for (let i = 0; i < data.length; i += 500)
      void cw
        .send(new PutMetricDataCommand({ Namespace: 'AWS/ApplicationELB', MetricData: data.slice(i, i + 500) }))
        .catch(() => undefined);
  }, 1000);
  calls.clear();
  counting = true;
  const started = performance.now();
  const run = await runDist('bake-and-promote', {
    timeoutMs: 300_000,
    env: { ...moto.env, AWS_ENDPOINT_URL: proxyUrl },
    inputs: {
      cluster: 'prod',
      services: 'web-blue,web-green',
      'listener-rule-arn': alb.ruleArn,
      'task-definition': newRevision,
      steps,
      'check-interval': interval,
      'poll-interval': '1s',
      'smoke-file': smokeFile,
      'canary-url': green.url,
      'production-url': front.url,
      alarms: 'web-5xx',
      metrics: 'true',
      'min-requests': '1',
      'compare-latency': 'false',
      inconclusive: 'extend',
      'max-extension': '30s',
    },
  });
  counting = false;
  clearInterval(pump);
  restoredAt ||= performance.now();
  await watcher;
  await front.stop();
  cw.destroy();
  return {
    run,
    wallMs: performance.now() - started,
    brokeToRestoredMs: brokeAt ? restoredAt - brokeAt : undefined,
    calls: new Map(calls),
  };
}

// The canary breaks at a random moment of the check interval: five trials show the spread (bounded by one interval).
const trials: { restoreMs: number; brokenToZeroMs: number; verdict: string }[] = [];
for (let i = 0; i < Number(process.env.BAKE_BENCH_TRIALS ?? 5); i++) {
  const failing = await bakeOnce('10%:60s, 100%', '2s', true);
  if (i === 0) {
    const t = JSON.parse(failing.run.outputs.timeline ?? '{"rounds":[]}');
    console.log(
      `  (first trial's rounds: ${t.rounds.map((r: { atMs: number; verdict: string; checks: { kind: string; outcome: string }[] }) => `${r.atMs}ms ${r.verdict} [${r.checks.map((c) => `${c.kind}:${c.outcome}`).join(' ')}]`).join('; ')})`,
    );
  }
  trials.push({
    restoreMs: Number(failing.run.outputs['restore-ms']),
    brokenToZeroMs: Math.round(failing.brokeToRestoredMs ?? NaN),
    verdict: failing.run.outputs.verdict,
  });
}
const stats = (xs: number[]) =>
  `min ${Math.min(...xs)} / median ${[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]} / max ${Math.max(...xs)} ms`;
console.log(
  `failing check → restored (check interval 2s, ${trials.length} trials, verdicts ${trials.map((t) => t.verdict).join(',')}):`,
);
console.log(`  canary broken → moto shows 0% on it: ${stats(trials.map((t) => t.brokenToZeroMs))}`);
console.log(`  failing round's end → 100% stable read back (restore-ms): ${stats(trials.map((t) => t.restoreMs))}`);

// SIGINT mid-bake, as the runner cancels a job: how long until moto shows 0% on the canary, and until the process exits
// (the runner sends SIGKILL 7.5 s after SIGINT).
{
  await moto.reset();
  green.setBehaviour({ mode: 'healthy' });
  const { alb, newRevision } = await seedBakePair();
  let sentAt = 0;
  let zeroAt = 0;
  const run = runDist('bake-and-promote', {
    timeoutMs: 120_000,
    env: moto.env,
    inputs: {
      cluster: 'prod',
      services: 'web-blue,web-green',
      'listener-rule-arn': alb.ruleArn,
      'task-definition': newRevision,
      steps: '10%:60s, 100%',
      'check-interval': '5s',
      'poll-interval': '1s',
      'smoke-file': smokeFile,
      'canary-url': green.url,
    },
    signalWhen: {
      signal: 'SIGINT',
      probe: async () => {
        const at10 = (await share(alb.ruleArn, alb.green)) === 10;
        // Half a second into the step, while the bake sleeps between rounds.
        if (at10 && !sentAt) await new Promise((r) => setTimeout(r, 500));
        if (at10) sentAt = performance.now();
        return at10;
      },
    },
  });
  const zero = (async () => {
    while (!zeroAt) {
      if (sentAt && (await share(alb.ruleArn, alb.green).catch(() => -1)) === 0) zeroAt = performance.now();
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const done = await run;
  const exitedAt = performance.now();
  zeroAt ||= exitedAt;
  await zero;
  console.log(
    `SIGINT at 10% → moto shows 0%: ${Math.round(zeroAt - sentAt)} ms; → process exited (verdict ${done.outputs.verdict}): ${Math.round(exitedAt - sentAt)} ms (the runner's grace is 7500 ms)`,
  );
}

const good = await bakeOnce('10%:60s, 100%', '5s', false);
const timeline = JSON.parse(good.run.outputs.timeline ?? '{"weights":[]}');
const total = [...good.calls.values()].reduce((a, b) => a + b, 0);
const byOp = [...good.calls.entries()]
  .sort((a, b) => b[1] - a[1])
  .map(([op, n]) => `${op} ${n}`)
  .join(', ');
console.log(
  `good bake (verdict ${good.run.outputs.verdict}, ${timeline.rounds?.length ?? 0} rounds, wall ${Math.round(good.wallMs / 1000)} s): ${total} AWS calls in all, incl. rollout and health gate; by operation: ${byOp}`,
);
// Every call counted (DescribeTags and the ECS reads included), over the run's own wall time: setup and cut-over are
// in it. The per-minute figures at 5, 10 and 30 s beside a naive poller are bench/bake-calls.ts's.
const minutes = good.wallMs / 60_000;
console.log(
  `all ${total} calls over ${minutes.toFixed(1)} min of this run = ${Math.round(total / minutes)} a minute at a 5s interval (DescribeTags ${good.calls.get('DescribeTags') ?? 0} of them); per check interval beside a naive poller: bash bench/run.sh bake-calls`,
);

await Promise.all([blue.stop(), green.stop()]);
elb.destroy();
proxy.close();
await moto.stop();
