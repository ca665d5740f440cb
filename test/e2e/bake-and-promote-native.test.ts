/**
 * The bundled bake-and-promote over ECS's own CANARY strategy, against the patched moto server that walks service
 * deployments stage by stage, pauses at PAUSE hooks and shifts the production rule's weights
 * (test/support/moto_server.py).
 * One moto "minute" lasts 100 ms here, so `10%:1m` bakes for a tenth of a second of ECS's own time.
 */
import {
  CreateServiceCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  ECSClient,
  ListServiceDeploymentsCommand,
} from '@aws-sdk/client-ecs';
import { DescribeRulesCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';

import { type SeededNative, seedNativeService } from '../support/bake-seed.js';
import { defaultNetwork } from '../support/ecs-seed.js';
import { type Moto, startMoto, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { runDist } from '../support/run-dist.js';

let moto: Moto;
let ecs: ECSClient;
let elb: ElasticLoadBalancingV2Client;
let seeded: SeededNative;

beforeAll(async () => {
  moto = await startMoto({ MOTO_ECS_MINUTE_MS: '100', MOTO_ECS_SERVICE_RUNNING: '2' });
}, 90_000);
afterAll(async () => moto?.stop());
beforeEach(async () => {
  await moto.reset();
  useMotoEnv(moto);
  ecs = new ECSClient({ region: TEST_REGION });
  elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
  seeded = await seedNativeService({
    strategy: 'CANARY',
    canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 10 },
    bakeTimeInMinutes: 0,
  });
});
afterEach(() => {
  ecs.destroy();
  elb.destroy();
});

const bake = (extra: Record<string, string> = {}) =>
  runDist('bake-and-promote', {
    timeoutMs: 90_000,
    env: moto.env,
    inputs: {
      cluster: 'prod',
      service: 'web',
      'task-definition': seeded.newRevision,
      steps: '10%:1m, 100%',
      'check-interval': '1s',
      'smoke-command': 'true',
      ...extra,
    },
  });
async function greenWeight(): Promise<number> {
  const action = (await elb.send(new DescribeRulesCommand({ RuleArns: [seeded.rule] }))).Rules![0].Actions!.find(
    (a) => a.Type === 'forward',
  )!;
  return action.ForwardConfig?.TargetGroups?.find((g) => g.TargetGroupArn === seeded.green)?.Weight ?? 0;
}
async function web() {
  return (await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['web'] }))).services![0];
}

test('a canary paused at each hook is continued after its checks pass, and ECS promotes it', async () => {
  const run = await bake();
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.verdict).toBe('promoted');
  for (const stage of ['POST_TEST_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT'])
    expect(run.stdout).toContain(`continued ${stage}`);
  // 0% at the start, 10%, 100%, and 100% read back once ECS completed it.
  expect(JSON.parse(run.outputs.timeline).weights.map((w: { weight: number }) => w.weight)).toEqual([0, 10, 100, 100]);
  expect(await greenWeight()).toBe(100);
  const service = await web();
  expect(service.taskDefinition).toBe(seeded.newRevision);
  // The deployment ran with the whole configuration: the strategy and its canary from `steps`, our PAUSE hook with a
  // rollback timeout.
  const [arn] = (
    await ecs.send(new ListServiceDeploymentsCommand({ cluster: 'prod', service: 'web' }))
  ).serviceDeployments!.map((d) => d.serviceDeploymentArn!);
  const ran = (await ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })))
    .serviceDeployments![0];
  expect(ran.deploymentConfiguration).toMatchObject({
    strategy: 'CANARY',
    canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 },
    lifecycleHooks: [
      expect.objectContaining({
        targetType: 'PAUSE',
        lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT'],
        timeoutConfiguration: expect.objectContaining({ action: 'ROLLBACK' }),
      }),
    ],
  });
  // Issue 18, case 3: no PAUSE hook of ours is left on the service (it would pause, time out and roll back every later
  // deployment); the service's own configuration is back as the team had it.
  expect(service.deploymentConfiguration?.lifecycleHooks ?? []).toEqual([]);
  expect(service.deploymentConfiguration).toMatchObject({
    strategy: 'CANARY',
    canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 10 },
  });
  expect(run.stdout).toContain('deployment configuration put back as it was before the bake');
}, 120_000);

test('a canary whose check fails at 10% is rolled back by ECS: traffic back on the old revision', async () => {
  const run = await bake({ 'smoke-command': 'echo "weight $BAKE_WEIGHT"; test "$BAKE_WEIGHT" -lt 10' });

  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('aborted');
  expect(run.outputs.reason).toMatch(/a check failed at 10%: command fail: exit 1: weight 10/);
  expect(run.stdout).toMatch(
    /answered the PAUSE hook .* at PRE_PRODUCTION_TRAFFIC_SHIFT with ROLLBACK|stopped .* with ROLLBACK/,
  );
  expect(await greenWeight()).toBe(0);
  expect((await web()).taskDefinition).toBe(seeded.oldRevision);
}, 120_000);

