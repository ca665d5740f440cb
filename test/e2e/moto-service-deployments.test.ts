/**
 * The test double itself, driven over the wire with the real SDK clients the actions use: the patched moto
 * server (test/support/moto_server.py) must answer ECS's service-deployments API the way ECS does, walk native
 * strategies stage by stage, pause at PAUSE hooks, shift the ALB rule's weights and roll back on alarms, so that
 * end-to-end tests of deploy-ecs and bake-and-promote stand on something that behaves like ECS.
 * Pacing is the server's default: one step per DescribeServiceDeployments call; one "minute" lasts 40 ms.
 */
import { PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import {
  ContinueServiceDeploymentCommand,
  CreateClusterCommand,
  CreateServiceCommand,
  type DeploymentConfiguration,
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  DescribeServicesCommand,
  ListServiceDeploymentsCommand,
  RegisterTaskDefinitionCommand,
  type ServiceDeployment,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  DescribeRulesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { type AwsClients, createAwsClients } from '../../lib/aws/clients.js';
import { defaultNetwork, seedServices, serviceTaskDefinition } from '../support/ecs-seed.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../support/moto.js';

const MINUTE_MS = 40;
const CLUSTER = 'prod';
const REGISTRY = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;

let moto: Moto;
let aws: AwsClients;

beforeAll(async () => {
  moto = await startMoto({ MOTO_ECS_MINUTE_MS: String(MINUTE_MS) });
});
afterAll(async () => {
  await moto?.stop();
});
beforeEach(async () => {
  await moto.reset();
  useMotoEnv(moto);
  aws = createAwsClients({ region: TEST_REGION, action: 'test' });
});
afterEach(() => aws.ecs.destroy());

async function register(family: string, tag: string): Promise<string> {
  const answer = await aws.ecs.send(
    new RegisterTaskDefinitionCommand(serviceTaskDefinition(family, `${REGISTRY}/${family}:${tag}`)),
  );
  return answer.taskDefinition!.taskDefinitionArn!;
}

async function readDeployment(arn: string): Promise<ServiceDeployment> {
  const answer = await aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }));
  return answer.serviceDeployments![0];
}

/** The newest service deployment of a service. */
async function newest(service: string): Promise<string> {
  const listed = await aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service }));
  return listed.serviceDeployments![0].serviceDeploymentArn!;
}

async function primary(service: string): Promise<{ taskDefinition?: string; rolloutState?: string; count: number }> {
  const answer = await aws.ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: [service] }));
  const deployments = answer.services![0].deployments ?? [];
  const first = deployments.find((d) => d.status === 'PRIMARY');
  return { taskDefinition: first?.taskDefinition, rolloutState: first?.rolloutState, count: deployments.length };
}

/** Calls DescribeServiceDeployments until `until` holds, recording what each call saw. */
async function walk(
  arn: string,
  until: (d: ServiceDeployment) => boolean,
  onEach?: (d: ServiceDeployment) => Promise<void>,
  limit = 40,
): Promise<ServiceDeployment[]> {
  const seen: ServiceDeployment[] = [];
  for (let i = 0; i < limit; i++) {
    const d = await readDeployment(arn);
    seen.push(d);
    if (until(d)) return seen;
    await onEach?.(d);
  }
  throw new Error(`no end after ${limit} calls; last: ${JSON.stringify(seen.at(-1))}`);
}

const awaiting = (d: ServiceDeployment) => d.lifecycleHookDetails?.find((h) => h.status === 'AWAITING_ACTION');
const finished = (d: ServiceDeployment) =>
  ['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED'].includes(d.status!);
const distinct = <T>(values: T[]) => values.filter((v, i) => i === 0 || v !== values[i - 1]);

