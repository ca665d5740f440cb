/**
 * bake-and-promote's ALB path as a whole, over the real SDK clients under aws-sdk-client-mock (the ECS scenario kit)
 * and the fake clock: what is sent to ELB and ECS, in which order, and when. moto cannot show the order of calls or
 * a rule with an authenticate action in front of the forward; these can.
 */
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServiceDeploymentsCommand,
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

import { post } from '../../actions/bake-and-promote/src/cleanup.js';
import { bakeAndPromote } from '../../actions/bake-and-promote/src/main.js';
import { readPostState, savePhase, saveStarted } from '../../actions/bake-and-promote/src/state.js';
import { memoryIO } from '../../lib/core/io.js';
import { BAKE_STABLE_TAG } from '../../lib/traffic/alb/observe.js';
import type { AlbResume } from '../../lib/traffic/alb/provider.js';
import { encodeLease, holderFromEnv, LEASE_TAG } from '../../lib/traffic/lease.js';
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
  useScenarioMocks,
} from '../support/ecs-scenario.js';

useScenarioMocks();

const PREFIX = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012';
const RULE = `${PREFIX}:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`;
const LISTENER = `${PREFIX}:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const BLUE = `${PREFIX}:targetgroup/web-blue/73e2d6bc24d8a067`;
const GREEN = `${PREFIX}:targetgroup/web-green/2453ed029918f21f`;
const LOAD_BALANCER = `${PREFIX}:loadbalancer/app/web/50dc6c495c0c9188`;
const START = Date.parse('2026-03-02T10:00:00Z');
const OIDC: Action = {
  Type: 'authenticate-oidc',
  Order: 1,
  AuthenticateOidcConfig: {
    Issuer: 'https://id.example.com',
    AuthorizationEndpoint: 'https://id.example.com/auth',
    TokenEndpoint: 'https://id.example.com/token',
    UserInfoEndpoint: 'https://id.example.com/me',
    ClientId: 'web',
  },
};

/**
 * A blue/green pair and its rule that remember what was done to them; every mutating call lands in `calls` with its
 * time.
 */
function account(
  clock: { now(): number },
  alarmAt: number,
  options: {
    refuse?: (greenWeight: number) => Error | undefined;
    leftAt?: { green: number; tags: Tag[] };
    refuseTag?: string;
  } = {},
) {
  const calls: string[] = [];
  const left = options.leftAt;
  // Either 100% blue, or as a job killed mid-bake left it: a split, its tags, and green running the new revision.
  let actions: Action[] = [
    OIDC,
    left
      ? {
          Type: 'forward',
          Order: 2,
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: BLUE, Weight: 100 - left.green },
              { TargetGroupArn: GREEN, Weight: left.green },
            ],
          },
        }
      : { Type: 'forward', Order: 2, TargetGroupArn: BLUE },
  ];
  let tags: Tag[] = left?.tags ?? [];
  const services: Record<string, Service> = {
    'web-blue': service('web-blue', [deployment('ecs-svc/1', 'PRIMARY', OLD, 'COMPLETED', 2)], {
      loadBalancers: [{ targetGroupArn: BLUE }],
    }),
    'web-green': left
      ? service('web-green', [deployment('ecs-svc/2', 'PRIMARY', NEW, 'COMPLETED', 2)], {
          loadBalancers: [{ targetGroupArn: GREEN }],
        })
      : service('web-green', [deployment('ecs-svc/2', 'PRIMARY', OLD, 'COMPLETED', 0)], {
          desiredCount: 0,
          loadBalancers: [{ targetGroupArn: GREEN }],
        }),
  };
  const at = () => `@${Math.round((clock.now() - START) / 1000)}s`;
  ecs
    .on(DescribeServicesCommand)
    .callsFake((input: { services: string[] }) => ({ services: input.services.map((n) => services[n]) }));
  ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: liveDefinition('web', 8, 'web:v2'), tags: [] });
  ecs.on(ListServiceDeploymentsCommand).resolves({ serviceDeployments: [] });
  ecs.on(ListTasksCommand).resolves({ taskArns: [] });
  ecs
    .on(UpdateServiceCommand)
    .callsFake((input: { service: string; taskDefinition?: string; desiredCount?: number }) => {
      calls.push(
        `UpdateService ${input.service}${input.taskDefinition ? ` ${input.taskDefinition.split('/').pop()}` : ''} count=${input.desiredCount} ${at()}`,
      );
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
  elbv2.on(DescribeRulesCommand).callsFake(() => ({ Rules: [{ RuleArn: RULE, IsDefault: false, Actions: actions }] }));
  // The load balancer's one listener: its default action answers 404; the rule above is its only forward.
  elbv2.on(DescribeListenersCommand).resolves({
    Listeners: [
      {
        ListenerArn: LISTENER,
        DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
      },
    ],
  });
  elbv2.on(ModifyRuleCommand).callsFake((input: { Actions: Action[] }) => {
    const forward = input.Actions.find((a) => a.Type === 'forward')!;
    const refused = options.refuse?.(
      forward.ForwardConfig!.TargetGroups!.find((g) => g.TargetGroupArn === GREEN)?.Weight ?? 0,
    );
    if (refused) throw refused;
    calls.push(
      `ModifyRule ${input.Actions.map((a) => a.Type).join('+')} ${forward.ForwardConfig!.TargetGroups!.map((g) => `${g.TargetGroupArn!.split('/')[1]}=${g.Weight}`).join(',')} ${at()}`,
    );
    actions = input.Actions;
    return {};
  });
  elbv2.on(DescribeTagsCommand).callsFake(() => ({ TagDescriptions: [{ ResourceArn: RULE, Tags: tags }] }));
  elbv2.on(AddTagsCommand).callsFake((input: { Tags: Tag[] }) => {
    if (input.Tags.some((t) => t.Key === options.refuseTag))
      throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    tags = [...tags.filter((t) => !input.Tags.some((n) => n.Key === t.Key)), ...input.Tags];
    return {};
  });
  elbv2.on(RemoveTagsCommand).callsFake((input: { TagKeys: string[] }) => {
    tags = tags.filter((t) => !input.TagKeys.includes(t.Key!));
    return {};
  });
  elbv2.on(DescribeTargetHealthCommand).resolves({
    TargetHealthDescriptions: [{ Target: { Id: '10.0.1.5', Port: 3000 }, TargetHealth: { State: 'healthy' } }],
  });
  elbv2
    .on(DescribeTargetGroupAttributesCommand)
    .resolves({ Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }] });
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => ({
    MetricAlarms: [
      {
        AlarmName: 'web-5xx',
        StateValue: clock.now() - START >= alarmAt ? 'ALARM' : 'OK',
        StateReason: 'threshold crossed',
      },
    ],
  }));
  /**
   * Another run (a rollback) takes the rule: its own lease, and all traffic where it decided, without going through
   * `calls`.
   */
  const handOver = (
    greenWeight: number,
    lease: string | undefined | 'untouched',
    scaleIn?: 'web-blue' | 'web-green',
  ) => {
    // `lease` undefined: the other run took the lease, did its work and let go (an abort or a rollback that finished);
    // 'untouched': it never looked at the lease (as abort did before it took one).
    if (lease !== 'untouched')
      tags = [
        ...tags.filter((t) => t.Key !== LEASE_TAG && (lease !== undefined || t.Key !== BAKE_STABLE_TAG)),
        ...(lease ? [{ Key: LEASE_TAG, Value: lease }] : []),
      ];
    actions = [
      OIDC,
      {
        Type: 'forward',
        Order: 2,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: BLUE, Weight: 100 - greenWeight },
            { TargetGroupArn: GREEN, Weight: greenWeight },
          ],
        },
      },
    ];
    if (scaleIn)
      services[scaleIn] = service(
        scaleIn,
        [deployment('ecs-svc/8', 'PRIMARY', services[scaleIn].taskDefinition!, 'COMPLETED', 0, { desiredCount: 0 })],
        { desiredCount: 0, loadBalancers: services[scaleIn].loadBalancers },
      );
  };
  return { calls, actions: () => actions, tags: () => tags, handOver };
}

/**
 * What main saves by the time it has shifted 10% (the split it last read back, both colors as it last saw them): the
 * post step's input.
 */
function savedAt10(actions: Action[]): Record<string, string> {
  const route = {
    route: { kind: 'rule' as const, ruleArn: RULE },
    actions,
    split: { [BLUE]: 90, [GREEN]: 10 },
    leaseArn: RULE,
  };
  const resume: AlbResume = {
    cluster: 'prod',
    route,
    loadBalancerArn: LOAD_BALANCER,
    stable: { service: 'web-blue', targetGroupArn: BLUE, taskDefinition: OLD, desiredCount: 2 },
    canary: { service: 'web-green', targetGroupArn: GREEN, taskDefinition: NEW, desiredCount: 2 },
  };
  const main = memoryIO();
  saveStarted(main, REGION, 'alb', { ...resume });
  savePhase(main, 'shifting');
  return { ...main.state };
}

const inputs = {
  cluster: 'prod',
  services: 'web-blue, web-green',
  'listener-rule-arn': RULE,
  'task-definition': NEW,
  steps: '10%:10m, 100%',
  'check-interval': '30s',
  alarms: 'web-5xx',
};

test('an alarm mid-bake: 100% back on stable in one ModifyRule (authenticate action kept) within one check interval, then the canary scaled down', async () => {
  const clock = fakeClock(START);
  const world = account(clock, 200_000);
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow(/a check failed at 10%: alarms fail: in ALARM: web-5xx/);

  expect(world.calls).toEqual([
    'UpdateService web-green web:8 count=2 @0s',
    'ModifyRule authenticate-oidc+forward web-blue=90,web-green=10 @0s',
    // The alarm turns at 200s; the round at 210s sees it and the restore goes out at once; the canary is scaled in
    // once its in-flight requests had its target group's deregistration delay (30 s) to finish.
    'ModifyRule authenticate-oidc+forward web-blue=100,web-green=0 @210s',
    'UpdateService web-green count=0 @240s',
  ]);
  // Describe* never returns the OIDC secret: the change says to keep the existing one instead of dropping it.
  expect(world.actions()[0].AuthenticateOidcConfig).toMatchObject({ UseExistingClientSecret: true });
  expect(world.tags()).toEqual([]);
  expect(io.outputs.verdict).toBe('aborted');
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web-blue': 100, 'web-green': 0 });
});

test('a clean bake: 10% for exactly 10 minutes, 100%, the deregistration delay, then the old color scaled down', async () => {
  const clock = fakeClock(START);
  const world = account(clock, Number.POSITIVE_INFINITY);
  const io = memoryIO(inputs);
  await bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV });

  expect(world.calls).toEqual([
    'UpdateService web-green web:8 count=2 @0s',
    'ModifyRule authenticate-oidc+forward web-blue=90,web-green=10 @0s',
    'ModifyRule authenticate-oidc+forward web-blue=0,web-green=100 @600s',
    'UpdateService web-blue count=0 @630s',
  ]);
  expect(io.outputs.verdict).toBe('promoted');
  expect(io.summary).toContain('xychart-beta');
});

test('a round reads the rule once and nothing else from ELB or ECS: the lease is proven at each write, so more rounds cost no DescribeTags', async () => {
  // The same clean bake at two check intervals: every call but the rounds' own reads is the same in both.
  const bake = async (interval: string) => {
    elbv2.resetHistory();
    ecs.resetHistory();
    const clock = fakeClock(START);
    account(clock, Number.POSITIVE_INFINITY);
    const io = memoryIO({ ...inputs, 'check-interval': interval });
    await bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV });
    expect(io.outputs.verdict).toBe('promoted');
    const count = (stub: typeof elbv2 | typeof ecs) => {
      const byName: Record<string, number> = {};
      for (const call of stub.calls())
        byName[call.args[0].constructor.name] = (byName[call.args[0].constructor.name] ?? 0) + 1;
      return byName;
    };
    return { elb: count(elbv2), ecs: count(ecs), rounds: JSON.parse(io.outputs.timeline).rounds.length as number };
  };
  const slow = await bake('30s');
  const fast = await bake('10s');
  expect(fast.rounds - slow.rounds).toBe(40);
  expect(fast.elb.DescribeRulesCommand - slow.elb.DescribeRulesCommand).toBe(40);
  expect({ ...fast.elb, DescribeRulesCommand: 0 }).toEqual({ ...slow.elb, DescribeRulesCommand: 0 });
  expect(fast.ecs).toEqual(slow.ecs);
  expect(fast.elb.DescribeTagsCommand).toBeGreaterThan(0);
});

test('a cancel mid-bake sends the restore even while the signal is aborted, before anything else', async () => {
  const clock = fakeClock(START);
  const world = account(clock, Number.POSITIVE_INFINITY);
  const controller = new AbortController();
  // The runner's SIGINT arrives 95 s in, while the bake sleeps between rounds.
  void clock.sleep(95_000).then(() => controller.abort(new Error('job cancelled (SIGINT)')));
  const io = memoryIO(inputs);
  await expect(bakeAndPromote({ io, signal: controller.signal }, { clock, env: RUNNER_ENV })).rejects.toThrow(/SIGINT/);

  expect(world.calls.slice(1)).toEqual([
    'ModifyRule authenticate-oidc+forward web-blue=90,web-green=10 @0s',
    'ModifyRule authenticate-oidc+forward web-blue=100,web-green=0 @95s',
  ]);
  expect(io.outputs.verdict).toBe('cancelled');
  // The canary's drain was cut by the cancel: it stays up (its in-flight requests finish), and the post step,
  // which runs after main however it ended, waits out the drain and scales it in.
  expect(readPostState(io)?.phase).not.toBe('done');
  const postIO = memoryIO({}, io.state);
  await post({ io: postIO, signal: new AbortController().signal }, RUNNER_ENV, clock);
  expect(world.calls.at(-1)).toMatch(/^UpdateService web-green count=0 @125s$/);
  expect(world.tags()).toEqual([]);
});

test("a cancel whose ownership look (DescribeTags) hangs still sends the restore, about 2 s later, inside the runner's grace period", async () => {
  const clock = fakeClock(START);
  const world = account(clock, Number.POSITIVE_INFINITY);
  const controller = new AbortController();
  let hung = false;
  void clock.sleep(95_000).then(() => {
    // The first DescribeTags after the SIGINT never answers; later ones do.
    elbv2
      .on(DescribeTagsCommand)
      .callsFake(() =>
        hung
          ? { TagDescriptions: [{ ResourceArn: RULE, Tags: world.tags() }] }
          : ((hung = true), new Promise(() => undefined)),
      );
    controller.abort(new Error('job cancelled (SIGINT)'));
  });
  const io = memoryIO(inputs);
  const started = performance.now();
  await expect(bakeAndPromote({ io, signal: controller.signal }, { clock, env: RUNNER_ENV })).rejects.toThrow(/SIGINT/);
  expect(hung).toBe(true);
  expect(performance.now() - started).toBeLessThan(5000);
  expect(world.calls.slice(1)).toEqual([
    'ModifyRule authenticate-oidc+forward web-blue=90,web-green=10 @0s',
    'ModifyRule authenticate-oidc+forward web-blue=100,web-green=0 @95s',
  ]);
  expect(io.outputs.verdict).toBe('cancelled');
});

test('an unexpected error mid-bake: 100% back on stable, and the outputs and summary say so, not an empty report', async () => {
  const clock = fakeClock(START);
  // The shift to 100% never reaches ELB (the SDK gave up on the network); the restore that follows goes through.
  const world = account(clock, Number.POSITIVE_INFINITY, {
    refuse: (green) =>
      green === 100 ? Object.assign(new Error('connect ETIMEDOUT 52.95.110.1:443'), { code: 'ETIMEDOUT' }) : undefined,
  });
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('connect ETIMEDOUT 52.95.110.1:443');

  expect(world.calls.slice(1)).toEqual([
    'ModifyRule authenticate-oidc+forward web-blue=90,web-green=10 @0s',
    'ModifyRule authenticate-oidc+forward web-blue=100,web-green=0 @600s',
    'UpdateService web-green count=0 @630s',
  ]);
  expect(world.tags()).toEqual([]);
  // What a workflow reads after the failed step: the split as read back after the restore, and why it stopped.
  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs.reason).toMatch(
    /^stopped by an error: connect ETIMEDOUT 52\.95\.110\.1:443; traffic restored: .*web-blue.* 100%/,
  );
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web-blue': 100, 'web-green': 0 });
  expect(io.outputs['task-definition-after']).toBe(OLD);
  expect(io.outputs['restore-ms']).toBe('0');
  expect(JSON.parse(io.outputs.timeline).weights.map((m: { weight: number }) => m.weight)).toEqual([0, 10, 0]);
  expect(io.summary).toContain('❌ failed');
  expect(io.summary).toMatch(/\| web-blue \| 100% \|/);
});

test('a rollback takes the lease mid-bake and puts all traffic on green: the bake stops at its next round and neither restores over it nor scales green down; nor does its post step', async () => {
  const clock = fakeClock(START);
  const world = account(clock, Number.POSITIVE_INFINITY);
  const rollback = encodeLease({
    holder: { repository: 'acme/rides', runId: '777', attempt: 1 },
    since: new Date(),
    until: new Date(Date.now() + 3_600_000),
  });
  void clock.sleep(100_000).then(() => world.handOver(100, rollback));
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow(/lease is no longer this run's \(held by acme\/rides run 777/);

  // Only the bake's own changes: the roll-out and the 10% shift; nothing after the rollback took over.
  expect(world.calls.slice(1)).toEqual(['ModifyRule authenticate-oidc+forward web-blue=90,web-green=10 @0s']);
  expect(world.actions()[1].ForwardConfig!.TargetGroups).toEqual([
    { TargetGroupArn: BLUE, Weight: 0 },
    { TargetGroupArn: GREEN, Weight: 100 },
  ]);
  // The rollback's lease stays; only the bake's own record is cleared.
  expect(world.tags()).toEqual([{ Key: LEASE_TAG, Value: rollback }]);
  // Never "aborted: traffic back on stable": the outputs say where traffic is, as read.
  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs.reason).toMatch(/traffic left as it is: acme\/rides run 777 .* holds the rule's lease/);
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web-blue': 0, 'web-green': 100 });

  // The post step, even with the state of a job killed mid-shift, leaves it too.
  const postIO = memoryIO({}, savedAt10(world.actions()));
  await post({ io: postIO, signal: new AbortController().signal }, RUNNER_ENV, clock);
  expect(world.calls).toHaveLength(2);
  expect(postIO.log).toEqual(
    expect.arrayContaining([expect.stringMatching(/^skipping: acme\/rides run 777 .* owns its traffic/)]),
  );
});

test('a rollback that takes the rule back to blue while the promoted bake drains: blue is not scaled down under its traffic, and the bake is not reported promoted', async () => {
  const clock = fakeClock(START);
  const world = account(clock, Number.POSITIVE_INFINITY);
  const rollback = encodeLease({
    holder: { repository: 'acme/rides', runId: '778', attempt: 1 },
    since: new Date(),
    until: new Date(Date.now() + 3_600_000),
  });
  // 100% goes to green at 600 s; the drain runs 30 s; the rollback flips everything back to blue at 615 s.
  void clock.sleep(615_000).then(() => world.handOver(0, rollback));
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow(/during the drain: acme\/rides run 778 .* holds the rule's lease/);

  expect(world.calls).toEqual([
    'UpdateService web-green web:8 count=2 @0s',
    'ModifyRule authenticate-oidc+forward web-blue=90,web-green=10 @0s',
    'ModifyRule authenticate-oidc+forward web-blue=0,web-green=100 @600s',
  ]);
  expect(world.tags()).toEqual([{ Key: LEASE_TAG, Value: rollback }]);
  expect(io.outputs.verdict).toBe('failed');
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web-blue': 100, 'web-green': 0 });
});

test.each([
  ['takes the lease and lets go', undefined, /during the drain: this run's lease on the rule is gone/],
  ['leaves the lease alone (as abort did before)', 'untouched' as const, /traffic is no longer all on web-green/],
])(
  "an abort during the drain (issue 18, case 1) that %s: all traffic back on blue, green scaled in; the bake leaves blue up, is not reported promoted, and its post step does not send traffic to green's 0 tasks",
  async (_, lease, message) => {
    const clock = fakeClock(START);
    const world = account(clock, Number.POSITIVE_INFINITY);
    // 100% goes to green at 600 s; the drain runs 30 s; at 610 s an operator's abort runs to its end.
    void clock.sleep(610_000).then(() => world.handOver(0, lease, 'web-green'));
    const io = memoryIO(inputs);
    await expect(
      bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
    ).rejects.toThrow(message);

    // No write of the bake after the abort: blue (which now serves everything) is never scaled in.
    expect(world.calls).toEqual([
      'UpdateService web-green web:8 count=2 @0s',
      'ModifyRule authenticate-oidc+forward web-blue=90,web-green=10 @0s',
      'ModifyRule authenticate-oidc+forward web-blue=0,web-green=100 @600s',
    ]);
    expect(io.outputs.verdict).toBe('failed');
    expect(io.outputs.verdict).not.toBe('promoted');
    // Read back, not assumed.
    expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web-blue': 100, 'web-green': 0 });

    // A job killed in that window had saved phase `promoted`: its post step must not put 100% on green (0 tasks).
    const killed = memoryIO({}, savedAt10(world.actions()));
    savePhase(killed, 'promoted');
    await post({ io: killed, signal: new AbortController().signal }, RUNNER_ENV, clock);
    expect(world.calls).toHaveLength(3);
    expect(world.actions()[1].ForwardConfig!.TargetGroups).toEqual([
      { TargetGroupArn: BLUE, Weight: 100 },
      { TargetGroupArn: GREEN, Weight: 0 },
    ]);
  },
);

test('a rollback between a round and the next shift (issue 18, case 2): it took the lease, flipped to blue, scaled green in and let go; the shift is refused, nothing is written after it, and the verdict says why', async () => {
  const clock = fakeClock(START);
  const world = account(clock, Number.POSITIVE_INFINITY);
  // The bake's last round at 10% (600 s) reads the rule, then runs its checks; the rollback lands while the alarms are
  // read, after that look and before the shift that follows it at once.
  let rolledBack = false;
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
    if (!rolledBack && clock.now() - START >= 600_000) {
      rolledBack = true;
      world.handOver(0, undefined, 'web-green');
    }
    return { MetricAlarms: [{ AlarmName: 'web-5xx', StateValue: 'OK', StateReason: 'fine' }] };
  });
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow(/not done: shift 100% to web-green, because .*lease on the rule is gone/);

  expect(world.calls).toEqual([
    'UpdateService web-green web:8 count=2 @0s',
    'ModifyRule authenticate-oidc+forward web-blue=90,web-green=10 @0s',
  ]);
  // Stopped by the guard's refusal; the restore that follows finds all traffic on blue already and writes nothing.
  expect(io.outputs.verdict).toBe('aborted');
  expect(io.outputs.reason).toMatch(/lease on the rule is gone/);
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web-blue': 100, 'web-green': 0 });
});

test('a refused bake-stable tag right after the lease: the run fails having moved no traffic, and releases the lease so the next bake is not refused for hours', async () => {
  const clock = fakeClock(START);
  const world = account(clock, Number.POSITIVE_INFINITY, { refuseTag: BAKE_STABLE_TAG });
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow(/Rate exceeded/);
  expect(world.calls.filter((c) => c.startsWith('ModifyRule'))).toEqual([]);
  expect(world.tags()).toEqual([]);
  expect(io.outputs.verdict).toBe('failed');
  // Nothing moved, so nothing is left for the post step.
  expect(readPostState(io)).toBeUndefined();
});

/** The account as a job killed at 10% left it: the split, this run's lease and the bake-stable tag. */
function killedAt10(clock: { now(): number }) {
  const held = encodeLease({
    holder: holderFromEnv(RUNNER_ENV),
    since: new Date(),
    until: new Date(Date.now() + 3_600_000),
  });
  return account(clock, Number.POSITIVE_INFINITY, {
    leftAt: {
      green: 10,
      tags: [
        { Key: LEASE_TAG, Value: held },
        { Key: BAKE_STABLE_TAG, Value: BLUE },
      ],
    },
  });
}

test('after a job killed at 10%, the post step puts 100% back on stable, scales the canary down and frees the rule; run twice, it changes nothing', async () => {
  const clock = fakeClock(START);
  const world = killedAt10(clock);
  // What main had saved when the job was killed.
  const saved = savedAt10(world.actions());
  const io = memoryIO({}, saved);
  await post({ io, signal: new AbortController().signal }, RUNNER_ENV, clock);

  // The canary is scaled in once its target group's deregistration delay (30 s) let in-flight requests finish.
  expect(world.calls).toEqual([
    'ModifyRule authenticate-oidc+forward web-blue=100,web-green=0 @0s',
    'UpdateService web-green count=0 @30s',
  ]);
  expect(world.tags()).toEqual([]);
  expect(io.log).toContain('lease: released');
  expect(readPostState(io)?.phase).toBe('done');

  // Run again on the state main saved (a re-run of the post step): weights verified, canary already at 0, nothing sent.
  const again = memoryIO({}, saved);
  await post({ io: again, signal: new AbortController().signal }, RUNNER_ENV, clock);
  expect(world.calls).toHaveLength(2);
  expect(again.log).toEqual(
    expect.arrayContaining([
      expect.stringContaining('nothing to restore'),
      'web-green is already at 0 tasks',
      'lease: not-held',
    ]),
  );
});

test('a post step whose look for test routes fails still frees the rule with all traffic on stable; the canary stays up, since nothing proves no rule forwards to it', async () => {
  const clock = fakeClock(START);
  const world = killedAt10(clock);
  // The listener's rules cannot be listed (the rule itself still reads, by its ARN).
  elbv2
    .on(DescribeRulesCommand, { ListenerArn: LISTENER })
    .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
  const io = memoryIO({}, savedAt10(world.actions()));
  await post({ io, signal: new AbortController().signal }, RUNNER_ENV, clock);

  expect(world.calls).toEqual(['ModifyRule authenticate-oidc+forward web-blue=100,web-green=0 @0s']);
  const warnings = io.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
  expect(warnings.join('\n')).toMatch(/test routes to web-green could not be checked \(Rate exceeded\)/);
  expect(warnings.join('\n')).toMatch(/web-green left up/);
  expect(world.tags()).toEqual([]);
  expect(io.log).toContain('lease: released');
  expect(readPostState(io)?.phase).toBe('done');
});
