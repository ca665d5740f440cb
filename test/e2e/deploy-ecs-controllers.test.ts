/**
 * The bundled deploy-ecs (and rollback) on every deployment controller a team may run, against the patched moto:
 * CODE_DEPLOY services (001's production, 003 everywhere) deployed through CodeDeploy and followed to a verdict,
 * ECS-native CANARY services walked through their lifecycle stages, PAUSE hooks a bake left on the service, and
 * revisions registered from the live one that must not inherit its record. One moto "minute" lasts 40 ms.
 */
import { GetDeploymentCommand, ListDeploymentsCommand } from '@aws-sdk/client-codedeploy';
import {
  type DeploymentLifecycleHook,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServiceDeploymentsCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { DescribeListenersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';

import { type AwsClients, createAwsClients } from '../../lib/aws/clients.js';
import { PAUSE_STAGES } from '../../lib/ecs/lifecycle-hooks.js';
import { seedNativeService } from '../support/bake-seed.js';
import { seedCodeDeployService, type Seeded } from '../support/codedeploy-seed.js';
import { seedServices, serviceTaskDefinitionArn } from '../support/ecs-seed.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { runDist } from '../support/run-dist.js';

const registry = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;
const OUR_HOOK: DeploymentLifecycleHook = {
  targetType: 'PAUSE',
  lifecycleStages: [...PAUSE_STAGES],
  timeoutConfiguration: { timeoutInMinutes: 600, action: 'ROLLBACK' },
};

let moto: Moto;
let aws: AwsClients;
let envBefore: NodeJS.ProcessEnv;

beforeAll(async () => {
  moto = await startMoto({ MOTO_ECS_MINUTE_MS: '40', MOTO_CODEDEPLOY_MINUTE_MS: '40', MOTO_ECS_SERVICE_RUNNING: '2' });
}, 90_000);
afterAll(async () => moto?.stop());
beforeEach(async () => {
  envBefore = { ...process.env };
  await moto.reset();
  useMotoEnv(moto);
  aws = createAwsClients({ region: TEST_REGION, action: 'test' });
});
afterEach(() => {
  aws.ecs.destroy();
  aws.codedeploy.destroy();
  aws.elbv2.destroy();
  process.env = envBefore;
});

const deploy = (inputs: Record<string, string>, extra: Partial<Parameters<typeof runDist>[1]> = {}) =>
  runDist('deploy-ecs', {
    inputs: { cluster: 'prod', 'poll-interval': '1s', 'wait-timeout': '60s', ...inputs },
    env: moto.env,
    timeoutMs: 90_000,
    ...extra,
  });
const rollback = (inputs: Record<string, string>) =>
  runDist('rollback', {
    inputs: { cluster: 'prod', service: 'web', 'poll-interval': '1s', 'wait-timeout': '60s', ...inputs },
    env: { ...moto.env, GITHUB_ACTOR: 'octocat' },
    timeoutMs: 90_000,
  });

async function greenShare(seeded: Seeded): Promise<number> {
  const groups = (await aws.elbv2.send(new DescribeListenersCommand({ ListenerArns: [seeded.alb.listenerArn] })))
    .Listeners![0].DefaultActions![0].ForwardConfig!.TargetGroups!;
  return groups.find((g) => g.TargetGroupArn === seeded.alb.green)?.Weight ?? 0;
}

describe('CODE_DEPLOY services', () => {
  test('register-only registers the release; deploy-ecs of that revision goes out as a CodeDeploy deployment followed to Succeeded', async () => {
    const seeded = await seedCodeDeployService(aws);
    const registered = await deploy({ service: 'web', image: `${registry}/web:v2`, 'register-only': 'true' });
    expect(registered.exitCode).toBe(0);
    const arn = registered.outputs['task-definition-arn'];
    expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(seeded.v1);

    const run = await deploy({ service: 'web', 'task-definition': arn });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      'web: update-only (deploys the registered revision web:2); through CodeDeploy group AppECS-prod-web/DgpECS-web, configuration CodeDeployDefault.ECSAllAtOnce (all at once); its Ready wait is continued at once',
    );
    const id = run.outputs['deployment-id'];
    expect(id).toMatch(/^d-[A-Z0-9]{9}$/);
    expect((await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!.status).toBe(
      'Succeeded',
    );
    expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(arn);
    expect(await greenShare(seeded)).toBe(100);
    expect(JSON.parse(run.outputs.results)[0]).toMatchObject({
      service: 'web',
      status: 'succeeded',
      deploymentId: id,
      taskDefinitionArn: arn,
      previousTaskDefinitionArn: seeded.v1,
    });
    expect(run.summary).toContain(`| web | ✅ succeeded | web:2 | web:1 | ${id} |`);
    // The record rollback's `previous` reads for CODE_DEPLOY services.
    const tags =
      (await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }))).tags ?? [];
    expect(tags.map((t) => t.key)).toContain('rolled-out:prod/web');
  });

  test('a release whose tasks fail: CodeDeploy fails and rolls back, and the step says so with the original verified back', async () => {
    const seeded = await seedCodeDeployService(aws);
    const run = await deploy({ service: 'web', image: `${registry}/web:fail-1` });

    expect(run.exitCode).toBe(1);
    const [result] = JSON.parse(run.outputs.results);
    expect(result).toMatchObject({ status: 'failed', failureKind: 'rolled-back' });
    expect(result.reason).toContain('ECS_UPDATE_ERROR');
    expect(result.reason).toContain('carries 100% of production traffic');
    expect(await greenShare(seeded)).toBe(0);
    expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(seeded.v1);
    expect(run.summary).toContain('| web | ❌ failed (rolled-back) |');
  });

  test('a job cancelled mid-deployment stops the CodeDeploy deployment with rollback', async () => {
    const seeded = await seedCodeDeployService(aws);
    const inFlight = async () =>
      (
        (await aws.codedeploy.send(new ListDeploymentsCommand({ includeOnlyStatuses: ['InProgress', 'Ready'] })))
          .deployments ?? []
      ).length > 0;
    const run = await deploy(
      { service: 'web', image: `${registry}/web:hang-1` },
      { signalWhen: { signal: 'SIGINT', probe: inFlight } },
    );

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::deploy-ecs failed: .*cancel/i);
    const [id] = (
      await aws.codedeploy.send(
        new ListDeploymentsCommand({ applicationName: 'AppECS-prod-web', deploymentGroupName: 'DgpECS-web' }),
      )
    ).deployments!;
    const stopped = (await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!;
    expect(stopped.status === 'Stopped' || stopped.creator === 'codeDeployRollback').toBe(true);
    expect(await greenShare(seeded)).toBe(0);
  });
});