describe('ROLLING services', () => {
  test('UpdateService records a deployment that goes IN_PROGRESS then SUCCESSFUL, naming both revisions', async () => {
    const seeded = await seedServices(CLUSTER, ['web'], 2);
    const v2 = await register('web', 'v2');
    const startedAfter = new Date();
    await aws.ecs.send(new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: v2 }));

    const listed = await aws.ecs.send(
      new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'web', createdAt: { after: startedAfter } }),
    );
    expect(listed.serviceDeployments).toHaveLength(1);
    expect(listed.serviceDeployments![0]).toMatchObject({
      status: 'PENDING',
      serviceArn: expect.stringContaining(':service/prod/web'),
    });
    const arn = listed.serviceDeployments![0].serviceDeploymentArn!;
    expect(arn).toMatch(new RegExp(`^arn:aws:ecs:${TEST_REGION}:${TEST_ACCOUNT}:service-deployment/prod/web/\\w+$`));

    const seen = await walk(arn, finished);
    expect(seen.map((d) => d.status)).toEqual(['PENDING', 'IN_PROGRESS', 'SUCCESSFUL']);
    const done = seen.at(-1)!;
    expect(done.createdAt!.getTime()).toBeGreaterThanOrEqual(startedAfter.getTime() - 1000);
    expect(done.startedAt!.getTime()).toBeGreaterThanOrEqual(done.createdAt!.getTime());
    expect(done.finishedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());
    expect(done.targetServiceRevision).toMatchObject({ requestedTaskCount: 2, runningTaskCount: 2 });
    expect(done.sourceServiceRevisions).toEqual([expect.objectContaining({ runningTaskCount: 0 })]);
    expect(done.lifecycleStage).toBeUndefined();

    const revisions = await aws.ecs.send(
      new DescribeServiceRevisionsCommand({
        serviceRevisionArns: [
          done.sourceServiceRevisions![0].arn!,
          done.targetServiceRevision!.arn!,
          'arn:aws:ecs:eu-west-1:123456789012:service-revision/prod/web/1',
        ],
      }),
    );
    expect(revisions.serviceRevisions!.map((r) => r.taskDefinition)).toEqual([seeded.web, v2]);
    expect(revisions.serviceRevisions![1].containerImages).toEqual([
      { containerName: 'web', image: `${REGISTRY}/web:v2` },
    ]);
    expect(revisions.failures).toEqual([expect.objectContaining({ reason: 'MISSING' })]);
    expect(await primary('web')).toEqual({ taskDefinition: v2, rolloutState: 'COMPLETED', count: 1 });

    // The service's first deployment (CreateService) is listed too, newest first; the status filter works.
    const all = await aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'web' }));
    expect(all.serviceDeployments!.map((d) => d.serviceDeploymentArn)[0]).toBe(arn);
    expect(all.serviceDeployments).toHaveLength(2);
    const successful = await aws.ecs.send(
      new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'web', status: ['ROLLBACK_SUCCESSFUL'] }),
    );
    expect(successful.serviceDeployments).toEqual([]);
  });

  test('a DescribeServices that settles the deployment settles its record too', async () => {
    await seedServices(CLUSTER, ['web'], 1);
    await aws.ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: await register('web', 'v2') }),
    );
    expect((await primary('web')).rolloutState).toBe('COMPLETED');
    expect((await readDeployment(await newest('web'))).status).toBe('SUCCESSFUL');
  });

  test('with the circuit breaker and rollback on, a "fail-" image rolls back through ROLLBACK_REQUESTED, ROLLBACK_IN_PROGRESS, ROLLBACK_SUCCESSFUL, and DescribeServices agrees', async () => {
    const seeded = await seedServices(CLUSTER, ['web'], 2);
    const deploymentConfiguration = { deploymentCircuitBreaker: { enable: true, rollback: true } };
    await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: CLUSTER,
        service: 'web',
        taskDefinition: await register('web', 'fail-1'),
        deploymentConfiguration,
      }),
    );
    const arn = await newest('web');

    const seen = await walk(arn, finished);
    // Two rounds of 2 failed tasks: the breaker's threshold (3) is passed on the second.
    expect(distinct(seen.map((d) => d.status))).toEqual([
      'PENDING',
      'IN_PROGRESS',
      'ROLLBACK_REQUESTED',
      'ROLLBACK_IN_PROGRESS',
      'ROLLBACK_SUCCESSFUL',
    ]);
    const done = seen.at(-1)!;
    expect(done.statusReason).toMatch(/circuit breaker/);
    expect(done.rollback).toMatchObject({
      serviceRevisionArn: done.sourceServiceRevisions![0].arn,
      reason: expect.stringMatching(/circuit breaker/),
    });
    expect(done.rollback!.startedAt).toBeInstanceOf(Date);
    expect(done.deploymentCircuitBreaker).toMatchObject({ status: 'TRIGGERED', failureCount: 4, threshold: 3 });
    expect(await primary('web')).toEqual({ taskDefinition: seeded.web, rolloutState: 'COMPLETED', count: 1 });
  });

  test('a "hang-" image stays IN_PROGRESS until StopServiceDeployment rolls it back to the previous task definition', async () => {
    const seeded = await seedServices(CLUSTER, ['web'], 1);
    await aws.ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: await register('web', 'hang-1') }),
    );
    const arn = await newest('web');
    expect((await readDeployment(arn)).status).toBe('PENDING');
    for (let i = 0; i < 4; i++) expect((await readDeployment(arn)).status).toBe('IN_PROGRESS');
    expect((await primary('web')).rolloutState).toBe('IN_PROGRESS');

    const stopped = await aws.ecs.send(
      new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }),
    );
    expect(stopped.serviceDeploymentArn).toBe(arn);
    // The service's PRIMARY deployment is the previous revision again at once.
    expect((await primary('web')).taskDefinition).toBe(seeded.web);
    const seen = await walk(arn, finished);
    expect(distinct(seen.map((d) => d.status))).toEqual([
      'ROLLBACK_REQUESTED',
      'ROLLBACK_IN_PROGRESS',
      'ROLLBACK_SUCCESSFUL',
    ]);
    expect(seen.at(-1)!.rollback?.reason).toMatch(/StopServiceDeployment/);
    expect(await primary('web')).toEqual({ taskDefinition: seeded.web, rolloutState: 'COMPLETED', count: 1 });

    await expect(aws.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn }))).rejects.toMatchObject({
      name: 'ConflictException',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(
      aws.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: `${arn}x` })),
    ).rejects.toMatchObject({ name: 'ServiceDeploymentNotFoundException' });
    await expect(
      aws.ecs.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: `${arn}x`, hookId: 'ecs-pause-x' })),
    ).rejects.toMatchObject({ name: 'ServiceDeploymentNotFoundException' });
    const missing = await aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [`${arn}x`] }));
    expect(missing).toMatchObject({ serviceDeployments: [], failures: [{ arn: `${arn}x`, reason: 'MISSING' }] });
    await expect(
      aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'ghost' })),
    ).rejects.toMatchObject({ name: 'ServiceNotFoundException' });
  });

  test('an alarm in ALARM during the deployment rolls it back, and says which alarm', async () => {
    const seeded = await seedServices(CLUSTER, ['web'], 1);
    await aws.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'web-5xx',
        MetricName: 'HTTPCode_Target_5XX_Count',
        Namespace: 'AWS/ApplicationELB',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    );
    const alarms = { alarmNames: ['web-5xx'], enable: true, rollback: true };
    await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: CLUSTER,
        service: 'web',
        taskDefinition: await register('web', 'hang-2'),
        deploymentConfiguration: { alarms },
      }),
    );
    const arn = await newest('web');
    expect(await readDeployment(arn)).toMatchObject({
      status: 'PENDING',
      alarms: { status: 'MONITORING', alarmNames: ['web-5xx'], triggeredAlarmNames: [] },
    });

    await aws.cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: 'web-5xx', StateValue: 'ALARM', StateReason: 'test' }),
    );
    expect((await primary('web')).taskDefinition).toBe(seeded.web);
    const done = (await walk(arn, finished)).at(-1)!;
    expect(done).toMatchObject({
      status: 'ROLLBACK_SUCCESSFUL',
      alarms: { status: 'TRIGGERED', triggeredAlarmNames: ['web-5xx'] },
    });
    expect(done.statusReason).toMatch(/web-5xx/);
  });
});

