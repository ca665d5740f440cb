/**
 * bake-and-promote's CodeDeploy provider, as a whole, over the real SDK clients under aws-sdk-client-mock and the
 * fake clock: the stop that comes too late (a check fails, but CodeDeploy finished the release before our
 * StopDeployment), which the CodeDeploy double in moto cannot stage. The original revision must go back out as a new
 * deployment, be followed to its end, and the run must never read as promoted.
 */
import 'aws-sdk-client-mock-jest';

import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  BatchGetApplicationsCommand,
  BatchGetDeploymentGroupsCommand,
  CodeDeployClient,
  ContinueDeploymentCommand,
  CreateDeploymentCommand,
  type CreateDeploymentCommandInput,
  type DeploymentInfo,
  GetDeploymentCommand,
  GetDeploymentTargetCommand,
  ListApplicationsCommand,
  ListDeploymentGroupsCommand,
  ListDeploymentsCommand,
  ListDeploymentTargetsCommand,
  StopDeploymentCommand,
} from '@aws-sdk/client-codedeploy';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, TagResourceCommand } from '@aws-sdk/client-ecs';
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';

import { post } from '../../actions/bake-and-promote/src/cleanup.js';
import { bakeAndPromote } from '../../actions/bake-and-promote/src/main.js';
import { readPostState, savePhase, saveStarted } from '../../actions/bake-and-promote/src/state.js';
import { memoryIO } from '../../lib/core/io.js';
import type { BakePhase } from '../../lib/traffic/contract.js';
import {
  cloudwatch,
  deployment,
  ecs,
  ecsTags,
  elbv2,
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
 * (DeploymentAlreadyCompletedException). The deployment that puts the original back runs 60 s and ends `putBack`
 * (or its CreateDeployment gets no answer).
 */
function account(clock: { now(): number }, putBack: 'Succeeded' | 'Failed' | 'times out') {
  const created: Record<string, number> = {};
  let releaseDone = false;
  const t = () => clock.now() - START;
  webOnCodeDeploy();
  cd.on(CreateDeploymentCommand).callsFake(() => {
    const id = RELEASE in created ? PUT_BACK : RELEASE;
    if (id === PUT_BACK && putBack === 'times out') throw timedOut();
    created[id] = t();
    return { deploymentId: id };
  });
  const moment = (id: string): { status: DeploymentInfo['status']; green: number; error?: string } => {
    const since = t() - created[id];
    if (id === RELEASE)
      return releaseDone || since >= 10 * 60 * S
        ? { status: 'Succeeded', green: 100 }
        : { status: 'InProgress', green: since >= 30 * S ? 10 : 0 };
    if (since < 60 * S) return { status: 'InProgress', green: since >= 30 * S ? 100 : 0 };
    return putBack === 'Succeeded'
      ? { status: 'Succeeded', green: 100 }
      : { status: 'Failed', green: 0, error: 'The ECS service cannot be updated: tasks failed to start' };
  };
  cd.on(GetDeploymentCommand).callsFake(({ deploymentId }: { deploymentId: string }) => {
    const m = moment(deploymentId);
    return {
      deploymentInfo: {
        deploymentId,
        status: m.status,
        ...(m.error ? { errorInformation: { code: 'ECS_UPDATE_ERROR', message: m.error } } : {}),
      },
    };
  });
  cd.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['prod:web'] });
  cd.on(GetDeploymentTargetCommand).callsFake(({ deploymentId }: { deploymentId: string }) => ({
    deploymentTarget: { ecsTarget: target(moment(deploymentId).green) },
  }));
  cd.on(StopDeploymentCommand).callsFake(() => {
    releaseDone = true;
    throw Object.assign(new Error(`The deployment ${RELEASE} has already completed.`), {
      name: 'DeploymentAlreadyCompletedException',
      $fault: 'client',
      $metadata: {},
    });
  });
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => ({
    MetricAlarms: [
      { AlarmName: 'web-5xx', StateValue: t() >= 80 * S ? 'ALARM' : 'OK', StateReason: 'threshold crossed' },
    ],
  }));
  return { created };
}

