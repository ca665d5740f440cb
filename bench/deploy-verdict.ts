/**
 * deploy-verdict: how long until a rollout has a verdict, and is the verdict right? deploy-ecs's watcher
 * (lib/ecs/rollout-watch.ts) against the AWS SDK's `waitUntilServicesStable`, which is what
 * aws-actions/amazon-ecs-deploy-task-definition waits with (minDelay 15 s, the waiter's default maxDelay 600 s,
 * maxWaitTime = wait-for-minutes, default 30).
 *
 * Both run unmodified, with real SDK clients, against the same scripted ECS timeline served by a local HTTP
 * server that speaks ECS's JSON protocol (X-Amz-Target: AmazonEC2ContainerServiceV20141113.*), reached through
 * AWS_ENDPOINT_URL. Time is simulated: Date.now and setTimeout are replaced in this process by a discrete-event
 * clock, so both pollers, the SDK waiter's jittered back-off included, live on one clock that skips the sleeps;
 * every figure is in simulated seconds, and a request costs none. The service-deployments API is not simulated (the
 * server answers it 400), so both
 * judge from DescribeServices alone.
 *
 * Run: node --import ./scripts/register-ts.mjs bench/deploy-verdict.ts      (a few seconds; BENCH_RUNS, default 5)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DescribeServicesCommand, ECSClient, waitUntilServicesStable } from '@aws-sdk/client-ecs';

import { createAwsClients } from '../lib/aws/clients.js';
import { memoryIO } from '../lib/core/io.js';
import { watchRollouts } from '../lib/ecs/rollout-watch.js';
import { simulateTime } from './simulated-time.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const POLL_S = 15;
const WAIT_MINUTES = 30; // the official action's default wait-for-minutes

// ---- one simulated clock for everything in this process ----------------------------------------------------
// Installed before any client exists, so both pollers live on it from their first request. The SDK HTTP handler's
// own 1 s / 3 s listener deferrals and zero-delay deferrals stay real timers: pending mid-request, they would count
// as a sleeping watcher and let the clock jump while a request is in flight. Every other timer is simulated.
const time = simulateTime({ keepReal: (ms) => ms <= 0 || ms === 1000 || ms === 3000, tickMs: 1 });

// ---- the scripted ECS timeline ------------------------------------------------------------------------------
type Scenario = 'success' | 'circuit-breaker' | 'rollback';
const REGION = 'eu-west-1';
const td = (revision: number) => `arn:aws:ecs:${REGION}:123456789012:task-definition/web:${revision}`;
const OLD = td(7);
const NEW = td(8);
const BREAKER = 'ECS deployment circuit breaker: tasks failed to start.';
const FAIL_AT = 40; // ECS marks our deployment FAILED 40 s after UpdateService
const SETTLED_AT = 100; // the rollback has replaced every task; the failed deployment is gone
const COMPLETE_AT = 70; // in the success scenario

interface Dep {
  id: string;
  status: string;
  taskDefinition: string;
  rolloutState: string;
  running: number;
  reason?: string;
}
const deployment = (d: Dep, t0: number) => ({
  id: d.id,
  status: d.status,
  taskDefinition: d.taskDefinition,
  rolloutState: d.rolloutState,
  rolloutStateReason: d.reason,
  desiredCount: 2,
  runningCount: d.running,
  pendingCount: d.status === 'PRIMARY' && d.rolloutState === 'IN_PROGRESS' ? 2 - d.running : 0,
  failedTasks: d.id === 'ecs-svc/ours' ? 4 : 0,
  createdAt: t0 / 1000,
  updatedAt: Date.now() / 1000,
  launchType: 'FARGATE',
});

/** What DescribeServices says `s` simulated seconds after UpdateService. */
function deploymentsAt(scenario: Scenario, s: number): Dep[] {
  const old: Dep = { id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: OLD, rolloutState: 'COMPLETED', running: 2 };
  const ours = (status: string, rolloutState: string, running: number, reason?: string): Dep => ({
    id: 'ecs-svc/ours',
    status,
    taskDefinition: NEW,
    rolloutState,
    running,
    reason,
  });
  if (scenario === 'success') {
    if (s < COMPLETE_AT) return [ours('PRIMARY', 'IN_PROGRESS', s < 35 ? 0 : 1), { ...old, running: s < 35 ? 2 : 1 }];
    return [ours('PRIMARY', 'COMPLETED', 2)];
  }
  if (s < FAIL_AT) return [ours('PRIMARY', 'IN_PROGRESS', 0), old];
  if (scenario === 'circuit-breaker') return [ours('PRIMARY', 'FAILED', 0, BREAKER), old];
  const rollback = (rolloutState: string): Dep => ({
    id: 'ecs-svc/rollback',
    status: 'PRIMARY',
    taskDefinition: OLD,
    rolloutState,
    running: 2,
  });
  if (s < SETTLED_AT) return [rollback('IN_PROGRESS'), ours('ACTIVE', 'FAILED', 0, BREAKER), { ...old, running: 0 }];
  return [rollback('COMPLETED')];
}

