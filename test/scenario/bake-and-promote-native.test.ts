/**
 * bake-and-promote over ECS's own CANARY strategy, as a whole, over the real SDK clients under aws-sdk-client-mock
 * and the fake clock: races the patched moto server cannot stage, such as ECS completing a deployment between our
 * look (a check failed) and our rollback call.
 */
import 'aws-sdk-client-mock-jest';

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServiceDeploymentsCommand,
  type ServiceDeployment,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';

import { bakeAndPromote } from '../../actions/bake-and-promote/src/main.js';
import { readPostState } from '../../actions/bake-and-promote/src/state.js';
import { memoryIO } from '../../lib/core/io.js';
import {
  cloudwatch,
  deployment,
  ecs,
  ecsTags,
  fakeClock,
  liveDefinition,
  NEW,
  OLD,
  OLD_DEPLOYMENT,
  RUNNER_ENV,
  service,
  useScenarioMocks,
} from '../support/ecs-scenario.js';

useScenarioMocks();

const START = Date.parse('2026-03-02T10:00:00Z');
const S = 1000;
const ARN = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/web/r4Ce0D2wq5y0S4fYb3Z1x';
const inputs = { cluster: 'prod', service: 'web', 'task-definition': NEW, 'check-interval': '30s', alarms: 'web-5xx' };

/** web on ECS's own CANARY strategy (10% for a minute, then a minute at 100%), running web:7. */
function webOnCanary(): void {
  ecs.on(DescribeServicesCommand).resolves({
    services: [
      service('web', [deployment(OLD_DEPLOYMENT, 'PRIMARY', OLD, 'COMPLETED', 2)], {
        deploymentController: { type: 'ECS' },
        deploymentConfiguration: {
          strategy: 'CANARY',
          canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 },
          bakeTimeInMinutes: 1,
        },
      }),
    ],
  });
  ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: liveDefinition('web', 8, 'web:v2'), tags: [] });
  // The service's tags: where the bake's lease lives.
  ecsTags();
}

/**
 * web on ECS's CANARY strategy. Once UpdateService is sent, the deployment scales up (0%), shifts the canary (10%
 * from 30 s), goes to 100% at 60 s and bakes there; ECS completes it at 125 s unless a rollback was accepted first.
 * The alarm turns ALARM at 100 s, so the round at 120 s fails. `stop` says what StopServiceDeployment does.
 */
function account(clock: { now(): number }, stop: 'completed-meanwhile' | 'accepted-too-late') {
  let startedAt: number | undefined;
  let completed = false;
  const at = () => clock.now() - startedAt!;
  webOnCanary();
  ecs.on(UpdateServiceCommand).callsFake(() => {
    startedAt = clock.now();
    return {};
  });
  // Nothing in flight before our UpdateService; ours afterwards.
  ecs.on(ListServiceDeploymentsCommand).callsFake(() => ({
    serviceDeployments: startedAt === undefined ? [] : [{ serviceDeploymentArn: ARN, status: 'IN_PROGRESS' }],
  }));
  ecs.on(DescribeServiceDeploymentsCommand).callsFake((): { serviceDeployments: ServiceDeployment[] } => {
    const t = at();
    const [status, stage, weight] =
      completed || t >= 125 * S
        ? ['SUCCESSFUL', 'CLEAN_UP', 100]
        : t >= 60 * S
          ? ['IN_PROGRESS', 'BAKE_TIME', 100]
          : t >= 30 * S
            ? ['IN_PROGRESS', 'PRODUCTION_TRAFFIC_SHIFT', 10]
            : ['IN_PROGRESS', 'SCALE_UP', 0];
    return {
      serviceDeployments: [
        {
          serviceDeploymentArn: ARN,
          status: status as ServiceDeployment['status'],
          lifecycleStage: stage as ServiceDeployment['lifecycleStage'],
          targetServiceRevision: { arn: 'rev/8', requestedProductionTrafficWeight: weight },
        },
      ],
    };
  });
  ecs.on(StopServiceDeploymentCommand).callsFake(() => {
    // ECS finished the deployment between our look and this call.
    completed = true;
    if (stop === 'completed-meanwhile')
      throw Object.assign(new Error(`The service deployment ${ARN} has already completed.`), {
        name: 'ConflictException',
        $fault: 'client',
        $metadata: {},
      });
    return { serviceDeploymentArn: ARN };
  });
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => ({
    MetricAlarms: [
      {
        AlarmName: 'web-5xx',
        StateValue: startedAt !== undefined && at() >= 100 * S ? 'ALARM' : 'OK',
        StateReason: 'threshold crossed',
      },
    ],
  }));
}