/** A network error as the SDK throws it when a call never gets an answer. */
const timedOut = () =>
  Object.assign(new Error('connect ETIMEDOUT 52.95.110.1:443'), {
    name: 'TimeoutError',
    code: 'ETIMEDOUT',
    $metadata: {},
  });

/** The ECS target of a deployment with `green` percent of production traffic on the replacement. */
const target = (green: number, extra: object = {}) => ({
  targetId: 'prod:web',
  taskSetsInfo: [
    { taskSetLabel: 'Blue', trafficWeight: 100 - green, targetGroup: { name: 'web-blue' } },
    { taskSetLabel: 'Green', trafficWeight: green, targetGroup: { name: 'web-green' } },
  ],
  ...extra,
});

/** web, deployed by CodeDeploy (group canary 10% for 5 minutes, termination wait 5 minutes), nothing in flight. */
function webOnCodeDeploy() {
  ecs.on(DescribeServicesCommand).resolves({
    services: [
      service('web', [deployment(OLD_DEPLOYMENT, 'PRIMARY', OLD, 'COMPLETED', 2)], {
        deploymentController: { type: 'CODE_DEPLOY' },
        loadBalancers: [{ targetGroupArn: 'tg/web-blue', containerName: 'web', containerPort: 3000 }],
      }),
    ],
  });
  ecs.on(DescribeTaskDefinitionCommand).resolves({ taskDefinition: liveDefinition('web', 8, 'web:v2'), tags: [] });
  // The service's tags: where the bake's lease lives.
  ecsTags();
  cd.on(ListApplicationsCommand).resolves({ applications: ['AppECS-prod-web'] });
  cd.on(BatchGetApplicationsCommand).resolves({
    applicationsInfo: [{ applicationName: 'AppECS-prod-web', computePlatform: 'ECS' }],
  });
  cd.on(ListDeploymentGroupsCommand).resolves({ deploymentGroups: ['DgpECS-prod-web'] });
  cd.on(BatchGetDeploymentGroupsCommand).resolves({
    deploymentGroupsInfo: [
      {
        applicationName: 'AppECS-prod-web',
        deploymentGroupName: 'DgpECS-prod-web',
        deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
        ecsServices: [{ clusterName: 'prod', serviceName: 'web' }],
        loadBalancerInfo: {
          targetGroupPairInfoList: [
            { targetGroups: [{ name: 'web-blue' }, { name: 'web-green' }], prodTrafficRoute: { listenerArns: [PROD] } },
          ],
        },
        blueGreenDeploymentConfiguration: {
          terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 5 },
        },
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] },
      },
    ],
  });
  cd.on(ListDeploymentsCommand).resolves({ deployments: [] });
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
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow(
    `a check failed at 10%: alarms fail: in ALARM: web-5xx (threshold crossed); CodeDeploy had already finished, so web:7 was deployed again (${PUT_BACK}: succeeded, all traffic on it)`,
  );

  // Our stop went out once, after the round at 90 s; the look right after it found the release Succeeded, and the
  // put-back was created then: web:7, all at once, in the same group.
  expect(cd).toHaveReceivedCommandTimes(StopDeploymentCommand, 1);
  expect(cd).toHaveReceivedCommandWith(StopDeploymentCommand, { deploymentId: RELEASE, autoRollbackEnabled: true });
  expect(deployedRevisions()).toEqual([NEW, OLD]);
  expect(cd).toHaveReceivedNthSpecificCommandWith(2, CreateDeploymentCommand, {
    applicationName: 'AppECS-prod-web',
    deploymentGroupName: 'DgpECS-prod-web',
    deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
  });
  expect(world.created[PUT_BACK]).toBe(90 * S);
  // Followed to its end: the last look is at the put-back, once it had succeeded (60 s after it was created).
  const looks = cd.commandCalls(GetDeploymentCommand).map((c) => c.args[0].input.deploymentId);
  expect(looks.at(-1)).toBe(PUT_BACK);
  expect(clock.now() - START).toBeGreaterThanOrEqual(150 * S);

  expect(io.outputs.verdict).toBe('aborted');
  expect(io.outputs['task-definition-after']).toBe(OLD);
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({ 'web web:7': 100 });
  // The release is not recorded as rolled out: rollback must not take it for a good one. (The service's own tags
  // carry the bake's lease; no task definition is tagged.)
  expect(
    ecs.commandCalls(TagResourceCommand).filter((c) => c.args[0].input.resourceArn?.includes(':task-definition/')),
  ).toEqual([]);
  expect(io.summary).toContain('🛑 aborted');
  // The revision it tried stands between the one before and the one after (the put-back redeployed web:7).
  expect(io.summary).toContain('| prod | CodeDeploy blue/green | web:7 | web:8 | web:7 |');
  expect(io.summary).not.toContain('promoted');
});