describe('ECS-native CANARY services', () => {
  test('deploy-ecs rolls a CANARY service through its lifecycle stages to SUCCESSFUL, without the PAUSE hook a bake left on it', async () => {
    const seeded = await seedNativeService({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 },
      bakeTimeInMinutes: 0,
      lifecycleHooks: [OUR_HOOK],
    });
    const run = await deploy({ service: 'web', 'task-definition': seeded.newRevision });

    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('through ECS canary deployment');
    expect(run.stdout).toContain("web: rolling out without bake-and-promote's PAUSE hook");
    expect(run.stdout).toContain('web: lifecycle stage PRODUCTION_TRAFFIC_SHIFT');
    expect(run.stdout).not.toContain('::warning::');
    expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(seeded.newRevision);
    const service = (await aws.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['web'] })))
      .services![0];
    expect(service.deploymentConfiguration?.lifecycleHooks ?? []).toEqual([]);
  });

  test("rollback of a bake's deployment paused at its hook answers the hook with ROLLBACK: ECS puts the old revision back", async () => {
    const seeded = await seedNativeService({
      strategy: 'CANARY',
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 },
      bakeTimeInMinutes: 0,
    });
    // What bake-and-promote starts: the new revision with its PAUSE hook; nobody answers it (the job died).
    const config = {
      strategy: 'CANARY' as const,
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 },
      bakeTimeInMinutes: 0,
      lifecycleHooks: [OUR_HOOK],
    };
    await aws.ecs.send(
      new UpdateServiceCommand({
        cluster: 'prod',
        service: 'web',
        taskDefinition: seeded.newRevision,
        deploymentConfiguration: config,
      }),
    );
    const arn = (await aws.ecs.send(new ListServiceDeploymentsCommand({ cluster: 'prod', service: 'web' })))
      .serviceDeployments![0].serviceDeploymentArn!;
    for (let i = 0; i < 100; i++) {
      const d = (await aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })))
        .serviceDeployments![0];
      if (d.lifecycleHookDetails?.some((h) => h.status === 'AWAITING_ACTION')) break;
    }
    const run = await rollback({ reason: 'the bake job died' });

    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /web: answered the PAUSE hook ecs-pause-\S+ of deployment \S+ at \S+ with ROLLBACK: ECS puts web:1 back/,
    );
    expect(run.outputs.status).toBe('succeeded');
    expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(seeded.oldRevision);
    const d = (await aws.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })))
      .serviceDeployments![0];
    expect(d.status).toBe('ROLLBACK_SUCCESSFUL');
  });
});

test("a revision registered from the live one does not inherit its record: rollback's previous never picks it", async () => {
  await seedServices('prod', ['web'], 2);
  expect((await deploy({ service: 'web', image: `${registry}/web:r2` })).exitCode).toBe(0);
  // The direct-use release: register-only from the live revision (web:2, rolled out) with the next image; never
  // deployed.
  const registered = await deploy({ service: 'web', image: `${registry}/web:r3`, 'register-only': 'true' });
  const copy = registered.outputs['task-definition-arn'];
  expect(copy).toMatch(/web:3$/);
  const tags =
    (await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: copy, include: ['TAGS'] }))).tags ?? [];
  expect(tags.map((t) => t.key)).not.toContain('rolled-out:prod/web');
  expect(tags).toEqual(expect.arrayContaining([{ key: 'team', value: 'rides' }]));

  const planned = await rollback({ 'dry-run': 'true' });
  expect(planned.exitCode).toBe(0);
  expect(planned.outputs['task-definition-arn']).toMatch(/web:1$/);
});
