/**
 * Where a verdict hangs on how ECS behaves, the double (test/support/moto_server.py) follows AWS, and the shared
 * rollout step (lib/ecs/rollout.ts, what deploy-ecs and rollback run) reaches the right verdict on it. Where AWS
 * does not document the behaviour, the server is started under each plausible variant (its header lists them) and
 * every test runs under each: the circuit breaker off by default, PAUSE hooks on rolling deployments, the stage a
 * paused deployment reports before a production shift and the lagging weight snapshot, deployment alarms.
 * Pacing is the server's default (one step per DescribeServiceDeployments); one "minute" lasts 40 ms.
 */
import { PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import {
  ContinueServiceDeploymentCommand,
  type DeploymentConfiguration,
  type DeploymentLifecycleHook,
  DescribeServiceDeploymentsCommand,
  DescribeTasksCommand,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  type ServiceDeployment,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';

import { type AwsClients, createAwsClients } from '../../lib/aws/clients.js';
import { memoryIO, type RecordedIO } from '../../lib/core/io.js';
import { realClock } from '../../lib/core/poll.js';
import { PAUSE_STAGES } from '../../lib/ecs/lifecycle-hooks.js';
import { rollOut, type ServiceRollout } from '../../lib/ecs/rollout.js';
import { describeServices } from '../../lib/ecs/services.js';
import { seedServices, serviceTaskDefinition } from '../support/ecs-seed.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../support/moto.js';

const CLUSTER = 'prod';
const REGISTRY = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;
const OUR_HOOK: DeploymentLifecycleHook = {
  targetType: 'PAUSE',
  lifecycleStages: [...PAUSE_STAGES],
  timeoutConfiguration: { timeoutInMinutes: 600, action: 'ROLLBACK' },
};
const theirHook = (stage: string): DeploymentLifecycleHook => ({
  targetType: 'PAUSE',
  lifecycleStages: [stage as 'POST_SCALE_UP'],
  timeoutConfiguration: { timeoutInMinutes: 600, action: 'ROLLBACK' },
});

interface Variant {
  MOTO_ECS_ROLLING_HOOK_STAGES: 'scale' | 'all';
  MOTO_ECS_PRE_PRODUCTION_STAGE: 'hook-stage' | 'previous' | 'absent';
  MOTO_ECS_WEIGHT_LAG: '0' | '1';
  MOTO_ECS_ALARM_AT_START: 'ignore' | 'fire';
}
/** Every value of every switch appears at least once. */
const VARIANTS: Variant[] = [
  {
    MOTO_ECS_ROLLING_HOOK_STAGES: 'scale',
    MOTO_ECS_PRE_PRODUCTION_STAGE: 'hook-stage',
    MOTO_ECS_WEIGHT_LAG: '0',
    MOTO_ECS_ALARM_AT_START: 'ignore',
  },
  {
    MOTO_ECS_ROLLING_HOOK_STAGES: 'all',
    MOTO_ECS_PRE_PRODUCTION_STAGE: 'previous',
    MOTO_ECS_WEIGHT_LAG: '1',
    MOTO_ECS_ALARM_AT_START: 'fire',
  },
  {
    MOTO_ECS_ROLLING_HOOK_STAGES: 'all',
    MOTO_ECS_PRE_PRODUCTION_STAGE: 'absent',
    MOTO_ECS_WEIGHT_LAG: '0',
    MOTO_ECS_ALARM_AT_START: 'ignore',
  },
];

describe.each(VARIANTS)('the double under %o', (variant) => {
  let moto: Moto;
  let aws: AwsClients;
  let envBefore: NodeJS.ProcessEnv;

  beforeAll(async () => {
    moto = await startMoto({ MOTO_ECS_MINUTE_MS: '40', ...variant });
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
    aws.ecs.destroy();
    aws.cloudwatch.destroy();
    process.env = envBefore;
  });

  const register = async (tag: string) =>
    (await aws.ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', `${REGISTRY}/web:${tag}`))))
      .taskDefinition!.taskDefinitionArn!;
  const newest = async () =>
    (await aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'web' }))).serviceDeployments![0]
      .serviceDeploymentArn!;
  const read = async (arn: string): Promise<ServiceDeployment> =>
    (await aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })))
      .serviceDeployments![0];

  /** The shared rollout step, as deploy-ecs runs it, updating web to `taskDefinitionArn`. */
  async function rollWeb(
    taskDefinitionArn: string,
    timeoutMs = 20_000,
    io: RecordedIO = memoryIO(),
  ): Promise<{ result: ServiceRollout; io: RecordedIO }> {
    const observed = (await describeServices(aws, CLUSTER, ['web'])).get('web')!;
    const report = await rollOut(
      [{ service: 'web', observed, update: { taskDefinitionArn } }],
      { cluster: CLUSTER, wait: true, timeoutMs, intervalMs: 30 },
      { clients: aws, io, clock: realClock, actionName: 'test' },
    );
    return { result: report.results[0], io };
  }

  /**
   * Answers the first PAUSE hook that awaits action on web's newest deployment with CONTINUE, as a team would once
   * the step has said the deployment waits for them (`io` has warned of that hook).
   */
  async function answerTheirs(io: RecordedIO): Promise<string> {
    for (let i = 0; i < 400; i++) {
      const d = await read(await newest());
      const hook = d.lifecycleHookDetails?.find((h) => h.status === 'AWAITING_ACTION');
      if (hook && io.annotations.some((a) => a.message.includes(hook.hookId!))) {
        await aws.ecs.send(
          new ContinueServiceDeploymentCommand({
            serviceDeploymentArn: d.serviceDeploymentArn,
            hookId: hook.hookId,
            action: 'CONTINUE',
          }),
        );
        return `${d.lifecycleStage ?? '(no stage)'}`;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('no hook ever awaited action');
  }

  describe('no circuit breaker unless the service enables one (DeploymentCircuitBreaker; the API default is off)', () => {
    test('the double: a broken image keeps failing IN_PROGRESS, the old revision serving, the stopped tasks readable', async () => {
      const seeded = await seedServices(CLUSTER, ['web'], 2);
      await aws.ecs.send(
        new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: await register('fail-1') }),
      );
      const arn = await newest();
      let d = await read(arn);
      for (let i = 0; i < 8; i++) d = await read(arn);

      expect(d).toMatchObject({
        status: 'IN_PROGRESS',
        deploymentCircuitBreaker: { status: 'DISABLED', failureCount: 0 },
      });
      const service = (await describeServices(aws, CLUSTER, ['web'])).get('web')!;
      const [ours, old] = service.deployments!;
      expect(ours).toMatchObject({ status: 'PRIMARY', rolloutState: 'IN_PROGRESS', runningCount: 0 });
      expect(ours.failedTasks).toBeGreaterThanOrEqual(6);
      expect(old).toMatchObject({ status: 'ACTIVE', taskDefinition: seeded.web, runningCount: 2 });
      const stopped = await aws.ecs.send(new ListTasksCommand({ cluster: CLUSTER, desiredStatus: 'STOPPED' }));
      const tasks = (await aws.ecs.send(new DescribeTasksCommand({ cluster: CLUSTER, tasks: stopped.taskArns! })))
        .tasks!;
      expect(tasks[0]).toMatchObject({
        taskDefinitionArn: ours.taskDefinition,
        lastStatus: 'STOPPED',
        stopCode: 'EssentialContainerExited',
        containers: [expect.objectContaining({ exitCode: 1 })],
      });
    });

    test('the rollout step: a tasks-failing verdict naming the revision still serving, not a rollback nobody enabled', async () => {
      const seeded = await seedServices(CLUSTER, ['web'], 2);
      const { result } = await rollWeb(await register('fail-2'));

      expect(result).toMatchObject({ status: 'failed', failureKind: 'tasks-failing' });
      expect(result.reason).toContain(`web:1 (2 task(s) running) still serves`);
      expect(result.explanation?.stoppedTasks[0]).toMatchObject({
        stopCode: 'EssentialContainerExited',
        containers: [expect.objectContaining({ exitCode: 1 })],
      });
      expect((await describeServices(aws, CLUSTER, ['web'])).get('web')!.taskDefinition).not.toBe(seeded.web);
    });

    test('a breaker without rollback fails the deployment and leaves it: FAILED, the service not rolled back', async () => {
      await seedServices(CLUSTER, ['web'], 2, {
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
      });
      const broken = await register('fail-3');
      const { result } = await rollWeb(broken);

      expect(result).toMatchObject({ status: 'failed', failureKind: 'circuit-breaker' });
      expect((await describeServices(aws, CLUSTER, ['web'])).get('web')!.taskDefinition).toBe(broken);
    });
  });

  describe('PAUSE hooks on a ROLLING service (ECS pause hooks apply to rolling deployments too)', () => {
    test("a team's hook holds the deployment: the step says so once and completes after the team's CONTINUE; ours is never sent", async () => {
      const config: DeploymentConfiguration = { lifecycleHooks: [OUR_HOOK, theirHook('POST_SCALE_UP')] };
      await seedServices(CLUSTER, ['web'], 1, { deploymentConfiguration: config });
      const io = memoryIO();
      const rolled = rollWeb(await register('v2'), 20_000, io);
      const stage = await answerTheirs(io);
      const { result } = await rolled;

      expect(stage).toBe('POST_SCALE_UP');
      expect(result.status).toBe('succeeded');
      const said = io.annotations.filter(
        (a) => a.level === 'warning' && a.message.includes('a PAUSE hook of your own'),
      );
      expect(said).toHaveLength(1);
      expect(said[0].message).toMatch(/^web: the deployment is paused at POST_SCALE_UP by a PAUSE hook of your own/);
      // Our hook left the service's configuration with this update; the team's stays.
      const after = (await describeServices(aws, CLUSTER, ['web'])).get('web')!;
      expect(after.deploymentConfiguration?.lifecycleHooks).toEqual([
        expect.objectContaining({ lifecycleStages: ['POST_SCALE_UP'] }),
      ]);
    });

    test('a service carrying only our hook rolls out without pausing, whichever hook stages a rolling deployment passes', async () => {
      await seedServices(CLUSTER, ['web'], 1, { deploymentConfiguration: { lifecycleHooks: [OUR_HOOK] } });
      const { result, io } = await rollWeb(await register('v3'), 10_000);

      expect(result.status).toBe('succeeded');
      expect(io.annotations.filter((a) => a.level === 'warning')).toEqual([]);
      expect(io.log).toContain(
        "web: rolling out without bake-and-promote's PAUSE hook (it gates that action's checks; the service's other hooks stay)",
      );
    });
  });

  describe("a paused native deployment's stage and weight (PRE_PRODUCTION_TRAFFIC_SHIFT is not in the SDK's stage enum; the weight is a snapshot)", () => {
    const canary = (hooks: DeploymentLifecycleHook[]): DeploymentConfiguration => ({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 },
      bakeTimeInMinutes: 0,
      lifecycleHooks: hooks,
    });

    test('the double reports the stage and weight per variant', async () => {
      await seedServices(CLUSTER, ['web'], 1);
      await aws.ecs.send(
        new UpdateServiceCommand({
          cluster: CLUSTER,
          service: 'web',
          taskDefinition: await register('v2'),
          deploymentConfiguration: canary([theirHook('PRE_PRODUCTION_TRAFFIC_SHIFT')]),
        }),
      );
      const arn = await newest();
      const seen: ServiceDeployment[] = [];
      for (
        let i = 0;
        i < 200 && seen.filter((d) => d.lifecycleHookDetails?.some((h) => h.status === 'AWAITING_ACTION')).length < 2;
        i++
      ) {
        const d = await read(arn);
        seen.push(d);
        const hook = d.lifecycleHookDetails?.find((h) => h.status === 'AWAITING_ACTION');
        if (
          hook &&
          seen.filter((x) => x.lifecycleHookDetails?.some((h) => h.status === 'AWAITING_ACTION')).length === 1
        ) {
          await aws.ecs.send(
            new ContinueServiceDeploymentCommand({
              serviceDeploymentArn: arn,
              hookId: hook.hookId,
              action: 'CONTINUE',
            }),
          );
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      const paused = seen.filter((d) => d.lifecycleHookDetails?.some((h) => h.status === 'AWAITING_ACTION'));
      const expected = {
        'hook-stage': ['PRE_PRODUCTION_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT'],
        previous: ['POST_TEST_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT'],
        absent: [undefined, undefined],
      }[variant.MOTO_ECS_PRE_PRODUCTION_STAGE];
      expect(paused.map((d) => d.lifecycleStage)).toEqual(expected);
      // The first read after the canary shift: 10% at once, or the 0% before it while the snapshot lags.
      const firstAfterShift = seen.findIndex((d) => d.lifecycleStage === 'PRODUCTION_TRAFFIC_SHIFT');
      const weights = seen.map((d) => d.targetServiceRevision?.requestedProductionTrafficWeight);
      expect(weights[firstAfterShift]).toBe(variant.MOTO_ECS_WEIGHT_LAG === '1' ? 0 : 10);
      expect(weights).toContain(10);
    });

    test('the rollout step reaches its verdict whatever stage name and weight are reported: the team hook said, then success', async () => {
      await seedServices(CLUSTER, ['web'], 1, {
        deploymentConfiguration: canary([OUR_HOOK, theirHook('PRE_PRODUCTION_TRAFFIC_SHIFT')]),
      });
      const io = memoryIO();
      const rolled = rollWeb(await register('v4'), 20_000, io);
      await answerTheirs(io);
      await answerTheirs(io);
      const { result } = await rolled;

      expect(result.status).toBe('succeeded');
      expect(
        io.annotations.filter((a) => a.level === 'warning' && a.message.includes('a PAUSE hook of your own')),
      ).toHaveLength(2);
      expect(io.log.some((l) => l.startsWith("web: answered bake-and-promote's PAUSE hook"))).toBe(false);
    });
  });

  describe('deployment alarms (how CloudWatch alarms detect ECS deployment failures)', () => {
    // The double bakes a rolling deployment with alarms for the longest alarm's period x evaluation periods (one
    // minute being 40 ms here): 60 s x 1 is 40 ms.
    const alarm = async (name: string, { period = 60, evaluationPeriods = 1 } = {}) =>
      aws.cloudwatch.send(
        new PutMetricAlarmCommand({
          AlarmName: name,
          MetricName: 'HTTPCode_Target_5XX_Count',
          Namespace: 'AWS/ApplicationELB',
          Statistic: 'Sum',
          Period: period,
          EvaluationPeriods: evaluationPeriods,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        }),
      );
    const setAlarm = (name: string, state: 'OK' | 'ALARM') =>
      aws.cloudwatch.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: 'test' }));
    const alarms = (name: string): DeploymentConfiguration => ({
      alarms: { alarmNames: [name], enable: true, rollback: true },
    });

    test('an alarm already in ALARM when the deployment starts: ignored by default, a rollback where the variant fires on it', async () => {
      await alarm('web-5xx');
      await setAlarm('web-5xx', 'ALARM');
      await seedServices(CLUSTER, ['web'], 1, { deploymentConfiguration: alarms('web-5xx') });
      const { result } = await rollWeb(await register('v5'));

      if (variant.MOTO_ECS_ALARM_AT_START === 'ignore') expect(result.status).toBe('succeeded');
      else
        expect(result).toMatchObject({
          status: 'failed',
          failureKind: 'rolled-back',
          reason: expect.stringContaining('web-5xx'),
        });
    });

    test('a rolling deployment with alarms stays IN_PROGRESS through its bake after steady state, and an alarm then rolls it back', async () => {
      // A 1-hour period over 3 evaluation periods: a bake of 180 "minutes", 7.2 s here, long enough for the alarm to
      // be set inside it however busy the machine is (the deployment rolls back as soon as the alarm is seen).
      await alarm('web-5xx', { period: 3600, evaluationPeriods: 3 });
      await setAlarm('web-5xx', 'OK');
      const seeded = await seedServices(CLUSTER, ['web'], 1, { deploymentConfiguration: alarms('web-5xx') });
      const rolled = rollWeb(await register('v6'));
      // Wait until every new task runs and the deployment still is not COMPLETED: the bake.
      let baking = false;
      for (let i = 0; i < 200 && !baking; i++) {
        const d = (await describeServices(aws, CLUSTER, ['web']))
          .get('web')!
          .deployments!.find((x) => x.status === 'PRIMARY')!;
        baking =
          d.runningCount === 1 &&
          d.rolloutState === 'IN_PROGRESS' &&
          (await read(await newest())).lifecycleStage === 'BAKE_TIME';
        if (!baking) await new Promise((r) => setTimeout(r, 20));
      }
      expect(baking).toBe(true);
      await setAlarm('web-5xx', 'ALARM');
      const { result } = await rolled;

      expect(result).toMatchObject({ status: 'failed', failureKind: 'rolled-back' });
      expect(result.reason).toContain('web-5xx');
      expect((await describeServices(aws, CLUSTER, ['web'])).get('web')!.taskDefinition).toBe(seeded.web);
    });
  });
});