test('when the put-back deployment fails too, the verdict is failed (traffic not back on the original), never aborted or promoted', async () => {
  const clock = fakeClock(START);
  account(clock, 'Failed');
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow(
    /CodeDeploy had already finished, so web:7 was deployed again \(d-PUTBACK01: NOT restored: .*ECS_UPDATE_ERROR: The ECS service cannot be updated/,
  );

  expect(deployedRevisions()).toEqual([NEW, OLD]);
  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs['task-definition-after']).toBe(NEW);
  expect(io.summary).toContain('❌ failed');
  expect(io.summary).not.toContain('promoted');
});

const ROLLBACK = 'd-ROLLBACK01';
const BLUE_TG = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-blue/1111111111111111';
const GREEN_TG = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-green/2222222222222222';

/**
 * web on CodeDeploy, where a stop is taken. The release shifts 10% at 30 s and all of it at 330 s, then waits out
 * the 5-minute termination wait (Succeeded at 630 s). A StopDeployment makes CodeDeploy roll back: the release
 * reads Stopped, its rollback deployment puts the original back at 100% (on the task sets and on the production
 * listener) and succeeds 30 s after the stop. `create`, `stop` and `continue` say what the caller sees of
 * CreateDeployment, StopDeployment and ContinueDeployment: their answer, no answer (though CodeDeploy took the call),
 * or, for `stop`, no answer and nothing answers after it (the network is gone). From `networkGoneAt`, CodeDeploy
 * answers nothing.
 */