/** An ALB in the default VPC with a rule forwarding to "blue"; "green" is the alternate. */
async function loadBalancer(): Promise<{ blue: string; green: string; rule: string; testRule: string }> {
  const { subnets } = await defaultNetwork();
  const vpcXml = await (
    await fetch(moto.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/${TEST_REGION}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: 'Action=DescribeSubnets&Version=2016-11-15',
    })
  ).text();
  const vpc = /<vpcId>(vpc-[0-9a-f]+)<\/vpcId>/.exec(vpcXml)![1];
  const lb = await aws.elbv2.send(
    new CreateLoadBalancerCommand({ Name: 'web', Subnets: subnets, Type: 'application' }),
  );
  const group = async (name: string) =>
    (
      await aws.elbv2.send(
        new CreateTargetGroupCommand({ Name: name, Protocol: 'HTTP', Port: 3000, VpcId: vpc, TargetType: 'ip' }),
      )
    ).TargetGroups![0].TargetGroupArn!;
  const blue = await group('web-blue');
  const green = await group('web-green');
  const listener = async (port: number) =>
    (
      await aws.elbv2.send(
        new CreateListenerCommand({
          LoadBalancerArn: lb.LoadBalancers![0].LoadBalancerArn!,
          Protocol: 'HTTP',
          Port: port,
          DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
        }),
      )
    ).Listeners![0].ListenerArn!;
  const rule = async (port: number) =>
    (
      await aws.elbv2.send(
        new CreateRuleCommand({
          ListenerArn: await listener(port),
          Priority: 10,
          Conditions: [{ Field: 'path-pattern', Values: ['/*'] }],
          Actions: [{ Type: 'forward', TargetGroupArn: blue }],
        }),
      )
    ).Rules![0].RuleArn!;
  return { blue, green, rule: await rule(80), testRule: await rule(8080) };
}

