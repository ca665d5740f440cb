/**
 * bake-and-promote's CodeDeploy provider, as a whole, over the real SDK clients under aws-sdk-client-mock and the
 * fake clock: the stop that comes too late (a check fails, but CodeDeploy finished the release before our
 * StopDeployment), which the CodeDeploy double in moto cannot stage. The original revision must go back out as a new
 * deployment, be followed to its end, and the run must never read as promoted.
 */
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  BatchGetApplicationsCommand,
  BatchGetDeploymentGroupsCommand,
  CodeDeployClient,
  CreateDeploymentCommand,
  GetDeploymentCommand,
  GetDeploymentTargetCommand,
  ListApplicationsCommand,
  ListDeploymentGroupsCommand,
  ListDeploymentsCommand,
  ListDeploymentTargetsCommand,
  StopDeploymentCommand,
  type CreateDeploymentCommandInput,
  type DeploymentInfo,
} from '@aws-sdk/client-codedeploy';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, TagResourceCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { bakeAndPromote } from '../../actions/bake-and-promote/src/main.js';
import { memoryIO } from '../../lib/core/io.js';
import { cloudwatch, deployment, ecs, fakeClock, liveDefinition, NEW, OLD, OLD_DEPLOYMENT, RUNNER_ENV, service, useScenarioMocks } from '../support/ecs-scenario.js';

useScenarioMocks();
const cd = mockClient(CodeDeployClient);
beforeEach(() => cd.reset());
afterEach(() => cd.reset());

const START = Date.parse('2026-03-02T10:00:00Z');
const S = 1000;
const RELEASE = 'd-RELEASE01';
const PUT_BACK = 'd-PUTBACK01';
const PROD = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2';
const inputs = { cluster: 'prod', service: 'web', 'task-definition': NEW, 'check-interval': '30s', alarms: 'web-5xx' };

/**
 * web deployed by CodeDeploy (group canary 10% for 5 minutes). The release shifts 10% at 30 s; the alarm turns ALARM
 * at 80 s, so the round at 90 s fails, and CodeDeploy finishes the release between that look and our StopDeployment
 * (DeploymentAlreadyCompletedException). The deployment that puts the original back runs 60 s and ends `putBack`.
 */
function account(clock: { now(): number }, putBack: 'Succeeded' | 'Failed') {
  const created: Record<string, number> = {};
  let releaseDone = false;
  const t = () => clock.now() - START;
  ecs.on(DescribeServicesCommand).resolves({
    services: [service('web', [deployment(OLD_DEPLOYMENT, 'PRIMARY', OLD, 'COMPLETED', 2)], { deploymentController: { type: 'CODE_DEPLOY' }, loadBalancers: [{ targetGroupArn: 'tg/web-blue', containerName: 'web', containerPort: 3000 }] })],
  });
  ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: liveDefinition('web', 8, 'web:v2'), tags: [] });
  cd.on(ListApplicationsCommand).resolves({ applications: ['AppECS-prod-web'] });
  cd.on(BatchGetApplicationsCommand).resolves({ applicationsInfo: [{ applicationName: 'AppECS-prod-web', computePlatform: 'ECS' }] });
  cd.on(ListDeploymentGroupsCommand).resolves({ deploymentGroups: ['DgpECS-prod-web'] });
  cd.on(BatchGetDeploymentGroupsCommand).resolves({
    deploymentGroupsInfo: [
      {
        applicationName: 'AppECS-prod-web',
        deploymentGroupName: 'DgpECS-prod-web',
        deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
        ecsServices: [{ clusterName: 'prod', serviceName: 'web' }],
        loadBalancerInfo: { targetGroupPairInfoList: [{ targetGroups: [{ name: 'web-blue' }, { name: 'web-green' }], prodTrafficRoute: { listenerArns: [PROD] } }] },
        blueGreenDeploymentConfiguration: { terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 5 } },
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] },
      },
    ],
  });
  cd.on(ListDeploymentsCommand).resolves({ deployments: [] });
  cd.on(CreateDeploymentCommand).callsFake(() => {
    const id = RELEASE in created ? PUT_BACK : RELEASE;
    created[id] = t();
    return { deploymentId: id };
  });
  const moment = (id: string): { status: DeploymentInfo['status']; green: number; error?: string } => {
    const since = t() - created[id];
    if (id === RELEASE) return releaseDone || since >= 10 * 60 * S ? { status: 'Succeeded', green: 100 } : { status: 'InProgress', green: since >= 30 * S ? 10 : 0 };
    if (since < 60 * S) return { status: 'InProgress', green: since >= 30 * S ? 100 : 0 };
    return putBack === 'Succeeded' ? { status: 'Succeeded', green: 100 } : { status: 'Failed', green: 0, error: 'The ECS service cannot be updated: tasks failed to start' };
  };
  cd.on(GetDeploymentCommand).callsFake(({ deploymentId }: { deploymentId: string }) => {
    const m = moment(deploymentId);
    return { deploymentInfo: { deploymentId, status: m.status, ...(m.error ? { errorInformation: { code: 'ECS_UPDATE_ERROR', message: m.error } } : {}) } };
  });
  cd.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['prod:web'] });
  cd.on(GetDeploymentTargetCommand).callsFake(({ deploymentId }: { deploymentId: string }) => {
    const green = moment(deploymentId).green;
    return { deploymentTarget: { ecsTarget: { targetId: 'prod:web', taskSetsInfo: [{ taskSetLabel: 'Blue', trafficWeight: 100 - green, targetGroup: { name: 'web-blue' } }, { taskSetLabel: 'Green', trafficWeight: green, targetGroup: { name: 'web-green' } }] } } };
  });
  cd.on(StopDeploymentCommand).callsFake(() => {
    releaseDone = true;
    throw Object.assign(new Error(`The deployment ${RELEASE} has already completed.`), { name: 'DeploymentAlreadyCompletedException', $fault: 'client', $metadata: {} });
  });
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => ({ MetricAlarms: [{ AlarmName: 'web-5xx', StateValue: t() >= 80 * S ? 'ALARM' : 'OK', StateReason: 'threshold crossed' }] }));
  return { created };
}

