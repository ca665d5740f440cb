/**
 * Lost requests under constant load (issue 18): a client sends requests at a steady rate through the weighted front
 * (the ALB stand-in, routing by the rule's weights as moto holds them) to two colors while traffic moves, and counts
 * per phase how many failed, side by side for the bundled bake-and-promote and for the naive order a hand-rolled
 * pipeline uses. Each color is a loopback server whose requests take `LATENCY_MS`; a color whose ECS service reaches
 * 0 desired tasks drops its in-flight requests and answers 503 from then on (its tasks are gone), as a color scaled
 * in under its traffic would. Figures are printed, never asserted.
 *
 *   promote  ours: 10% for a few seconds, 100%, the target group's drain, then the old color scaled in (guarded)
 *            naive: 10%, then 100% and the old color scaled to 0 at once
 *   restore  ours: the canary fails its checks at 10%: 100% back on stable (read back), then the canary scaled in
 *            naive: the canary scaled to 0, then 100% back on stable
 *
 * Run: bash bench/run.sh traffic-load   (RATE=40 requests/s, LATENCY_MS=300)
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { DescribeServicesCommand, ECSClient, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';

import { applySplit, observeRoute } from '../lib/traffic/listener-weights.js';
import { percentOf, splitFor } from '../lib/traffic/split.js';
import { seedBakePair } from '../test/support/bake-seed.js';
import { startMoto, TEST_REGION } from '../test/support/moto.js';
import { runDist } from '../test/support/run-dist.js';
import { startWeightedFront } from '../test/support/weighted-front.js';

const RATE = Number(process.env.RATE ?? 40);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 300);

/** One color's tasks: requests take LATENCY_MS; at 0 tasks the in-flight ones are cut and new ones get 503. */
async function startColor(name: string) {
  let up = true;
  let failing = false;
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!up) return void res.writeHead(503).end(`${name}: no tasks`);
    const timer = setTimeout(
      () =>
        res
          .writeHead(failing && req.url !== '/health' ? 500 : 200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: 'ok', color: name })),
      req.url === '/health' ? 0 : LATENCY_MS,
    );
    res.on('close', () => clearTimeout(timer));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setTasks(count: number) {
      const next = count > 0;
      if (up && !next) for (const s of sockets) s.destroy();
      up = next;
    },
    setFailing(on: boolean) {
      failing = on;
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const moto = await startMoto();
Object.assign(process.env, moto.env);
const ecs = new ECSClient({ region: TEST_REGION });
const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
const [blue, green] = await Promise.all([startColor('blue'), startColor('green')]);

/** Keeps each color's tasks in step with its ECS service's desired count, as ECS would (read every 100 ms). */
function followCapacity(cluster: string) {
  let on = true;
  const loop = (async () => {
    while (on) {
      const out = await ecs
        .send(new DescribeServicesCommand({ cluster, services: ['web-blue', 'web-green'] }))
        .catch(() => undefined);
      for (const s of out?.services ?? []) (s.serviceName === 'web-blue' ? blue : green).setTasks(s.desiredCount ?? 0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    on = false;
    await loop;
  };
}

/** Constant load through the front; each request is tagged with the phase it started in. */
function load(url: string, phase: () => string) {
  const tally = new Map<string, { total: number; lost: number; errors: number }>();
  let on = true;
  const inflight = new Set<Promise<void>>();
  const one = () => {
    const p = phase();
    const row = tally.get(p) ?? tally.set(p, { total: 0, lost: 0, errors: 0 }).get(p)!;
    row.total++;
    const done = new Promise<void>((resolve) => {
      const req = request(`${url}/api/orders`, (res) => {
        res.resume();
        res.on('end', () => {
          // 5xx from the app is the canary misbehaving (the checks' business); 502/503 and resets are lost requests.
          if (res.statusCode === 503 || res.statusCode === 502) row.lost++;
          else if ((res.statusCode ?? 500) >= 500) row.errors++;
          resolve();
        });
      });
      req.on('error', () => {
        row.lost++;
        resolve();
      });
      req.setTimeout(10_000, () => req.destroy());
      req.end();
    });
    inflight.add(done);
    void done.then(() => inflight.delete(done));
  };
  const timer = setInterval(() => on && one(), 1000 / RATE);
  return async () => {
    on = false;
    clearInterval(timer);
    await Promise.all([...inflight]);
    return tally;
  };
}

/** Runs one scenario against a fresh seed: `act` moves traffic; the phase is named from the weights moto holds. */
async function scenario(
  act: (ctx: {
    rule: string;
    blueTg: string;
    greenTg: string;
    newRevision: string;
    cluster: string;
    url: string;
  }) => Promise<unknown>,
  failCanary: boolean,
) {
  await moto.reset();
  Object.assign(process.env, moto.env);
  const { alb, newRevision, cluster } = await seedBakePair();
  blue.setTasks(2);
  green.setTasks(0);
  green.setFailing(failCanary);
  const front = await startWeightedFront({
    route: { kind: 'rule', ruleArn: alb.ruleArn },
    backends: { [alb.blue]: blue.url, [alb.green]: green.url },
    elbv2: elb,
  });
  const stopCapacity = followCapacity(cluster);
  let phase = 'before';
  let lastShare = 0;
  const watcher = setInterval(async () => {
    const share = percentOf(
      (await observeRoute(elb, { kind: 'rule', ruleArn: alb.ruleArn }).catch(() => ({ split: {} }))).split,
      alb.green,
    );
    const blueTasks =
      (await ecs.send(new DescribeServicesCommand({ cluster, services: ['web-blue'] })).catch(() => undefined))
        ?.services?.[0]?.desiredCount ?? 2;
    if (share !== lastShare) phase = share === 0 ? 'restored' : share === 100 ? 'cut-over' : `at ${share}%`;
    if (share === 100 && blueTasks === 0) phase = 'old color scaled in';
    lastShare = share;
  }, 50);
  const stopLoad = load(front.url, () => phase);
  await act({ rule: alb.ruleArn, blueTg: alb.blue, greenTg: alb.green, newRevision, cluster, url: front.url });
  await new Promise((r) => setTimeout(r, 1500));
  const tally = await stopLoad();
  clearInterval(watcher);
  await stopCapacity();
  await front.stop();
  return tally;
}

// The failing canary fails its check as soon as it has production traffic (the 10% step's first round).
const ours = (fail: boolean) => (c: { rule: string; newRevision: string; cluster: string }) =>
  runDist('bake-and-promote', {
    timeoutMs: 180_000,
    env: moto.env,
    inputs: {
      cluster: c.cluster,
      services: 'web-blue,web-green',
      'listener-rule-arn': c.rule,
      'task-definition': c.newRevision,
      steps: '10%:4s, 100%',
      'check-interval': '1s',
      'poll-interval': '1s',
      'smoke-command': fail ? 'test "$BAKE_WEIGHT" = 0' : 'true',
    },
  });

async function naivePromote(c: {
  rule: string;
  blueTg: string;
  greenTg: string;
  cluster: string;
  newRevision: string;
}) {
  await ecs.send(
    new UpdateServiceCommand({
      cluster: c.cluster,
      service: 'web-green',
      taskDefinition: c.newRevision,
      desiredCount: 2,
    }),
  );
  await new Promise((r) => setTimeout(r, 1000));
  let route = await observeRoute(elb, { kind: 'rule', ruleArn: c.rule });
  route = await applySplit(elb, route, splitFor(c.blueTg, c.greenTg, 10));
  await new Promise((r) => setTimeout(r, 4000));
  await applySplit(elb, route, splitFor(c.blueTg, c.greenTg, 100));
  await ecs.send(new UpdateServiceCommand({ cluster: c.cluster, service: 'web-blue', desiredCount: 0 }));
}

async function naiveRestore(c: {
  rule: string;
  blueTg: string;
  greenTg: string;
  cluster: string;
  newRevision: string;
}) {
  await ecs.send(
    new UpdateServiceCommand({
      cluster: c.cluster,
      service: 'web-green',
      taskDefinition: c.newRevision,
      desiredCount: 2,
    }),
  );
  await new Promise((r) => setTimeout(r, 1000));
  let route = await observeRoute(elb, { kind: 'rule', ruleArn: c.rule });
  route = await applySplit(elb, route, splitFor(c.blueTg, c.greenTg, 10));
  await new Promise((r) => setTimeout(r, 2000));
  // The canary failed: scale it in, then send traffic back.
  await ecs.send(new UpdateServiceCommand({ cluster: c.cluster, service: 'web-green', desiredCount: 0 }));
  await new Promise((r) => setTimeout(r, 500));
  await applySplit(elb, route, splitFor(c.blueTg, c.greenTg, 0));
}

const print = (name: string, tally: Map<string, { total: number; lost: number; errors: number }>) => {
  const rows = [...tally].map(
    ([phase, t]) => `${phase}: ${t.lost}/${t.total} lost${t.errors ? `, ${t.errors} app 5xx` : ''}`,
  );
  const lost = [...tally.values()].reduce((s, t) => s + t.lost, 0);
  const total = [...tally.values()].reduce((s, t) => s + t.total, 0);
  console.log(`  ${name.padEnd(34)} ${String(lost).padStart(3)}/${total} lost   (${rows.join('; ')})`);
};

console.log(
  `traffic-load: ${RATE} requests/s, each ${LATENCY_MS} ms, through the weighted front; lost = connection cut or 502/503`,
);
console.log('promote (10%, then 100%, then the old color scaled in):');
print('bake-and-promote (bundled)', await scenario(ours(false), false));
print('naive: shift, then scale in at once', await scenario(naivePromote, false));
console.log('restore (the canary fails at 10%):');
print('bake-and-promote (bundled)', await scenario(ours(true), true));
print('naive: scale canary in, then shift', await scenario(naiveRestore, true));

await Promise.all([blue.stop(), green.stop()]);
ecs.destroy();
elb.destroy();
await moto.stop();