/** The rule's forward weights by target group name ("web-blue"), as a weighted front would read them. */
async function ruleWeights(rule: string): Promise<Record<string, number>> {
  const action = (await aws.elbv2.send(new DescribeRulesCommand({ RuleArns: [rule] }))).Rules![0].Actions!.find(
    (a) => a.Type === 'forward',
  )!;
  const groups = action.ForwardConfig?.TargetGroups ?? [{ TargetGroupArn: action.TargetGroupArn, Weight: 1 }];
  return Object.fromEntries(groups.map((g) => [g.TargetGroupArn!.split('/')[1], g.Weight!]));
}

async function nativeService(
  deploymentConfiguration: DeploymentConfiguration,
): Promise<{ v1: string; lb: Awaited<ReturnType<typeof loadBalancer>> }> {
  const lb = await loadBalancer();
  const v1 = await register('web', 'v1');
  const { subnets, securityGroups } = await defaultNetwork();
  await aws.ecs.send(
    new CreateServiceCommand({
      cluster: CLUSTER,
      serviceName: 'web',
      taskDefinition: v1,
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
      loadBalancers: [
        {
          targetGroupArn: lb.blue,
          containerName: 'web',
          containerPort: 3000,
          advancedConfiguration: {
            alternateTargetGroupArn: lb.green,
            productionListenerRule: lb.rule,
            testListenerRule: lb.testRule,
            roleArn: `arn:aws:iam::${TEST_ACCOUNT}:role/ecs-infra`,
          },
        },
      ],
      deploymentConfiguration,
    }),
  );
  return { v1, lb };
}

const PAUSE = (
  stages: (
    'POST_TEST_TRAFFIC_SHIFT' | 'PRE_PRODUCTION_TRAFFIC_SHIFT' | 'POST_SCALE_UP' | 'POST_PRODUCTION_TRAFFIC_SHIFT'
  )[],
  timeoutInMinutes?: number,
) => ({
  targetType: 'PAUSE' as const,
  lifecycleStages: stages,
  ...(timeoutInMinutes ? { timeoutConfiguration: { timeoutInMinutes, action: 'ROLLBACK' as const } } : {}),
});