/** The task definition each CreateDeployment's AppSpec deploys, in order. */
function deployedRevisions(): string[] {
  return cd.commandCalls(CreateDeploymentCommand).map((c) => {
    const input = c.args[0].input as CreateDeploymentCommandInput;
    return JSON.parse(input.revision!.appSpecContent!.content!).Resources[0].TargetService.Properties.TaskDefinition;
  });
}

test('a check fails just as CodeDeploy finishes the release: the original goes back out as a new deployment, followed to its end; aborted, never promoted', async () => {
  const clock = fakeClock(START);
  const world = account(clock, 'Succeeded');
  const io = memoryIO(inputs);
  await expect(bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV })).rejects.toThrow(
    `a check failed at 10%: alarms fail: in ALARM: web-5xx (threshold crossed); CodeDeploy had already finished, so web:7 was deployed again (${PUT_BACK}: succeeded, all traffic on it)`,
  );

  // Our stop went out once, after the round at 90 s; the next look (120 s) found the release Succeeded, and the
  // put-back was created then: web:7, all at once, in the same group.
  expect(cd).toHaveReceivedCommandTimes(StopDeploymentCommand, 1);
  expect(cd).toHaveReceivedCommandWith(StopDeploymentCommand, { deploymentId: RELEASE, autoRollbackEnabled: true });
  expect(deployedRevisions()).toEqual([NEW, OLD]);
  expect(cd).toHaveReceivedNthSpecificCommandWith(2, CreateDeploymentCommand, { applicationName: 'AppECS-prod-web', deploymentGroupName: 'DgpECS-prod-web', deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce' });
  expect(world.created[PUT_BACK]).toBe(120 * S);
  // Followed to its end: the last look is at the put-back, once it had succeeded (60 s after it was created).
  const looks = cd.commandCalls(GetDeploymentCommand).map((c) => c.args[0].input.deploymentId);
  expect(looks.at(-1)).toBe(PUT_BACK);
  expect(clock.now() - START).toBeGreaterThanOrEqual(180 * S);

  expect(io.outputs.verdict).toBe('aborted');
  expect(io.outputs['task-definition-after']).toBe(OLD);
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web web:7': 100 });
  // The release is not recorded as rolled out: rollback must not take it for a good one.
  expect(ecs).not.toHaveReceivedCommand(TagResourceCommand);
  expect(io.summary).toContain('🛑 aborted');
  expect(io.summary).toContain('| prod | CodeDeploy blue/green | web:7 | web:7 |');
  expect(io.summary).not.toContain('promoted');
});

test('when the put-back deployment fails too, the verdict is failed (traffic not back on the original), never aborted or promoted', async () => {
  const clock = fakeClock(START);
  account(clock, 'Failed');
  const io = memoryIO(inputs);
  await expect(bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV })).rejects.toThrow(/CodeDeploy had already finished, so web:7 was deployed again \(d-PUTBACK01: NOT restored: .*ECS_UPDATE_ERROR: The ECS service cannot be updated/);

  expect(deployedRevisions()).toEqual([NEW, OLD]);
  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs['task-definition-after']).toBe(NEW);
  expect(io.summary).toContain('❌ failed');
  expect(io.summary).not.toContain('promoted');
});
