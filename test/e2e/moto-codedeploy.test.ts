/**
 * The CodeDeploy double (test/support/moto_codedeploy.py, loaded by moto_server.py) driven over the wire with the
 * real SDK clients, through lib/codedeploy: a CODE_DEPLOY service behind an ALB with a production and a test
 * listener, its deployment group, and deployments that go Ready, are continued, bake at 10% and succeed, or are
 * stopped mid-canary and rolled back, or fail on their own. Pacing is the server's default (one step per
 * GetDeployment); one "minute" lasts 40 ms.
 */
import {
  CreateDeploymentCommand,
  GetDeploymentCommand,
  GetDeploymentConfigCommand,
  ListDeploymentsCommand,
  StopDeploymentCommand,
} from '@aws-sdk/client-codedeploy';
import { DescribeServicesCommand } from '@aws-sdk/client-ecs';
import { DescribeListenersCommand, DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2';

import { type AwsClients, createAwsClients } from '../../lib/aws/clients.js';
import { renderAppSpec } from '../../lib/codedeploy/appspec.js';
import { startDeployment } from '../../lib/codedeploy/deployments.js';
import { type FollowDecision, followDeployment } from '../../lib/codedeploy/follow.js';
import { type CodeDeployPlan, planCodeDeploy } from '../../lib/codedeploy/plan.js';
import type { DeploymentVerdict } from '../../lib/codedeploy/verdict.js';
import { ConfigurationError, PlanError } from '../../lib/core/errors.js';
import { realClock } from '../../lib/core/poll.js';
import { parseSteps } from '../../lib/traffic/steps.js';
import { register, seedCodeDeployService, type Seeded } from '../support/codedeploy-seed.js';
import { serviceTaskDefinition } from '../support/ecs-seed.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../support/moto.js';

const MINUTE_MS = 40;
const CLUSTER = 'prod';
const REGISTRY = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;

let moto: Moto;
let aws: AwsClients;
let envBefore: NodeJS.ProcessEnv;

beforeAll(async () => {
  moto = await startMoto({ MOTO_CODEDEPLOY_MINUTE_MS: String(MINUTE_MS) });
});
afterAll(async () => {
  await moto?.stop();
});
beforeEach(async () => {
  envBefore = { ...process.env };
  await moto.reset();
  useMotoEnv(moto);
  aws = createAwsClients({ region: TEST_REGION, action: 'test' });
});
afterEach(() => {
  aws.codedeploy.destroy();
  aws.ecs.destroy();
  aws.elbv2.destroy();
  process.env = envBefore;
});

/** Percent of a listener's default forward that goes to the green target group. */
async function greenShare(seeded: Seeded, listenerArn: string): Promise<number> {
  const listener = (await aws.elbv2.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] }))).Listeners![0];
  const groups = listener.DefaultActions![0].ForwardConfig!.TargetGroups!;
  const total = groups.reduce((sum, g) => sum + (g.Weight ?? 0), 0);
  return Math.round(((groups.find((g) => g.TargetGroupArn === seeded.alb.green)?.Weight ?? 0) / total) * 100);
}

/** Percent the /api path rule of the production listener sends to green (the seed has it forward to blue). */
async function ruleGreenShare(seeded: Seeded): Promise<number> {
  const rule = (await aws.elbv2.send(new DescribeRulesCommand({ RuleArns: [seeded.alb.ruleArn] }))).Rules![0];
  const groups = rule.Actions![0].ForwardConfig?.TargetGroups ?? [
    { TargetGroupArn: rule.Actions![0].TargetGroupArn, Weight: 1 },
  ];
  const total = groups.reduce((sum, g) => sum + (g.Weight ?? 1), 0);
  return Math.round(((groups.find((g) => g.TargetGroupArn === seeded.alb.green)?.Weight ?? 0) / total) * 100);
}

async function plan(tag: string, steps = '10%:1m, 100%'): Promise<{ plan: CodeDeployPlan; arn: string }> {
  const definition = serviceTaskDefinition('web', `${REGISTRY}/web:${tag}`);
  const planned = await planCodeDeploy(aws, {
    cluster: CLUSTER,
    service: 'web',
    taskDefinition: definition,
    target: { containerName: 'web', containerPort: 3000 },
    steps: parseSteps(steps),
  });
  return { plan: planned, arn: await register(aws, tag) };
}

async function start(planned: CodeDeployPlan, arn: string): Promise<string> {
  return startDeployment(aws, {
    group: planned.group,
    config: planned.config,
    appSpec: renderAppSpec(arn, planned.target),
    description: 'e2e',
  });
}