describe('native strategies', () => {
  beforeEach(async () => {
    await aws.ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
  });

  test('a CANARY with PAUSE hooks walks every stage in order, waits at each hook until continued, and shifts the rule 0 → 10 → 100', async () => {
    const config: DeploymentConfiguration = {
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 0 },
      bakeTimeInMinutes: 0,
      lifecycleHooks: [PAUSE(['POST_TEST_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT'])],
    };
    const { lb } = await nativeService(config);
    expect(
      (await aws.ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: ['web'] }))).services![0]
        .deploymentConfiguration,
    ).toMatchObject(config);
    const v2 = await register('web', 'v2');
    await aws.ecs.send(new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: v2 }));
    const arn = await newest('web');

    const trail: string[] = [];
    const weightsAt: Record<string, Record<string, number>[]> = {};
    const seen = await walk(arn, finished, async (d) => {
      const stage = d.lifecycleStage;
      if (!stage) return;
      (weightsAt[stage] ??= []).push(await ruleWeights(lb.rule));
      const hook = awaiting(d);
      if (!hook) return;
      // A paused deployment does not move however often it is asked.
      expect((await readDeployment(arn)).lifecycleStage).toBe(stage);
      expect(hook).toMatchObject({
        targetType: 'PAUSE',
        timeoutAction: 'ROLLBACK',
        hookId: expect.stringMatching(/^ecs-pause-/),
      });
      expect(hook.expiresAt!.getTime()).toBeGreaterThan(Date.now());
      trail.push(`${stage}@${d.targetServiceRevision?.requestedProductionTrafficWeight}`);
      await aws.ecs.send(
        new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId: hook.hookId, action: 'CONTINUE' }),
      );
    });

    expect(distinct(seen.map((d) => d.lifecycleStage ?? d.status))).toEqual([
      'PENDING',
      'PRE_SCALE_UP',
      'SCALE_UP',
      'POST_SCALE_UP',
      'TEST_TRAFFIC_SHIFT',
      'POST_TEST_TRAFFIC_SHIFT',
      'PRE_PRODUCTION_TRAFFIC_SHIFT',
      'PRODUCTION_TRAFFIC_SHIFT',
      'PRE_PRODUCTION_TRAFFIC_SHIFT',
      'PRODUCTION_TRAFFIC_SHIFT',
      'POST_PRODUCTION_TRAFFIC_SHIFT',
      'BAKE_TIME',
      'CLEAN_UP',
      'SUCCESSFUL',
    ]);
    // Paused three times: after test traffic moved, before the 10% step, and before the 100% step.
    expect(trail).toEqual([
      'POST_TEST_TRAFFIC_SHIFT@0',
      'PRE_PRODUCTION_TRAFFIC_SHIFT@0',
      'PRE_PRODUCTION_TRAFFIC_SHIFT@10',
    ]);
    expect(weightsAt.PRODUCTION_TRAFFIC_SHIFT).toEqual([
      { 'web-blue': 90, 'web-green': 10 },
      { 'web-blue': 0, 'web-green': 100 },
    ]);
    expect(weightsAt.PRE_SCALE_UP).toEqual([{ 'web-blue': 1 }]);
    expect(await ruleWeights(lb.testRule)).toEqual({ 'web-blue': 0, 'web-green': 100 });
    const done = seen.at(-1)!;
    expect(done.targetServiceRevision).toMatchObject({
      requestedProductionTrafficWeight: 100,
      requestedTestTrafficWeight: 100,
      runningTaskCount: 2,
    });
    expect(done.sourceServiceRevisions![0]).toMatchObject({ requestedProductionTrafficWeight: 0, runningTaskCount: 0 });
    expect(await primary('web')).toEqual({ taskDefinition: v2, rolloutState: 'COMPLETED', count: 1 });

    // The next deployment starts from green: blue is now the idle target group.
    await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: CLUSTER,
        service: 'web',
        taskDefinition: await register('web', 'v3'),
        deploymentConfiguration: { ...config, lifecycleHooks: [] },
      }),
    );
    await walk(await newest('web'), finished);
    expect(await ruleWeights(lb.rule)).toEqual({ 'web-blue': 100, 'web-green': 0 });
  });

  test('ContinueServiceDeployment ROLLBACK at the canary step puts all traffic back on the old revision', async () => {
    const { v1, lb } = await nativeService({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 20, canaryBakeTimeInMinutes: 0 },
      bakeTimeInMinutes: 0,
      lifecycleHooks: [PAUSE(['PRE_PRODUCTION_TRAFFIC_SHIFT'])],
    });
    await aws.ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: await register('web', 'v2') }),
    );
    const arn = await newest('web');

    let pauses = 0;
    const seen = await walk(arn, finished, async (d) => {
      const hook = awaiting(d);
      if (!hook) return;
      pauses += 1;
      const action = pauses === 1 ? 'CONTINUE' : 'ROLLBACK';
      if (action === 'ROLLBACK') expect(await ruleWeights(lb.rule)).toEqual({ 'web-blue': 80, 'web-green': 20 });
      await aws.ecs.send(
        new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId: hook.hookId, action }),
      );
    });

    expect(distinct(seen.map((d) => d.status))).toEqual([
      'PENDING',
      'IN_PROGRESS',
      'ROLLBACK_REQUESTED',
      'ROLLBACK_IN_PROGRESS',
      'ROLLBACK_SUCCESSFUL',
    ]);
    const done = seen.at(-1)!;
    expect(done.rollback).toMatchObject({
      serviceRevisionArn: done.sourceServiceRevisions![0].arn,
      reason: expect.stringMatching(/PRE_PRODUCTION_TRAFFIC_SHIFT/),
    });
    expect(done.lifecycleHookDetails).toEqual([expect.objectContaining({ status: 'FAILED' })]);
    expect(await ruleWeights(lb.rule)).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(await ruleWeights(lb.testRule)).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(await primary('web')).toEqual({ taskDefinition: v1, rolloutState: 'COMPLETED', count: 1 });
    await expect(
      aws.ecs.send(
        new ContinueServiceDeploymentCommand({
          serviceDeploymentArn: arn,
          hookId: done.lifecycleHookDetails![0].hookId,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
  });

  test('a CloudWatch alarm going into ALARM while a canary is paused rolls it back', async () => {
    await aws.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'web-canary-5xx',
        MetricName: 'HTTPCode_Target_5XX_Count',
        Namespace: 'AWS/ApplicationELB',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    );
    const { v1, lb } = await nativeService({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 0 },
      bakeTimeInMinutes: 0,
      alarms: { alarmNames: ['web-canary-5xx'], enable: true, rollback: true },
      lifecycleHooks: [PAUSE(['POST_PRODUCTION_TRAFFIC_SHIFT'])],
    });
    await aws.ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: await register('web', 'v2') }),
    );
    const arn = await newest('web');
    const paused = (await walk(arn, (d) => !!awaiting(d))).at(-1)!;
    expect(paused.lifecycleStage).toBe('POST_PRODUCTION_TRAFFIC_SHIFT');
    expect(await ruleWeights(lb.rule)).toEqual({ 'web-blue': 0, 'web-green': 100 });

    await aws.cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: 'web-canary-5xx', StateValue: 'ALARM', StateReason: 'test' }),
    );
    const seen = await walk(arn, finished);
    expect(seen[0]).toMatchObject({
      status: 'ROLLBACK_REQUESTED',
      alarms: { status: 'TRIGGERED', triggeredAlarmNames: ['web-canary-5xx'] },
    });
    expect(await ruleWeights(lb.rule)).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(await primary('web')).toMatchObject({ taskDefinition: v1, rolloutState: 'COMPLETED' });
  });

  test('a PAUSE hook left unanswered past its timeout takes its timeout action', async () => {
    const { v1 } = await nativeService({
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 0,
      lifecycleHooks: [PAUSE(['POST_SCALE_UP'], 2)],
    });
    await aws.ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: await register('web', 'v2') }),
    );
    const arn = await newest('web');
    const paused = (await walk(arn, (d) => !!awaiting(d))).at(-1)!;
    const hook = awaiting(paused)!;
    expect(hook.expiresAt!.getTime() - paused.updatedAt!.getTime()).toBeGreaterThanOrEqual(2 * MINUTE_MS - 5);

    await new Promise((r) => setTimeout(r, 3 * MINUTE_MS));
    const after = await readDeployment(arn);
    expect(after.status).toBe('ROLLBACK_REQUESTED');
    expect(after.lifecycleHookDetails).toEqual([expect.objectContaining({ hookId: hook.hookId, status: 'TIMED_OUT' })]);
    expect((await walk(arn, finished)).at(-1)!.status).toBe('ROLLBACK_SUCCESSFUL');
    expect((await primary('web')).taskDefinition).toBe(v1);
  });

  test('LINEAR shifts in stepPercent steps and waits its step bake time before each next step', async () => {
    const { lb } = await nativeService({
      strategy: 'LINEAR',
      linearConfiguration: { stepPercent: 25, stepBakeTimeInMinutes: 2 },
      bakeTimeInMinutes: 0,
    });
    await aws.ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: await register('web', 'v2') }),
    );
    const arn = await newest('web');
    const weights: number[] = [];
    const bakes: number[] = [];
    let shiftedAt: Date | undefined;
    await walk(
      arn,
      finished,
      async (d) => {
        if (
          d.lifecycleStage === 'PRODUCTION_TRAFFIC_SHIFT' &&
          weights.at(-1) !== d.targetServiceRevision!.requestedProductionTrafficWeight
        ) {
          weights.push(d.targetServiceRevision!.requestedProductionTrafficWeight!);
          expect(await ruleWeights(lb.rule)).toEqual({
            'web-blue': 100 - weights.at(-1)!,
            'web-green': weights.at(-1),
          });
          shiftedAt = d.updatedAt;
        }
        // updatedAt is when the server entered the stage: the gap is the bake the server kept. (The SDK's stage
        // enum lacks PRE_PRODUCTION_TRAFFIC_SHIFT; the double reports it, see moto_server.py.)
        const stage: string | undefined = d.lifecycleStage;
        if (stage === 'PRE_PRODUCTION_TRAFFIC_SHIFT' && shiftedAt) {
          bakes.push(d.updatedAt!.getTime() - shiftedAt.getTime());
          shiftedAt = undefined;
        }
        await new Promise((r) => setTimeout(r, 10));
      },
      200,
    );
    expect(weights).toEqual([25, 50, 75, 100]);
    expect(bakes).toHaveLength(3);
    for (const bake of bakes) expect(bake).toBeGreaterThanOrEqual(2 * MINUTE_MS - 1);
  });

  test('a configuration ECS refuses changes nothing', async () => {
    const { v1 } = await nativeService({ strategy: 'CANARY' });
    const before = await aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'web' }));
    const refused = aws.ecs.send(
      new UpdateServiceCommand({
        cluster: CLUSTER,
        service: 'web',
        taskDefinition: await register('web', 'v2'),
        deploymentConfiguration: {
          strategy: 'CANARY',
          lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['PRODUCTION_TRAFFIC_SHIFT'] }],
        },
      }),
    );
    await expect(refused).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: expect.stringMatching(/PAUSE .*PRODUCTION_TRAFFIC_SHIFT/),
    });
    expect((await primary('web')).taskDefinition).toBe(v1);
    expect(
      (await aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'web' }))).serviceDeployments,
    ).toEqual(before.serviceDeployments);
  });
});