test.each([
  ['StopServiceDeployment finds it already completed', 'completed-meanwhile' as const],
  ['StopServiceDeployment is accepted, yet ECS completes the deployment', 'accepted-too-late' as const],
])(
  'a check fails at 100%%, but ECS completes the release before the rollback (%s): failed, naming the release that now serves all traffic; never promoted',
  async (_, stop) => {
    const clock = fakeClock(START);
    account(clock, stop);
    const io = memoryIO(inputs);
    await expect(
      bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
    ).rejects.toThrow(
      'a check failed at 100%: alarms fail: in ALARM: web-5xx (threshold crossed); ECS completed the deployment before the rollback: web:8 serves all traffic, run rollback',
    );

    // The rollback was asked for once, right after the round at 120 s failed.
    expect(ecs).toHaveReceivedCommandTimes(StopServiceDeploymentCommand, 1);
    expect(ecs).toHaveReceivedCommandWith(StopServiceDeploymentCommand, {
      serviceDeploymentArn: ARN,
      stopType: 'ROLLBACK',
    });
    const timeline = JSON.parse(io.outputs.timeline);
    expect(
      timeline.rounds.map(
        (r: { atMs: number; weight: number; verdict: string }) => `${r.atMs / S}s ${r.weight}% ${r.verdict}`,
      ),
    ).toEqual(['30s 10% pass', '60s 100% pass', '90s 100% pass', '120s 100% fail']);
    // What the workflow and the person reading the run see: a failure, the release at 100%, and what to do.
    expect(io.outputs.verdict).toBe('failed');
    expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web web:8': 100, 'web web:7': 0 });
    expect(io.outputs['task-definition-before']).toBe(OLD);
    expect(io.outputs['task-definition-after']).toBe(NEW);
    expect(io.outputs['restore-ms']).toBe('');
    expect(io.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(
          /ECS had completed .* first: web:8 serves all traffic\. Roll it back \(the rollback action\) now\./,
        ),
      }),
    );
    expect(io.summary).toContain('❌ failed');
    expect(io.summary).not.toContain('promoted');
    expect(readPostState(io)?.phase).toBe('done');
  },
);

/** A network error as the SDK throws it when a call never gets an answer. */
const timedOut = () =>
  Object.assign(new Error('connect ETIMEDOUT 52.95.110.1:443'), {
    name: 'TimeoutError',
    code: 'ETIMEDOUT',
    $metadata: {},
  });

/**
 * web on ECS's CANARY strategy, as in `account`, but StopServiceDeployment is accepted in time: ECS rolls back, all
 * production traffic back on web:7 at once, and reports ROLLBACK_SUCCESSFUL 40 s after the stop. The alarm turns
 * ALARM at `alarmAt` (ms since the update); `fails` names the calls that time out (when it returns true for one).
 */