const follow = (id: string, planned: CodeDeployPlan, decide: (v: DeploymentVerdict) => Promise<FollowDecision>) =>
  followDeployment(aws, id, planned.group, {
    clock: realClock,
    signal: new AbortController().signal,
    intervalMs: 10,
    timeoutMs: 60_000,
    decide,
  });

test('a release goes Ready, is continued, bakes at 10% on both the target and the listener, and succeeds', async () => {
  const seeded = await seedCodeDeployService(aws);
  const { plan: planned, arn } = await plan('v2');
  expect(planned.group).toMatchObject({
    applicationName: 'AppECS-prod-web',
    deploymentGroupName: 'DgpECS-web',
    waitsBeforeRerouting: true,
    terminationWaitMinutes: 1,
  });
  expect(planned.config).toEqual({
    name: 'ecs-fargate-actions.Canary10Percent1Minutes',
    routing: { type: 'canary', percent: 10, intervalMinutes: 1 },
    source: 'steps',
    create: true,
  });

  const id = await start(planned, arn);
  expect(id).toMatch(/^d-[A-Z0-9]{9}$/);
  const created = await aws.codedeploy.send(
    new GetDeploymentConfigCommand({ deploymentConfigName: planned.config.name }),
  );
  expect(created.deploymentConfigInfo).toMatchObject({
    computePlatform: 'ECS',
    trafficRoutingConfig: { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 1 } },
  });
  expect(created.deploymentConfigInfo!.createTime).toBeInstanceOf(Date);

  const listeners: { phase: string; prod: number; test: number }[] = [];
  const result = await follow(id, planned, async (v) => {
    listeners.push({
      phase: v.phase,
      prod: await greenShare(seeded, seeded.alb.listenerArn),
      test: await greenShare(seeded, seeded.testListenerArn),
    });
    return v.phase === 'ready' ? 'continue' : 'wait';
  });

  expect(result.outcome).toBe('succeeded');
  expect(result.marks.map((m) => `${m.phase}@${m.weight}`)).toEqual([
    'in-progress@0',
    'ready@0',
    'shifting@10',
    'draining@100',
    'succeeded@100',
  ]);
  // Ready: test traffic already on the replacement, production untouched; the canary shows on the listener.
  expect(listeners.find((l) => l.phase === 'ready')).toEqual({ phase: 'ready', prod: 0, test: 100 });
  expect(listeners.find((l) => l.phase === 'shifting')).toEqual({ phase: 'shifting', prod: 10, test: 100 });
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(100);

  const done = (await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!;
  expect(done.createTime).toBeInstanceOf(Date);
  expect(done.completeTime!.getTime()).toBeGreaterThanOrEqual(done.startTime!.getTime());
  expect(done.startTime!.getTime()).toBeGreaterThanOrEqual(done.createTime!.getTime());
  const service = (await aws.ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: ['web'] })))
    .services![0];
  expect(service.taskDefinition).toBe(arn);
});

test('a deployment stopped mid-canary is rolled back: the original task set and the listener carry 100% again', async () => {
  const seeded = await seedCodeDeployService(aws);
  const { plan: planned, arn } = await plan('v2');
  const id = await start(planned, arn);
  let prodAtStop = -1;
  let ruleAtStop = -1;
  const result = await follow(id, planned, async (v) => {
    if (v.phase === 'ready') return 'continue';
    if (v.phase !== 'shifting') return 'wait';
    prodAtStop = await greenShare(seeded, seeded.alb.listenerArn);
    ruleAtStop = await ruleGreenShare(seeded);
    return { stop: 'smoke check failed at 10%' };
  });

  expect(prodAtStop).toBe(10);
  expect(ruleAtStop).toBe(10);
  expect(result.outcome).toBe('stopped');
  expect(result.verdict).toMatchObject({ phase: 'stopped', rollback: 'rolled-back', done: true });
  expect(result.restore).toMatchObject({ ok: true, listeners: { [seeded.alb.listenerArn]: 100 } });
  expect(result.restoreMs).toBeGreaterThanOrEqual(0);
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(0);
  expect(await greenShare(seeded, seeded.testListenerArn)).toBe(0);
  expect(await ruleGreenShare(seeded)).toBe(0);
  const stopped = (await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!;
  expect(stopped).toMatchObject({ status: 'Stopped', errorInformation: { code: 'MANUAL_STOP' } });
  const rollback = (
    await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: stopped.rollbackInfo!.rollbackDeploymentId! }))
  ).deploymentInfo!;
  expect(rollback).toMatchObject({
    status: 'Succeeded',
    creator: 'codeDeployRollback',
    rollbackInfo: { rollbackTriggeringDeploymentId: id },
  });
  const service = (await aws.ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: ['web'] })))
    .services![0];
  expect(service.taskDefinition).toBe(seeded.v1);
  // A finished deployment cannot be stopped again.
  await expect(
    aws.codedeploy.send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true })),
  ).rejects.toMatchObject({ name: 'DeploymentAlreadyCompletedException' });
});