test('POST /moto-api/reset forgets every service deployment and revision', async () => {
  await seedServices(CLUSTER, ['web'], 1);
  await aws.ecs.send(
    new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: await register('web', 'hang-3') }),
  );
  const old = await readDeployment(await newest('web'));

  await moto.reset();
  await seedServices(CLUSTER, ['web'], 1);
  const listed = await aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'web' }));
  expect(listed.serviceDeployments).toHaveLength(1);
  expect(listed.serviceDeployments![0].serviceDeploymentArn).not.toBe(old.serviceDeploymentArn);
  const gone = await aws.ecs.send(
    new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [old.serviceDeploymentArn!] }),
  );
  expect(gone.failures).toEqual([{ arn: old.serviceDeploymentArn, reason: 'MISSING' }]);
  const revisions = await aws.ecs.send(
    new DescribeServiceRevisionsCommand({ serviceRevisionArns: [old.targetServiceRevision!.arn!] }),
  );
  expect(revisions.serviceRevisions).toEqual([]);
});

test('with MOTO_ECS_STAGE_MS the clock drives deployments: a BLUE_GREEN completes with nobody asking for service deployments', async () => {
  const timed = await startMoto({ MOTO_ECS_STAGE_MS: '20', MOTO_ECS_MINUTE_MS: String(MINUTE_MS) });
  try {
    useMotoEnv(timed);
    aws = createAwsClients({ region: TEST_REGION, action: 'test' });
    await aws.ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
    const v1 = await register('web', 'v1');
    await aws.ecs.send(
      new CreateServiceCommand({
        cluster: CLUSTER,
        serviceName: 'web',
        taskDefinition: v1,
        desiredCount: 1,
        launchType: 'FARGATE',
        deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 },
      }),
    );
    const v2 = await register('web', 'v2');
    await aws.ecs.send(new UpdateServiceCommand({ cluster: CLUSTER, service: 'web', taskDefinition: v2 }));
    expect((await primary('web')).rolloutState).toBe('IN_PROGRESS');
    // Eleven steps of 20 ms, one of them the 40 ms bake.
    await new Promise((r) => setTimeout(r, 600));
    expect(await primary('web')).toEqual({ taskDefinition: v2, rolloutState: 'COMPLETED', count: 1 });
    const listed = await aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: CLUSTER, service: 'web' }));
    expect(listed.serviceDeployments![0].status).toBe('SUCCESSFUL');
  } finally {
    aws.ecs.destroy();
    await timed.stop();
  }
});
