/**
 * bake-calls: every AWS call one two-color bake makes (ELB, ECS, CloudWatch; DescribeTags included), per minute of
 * baking at check intervals of 5 s, 10 s and 30 s, beside a naive poller.
 *
 * Ours: bake-and-promote's whole action (inputs → observe → lease → roll the idle color → gate → steps with their check
 * rounds → cut-over, drain, scale-in, lease let go) in this process, on the real SDK clients under aws-sdk-client-mock
 * and the discrete-event fake clock, with alarms and the canary metrics on (`alarms: web-5xx`, `metrics: true`).
 * Schedule `10%:10m, 50%:10m, 100%` (the default step length) with `hold: 5m`: 25 minutes of checking. Every command is
 * counted by name.
 *
 * The naive poller is what a hand-rolled workflow loop tends to be for the same schedule, per interval:
 * `aws elbv2 describe-rules` (to print the weights), `aws cloudwatch describe-alarms` (the same alarm) and one
 * `aws cloudwatch get-metric-statistics` (the canary's 5xx count); per step one `modify-rule`; at the end one
 * `update-service` (desired count 0 on the old color). What it leaves out, that ours proves: a lease (nothing stops a
 * second run or a rollback from being overwritten by its next shift), a read-back of any write, that the color about
 * to receive traffic runs its desired tasks with healthy targets, that nothing forwards to a color before it is scaled
 * in (and the drain before), that the weights are still the ones it wrote (another hand), the canary compared against
 * stable (requests, 5xx, connection errors, the load balancer's own 5xx, p95), and rolling the idle color out at all.
 * A second naive row reads the same metrics ours judges the way such a loop would, one get-metric-statistics per
 * metric and statistic (7 sums, and the two p95s below 100%): what batching them into GetMetricData saves.
 *
 * Figures are counted, not timed, so each run prints the same numbers. Run: bash bench/run.sh bake-calls
 */
