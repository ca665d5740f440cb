/**
 * rollback-flip: how long until all traffic is back on the good version, three ways, in one run against the same
 * patched moto (real API calls on loopback):
 *   1. rollback of a two-color service: one weight flip (bundled rollback with listener-rule-arn);
 *   2. rollback of a rolling service: re-point it at the previous revision and wait (bundled rollback);
 *   3. what a hand-written rollback.yml does: UpdateService to the previous revision, then the SDK's
 *      waitUntilServicesStable (minDelay 15 s, as `aws ecs wait services-stable` polls).
 * For 2 and 3, ECS has to start the old version's tasks and see them pass health checks before they take
 * traffic: moto settles a rolling deployment only once it is BENCH_TASK_START_MS old (MOTO_ECS_ROLLOUT_MS; default
 * 20 s, a compressed stand-in: on Fargate this is commonly 60 s to a few minutes). The flip needs no new task: the
 * old color still runs during the promotion's hold. Each figure is wall time from the start of the step to the
 * moment the bench itself reads the good version as carrying everything (the rule's weights, or the service's
 * deployment COMPLETED on the good revision).
 *
 * Run: node --import ./scripts/register-ts.mjs bench/rollback-flip.ts   (needs `node scripts/bundle.mjs rollback`;
 * BENCH_RUNS, default 3)
 */
import {
  CreateServiceCommand,
  DescribeServicesCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  waitUntilServicesStable,
} from '@aws-sdk/client-ecs';
import {
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  ModifyRuleCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { seedAlb } from '../test/support/alb-seed.js';
import { defaultNetwork, seedTwoColors, serviceTaskDefinition } from '../test/support/ecs-seed.js';
import { startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../test/support/moto.js';
import { runDist } from '../test/support/run-dist.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TASK_START_MS = Number(process.env.BENCH_TASK_START_MS ?? 20_000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const moto = await startMoto({ MOTO_ECS_ROLLOUT_MS: String(TASK_START_MS) });
useMotoEnv(moto);
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const ecs = new ECSClient({ region: TEST_REGION });
const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
const image = (tag: string) => `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/web:${tag}`;

/** Polls `done` every 50 ms from `started`; resolves with the elapsed milliseconds when it first holds. */
async function until(started: number, done: () => Promise<boolean>, limitMs = 600_000): Promise<number> {
  while (Date.now() - started < limitMs) {
    if (await done()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the good version never carried all traffic');
}

async function flip(): Promise<number> {
  await moto.reset();
  const alb = await seedAlb();
  await seedTwoColors('prod', 'web', alb);
  await elb.send(
    new ModifyRuleCommand({
      RuleArn: alb.ruleArn,
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: alb.blue, Weight: 0 },
              { TargetGroupArn: alb.green, Weight: 100 },
            ],
          },
        },
      ],
    }),
  );
  const started = Date.now();
  const run = runDist('rollback', {
    inputs: {
      cluster: 'prod',
      services: 'web-blue\nweb-green',
      'listener-rule-arn': alb.ruleArn,
      'poll-interval': '1s',
    },
    env: moto.env,
  });
  const ms = await until(started, async () => {
    const rule = (await elb.send(new DescribeRulesCommand({ RuleArns: [alb.ruleArn] }))).Rules![0];
    return rule.Actions![0].ForwardConfig!.TargetGroups!.find((g) => g.TargetGroupArn === alb.blue)?.Weight === 100;
  });
  if ((await run).exitCode !== 0) throw new Error('the flip failed');
  return ms;
}

const settledOn = (arn: string) => async () => {
  const primary = (
    await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['web'] }))
  ).services![0].deployments!.find((d) => d.status === 'PRIMARY');
  return primary?.taskDefinition === arn && primary.rolloutState === 'COMPLETED';
};

/** web on revision 2 (bad), revision 1 completed before it; returns revision 1's ARN. */
async function rollingService(): Promise<string> {
  await moto.reset();
  await import('@aws-sdk/client-ecs').then(({ CreateClusterCommand }) =>
    ecs.send(new CreateClusterCommand({ clusterName: 'prod' })),
  );
  const { subnets, securityGroups } = await defaultNetwork();
  const good = (
    await ecs.send(
      new RegisterTaskDefinitionCommand({
        ...serviceTaskDefinition('web', image('good')),
        tags: [{ key: 'rolled-out:prod/web', value: new Date(Date.now() - 3_600_000).toISOString() }],
      }),
    )
  ).taskDefinition!.taskDefinitionArn!;
  await ecs.send(
    new CreateServiceCommand({
      cluster: 'prod',
      serviceName: 'web',
      taskDefinition: good,
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
    }),
  );
  const bad = (await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', image('bad')))))
    .taskDefinition!.taskDefinitionArn!;
  await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'web', taskDefinition: bad }));
  // The bad release has finished rolling out (the old version's tasks are gone) before anyone rolls back.
  await until(Date.now(), settledOn(bad));
  return good;
}

async function rolling(): Promise<number> {
  const good = await rollingService();
  const started = Date.now();
  const run = await runDist('rollback', {
    inputs: { cluster: 'prod', service: 'web', 'poll-interval': '1s', 'wait-timeout': '10m' },
    env: moto.env,
  });
  if (run.exitCode !== 0) throw new Error(`the rolling rollback failed: ${run.stdout.slice(-500)}`);
  return until(started, settledOn(good));
}

async function handRolled(): Promise<{ traffic: number; step: number }> {
  const good = await rollingService();
  const started = Date.now();
  await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'web', taskDefinition: good }));
  const traffic = until(started, settledOn(good));
  await waitUntilServicesStable(
    { client: ecs, maxWaitTime: 600, minDelay: 15 },
    { cluster: 'prod', services: ['web'] },
  );
  return { traffic: await traffic, step: Date.now() - started };
}

const results = { flip: [] as number[], rolling: [] as number[], hand: [] as number[], handStep: [] as number[] };
try {
  for (let i = 0; i < RUNS; i++) {
    results.flip.push(await flip());
    results.rolling.push(await rolling());
    const hand = await handRolled();
    results.hand.push(hand.traffic);
    results.handStep.push(hand.step);
  }
} finally {
  ecs.destroy();
  elb.destroy();
  await moto.stop();
}

console.log(
  `\nrollback-flip: time until all traffic is on the good version (median of ${RUNS}; ECS task start + health checks simulated as ${seconds(TASK_START_MS)}), node ${process.version}`,
);
const rows = [
  ['rollback, two colors: weight flip', seconds(median(results.flip)), 'one ModifyRule, read back; no task to start'],
  ['rollback, rolling service', seconds(median(results.rolling)), 'UpdateService, then ECS starts the old version'],
  [
    'hand-written: UpdateService + wait services-stable',
    seconds(median(results.hand)),
    `the step itself ends after ${seconds(median(results.handStep))} (15 s polls)`,
  ],
];
const width = [52, 16, 60];
console.log(['approach', 'traffic on good', 'note'].map((h, i) => h.padEnd(width[i])).join(' | '));
console.log(width.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(width[i])).join(' | '));
console.log(`flip vs rolling: ${(median(results.rolling) / median(results.flip)).toFixed(0)}x sooner`);
