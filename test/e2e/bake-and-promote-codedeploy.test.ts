/**
 * bake-and-promote's CodeDeploy provider, the bundled action run as the runner runs it, against the CodeDeploy
 * double in the patched moto (one "minute" lasts 40 ms; the group waits in Ready before rerouting). Smoke checks
 * run against loopback stand-ins of the test listener and production: a good release is continued from Ready,
 * baked at 10% and promoted; a bad one is stopped with rollback at Ready (before any production traffic) or during
 * the canary, and the original task set is verified back at 100%.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { GetDeploymentCommand, ListDeploymentsCommand } from '@aws-sdk/client-codedeploy';
import { DescribeListenersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';

import { type AwsClients, createAwsClients } from '../../lib/aws/clients.js';
import { register, seedCodeDeployService, type Seeded } from '../support/codedeploy-seed.js';
import { type Moto, startMoto, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { runDist } from '../support/run-dist.js';
import { startVersion, type VersionServer } from '../support/versions.js';

let moto: Moto;
let aws: AwsClients;
let canary: VersionServer;
let production: VersionServer;
const dir = mkdtempSync(join(tmpdir(), 'bake-codedeploy-'));
writeFileSync(
  join(dir, 'smoke.yml'),
  'defaults:\n  timeout: 2s\nchecks:\n  - name: health\n    path: /health\n    expect:\n      status: 200\n',
);

beforeAll(async () => {
  moto = await startMoto({ MOTO_CODEDEPLOY_MINUTE_MS: '40' });
  canary = await startVersion('canary');
  production = await startVersion('production');
});
afterAll(async () => {
  await moto?.stop();
  await canary?.stop();
  await production?.stop();
});
beforeEach(async () => {
  await moto.reset();
  useMotoEnv(moto);
  aws = createAwsClients({ region: TEST_REGION, action: 'test' });
  canary.setBehaviour({ mode: 'healthy' });
  production.setBehaviour({ mode: 'healthy' });
});

const bake = (
  inputs: Record<string, string>,
  options: Pick<Parameters<typeof runDist>[1] & object, 'signalWhen'> = {},
) =>
  runDist('bake-and-promote', {
    inputs: {
      cluster: 'prod',
      service: 'web',
      'smoke-file': join(dir, 'smoke.yml'),
      'canary-url': canary.url,
      'production-url': production.url,
      'check-interval': '1s',
      'poll-interval': '1s',
      steps: '10%:1m, 100%',
      ...inputs,
    },
    env: moto.env,
    cwd: dir,
    ...options,
  });

async function greenShare(seeded: Seeded, listenerArn: string): Promise<number> {
  const listener = (await aws.elbv2.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] }))).Listeners![0];
  const groups = listener.DefaultActions![0].ForwardConfig!.TargetGroups!;
  const total = groups.reduce((sum, g) => sum + (g.Weight ?? 0), 0);
  return Math.round((100 * (groups.find((g) => g.TargetGroupArn === seeded.alb.green)?.Weight ?? 0)) / total);
}

test('a good release: continued from Ready once the test-listener checks pass, baked at 10%, promoted', async () => {
  const seeded = await seedCodeDeployService(aws);
  const v2 = await register(aws, 'v2');
  const run = await bake({ 'task-definition': v2 });

  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.verdict).toBe('promoted');
  expect(run.outputs['task-definition-after']).toBe(v2);
  // Checked at 0% through the test listener while CodeDeploy waited (Ready), then at 10% of production.
  expect(run.stdout).toMatch(/health gate checks: pass;.*at 0%: through arn:aws:elasticloadbalancing/);
  expect(run.stdout).toMatch(/continued d-\w+ \(READY_WAIT\)/);
  expect(run.stdout).toMatch(/10% round \d+: pass/);
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(100);
  const { DescribeServicesCommand: Describe } = await import('@aws-sdk/client-ecs');
  expect((await aws.ecs.send(new Describe({ cluster: 'prod', services: ['web'] }))).services![0].taskDefinition).toBe(
    v2,
  );
});

test('a release that fails its checks on the test listener is stopped at Ready with rollback: no production traffic ever moved', async () => {
  const seeded = await seedCodeDeployService(aws);
  const v2 = await register(aws, 'v2');
  canary.setBehaviour({ mode: 'error' });
  const run = await bake({ 'task-definition': v2 });

  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('aborted');
  expect(run.outputs.reason).toMatch(
    /the health gate did not pass before any traffic moved: smoke fail: .*health on canary: status 500/,
  );
  expect(run.outputs.reason).toMatch(
    /stopped with rollback; the original task set carries all traffic again \(verified/,
  );
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(0);
  const deployments = await aws.codedeploy.send(
    new ListDeploymentsCommand({ applicationName: 'AppECS-prod-web', deploymentGroupName: 'DgpECS-web' }),
  );
  expect(deployments.deployments!.length).toBeGreaterThanOrEqual(1);
});

test('a canary that starts failing at 10% is stopped with rollback and the original task set verified back at 100%', async () => {
  const seeded = await seedCodeDeployService(aws);
  const v2 = await register(aws, 'v2');
  // Healthy on the test listener; production then serves 500s while 10% of it goes to the canary.
  const run = bake({ steps: '10%:5m, 100%', 'task-definition': v2 });
  // Break production once the canary has traffic.
  for (let i = 0; i < 200 && (await greenShare(seeded, seeded.alb.listenerArn)) === 0; i++)
    await new Promise((r) => setTimeout(r, 50));
  production.setBehaviour({ mode: 'error' });
  const done = await run;

  expect(done.exitCode).toBe(1);
  expect(done.outputs.verdict).toBe('aborted');
  expect(done.outputs.reason).toMatch(/a check failed at 10%/);
  expect(done.outputs.reason).toMatch(
    /stopped with rollback; the original task set carries all traffic again \(verified: /,
  );
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(0);
});

test('promote-now is refused for CodeDeploy services before anything is started', async () => {
  const seeded = await seedCodeDeployService(aws);
  const v2 = await register(aws, 'v2');
  const run = await bake({ 'task-definition': v2, mode: 'promote-now' });

  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('Invalid `mode`: promote-now is not offered for CodeDeploy services');
  expect(
    (
      await aws.codedeploy.send(
        new ListDeploymentsCommand({ applicationName: 'AppECS-prod-web', deploymentGroupName: 'DgpECS-web' }),
      )
    ).deployments ?? [],
  ).toEqual([]);
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(0);
});

test('bad input changes nothing: a CodeDeploy service with no deployment group', async () => {
  const seeded = await seedCodeDeployService(aws, {
    ecsServices: [{ clusterName: 'prod', serviceName: 'someone-else' }],
  });
  const v2 = await register(aws, 'v2');
  const run = await bake({ 'task-definition': v2 });

  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/no CodeDeploy deployment group deploys ECS service prod\/web/);
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(0);
});

test('a job cancelled mid-canary leaves the deployment stopped with rollback and the original task set at 100%', async () => {
  const seeded = await seedCodeDeployService(aws);
  const v2 = await register(aws, 'v2');
  const run = await bake(
    { steps: '10%:5m, 100%', 'task-definition': v2 },
    { signalWhen: { signal: 'SIGINT', probe: async () => (await greenShare(seeded, seeded.alb.listenerArn)) > 0 } },
  );

  expect(run.exitCode).not.toBe(0);
  expect(run.outputs.verdict).toBe('cancelled');
  expect(run.outputs.reason).toContain('stopped with rollback');
  // CodeDeploy carries the rollback out on its own; the double moves a deployment one step per read, so read on.
  for (let i = 0; i < 100 && (await greenShare(seeded, seeded.alb.listenerArn)) !== 0; i++) {
    const { deployments = [] } = await aws.codedeploy.send(
      new ListDeploymentsCommand({ applicationName: 'AppECS-prod-web', deploymentGroupName: 'DgpECS-web' }),
    );
    for (const deploymentId of deployments) await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId }));
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(0);
});

describe('rollback of a CodeDeploy service', () => {
  const rollback = (inputs: Record<string, string> = {}) =>
    runDist('rollback', {
      inputs: { cluster: 'prod', service: 'web', 'poll-interval': '1s', 'wait-timeout': '2m', ...inputs },
      env: moto.env,
    });

  test('after a promoted release, rollback goes back to the previous revision with a new CodeDeploy deployment (UpdateService cannot)', async () => {
    const seeded = await seedCodeDeployService(aws);
    const { TagResourceCommand: Tag, DescribeServicesCommand: Describe } = await import('@aws-sdk/client-ecs');
    // v1 completed a rollout here before (as a promotion or an earlier rollback would have recorded).
    await aws.ecs.send(
      new Tag({
        resourceArn: seeded.v1,
        tags: [{ key: 'rolled-out:prod/web', value: new Date(Date.now() - 3_600_000).toISOString() }],
      }),
    );
    const v2 = await register(aws, 'v2');
    expect((await bake({ 'task-definition': v2 })).outputs.verdict).toBe('promoted');

    const run = await rollback({ reason: 'v2 is bad' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/\| web \| web:2 \| web:1 \| codedeploy \|/);
    expect(run.stdout).toMatch(/CodeDeploy deployment d-\w+ rolls back to web:1/);
    expect((await aws.ecs.send(new Describe({ cluster: 'prod', services: ['web'] }))).services![0].taskDefinition).toBe(
      seeded.v1,
    );
  });

  test('a CodeDeploy deployment in flight is stopped with rollback, and the original task set verified at 100%', async () => {
    const seeded = await seedCodeDeployService(aws);
    const v2 = await register(aws, 'v2');
    // A release baking at 10% for a long while (60 "minutes" of 40 ms).
    const baking = bake({ steps: '10%:60m, 100%', 'task-definition': v2 });
    for (let i = 0; i < 200 && (await greenShare(seeded, seeded.alb.listenerArn)) === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(10);

    const run = await rollback({ reason: 'stop the canary' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(
      /\| web \| web:1 \| web:1 \| stop-in-flight \| CodeDeploy deployment d-\w+ is in flight/,
    );
    expect(await greenShare(seeded, seeded.alb.listenerArn)).toBe(0);
    // The bake sees its deployment stopped by someone else and ends without promoting.
    const baked = await baking;
    expect(baked.outputs.verdict).not.toBe('promoted');
  });
});