import {
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServiceDeploymentsCommand,
  ListTagsForResourceCommand,
  ListTasksCommand,
  type Service,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import {
  type Action,
  AddTagsCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetHealthCommand,
  ModifyRuleCommand,
  RemoveTagsCommand,
  type Tag,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { bakeAndPromote } from '../actions/bake-and-promote/src/main.js';
import { memoryIO } from '../lib/core/io.js';
import {
  cloudwatch,
  deployment,
  ecs,
  elbv2,
  fakeClock,
  liveDefinition,
  NEW,
  OLD,
  REGION,
  RUNNER_ENV,
  service,
} from '../test/support/ecs-scenario.js';

const PREFIX = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012';
const RULE = `${PREFIX}:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`;
const LISTENER = `${PREFIX}:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const BLUE = `${PREFIX}:targetgroup/web-blue/73e2d6bc24d8a067`;
const GREEN = `${PREFIX}:targetgroup/web-green/2453ed029918f21f`;
const START = Date.parse('2026-03-02T10:00:00Z');
const STEPS = '10%:10m, 50%:10m, 100%';
const HOLD_MIN = 5;
const CHECKING_MIN = 25;
const INTERVALS_S = [5, 10, 30];

Object.assign(process.env, {
  AWS_REGION: REGION,
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

/** One call as counted: its command's name and when (fake clock ms since the start). */
type Call = { op: string; atMs: number };

/**
 * The pair, its rule and the alarm, remembering what was done to them; every command lands in `calls` with its time.
 */
function account(clock: { now(): number }, calls: Call[]): void {
  for (const stub of [ecs, elbv2, cloudwatch]) stub.reset();
  // Each answer first notes the call: the command's name and the time on the fake clock.
  const on = <I extends object>(
    stub: { on: (command: never) => { callsFake: (fn: (input: I) => unknown) => unknown } },
    command: { name: string },
    answer: (input: I) => unknown,
  ) =>
    stub.on(command as never).callsFake((input: I) => {
      calls.push({ op: command.name.replace(/Command$/, ''), atMs: clock.now() - START });
      return answer(input);
    });
  let actions: Action[] = [{ Type: 'forward', Order: 1, TargetGroupArn: BLUE }];
  let tags: Tag[] = [];
  const services: Record<string, Service> = {
    'web-blue': service('web-blue', [deployment('ecs-svc/1', 'PRIMARY', OLD, 'COMPLETED', 2)], {
      loadBalancers: [{ targetGroupArn: BLUE }],
    }),
    'web-green': service('web-green', [deployment('ecs-svc/2', 'PRIMARY', OLD, 'COMPLETED', 0)], {
      desiredCount: 0,
      loadBalancers: [{ targetGroupArn: GREEN }],
    }),
  };
  on(ecs, DescribeServicesCommand, (input: { services: string[] }) => ({
    services: input.services.map((n) => services[n]),
  }));
  on(ecs, DescribeTaskDefinitionCommand, () => ({ taskDefinition: liveDefinition('web', 8, 'web:v2'), tags: [] }));
  on(ecs, ListServiceDeploymentsCommand, () => ({ serviceDeployments: [] }));
  on(ecs, ListTasksCommand, () => ({ taskArns: [] }));
  on(ecs, ListTagsForResourceCommand, () => ({ tags: [] }));
  on(ecs, UpdateServiceCommand, (input: { service: string; taskDefinition?: string; desiredCount?: number }) => {
    const before = services[input.service];
    const td = input.taskDefinition ?? before.taskDefinition!;
    const count = input.desiredCount ?? before.desiredCount!;
    // The next DescribeServices finds the new deployment completed, as a healthy rollout would.
    services[input.service] = service(
      input.service,
      [deployment('ecs-svc/9', 'PRIMARY', td, 'COMPLETED', count, { desiredCount: count })],
      { desiredCount: count, loadBalancers: before.loadBalancers },
    );
    return {
      service: service(input.service, [
        deployment('ecs-svc/9', 'PRIMARY', td, 'IN_PROGRESS', 0, { desiredCount: count }),
        ...(before.deployments ?? []).map((d) => ({ ...d, status: 'ACTIVE' })),
      ]),
    };
  });
  on(elbv2, DescribeRulesCommand, () => ({ Rules: [{ RuleArn: RULE, IsDefault: false, Actions: actions }] }));
  // The load balancer's one listener: its default action answers 404; the rule above is its only forward.
  on(elbv2, DescribeListenersCommand, () => ({
    Listeners: [
      {
        ListenerArn: LISTENER,
        DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
      },
    ],
  }));
  on(elbv2, ModifyRuleCommand, (input: { Actions: Action[] }) => void (actions = input.Actions));
  on(elbv2, DescribeTagsCommand, () => ({ TagDescriptions: [{ ResourceArn: RULE, Tags: tags }] }));
  on(
    elbv2,
    AddTagsCommand,
    (input: { Tags: Tag[] }) =>
      void (tags = [...tags.filter((t) => !input.Tags.some((n) => n.Key === t.Key)), ...input.Tags]),
  );
  on(
    elbv2,
    RemoveTagsCommand,
    (input: { TagKeys: string[] }) => void (tags = tags.filter((t) => !input.TagKeys.includes(t.Key!))),
  );
  on(elbv2, DescribeTargetHealthCommand, () => ({
    TargetHealthDescriptions: [{ Target: { Id: '10.0.1.5', Port: 3000 }, TargetHealth: { State: 'healthy' } }],
  }));
  on(elbv2, DescribeTargetGroupAttributesCommand, () => ({
    Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }],
  }));
  on(cloudwatch, DescribeAlarmsCommand, () => ({
    MetricAlarms: [{ AlarmName: 'web-5xx', StateValue: 'OK', StateReason: 'fine' }],
  }));
  // A healthy canary: a steady request count, no 5xx on either group, latency alike (one average per minute of window).
  on(cloudwatch, GetMetricDataCommand, (input: GetMetricDataCommandInput) => {
    const minutes = Math.floor((new Date(input.EndTime!).getTime() - new Date(input.StartTime!).getTime()) / 60_000);
    const values = (q: { Id?: string; MetricStat?: { Stat?: string } }) =>
      q.MetricStat?.Stat === 'Average'
        ? Array.from({ length: minutes }, (_, i) => 0.04 + i / 10_000)
        : [q.Id!.endsWith('_requests') ? 600 : q.Id!.endsWith('_p95') ? 0.05 : 0];
    return { MetricDataResults: (input.MetricDataQueries ?? []).map((q) => ({ Id: q.Id, Values: values(q) })) };
  });
}

/** One whole bake of two colors through bake-and-promote; resolves with every AWS call it made. */
async function ours(intervalS: number): Promise<{ calls: Call[]; rounds: number }> {
  const clock = fakeClock(START);
  const calls: Call[] = [];
  account(clock, calls);
  const io = memoryIO({
    cluster: 'prod',
    services: 'web-blue, web-green',
    'listener-rule-arn': RULE,
    'task-definition': NEW,
    steps: STEPS,
    hold: `${HOLD_MIN}m`,
    'check-interval': `${intervalS}s`,
    alarms: 'web-5xx',
    metrics: 'true',
  });
  await bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV });
  if (io.outputs.verdict !== 'promoted') throw new Error(`the bench's bake did not promote: ${io.outputs.reason}`);
  return { calls, rounds: JSON.parse(io.outputs.timeline).rounds.length };
}

/**
 * The naive poller for the same schedule (see the module comment): per interval describe-rules, describe-alarms and
 * one get-metric-statistics; a modify-rule per step; one update-service at the end. Counted, not run.
 */
function naive(intervalS: number, sameMetrics = false): Call[] {
  const calls: Call[] = [];
  const steps = [10, 10, HOLD_MIN];
  let at = 0;
  for (const [i, minutes] of steps.entries()) {
    calls.push({ op: 'ModifyRule', atMs: at });
    // Judging what ours judges takes one get-metric-statistics per metric: 7 sums, and each group's p95 below 100%.
    const metrics = sameMetrics ? (i < steps.length - 1 ? 9 : 7) : 1;
    const round = ['DescribeRules', 'DescribeAlarms', ...Array.from({ length: metrics }, () => 'GetMetricStatistics')];
    for (let t = 0; t < minutes * 60; t += intervalS) for (const op of round) calls.push({ op, atMs: at + t * 1000 });
    at += minutes * 60_000;
  }
  calls.push({ op: 'UpdateService', atMs: at });
  return calls;
}

const SERVICE_OF: Record<string, string> = {
  DescribeAlarms: 'CloudWatch',
  GetMetricData: 'CloudWatch',
  GetMetricStatistics: 'CloudWatch',
};
const ECS_OPS = new Set([
  'DescribeServices',
  'DescribeTaskDefinition',
  'ListServiceDeployments',
  'ListTasks',
  'ListTagsForResource',
  'UpdateService',
]);
const serviceOf = (op: string) => SERVICE_OF[op] ?? (ECS_OPS.has(op) ? 'ECS' : 'ELB');

/** Calls per minute of checking: those from the first shift to the end of the hold, over its minutes. */
function perMinute(calls: Call[], from: number, minutes: number, filter: (c: Call) => boolean = () => true): number {
  return calls.filter((c) => c.atMs >= from && c.atMs < from + minutes * 60_000 && filter(c)).length / minutes;
}

const rows: { name: string; interval: number; calls: Call[]; from: number; rounds: number }[] = [];
for (const interval of INTERVALS_S) {
  const { calls, rounds } = await ours(interval);
  // Checking starts at the first shift (the ModifyRule to 10%), and lasts the steps' bakes and the hold.
  const from = calls.find((c) => c.op === 'ModifyRule')!.atMs;
  rows.push({ name: 'bake-and-promote', interval, calls, from, rounds });
  rows.push({
    name: 'naive poller',
    interval,
    calls: naive(interval),
    from: 0,
    rounds: (CHECKING_MIN * 60) / interval,
  });
  rows.push({
    name: 'naive, same data',
    interval,
    calls: naive(interval, true),
    from: 0,
    rounds: (CHECKING_MIN * 60) / interval,
  });
}

console.log(
  `\nbake-calls: one bake of two colors, steps ${STEPS}, hold ${HOLD_MIN}m (${CHECKING_MIN} min of checking), alarms and metrics on; simulated time, node ${process.version}`,
);
console.log(
  `every AWS call counted (ELB, ECS, CloudWatch; DescribeTags included); per minute = calls from the first shift to the end of the hold, over its ${CHECKING_MIN} minutes`,
);
const widths = [17, 8, 9, 7, 7, 7, 6, 9, 60];
const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(
  line([
    'poller',
    'interval',
    'calls/min',
    'ELB/min',
    'ECS/min',
    'CW/min',
    'rounds',
    'whole run',
    'while checking, by operation (per minute)',
  ]),
);
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
const totals = new Map<string, number>();
for (const { name, interval, calls, from, rounds } of rows) {
  const ops = new Map<string, number>();
  for (const c of calls)
    if (c.atMs >= from && c.atMs < from + CHECKING_MIN * 60_000) ops.set(c.op, (ops.get(c.op) ?? 0) + 1);
  const byOp = [...ops.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([op, n]) => `${op} ${(n / CHECKING_MIN).toFixed(1)}`)
    .join(', ');
  const per = (svc: string) => perMinute(calls, from, CHECKING_MIN, (c) => serviceOf(c.op) === svc).toFixed(1);
  totals.set(`${name}@${interval}`, perMinute(calls, from, CHECKING_MIN));
  console.log(
    line([
      name,
      `${interval} s`,
      perMinute(calls, from, CHECKING_MIN).toFixed(1),
      per('ELB'),
      per('ECS'),
      per('CloudWatch'),
      rounds,
      calls.length,
      byOp,
    ]),
  );
}
console.log(
  `ours ÷ naive, calls per minute: ${INTERVALS_S.map((i) => `${i} s ${(totals.get(`bake-and-promote@${i}`)! / totals.get(`naive poller@${i}`)!).toFixed(2)}×`).join(', ')}`,
);
console.log(
  'a round of ours: one DescribeRules (the weights; the lease is proven at each write, not per round), DescribeAlarms, and GetMetricData for the canary against stable',
);
console.log(
  "the naive poller omits: the lease, read-backs, the receiving color's tasks and target health before a shift, the no-forward proof and drain before a scale-in, stable as the baseline, rolling the idle color out",
);
process.exit(0);