function stoppingAccount(
  clock: { now(): number },
  options: {
    alarmAt?: number;
    networkGoneAt?: number;
    create?: 'answer lost';
    stop?: 'answered' | 'answer lost' | 'network gone';
    continue?: 'answered' | 'answer lost';
  },
) {
  let stoppedAt: number | undefined;
  let networkGone = false;
  const t = () => clock.now() - START;
  const down = () => {
    if (networkGone || t() >= (options.networkGoneAt ?? Infinity)) throw timedOut();
  };
  webOnCodeDeploy();
  cd.on(CreateDeploymentCommand).callsFake(() => {
    if (options.create) throw timedOut();
    return { deploymentId: RELEASE };
  });
  const rolledBack = () => stoppedAt !== undefined && t() - stoppedAt >= 30 * S;
  const release = (): { status: DeploymentInfo['status']; green: number; waiting: boolean } => {
    if (stoppedAt !== undefined) return { status: 'Stopped', green: t() >= 330 * S ? 100 : 10, waiting: false };
    if (t() >= 630 * S) return { status: 'Succeeded', green: 100, waiting: false };
    return { status: 'InProgress', green: t() >= 330 * S ? 100 : t() >= 30 * S ? 10 : 0, waiting: t() >= 330 * S };
  };
  cd.on(GetDeploymentCommand).callsFake(({ deploymentId }: { deploymentId: string }) => {
    down();
    if (deploymentId === ROLLBACK)
      return { deploymentInfo: { deploymentId, status: rolledBack() ? 'Succeeded' : 'InProgress' } };
    const r = release();
    return {
      deploymentInfo: {
        deploymentId,
        status: r.status,
        instanceTerminationWaitTimeStarted: r.waiting,
        ...(stoppedAt !== undefined ? { rollbackInfo: { rollbackDeploymentId: ROLLBACK } } : {}),
      },
    };
  });
  cd.on(ListDeploymentTargetsCommand).callsFake(() => {
    down();
    return { targetIds: ['prod:web'] };
  });
  cd.on(GetDeploymentTargetCommand).callsFake(({ deploymentId }: { deploymentId: string }) => {
    down();
    return {
      deploymentTarget: { ecsTarget: target(deploymentId === ROLLBACK ? (rolledBack() ? 0 : 10) : release().green) },
    };
  });
  cd.on(StopDeploymentCommand).callsFake(() => {
    down();
    if (options.stop !== 'network gone') stoppedAt = t();
    if (options.stop === 'network gone') networkGone = true;
    if (options.stop && options.stop !== 'answered') throw timedOut();
    return { status: 'Pending', statusMessage: 'Stop request pending' };
  });
  cd.on(ContinueDeploymentCommand).callsFake(() => {
    if (options.continue === 'answer lost') throw timedOut();
    return {};
  });
  // What the production listener forwards: the original's share follows the task sets.
  elbv2.on(DescribeTargetGroupsCommand).resolves({
    TargetGroups: [
      { TargetGroupName: 'web-blue', TargetGroupArn: BLUE_TG },
      { TargetGroupName: 'web-green', TargetGroupArn: GREEN_TG },
    ],
  });
  elbv2.on(DescribeListenersCommand).callsFake(() => {
    const green = rolledBack() ? 0 : release().green;
    return {
      Listeners: [
        {
          ListenerArn: PROD,
          DefaultActions: [
            {
              Type: 'forward',
              ForwardConfig: {
                TargetGroups: [
                  { TargetGroupArn: BLUE_TG, Weight: 100 - green },
                  { TargetGroupArn: GREEN_TG, Weight: green },
                ],
              },
            },
          ],
        },
      ],
    };
  });
  elbv2.on(DescribeRulesCommand).resolves({ Rules: [{ RuleArn: `${PROD}/default`, IsDefault: true, Actions: [] }] });
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => ({
    MetricAlarms: [
      {
        AlarmName: 'web-5xx',
        StateValue: t() >= (options.alarmAt ?? Infinity) ? 'ALARM' : 'OK',
        StateReason: 'threshold crossed',
      },
    ],
  }));
  return { stoppedAt: () => stoppedAt };
}

test('a check fails and StopDeployment gets no answer, though CodeDeploy took it: the next looks find the rollback, which is followed and verified from the listeners; aborted, the original at 100%', async () => {
  const clock = fakeClock(START);
  const world = stoppingAccount(clock, { alarmAt: 80 * S, stop: 'answer lost' });
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('a check failed at 10%: alarms fail: in ALARM: web-5xx (threshold crossed)');

  // The stop after the round at 90 s reached CodeDeploy; the next looks found it rolling back, so it was not sent
  // again.
  expect(world.stoppedAt()).toBe(90 * S);
  expect(cd).toHaveReceivedCommandTimes(StopDeploymentCommand, 1);
  expect(elbv2).toHaveReceivedCommandWith(DescribeListenersCommand, { ListenerArns: [PROD] });
  expect(io.log).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/no answer \(connect ETIMEDOUT 52\.95\.110\.1:443\); the next look says whether it took/),
    ]),
  );
  expect(io.outputs.verdict).toBe('aborted');
  expect(io.outputs.reason).toBe(
    `a check failed at 10%: alarms fail: in ALARM: web-5xx (threshold crossed); ${RELEASE} stopped with rollback; the original task set carries all traffic again (verified: original task set carries 100% of production traffic (1 listener(s) read back))`,
  );
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({
    'web web:8 (replacement)': 0,
    'web web:7 (original)': 100,
  });
  expect(io.outputs['task-definition-before']).toBe(OLD);
  expect(io.outputs['task-definition-after']).toBe(OLD);
  expect(Number(io.outputs['restore-ms'])).toBeGreaterThanOrEqual(30 * S);
  expect(io.summary).toContain('| web web:7 (original) | 100% |');
  expect(readPostState(io)?.phase).toBe('done');
});