test('a deployment whose tasks fail to start fails on its own and CodeDeploy rolls it back', async () => {
  const seeded = await seedCodeDeployService(aws);
  const { plan: planned, arn } = await plan('fail-1');
  const id = await start(planned, arn);
  const result = await follow(id, planned, async () => 'wait');
  expect(result.outcome).toBe('failed');
  expect(result.reason).toContain('ECS_UPDATE_ERROR');
  expect(result.verdict).toMatchObject({ phase: 'failed', rollback: 'rolled-back' });
  expect(result.restore?.ok).toBe(true);
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(0);
});

test('without steps the group configuration is used; a second deployment while one runs is refused', async () => {
  await seedCodeDeployService(aws, {
    blueGreenDeploymentConfiguration: {
      terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 0 },
    },
  });
  const definition = serviceTaskDefinition('web', `${REGISTRY}/web:v2`);
  const planned = await planCodeDeploy(aws, {
    cluster: CLUSTER,
    service: 'web',
    taskDefinition: definition,
    target: { containerName: 'web', containerPort: 3000 },
  });
  expect(planned.config).toEqual({
    name: 'CodeDeployDefault.ECSAllAtOnce',
    routing: { type: 'all-at-once' },
    source: 'group',
    create: false,
  });
  expect(planned.group.waitsBeforeRerouting).toBe(false);
  expect(planned.activeDeploymentId).toBeUndefined();
  const id = await start(planned, await register(aws, 'v2'));
  // Planning sees the deployment in flight; CodeDeploy itself refuses a second one.
  expect(
    (
      await planCodeDeploy(aws, {
        cluster: CLUSTER,
        service: 'web',
        taskDefinition: definition,
        target: { containerName: 'web', containerPort: 3000 },
      })
    ).activeDeploymentId,
  ).toBe(id);
  await expect(start(planned, await register(aws, 'v3'))).rejects.toMatchObject({
    name: 'DeploymentLimitExceededException',
  });
  const result = await follow(id, planned, async () => 'wait');
  expect(result.outcome).toBe('succeeded');
  expect(result.marks.map((m) => m.phase)).not.toContain('ready');
});

test('bad input fails before anything is created: no group for the service, a container or port not in the task definition', async () => {
  await seedCodeDeployService(aws);
  const definition = serviceTaskDefinition('web', `${REGISTRY}/web:v2`);
  await expect(
    planCodeDeploy(aws, {
      cluster: CLUSTER,
      service: 'api',
      taskDefinition: definition,
      target: { containerName: 'web', containerPort: 3000 },
    }),
  ).rejects.toThrow(
    new PlanError(
      'no CodeDeploy deployment group deploys ECS service prod/api (looked through 2 ECS application(s): AppECS-other, AppECS-prod-web); create one whose ecsServices names this cluster and service',
    ),
  );
  await expect(
    planCodeDeploy(aws, {
      cluster: CLUSTER,
      service: 'web',
      taskDefinition: definition,
      target: { containerName: 'app', containerPort: 3000 },
    }),
  ).rejects.toThrow(ConfigurationError);
  await expect(
    planCodeDeploy(aws, {
      cluster: CLUSTER,
      service: 'web',
      taskDefinition: definition,
      target: { containerName: 'web', containerPort: 80 },
      steps: parseSteps('10%:1m, 100%'),
    }),
  ).rejects.toThrow(
    'Invalid `container-port` "80": expected a container port of "web" in task definition "web" (it maps: 3000)',
  );
  await expect(
    planCodeDeploy(aws, {
      cluster: CLUSTER,
      service: 'web',
      taskDefinition: definition,
      target: { containerName: 'web', containerPort: 3000 },
      steps: parseSteps('10%:90s, 100%'),
    }),
  ).rejects.toThrow(/Invalid `steps`.*whole number of minutes/);
  expect((await aws.codedeploy.send(new ListDeploymentsCommand({}))).deployments).toEqual([]);
  await expect(
    aws.codedeploy.send(
      new GetDeploymentConfigCommand({ deploymentConfigName: 'ecs-fargate-actions.Canary10Percent1Minutes' }),
    ),
  ).rejects.toMatchObject({ name: 'DeploymentConfigDoesNotExistException' });
});