/** Each run has its own cluster, so runs proceed side by side, each on its own timeline. */
const timelines = new Map<string, { scenario: Scenario; t0: number }>();

function describeServices(body: { cluster: string; services: string[] }) {
  const timeline = timelines.get(body.cluster)!;
  const s = (Date.now() - timeline.t0) / 1000;
  const deps = deploymentsAt(timeline.scenario, s);
  const primary = deps.find((d) => d.status === 'PRIMARY')!;
  return {
    services: body.services.map((name) => ({
      serviceName: name,
      serviceArn: `arn:aws:ecs:${REGION}:123456789012:service/${body.cluster}/${name}`,
      status: 'ACTIVE',
      launchType: 'FARGATE',
      desiredCount: 2,
      runningCount: deps.reduce((n, d) => n + d.running, 0) > 2 ? 2 : deps.reduce((n, d) => n + d.running, 0),
      pendingCount: 0,
      taskDefinition: primary.taskDefinition,
      deployments: deps.map((d) => deployment(d, timeline.t0)),
      events: [],
    })),
    failures: [],
  };
}

const calls = new Map<string, number>();
async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let text = '';
  for await (const chunk of req) text += chunk;
  const operation =
    String(req.headers['x-amz-target'] ?? '')
      .split('.')
      .pop() ?? '';
  calls.set(operation, (calls.get(operation) ?? 0) + 1);
  res.sendDate = false; // no Date header: the SDK must not "correct" its clock against ours
  res.setHeader('content-type', 'application/x-amz-json-1.1');
  if (operation === 'DescribeServices') {
    res.end(JSON.stringify(describeServices(JSON.parse(text))));
    return;
  }
  res.statusCode = 400;
  res.end(JSON.stringify({ __type: 'UnknownOperationException', message: `${operation} is not simulated` }));
}

// ---- the contestants ------------------------------------------------------------------------------------------
interface Verdict {
  verdict: string;
  seconds: number;
  serving: string;
  right: boolean;
}

async function ours(cluster: string): Promise<Verdict> {
  const clients = createAwsClients({ region: REGION, action: 'bench' });
  const start = Date.now();
  const [outcome] = await watchRollouts({
    clients,
    cluster,
    io: memoryIO(),
    intervalMs: POLL_S * 1000,
    timeoutMs: WAIT_MINUTES * 60_000,
    startedAt: new Date(start),
    targets: [{ service: 'web', deploymentId: 'ecs-svc/ours', taskDefinitionArn: NEW, previousTaskDefinitionArn: OLD }],
  });
  clients.ecs.destroy();
  const v = outcome.verdict;
  return judged(cluster, v.state === 'succeeded' ? 'success' : `failed (${v.kind})`, Date.now() - start);
}

async function waiter(cluster: string, maxDelay?: number): Promise<Verdict> {
  const client = new ECSClient({ region: REGION });
  const start = Date.now();
  let verdict: string;
  try {
    await waitUntilServicesStable(
      { client, minDelay: POLL_S, maxWaitTime: WAIT_MINUTES * 60, ...(maxDelay ? { maxDelay } : {}) },
      { cluster, services: ['web'] },
    );
    verdict = 'success';
  } catch (err) {
    verdict = /TIMEOUT/.test(String(err)) ? `timeout (${WAIT_MINUTES}m)` : `failed: ${(err as Error).name}`;
  }
  client.destroy();
  return judged(cluster, verdict, Date.now() - start);
}