test('a check fails and the network goes with the StopDeployment: after wait-timeout of failed looks the report says traffic state is unknown and what to check, claiming no weights', async () => {
  const clock = fakeClock(START);
  stoppingAccount(clock, { alarmAt: 80 * S, stop: 'network gone' });
  const io = memoryIO({ ...inputs, 'wait-timeout': '2m' });
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('connect ETIMEDOUT 52.95.110.1:443');

  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs.reason).toBe(
    `a check failed at 10%: alarms fail: in ALARM: web-5xx (threshold crossed); then stopped by an error: connect ETIMEDOUT 52.95.110.1:443; traffic state is unknown: ${RELEASE} could not be stopped with rollback and followed after the error (connect ETIMEDOUT 52.95.110.1:443). Check \`aws deploy get-deployment --deployment-id ${RELEASE}\` and the production listener's weights; while it runs, mode: abort stops it with rollback (the post step tries too)`,
  );
  expect(io.outputs['final-weights']).toBe('{}');
  expect(io.outputs['task-definition-before']).toBe(OLD);
  expect(io.outputs['task-definition-after']).toBe('');
  // It kept looking for wait-timeout (2 minutes after the error at 90 s), then gave up.
  expect(clock.now() - START).toBeGreaterThanOrEqual(210 * S);
  expect(io.summary).toContain('traffic state is unknown');
  expect(io.summary).not.toContain('Traffic now');
  // Left for the post step, which stops the deployment with rollback if it still runs.
  expect(readPostState(io)?.phase).toBe('shifting');
});

test('every check passed through the hold, then ContinueDeployment gets no answer: nothing is rolled back; CodeDeploy ends the termination wait itself and the release is promoted, as read back', async () => {
  const clock = fakeClock(START);
  stoppingAccount(clock, { continue: 'answer lost' });
  const io = memoryIO({ ...inputs, hold: '1m' });
  await bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV });

  // At 100% from 330 s, the hold passed at 390 s: TERMINATION_WAIT was sent then, and no stop followed.
  expect(cd).toHaveReceivedCommandWith(ContinueDeploymentCommand, {
    deploymentId: RELEASE,
    deploymentWaitType: 'TERMINATION_WAIT',
  });
  expect(cd).not.toHaveReceivedCommand(StopDeploymentCommand);
  expect(io.log).toEqual(
    expect.arrayContaining([expect.stringMatching(/CodeDeploy did not take TERMINATION_WAIT \(connect ETIMEDOUT/)]),
  );
  expect(io.outputs.verdict).toBe('promoted');
  expect(JSON.parse(io.outputs['final-weights'])).toEqual({
    'web web:8 (replacement)': 100,
    'web web:7 (original)': 0,
  });
  expect(io.outputs['task-definition-after']).toBe(NEW);
  expect(JSON.parse(io.outputs.timeline).rounds.at(-1).atMs).toBe(390 * S);
  expect(readPostState(io)?.phase).toBe('done');
});

test('CodeDeploy had finished a release that failed its checks, and the put-back gets no answer: the report says traffic state is unknown and what to check', async () => {
  const clock = fakeClock(START);
  account(clock, 'times out');
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('connect ETIMEDOUT 52.95.110.1:443');

  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs.reason).toBe(
    'a check failed at 10%: alarms fail: in ALARM: web-5xx (threshold crossed); then stopped by an error: connect ETIMEDOUT 52.95.110.1:443; traffic state is unknown: CodeDeploy had already finished, and putting web:7 back failed: web:8 carried all traffic when CodeDeploy finished d-RELEASE01, and a deployment putting web:7 back may have started. Check `aws deploy list-deployments --application-name AppECS-prod-web --deployment-group-name DgpECS-prod-web`; if web:8 still serves, run rollback',
  );
  expect(io.outputs['final-weights']).toBe('{}');
  expect(io.outputs['task-definition-after']).toBe('');
  expect(io.summary).toContain('traffic state is unknown');
});

test('CreateDeployment gets no answer: the report says traffic state is unknown and how to find the deployment it may have started', async () => {
  const clock = fakeClock(START);
  stoppingAccount(clock, { create: 'answer lost' });
  const io = memoryIO(inputs);
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('connect ETIMEDOUT 52.95.110.1:443');

  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs.reason).toBe(
    'stopped by an error: connect ETIMEDOUT 52.95.110.1:443; traffic state is unknown: CreateDeployment of web:8 may have reached CodeDeploy. Check `aws deploy list-deployments --application-name AppECS-prod-web --deployment-group-name DgpECS-prod-web`: a deployment still running is stopped with rollback by mode: abort',
  );
  expect(io.outputs['final-weights']).toBe('{}');
  expect(io.outputs['task-definition-before']).toBe(OLD);
  expect(io.outputs['task-definition-after']).toBe('');
});