function rollingBackAccount(
  clock: { now(): number },
  alarmAt: number,
  fails: (call: 'update' | 'describe' | 'stop', t: number) => boolean,
) {
  let startedAt: number | undefined;
  let stoppedAt: number | undefined;
  const at = () => clock.now() - startedAt!;
  webOnCanary();
  ecs.on(UpdateServiceCommand).callsFake(() => {
    startedAt = clock.now();
    // ECS took the update; the answer may not come back.
    if (fails('update', 0)) throw timedOut();
    return {};
  });
  ecs.on(ListServiceDeploymentsCommand).callsFake(() => ({
    serviceDeployments: startedAt === undefined ? [] : [{ serviceDeploymentArn: ARN, status: 'IN_PROGRESS' }],
  }));
  ecs.on(DescribeServiceDeploymentsCommand).callsFake((): { serviceDeployments: ServiceDeployment[] } => {
    const t = at();
    if (fails('describe', t)) throw timedOut();
    const rolling =
      stoppedAt !== undefined && (t - stoppedAt < 40 * S ? 'ROLLBACK_IN_PROGRESS' : 'ROLLBACK_SUCCESSFUL');
    const [status, stage, weight] = rolling
      ? [rolling, 'PRODUCTION_TRAFFIC_SHIFT', 0]
      : t >= 125 * S
        ? ['SUCCESSFUL', 'CLEAN_UP', 100]
        : t >= 60 * S
          ? ['IN_PROGRESS', 'BAKE_TIME', 100]
          : t >= 30 * S
            ? ['IN_PROGRESS', 'PRODUCTION_TRAFFIC_SHIFT', 10]
            : ['IN_PROGRESS', 'SCALE_UP', 0];
    return {
      serviceDeployments: [
        {
          serviceDeploymentArn: ARN,
          status: status as ServiceDeployment['status'],
          lifecycleStage: stage as ServiceDeployment['lifecycleStage'],
          targetServiceRevision: { arn: 'rev/8', requestedProductionTrafficWeight: weight },
        },
      ],
    };
  });
  ecs.on(StopServiceDeploymentCommand).callsFake(() => {
    if (fails('stop', at())) throw timedOut();
    stoppedAt = at();
    return { serviceDeploymentArn: ARN };
  });
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => ({
    MetricAlarms: [
      {
        AlarmName: 'web-5xx',
        StateValue: startedAt !== undefined && at() >= alarmAt ? 'ALARM' : 'OK',
        StateReason: 'threshold crossed',
      },
    ],
  }));
  return { stoppedAt: () => stoppedAt };
}

/** Fails the first call of `kind` at or after `from` ms, once. */
function failsOnce(kind: 'update' | 'describe' | 'stop', from: number) {
  let done = false;
  return (call: 'update' | 'describe' | 'stop', t: number) => {
    if (done || call !== kind || t < from) return false;
    done = true;
    return true;
  };
}

test('a check fails and ECS rolls back, then a look times out: the look is tried again and the rollback ECS confirms is the verdict (aborted, web:7 at 100%), not a failure of its own', async () => {
  const clock = fakeClock(START);
  const world = rollingBackAccount(clock, 100 * S, failsOnce('describe', 150 * S));
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('a check failed at 100%: alarms fail: in ALARM: web-5xx (threshold crossed)');

  // The rollback was asked for once (after the round at 120 s failed); after the failed look the deployment was
  // followed to its end (ROLLBACK_SUCCESSFUL at 160 s), not asked again.
  expect(ecs).toHaveReceivedCommandTimes(StopServiceDeploymentCommand, 1);
  expect(world.stoppedAt()).toBe(120 * S);
  expect(io.outputs.verdict).toBe('aborted');
  expect(io.outputs.reason).toBe(
    `a check failed at 100%: alarms fail: in ALARM: web-5xx (threshold crossed); ECS rolled ${ARN} back: all traffic on web:7 again (ROLLBACK_SUCCESSFUL)`,
  );
  expect(io.log).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/reading or rolling back .* failed \(connect ETIMEDOUT 52\.95\.110\.1:443\); trying again/),
    ]),
  );
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web web:8': 0, 'web web:7': 100 });
  expect(io.outputs['task-definition-before']).toBe(OLD);
  expect(io.outputs['task-definition-after']).toBe(OLD);
  expect(Number(io.outputs['restore-ms'])).toBeGreaterThanOrEqual(40 * S);
  expect(JSON.parse(io.outputs.timeline).weights.map((m: { weight: number }) => m.weight)).toEqual([0, 10, 100, 0]);
  expect(io.summary).toMatch(/\| web web:7 \| 100% \|/);
  expect(readPostState(io)?.phase).toBe('done');
});

test('a look times out mid-canary, before any check failed: ECS is asked to roll back despite the error and followed until it has; failed, traffic on web:7', async () => {
  const clock = fakeClock(START);
  const world = rollingBackAccount(clock, Number.POSITIVE_INFINITY, failsOnce('describe', 30 * S));
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('connect ETIMEDOUT 52.95.110.1:443');

  // The look at 30 s failed; the next one (at once) found 10% on web:8, so the rollback went out then.
  expect(ecs).toHaveReceivedCommandTimes(StopServiceDeploymentCommand, 1);
  expect(ecs).toHaveReceivedCommandWith(StopServiceDeploymentCommand, {
    serviceDeploymentArn: ARN,
    stopType: 'ROLLBACK',
  });
  expect(world.stoppedAt()).toBe(30 * S);
  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs.reason).toBe(
    `stopped by an error: connect ETIMEDOUT 52.95.110.1:443; ECS rolled ${ARN} back: all traffic on web:7 again (ROLLBACK_SUCCESSFUL)`,
  );
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web web:8': 0, 'web web:7': 100 });
  expect(io.outputs['task-definition-after']).toBe(OLD);
  // From the error at 30 s to ROLLBACK_SUCCESSFUL (70 s) seen at the next look, one poll interval (15 s) later.
  expect(io.outputs['restore-ms']).toBe(String(45 * S));
  expect(io.summary).toContain('❌ failed');
  expect(io.summary).toMatch(/\| web web:7 \| 100% \|/);
  expect(readPostState(io)?.phase).toBe('done');
});