test('a CodeDeploy-controlled service goes to the CodeDeploy provider, which refuses one it cannot describe in an AppSpec before anything changes', async () => {
  const { subnets, securityGroups } = await defaultNetwork();
  await ecs.send(
    new CreateServiceCommand({
      cluster: 'prod',
      serviceName: 'legacy',
      taskDefinition: seeded.oldRevision,
      desiredCount: 1,
      launchType: 'FARGATE',
      deploymentController: { type: 'CODE_DEPLOY' },
      networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
    }),
  );
  const run = await bake({ service: 'legacy' });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(
    'service "legacy" names no container and port in its load balancer, so the AppSpec cannot say which container takes traffic',
  );
  expect(
    (await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['legacy'] }))).services![0]
      .taskDefinition,
  ).toBe(seeded.oldRevision);
}, 60_000);

test("promote-now is refused for ECS's own strategies before anything changes (ECS moves the traffic by the service's strategy)", async () => {
  const run = await bake({ mode: 'promote-now' });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain("Invalid `mode`: promote-now is not offered for ECS's own strategies");
  expect((await web()).taskDefinition).toBe(seeded.oldRevision);
  expect(await greenWeight()).toBe(0);
}, 60_000);

/** Reads the deployment until ECS says it ended (the double moves one step per read). */
async function settle(): Promise<string | undefined> {
  const { ListServiceDeploymentsCommand, DescribeServiceDeploymentsCommand } = await import('@aws-sdk/client-ecs');
  const arn = (await ecs.send(new ListServiceDeploymentsCommand({ cluster: 'prod', service: 'web' })))
    .serviceDeployments![0].serviceDeploymentArn!;
  for (let i = 0; i < 60; i++) {
    const status = (await ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })))
      .serviceDeployments![0].status;
    if (!/PENDING|IN_PROGRESS|REQUESTED/.test(status ?? '')) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

test('SIGINT at 10% asks ECS to roll back at once; the deployment ends back on the old revision', async () => {
  const run = await runDist('bake-and-promote', {
    timeoutMs: 90_000,
    env: moto.env,
    inputs: {
      cluster: 'prod',
      service: 'web',
      'task-definition': seeded.newRevision,
      steps: '10%:1m, 100%',
      'check-interval': '1s',
      'smoke-command': 'true',
    },
    signalWhen: { signal: 'SIGINT', probe: async () => (await greenWeight()) === 10 },
  });
  expect(run.outputs.verdict).toBe('cancelled');
  expect(run.stdout).toMatch(
    /answered the PAUSE hook .* at PRE_PRODUCTION_TRAFFIC_SHIFT with ROLLBACK|stopped .* with ROLLBACK/,
  );
  expect(await settle()).toBe('ROLLBACK_SUCCESSFUL');
  expect(await greenWeight()).toBe(0);
  expect((await web()).taskDefinition).toBe(seeded.oldRevision);
}, 120_000);

test('after a SIGKILL at 10%, the post step rolls the deployment back; run twice, it finds nothing to do', async () => {
  const run = await runDist('bake-and-promote', {
    timeoutMs: 90_000,
    env: moto.env,
    inputs: {
      cluster: 'prod',
      service: 'web',
      'task-definition': seeded.newRevision,
      steps: '10%:1m, 100%',
      'check-interval': '1s',
      'smoke-command': 'true',
    },
    signalWhen: { signal: 'SIGKILL', probe: async () => (await greenWeight()) === 10 },
  });
  expect(run.exitCode).toBe(-1);
  const post = await runDist('bake-and-promote', { entry: 'post', state: run.state, env: moto.env });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toMatch(/::warning::the main step left .* at 10%25 .*asked ECS to roll it back/);
  expect(await settle()).toBe('ROLLBACK_SUCCESSFUL');
  expect(await greenWeight()).toBe(0);
  const again = await runDist('bake-and-promote', { entry: 'post', state: run.state, env: moto.env });
  expect(again.stdout).toMatch(/nothing to do: .* already ended ROLLBACK_SUCCESSFUL/);
}, 120_000);

test('the alarms are wired into the deployment: with the job killed at 10%, an alarm still makes ECS roll back', async () => {
  const { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } = await import('@aws-sdk/client-cloudwatch');
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
  await cw.send(new SetAlarmStateCommand({ AlarmName: 'web-5xx', StateValue: 'OK', StateReason: 'quiet' }));
  const run = await runDist('bake-and-promote', {
    timeoutMs: 90_000,
    env: moto.env,
    inputs: {
      cluster: 'prod',
      service: 'web',
      'task-definition': seeded.newRevision,
      steps: '10%:1m, 100%',
      'check-interval': '1s',
      alarms: 'web-5xx',
    },
    signalWhen: { signal: 'SIGKILL', probe: async () => (await greenWeight()) === 10 },
  });
  expect(run.exitCode).toBe(-1);
  expect((await web()).deploymentConfiguration?.alarms).toEqual({
    alarmNames: ['web-5xx'],
    enable: true,
    rollback: true,
  });

  await cw.send(new SetAlarmStateCommand({ AlarmName: 'web-5xx', StateValue: 'ALARM', StateReason: '12 errors' }));
  cw.destroy();
  expect(await settle()).toBe('ROLLBACK_SUCCESSFUL');
  expect(await greenWeight()).toBe(0);
  expect((await web()).taskDefinition).toBe(seeded.oldRevision);
}, 120_000);