test('CodeDeploy stops answering mid-canary: the follow gives up after wait-timeout of failing looks, so does the stop after it, and the report says traffic state is unknown', async () => {
  const clock = fakeClock(START);
  stoppingAccount(clock, { networkGoneAt: 60 * S });
  const io = memoryIO({ ...inputs, 'wait-timeout': '2m' });
  await expect(
    bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV }),
  ).rejects.toThrow('connect ETIMEDOUT 52.95.110.1:443');

  // Looks failed from 60 s: the follow gave up at 180 s, the attempt to stop and follow the rollback at 300 s.
  expect(clock.now() - START).toBe(300 * S);
  expect(cd).not.toHaveReceivedCommand(StopDeploymentCommand);
  expect(io.outputs.verdict).toBe('failed');
  expect(io.outputs.reason).toMatch(
    new RegExp(
      `^stopped by an error: connect ETIMEDOUT 52\\.95\\.110\\.1:443; traffic state is unknown: ${RELEASE} could not be stopped with rollback and followed after the error`,
    ),
  );
  expect(io.outputs['final-weights']).toBe('{}');
  expect(io.outputs['task-definition-after']).toBe('');
  expect(readPostState(io)?.phase).toBe('shifting');
});

test('after a job killed during the termination wait, the post step stops the release with rollback unless main had passed its hold', async () => {
  // 400 s in: all traffic on the replacement, CodeDeploy in its termination wait.
  const clock = fakeClock(START + 400 * S);
  const world = stoppingAccount(clock, {});
  // What main had saved by then: the deployment, its group, and how far it had got.
  const left = (phase: BakePhase) => {
    const main = memoryIO();
    const group = {
      applicationName: 'AppECS-prod-web',
      deploymentGroupName: 'DgpECS-prod-web',
      deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
      prodListenerArns: [PROD],
      testListenerArns: [],
      targetGroupNames: ['web-blue', 'web-green'],
      waitsBeforeRerouting: false,
      readyWaitMinutes: 0,
      terminationWaitMinutes: 5,
      autoRollbackEvents: [],
    };
    saveStarted(main, 'eu-west-1', 'codedeploy', {
      cluster: 'prod',
      service: 'web',
      serviceArn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web',
      deploymentId: RELEASE,
      group,
    });
    savePhase(main, phase);
    return main.state;
  };

  const passed = memoryIO({}, left('promoted'));
  await post({ io: passed, signal: new AbortController().signal }, RUNNER_ENV, clock);
  expect(cd).not.toHaveReceivedCommand(StopDeploymentCommand);
  expect(passed.log).toEqual(
    expect.arrayContaining([expect.stringMatching(/^leaving CodeDeploy deployment d-RELEASE01 to finish/)]),
  );

  const killed = memoryIO({}, left('shifting'));
  await post({ io: killed, signal: new AbortController().signal }, RUNNER_ENV, clock);
  expect(cd).toHaveReceivedCommandWith(StopDeploymentCommand, { deploymentId: RELEASE, autoRollbackEnabled: true });
  expect(world.stoppedAt()).toBe(400 * S);
});

test('a clean CodeDeploy bake records that its hold passed before the termination wait is ended, for the post step', async () => {
  const clock = fakeClock(START);
  stoppingAccount(clock, {});
  const io = memoryIO({ ...inputs, hold: '1m' });
  const phases: string[] = [];
  const save = io.saveState.bind(io);
  io.saveState = (name: string, value: string) => {
    if (name === 'bake-phase') phases.push(value);
    save(name, value);
  };
  await bakeAndPromote({ io, signal: new AbortController().signal }, { clock, env: RUNNER_ENV });
  expect(io.outputs.verdict).toBe('promoted');
  expect(phases).toEqual(['starting', 'shifting', 'promoted', 'done']);
});