/** Right means: success exactly when the new revision is what runs; anything else must be a failure. */
function judged(cluster: string, verdict: string, ms: number): Verdict {
  const { scenario } = timelines.get(cluster)!;
  const serving = deploymentsAt(scenario, ms / 1000)
    .filter((d) => d.running > 0)
    .map((d) => `${d.taskDefinition.split('/').pop()} x${d.running}`)
    .join(', ');
  return { verdict, seconds: ms / 1000, serving, right: (verdict === 'success') === (scenario === 'success') };
}

// ---- run every scenario, every contestant, side by side ------------------------------------------------------
const server = createServer((req, res) => void answer(req, res));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
Object.assign(process.env, {
  AWS_ENDPOINT_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  AWS_REGION: REGION,
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

const contestants: [string, (cluster: string) => Promise<Verdict>][] = [
  [`deploy-ecs watcher (every ${POLL_S}s)`, ours],
  [`waitUntilServicesStable (${POLL_S}-600s, as the official action)`, (c) => waiter(c)],
  [`waitUntilServicesStable (pinned to ${POLL_S}s)`, (c) => waiter(c, POLL_S)],
];
const scenarios: [Scenario, string][] = [
  ['success', `new revision COMPLETED at ${COMPLETE_AT}s`],
  ['circuit-breaker', `circuit breaker marks ours FAILED at ${FAIL_AT}s, no rollback`],
  ['rollback', `FAILED at ${FAIL_AT}s, ECS rolls back to web:7, steady at ${SETTLED_AT}s`],
];
// Warm up both clients (module loading and credential resolution cost real milliseconds, i.e. simulated seconds).
timelines.set('warm-up', { scenario: 'success', t0: Date.now() });
await new ECSClient({ region: REGION }).send(new DescribeServicesCommand({ cluster: 'warm-up', services: ['web'] }));
await createAwsClients({ region: REGION, action: 'bench' }).ecs.send(
  new DescribeServicesCommand({ cluster: 'warm-up', services: ['web'] }),
);
calls.clear();

const realStart = time.realNow();
const jobs = scenarios.flatMap(([scenario]) =>
  contestants.flatMap((_, ci) => Array.from({ length: RUNS }, (_, r) => ({ scenario, ci, r }))),
);
time.sleepers = jobs.length;
const settled = await Promise.all(
  jobs.map(async ({ scenario, ci, r }) => {
    const cluster = `${scenario}-${ci}-${r}`;
    timelines.set(cluster, { scenario, t0: Date.now() });
    try {
      return { scenario, ci, verdict: await contestants[ci][1](cluster) };
    } finally {
      time.sleepers--;
    }
  }),
);
time.restore();
const results = scenarios.flatMap(([scenario]) =>
  contestants.map((_, ci) => ({
    scenario,
    ci,
    runs: settled.filter((j) => j.scenario === scenario && j.ci === ci).map((j) => j.verdict),
  })),
);
server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const widths = [56, 24, 20, 16, 46];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(
  `\ndeploy-verdict: simulated ECS and clock, ${RUNS} runs each (median, range), node ${process.version}, ${((time.realNow() - realStart) / 1000).toFixed(1)} s real`,
);
for (const [scenario, label] of scenarios) {
  console.log(`\n${scenario}: ${label}`);
  console.log(line(['watcher', 'verdict', 'time to verdict', 'running then', 'right?']));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const { ci, runs } of results.filter((r) => r.scenario === scenario)) {
    const secs = runs.map((r) => r.seconds);
    const verdicts = [...new Set(runs.map((r) => r.verdict))].join(' / ');
    const range =
      Math.max(...secs) - Math.min(...secs) >= 1
        ? ` (${Math.round(Math.min(...secs))}-${Math.round(Math.max(...secs))})`
        : '';
    const right = runs.every((r) => r.right)
      ? scenario === 'success'
        ? 'RIGHT'
        : `RIGHT, ${Math.round(median(secs)) - FAIL_AT} s after ECS said FAILED`
      : `WRONG: ${runs.filter((r) => !r.right).length}/${runs.length} say success; old revision runs`;
    console.log(line([contestants[ci][0], verdicts, `${Math.round(median(secs))} s${range}`, runs[0].serving, right]));
  }
}
console.log(
  `\nThe official action's waiter gives up before its ${WAIT_MINUTES}m as soon as its next back-off (up to 600 s) would pass the deadline.`,
);
console.log(
  `DescribeServices calls served: ${calls.get('DescribeServices') ?? 0}; service-deployments API not simulated (answered 400), so both judge from DescribeServices.`,
);
process.exit(0);