test('ECS stops answering mid-canary: the report says traffic state is unknown and what to check, claims no weights, and leaves the rollback to the post step', async () => {
  const clock = fakeClock(START);
  rollingBackAccount(clock, Number.POSITIVE_INFINITY, (_, t) => t >= 30 * S);
  const io = memoryIO({ ...inputs, 'wait-timeout': '2m' });
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('connect ETIMEDOUT 52.95.110.1:443');

  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs.reason).toBe(
    `stopped by an error: connect ETIMEDOUT 52.95.110.1:443; traffic state is unknown: ${ARN} could not be read after the error (connect ETIMEDOUT 52.95.110.1:443); it was not rolled back. Check \`aws ecs describe-service-deployments --service-deployment-arns ${ARN}\`; while it runs, mode: abort rolls it back (the post step tries too)`,
  );
  expect(io.outputs['final-weights']).toBe('{}');
  expect(io.outputs['task-definition-before']).toBe(OLD);
  expect(io.outputs['task-definition-after']).toBe('');
  // The timeline keeps what was read before the error (history, not a claim about now): 0%, then 10% at 30 s.
  expect(JSON.parse(io.outputs.timeline).weights.map((m: { weight: number }) => m.weight)).toEqual([0]);
  // It kept trying for wait-timeout (2 minutes after the error), then gave up.
  expect(clock.now() - START).toBeGreaterThanOrEqual(150 * S);
  expect(io.summary).toContain('❌ failed');
  expect(io.summary).toContain('traffic state is unknown');
  expect(io.summary).not.toContain('Traffic now');
  // Not done: the post step picks the release up and tries again (the lease is left for it).
  expect(readPostState(io)?.phase).not.toBe('done');
});

test('UpdateService gets no answer: the report says traffic state is unknown and how to find the deployment it may have started', async () => {
  const clock = fakeClock(START);
  rollingBackAccount(clock, Number.POSITIVE_INFINITY, failsOnce('update', 0));
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('connect ETIMEDOUT 52.95.110.1:443');

  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs.reason).toBe(
    'stopped by an error: connect ETIMEDOUT 52.95.110.1:443; traffic state is unknown: the update of web to web:8 may have reached ECS. Check `aws ecs list-service-deployments --cluster prod --service web`: a deployment of web:8 still running is rolled back by mode: abort',
  );
  expect(io.outputs['final-weights']).toBe('{}');
  expect(io.outputs['task-definition-before']).toBe(OLD);
  expect(io.outputs['task-definition-after']).toBe('');
  expect(io.summary).toContain('traffic state is unknown');
});

test('a smoke check that targets only the canary, with no `canary-url` to reach it through the test listener rule, is an input error before anything changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'native-reach-'));
  writeFileSync(join(dir, 'smoke.yml'), 'checks:\n  - name: order\n    path: /api/orders\n    targets: [canary]\n');
  webOnCanary();
  const io = memoryIO({
    ...inputs,
    alarms: '',
    'smoke-file': 'smoke.yml',
    'production-url': 'https://api.example.com',
  });
  await expect(
    bakeAndPromote(
      { io, signal: new AbortController().signal },
      { clock: fakeClock(START), env: { ...RUNNER_ENV, GITHUB_WORKSPACE: dir } },
    ),
  ).rejects.toThrow(
    /^Invalid `canary-url`: is required: "order" in smoke.yml targets only the canary, and nothing reaches it \(hint: give `canary-url`: the service's test listener rule/,
  );
  expect(ecs.commandCalls(UpdateServiceCommand)).toHaveLength(0);
});
