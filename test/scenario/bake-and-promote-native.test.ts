/**
 * bake-and-promote over ECS's own CANARY strategy, as a whole, over the real SDK clients under aws-sdk-client-mock
 * and the fake clock: races the patched moto server cannot stage, such as ECS completing a deployment between our
 * look (a check failed) and our rollback call.
 */
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServiceDeploymentsCommand,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
  type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import 'aws-sdk-client-mock-jest';
import { bakeAndPromote } from '../../actions/bake-and-promote/src/main.js';
import { memoryIO } from '../../lib/core/io.js';
import { cloudwatch, deployment, ecs, fakeClock, liveDefinition, NEW, OLD, OLD_DEPLOYMENT, RUNNER_ENV, service, useScenarioMocks } from '../support/ecs-scenario.js';

useScenarioMocks();

const START = Date.parse('2026-03-02T10:00:00Z');
const S = 1000;
const ARN = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/web/r4Ce0D2wq5y0S4fYb3Z1x';
const inputs = { cluster: 'prod', service: 'web', 'task-definition': NEW, 'check-interval': '30s', alarms: 'web-5xx' };

/**
 * web on ECS's CANARY strategy. Once UpdateService is sent, the deployment scales up (0%), shifts the canary (10%
 * from 30 s), goes to 100% at 60 s and bakes there; ECS completes it at 125 s unless a rollback was accepted first.
 * The alarm turns ALARM at 100 s, so the round at 120 s fails. `stop` says what StopServiceDeployment does.
 */
function account(clock: { now(): number }, stop: 'completed-meanwhile' | 'accepted-too-late') {
  let startedAt: number | undefined;
  let completed = false;
  const at = () => clock.now() - startedAt!;
  ecs.on(DescribeServicesCommand).resolves({
    services: [
      service('web', [deployment(OLD_DEPLOYMENT, 'PRIMARY', OLD, 'COMPLETED', 2)], {
        deploymentController: { type: 'ECS' },
        deploymentConfiguration: { strategy: 'CANARY', canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 }, bakeTimeInMinutes: 1 },
      }),
    ],
  });
  ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: liveDefinition('web', 8, 'web:v2'), tags: [] });
  ecs.on(UpdateServiceCommand).callsFake(() => {
    startedAt = clock.now();
    return {};
  });
  // Nothing in flight before our UpdateService; ours afterwards.
  ecs.on(ListServiceDeploymentsCommand).callsFake(() => ({ serviceDeployments: startedAt === undefined ? [] : [{ serviceDeploymentArn: ARN, status: 'IN_PROGRESS' }] }));
  ecs.on(DescribeServiceDeploymentsCommand).callsFake((): { serviceDeployments: ServiceDeployment[] } => {
    const t = at();
    const [status, stage, weight] = completed || t >= 125 * S ? ['SUCCESSFUL', 'CLEAN_UP', 100] : t >= 60 * S ? ['IN_PROGRESS', 'BAKE_TIME', 100] : t >= 30 * S ? ['IN_PROGRESS', 'PRODUCTION_TRAFFIC_SHIFT', 10] : ['IN_PROGRESS', 'SCALE_UP', 0];
    return { serviceDeployments: [{ serviceDeploymentArn: ARN, status: status as ServiceDeployment['status'], lifecycleStage: stage as ServiceDeployment['lifecycleStage'], targetServiceRevision: { arn: 'rev/8', requestedProductionTrafficWeight: weight } }] };
  });
  ecs.on(StopServiceDeploymentCommand).callsFake(() => {
    // ECS finished the deployment between our look and this call.
    completed = true;
    if (stop === 'completed-meanwhile') throw Object.assign(new Error(`The service deployment ${ARN} has already completed.`), { name: 'ConflictException', $fault: 'client', $metadata: {} });
    return { serviceDeploymentArn: ARN };
  });
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => ({ MetricAlarms: [{ AlarmName: 'web-5xx', StateValue: startedAt !== undefined && at() >= 100 * S ? 'ALARM' : 'OK', StateReason: 'threshold crossed' }] }));
}

test.each([
  ['StopServiceDeployment finds it already completed', 'completed-meanwhile' as const],
  ['StopServiceDeployment is accepted, yet ECS completes the deployment', 'accepted-too-late' as const],
])('a check fails at 100%%, but ECS completes the release before the rollback (%s): failed, naming the release that now serves all traffic; never promoted', async (_, stop) => {
  const clock = fakeClock(START);
  account(clock, stop);
  const io = memoryIO(inputs);
  await expect(bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV })).rejects.toThrow(
    'a check failed at 100%: alarms fail: in ALARM: web-5xx (threshold crossed); ECS completed the deployment before the rollback: web:8 serves all traffic, run rollback',
  );

  // The rollback was asked for once, right after the round at 120 s failed.
  expect(ecs).toHaveReceivedCommandTimes(StopServiceDeploymentCommand, 1);
  expect(ecs).toHaveReceivedCommandWith(StopServiceDeploymentCommand, { serviceDeploymentArn: ARN, stopType: 'ROLLBACK' });
  const timeline = JSON.parse(io.outputs.timeline);
  expect(timeline.rounds.map((r: { atMs: number; weight: number; verdict: string }) => `${r.atMs / S}s ${r.weight}% ${r.verdict}`)).toEqual(['30s 10% pass', '60s 100% pass', '90s 100% pass', '120s 100% fail']);
  // What the workflow and the person reading the run see: a failure, the release at 100%, and what to do.
  expect(io.outputs.verdict).toBe('failed');
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web web:8': 100, 'web web:7': 0 });
  expect(io.outputs['task-definition-before']).toBe(OLD);
  expect(io.outputs['task-definition-after']).toBe(NEW);
  expect(io.outputs['restore-ms']).toBe('');
  expect(io.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringMatching(/ECS had completed .* first: web:8 serves all traffic\. Roll it back \(the rollback action\) now\./) }));
  expect(io.summary).toContain('❌ failed');
  expect(io.summary).not.toContain('promoted');
  expect(JSON.parse(io.state.bake).phase).toBe('done');
});