test('the double refuses what CodeDeploy refuses, and a reset forgets deployments', async () => {
  const seeded = await seedCodeDeployService(aws);
  const appSpec = renderAppSpec(seeded.v1, { containerName: 'web', containerPort: 3000 });
  const create = (sha256: string, deploymentConfigName?: string) =>
    aws.codedeploy.send(
      new CreateDeploymentCommand({
        applicationName: 'AppECS-prod-web',
        deploymentGroupName: 'DgpECS-web',
        deploymentConfigName,
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec.content, sha256 } },
      }),
    );
  await expect(create('0'.repeat(64))).rejects.toMatchObject({ name: 'InvalidRevisionException' });
  await expect(create(appSpec.sha256, 'nope')).rejects.toMatchObject({ name: 'DeploymentConfigDoesNotExistException' });
  const id = (await create(appSpec.sha256)).deploymentId!;
  expect((await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!.status).toBe(
    'Created',
  );
  await moto.reset();
  await expect(aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).rejects.toMatchObject({
    name: 'DeploymentDoesNotExistException',
  });
});

test('linear steps shift in equal increments; ContinueDeployment TERMINATION_WAIT ends the original task set early', async () => {
  const seeded = await seedCodeDeployService(aws, {
    blueGreenDeploymentConfiguration: {
      terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 600 },
    },
  });
  const { plan: planned, arn } = await plan('v2', '25%:1m, 50%:1m, 75%:1m, 100%');
  expect(planned.config).toMatchObject({ name: 'ecs-fargate-actions.Linear25PercentEvery1Minutes', create: true });
  const id = await start(planned, arn);
  const prod: number[] = [];
  const result = await follow(id, planned, async (v) => {
    prod.push(await greenShare(seeded, seeded.alb.listenerArn));
    // Ten hours of termination wait: let the original go as soon as all traffic is on the replacement.
    return v.phase === 'draining' ? 'continue' : 'wait';
  });
  expect(result.outcome).toBe('succeeded');
  // Succeeded despite a ten-hour termination wait: only ContinueDeployment TERMINATION_WAIT gets there.
  expect(result.marks.map((m) => `${m.phase}@${m.weight}`)).toEqual([
    'in-progress@0',
    'shifting@25',
    'shifting@50',
    'shifting@75',
    'draining@100',
    'succeeded@100',
  ]);
  expect([...new Set(prod)]).toEqual([0, 25, 50, 75, 100]);
});

test('a deployment whose tasks never start is stopped at the timeout and rolled back', async () => {
  const seeded = await seedCodeDeployService(aws);
  const { plan: planned, arn } = await plan('hang-1');
  const id = await start(planned, arn);
  const result = await followDeployment(aws, id, planned.group, {
    clock: realClock,
    signal: new AbortController().signal,
    intervalMs: 10,
    timeoutMs: 300,
  });
  expect(result.outcome).toBe('stopped');
  expect(result.stop!.reason).toMatch(/^the deployment did not finish within/);
  expect(result.verdict).toMatchObject({ phase: 'stopped', rollback: 'rolled-back' });
  expect(result.restore?.ok).toBe(true);
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(0);
});

test('a Ready deployment nobody continues is stopped by CodeDeploy when its ready wait ends', async () => {
  await seedCodeDeployService(aws, {
    blueGreenDeploymentConfiguration: {
      deploymentReadyOption: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 5 },
      terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 0 },
    },
  });
  const { plan: planned, arn } = await plan('v2');
  const id = await start(planned, arn);
  const result = await follow(id, planned, async () => 'wait');
  expect(result.outcome).toBe('stopped-elsewhere');
  expect(result.marks.map((m) => m.phase)).toEqual(['in-progress', 'ready', 'stopped']);
  expect(result.reason).toContain('TIMEOUT');
  expect(result.verdict.weight).toBe(0);
});

test('with MOTO_CODEDEPLOY_STAGE_MS time moves deployments, not reads: one late look finds it finished', async () => {
  const timed = await startMoto({ MOTO_CODEDEPLOY_STAGE_MS: '20', MOTO_CODEDEPLOY_MINUTE_MS: '40' });
  try {
    Object.assign(process.env, timed.env);
    aws = createAwsClients({ region: TEST_REGION, action: 'test' });
    const seeded = await seedCodeDeployService(aws, {
      blueGreenDeploymentConfiguration: {
        terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 1 },
      },
    });
    const { plan: planned, arn } = await plan('v2', '10%:2m, 100%');
    const id = await start(planned, arn);
    // install, test traffic, 10% (two "minutes"), after-traffic, termination wait (one "minute"): well under a second.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const done = (await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!;
    expect(done.status).toBe('Succeeded');
    // Each step took its time: 10% held two "minutes" (80 ms), the original was kept one more (40 ms).
    expect(done.completeTime!.getTime() - done.startTime!.getTime()).toBeGreaterThanOrEqual(80 + 40 + 4 * 20 - 5);
    expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(100);
  } finally {
    await timed.stop();
  }
});
