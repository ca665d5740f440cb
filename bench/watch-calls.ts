/**
 * watch-calls: how many AWS calls watching ten services for ten minutes costs, at the default 15 s poll interval.
 * deploy-ecs's watchRollouts (lib/ecs/rollout-watch.ts) on a fake clock, beside a naive loop that describes each
 * service on its own every 15 s, and beside the SDK's waitUntilServicesStable once per service (how
 * aws-actions/amazon-ecs-deploy-task-definition waits: minDelay 15 s, default maxDelay 600 s; and pinned to 15 s).
 * All on the real ECSClient under aws-sdk-client-mock, counting commands by name; every rollout stays IN_PROGRESS
 * for the whole ten minutes, so every approach watches the whole time. The waiters run on a discrete-event clock
 * (Date.now/setTimeout replaced in this process) since they take no clock of their own.
 *
 * Run: node --import ./scripts/register-ts.mjs bench/watch-calls.ts     (a few seconds; BENCH_RUNS, default 5)
 */
import {
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  type DescribeServicesCommandInput,
  ECSClient,
  ListServiceDeploymentsCommand,
  type Service,
  waitUntilServicesStable,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';

import { createAwsClients } from '../lib/aws/clients.js';
import { memoryIO } from '../lib/core/io.js';
import { watchRollouts } from '../lib/ecs/rollout-watch.js';
import { fakeClock } from '../test/support/clock.js';
import { type SimulatedTime, simulateTime } from './simulated-time.js';

const SERVICES = Array.from({ length: 10 }, (_, i) => `svc-${i + 1}`);
const WATCH_MS = 10 * 60_000;
const POLL_MS = 15_000;
const POLL_S = POLL_MS / 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const td = (name: string, revision: number) => `arn:aws:ecs:eu-west-1:123456789012:task-definition/${name}:${revision}`;

Object.assign(process.env, {
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});
const ecs = mockClient(ECSClient);

/** Every service mid-rollout: ours PRIMARY IN_PROGRESS, the old revision draining. */
const rolling = (name: string): Service => ({
  serviceName: name,
  status: 'ACTIVE',
  desiredCount: 2,
  runningCount: 2,
  taskDefinition: td(name, 8),
  deployments: [
    {
      id: `ecs-svc/${name}-new`,
      status: 'PRIMARY',
      taskDefinition: td(name, 8),
      rolloutState: 'IN_PROGRESS',
      desiredCount: 2,
      runningCount: 1,
      pendingCount: 1,
    },
    {
      id: `ecs-svc/${name}-old`,
      status: 'ACTIVE',
      taskDefinition: td(name, 7),
      rolloutState: 'COMPLETED',
      desiredCount: 0,
      runningCount: 1,
    },
  ],
});

function stubAccount(serviceDeployments: 'answers' | 'unavailable'): void {
  ecs.reset();
  ecs.on(DescribeServicesCommand).callsFake((input: DescribeServicesCommandInput) => ({
    services: (input.services ?? []).map(rolling),
    failures: [],
  }));
  if (serviceDeployments === 'unavailable') {
    ecs
      .on(ListServiceDeploymentsCommand)
      .rejects(new SyntaxError('Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON'));
    return;
  }
  ecs.on(ListServiceDeploymentsCommand).callsFake((input: { service: string }) => ({
    serviceDeployments: [
      { serviceDeploymentArn: `arn:sd/${input.service}`, status: 'IN_PROGRESS', createdAt: new Date() },
    ],
  }));
  ecs.on(DescribeServiceDeploymentsCommand).callsFake((input: { serviceDeploymentArns: string[] }) => ({
    serviceDeployments: input.serviceDeploymentArns.map((arn) => ({
      serviceDeploymentArn: arn,
      status: 'IN_PROGRESS',
    })),
  }));
}

function counted(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of ecs.calls()) {
    const name = (call.args[0] as { constructor: { name: string } }).constructor.name.replace(/Command$/, '');
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

async function ours(serviceDeployments: 'answers' | 'unavailable'): Promise<Record<string, number>> {
  stubAccount(serviceDeployments);
  const clients = createAwsClients({ region: 'eu-west-1', action: 'bench' });
  await watchRollouts({
    clients,
    cluster: 'prod',
    io: memoryIO(),
    intervalMs: POLL_MS,
    timeoutMs: WATCH_MS,
    clock: fakeClock(),
    startedAt: new Date(),
    targets: SERVICES.map((service) => ({
      service,
      deploymentId: `ecs-svc/${service}-new`,
      taskDefinitionArn: td(service, 8),
      previousTaskDefinitionArn: td(service, 7),
    })),
  });
  return counted();
}

/** What a hand-written watcher tends to be: for each service, DescribeServices for it alone, every interval. */
async function naiveLoop(): Promise<Record<string, number>> {
  stubAccount('answers');
  const client = new ECSClient({ region: 'eu-west-1' });
  const clock = fakeClock();
  while (clock.now() <= WATCH_MS) {
    for (const service of SERVICES)
      await client.send(new DescribeServicesCommand({ cluster: 'prod', services: [service] }));
    await clock.sleep(POLL_MS);
  }
  return counted();
}

/** The SDK waiter once per service, all at once; they take no clock of their own, so they run on `time`. */
async function waiters(time: SimulatedTime, maxDelay?: number): Promise<Record<string, number>> {
  stubAccount('answers');
  const client = new ECSClient({ region: 'eu-west-1' });
  time.sleepers = SERVICES.length;
  await Promise.all(
    SERVICES.map(async (service) => {
      try {
        await waitUntilServicesStable(
          { client, minDelay: POLL_S, maxWaitTime: WATCH_MS / 1000, ...(maxDelay ? { maxDelay } : {}) },
          { cluster: 'prod', services: [service] },
        );
      } catch {
        // TIMEOUT after ten minutes: expected, every rollout is still in progress.
      } finally {
        time.sleepers--;
      }
    }),
  );
  return counted();
}
const rows: [string, Record<string, number>, string?][] = [];
rows.push(['deploy-ecs watchRollouts', await ours('answers')]);
rows.push(['deploy-ecs, service-deployments API unavailable', await ours('unavailable')]);
rows.push(['naive loop: one DescribeServices per service', await naiveLoop()]);
// Only the waiters need the simulated clock (ours and the naive loop take a fake Clock); every timer is simulated,
// since aws-sdk-client-mock answers without the HTTP handler's timers.
const time = simulateTime();
const official: Record<string, number>[] = [];
for (let i = 0; i < RUNS; i++) official.push(await waiters(time));
const pinned = await waiters(time, POLL_S);
time.restore();
const totals = official.map((c) => c.DescribeServices ?? 0).sort((a, b) => a - b);
rows.push([
  `waitUntilServicesStable per service (${POLL_S}-600 s, official)`,
  { DescribeServices: totals[Math.floor(totals.length / 2)] },
  `back-off grows toward 600 s; ${RUNS} runs: ${totals.join(', ')}`,
]);
rows.push([`waitUntilServicesStable per service (pinned ${POLL_S} s)`, pinned]);
ecs.restore();

const widths = [56, 16, 26, 7, 44];
const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(
  `\nwatch-calls: ${SERVICES.length} services rolling for ${WATCH_MS / 60_000} minutes (simulated), poll ${POLL_S} s, node ${process.version}`,
);
console.log(line(['approach', 'DescribeServices', 'service-deployments API', 'total', 'note']));
// (deploy-ecs polls at 0 s and every 15 s up to the 10-minute mark inclusive: 41 looks.)
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const [name, counts, note] of rows) {
  const sd = (counts.ListServiceDeployments ?? 0) + (counts.DescribeServiceDeployments ?? 0);
  const sdText = sd
    ? `${counts.ListServiceDeployments ?? 0} List + ${counts.DescribeServiceDeployments ?? 0} Describe`
    : '-';
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    line([
      name,
      counts.DescribeServices ?? 0,
      sdText,
      total,
      note ?? (name.includes('unavailable') ? 'List failed once; not asked again' : ''),
    ]),
  );
}
process.exit(0);
