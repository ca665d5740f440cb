// Following a CodeDeploy ECS deployment on the one fake clock, over the real SDK clients with aws-sdk-client-mock:
// a deployment scripted as a function of time and of what we sent (ContinueDeployment, StopDeployment), so each
// test pins when the follow loop continues, stops, verifies the restore and returns.
import 'aws-sdk-client-mock-jest';

import {
  CodeDeployClient,
  ContinueDeploymentCommand,
  CreateDeploymentCommand,
  type DeploymentInfo,
  type ECSTarget,
  GetDeploymentCommand,
  GetDeploymentTargetCommand,
  ListDeploymentTargetsCommand,
  StopDeploymentCommand,
} from '@aws-sdk/client-codedeploy';
import {
  type Action,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';

import { deployThroughCodeDeploy } from '../../actions/deploy-ecs/src/codedeploy.js';
import { createAwsClients } from '../../lib/aws/clients.js';
import { describeGroup } from '../../lib/codedeploy/deployment-group.js';
import { type FollowDecision, followDeployment, type FollowOptions } from '../../lib/codedeploy/follow.js';
import type { DeploymentVerdict } from '../../lib/codedeploy/verdict.js';
import { memoryIO } from '../../lib/core/io.js';
import { type FakeClock, fakeClock } from '../support/clock.js';

const cd = mockClient(CodeDeployClient);
const elb = mockClient(ElasticLoadBalancingV2Client);
const PREFIX = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012';
const PROD = `${PREFIX}:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const BLUE = `${PREFIX}:targetgroup/web-blue/73e2d6bc24d8a067`;
const GREEN = `${PREFIX}:targetgroup/web-green/2453ed029918f21f`;
const ID = 'd-ABCDEFGH1';
const ROLLBACK = 'd-ROLLBACK1';
const S = 1000;
const M = 60 * S;
const group = describeGroup({
  applicationName: 'AppECS-prod-web',
  deploymentGroupName: 'DgpECS-web',
  loadBalancerInfo: {
    targetGroupPairInfoList: [
      { targetGroups: [{ name: 'web-blue' }, { name: 'web-green' }], prodTrafficRoute: { listenerArns: [PROD] } },
    ],
  },
});

/** What the deployment looks like at a moment: its status, the replacement's weight, an error, a rollback. */
interface Moment {
  status: DeploymentInfo['status'];
  green: number;
  error?: string;
  /**
   * A rollback deployment exists and finishes (`Succeeded`) this long after it started; `ruleGreen` keeps the /api
   * rule where it was; `swapped` labels its target's sets the other way round; `infoAfterMs` delays rollbackInfo.
   */
  rollback?: { since: number; takesMs: number; ruleGreen?: number; swapped?: boolean; infoAfterMs?: number };
  /**
   * The termination wait has begun as AWS shows it on ECS: the target Succeeded, instanceTerminationWaitTimeStarted
   * false.
   */
  waiting?: boolean;
}
/** What we sent so far, by clock time. */
interface Sent {
  continuedAt?: number;
  stoppedAt?: number;
}

let clock: FakeClock;
let sent: Sent;
let script: (t: number, sent: Sent) => Moment;

const target = (green: number, { swapped = false, waiting = false } = {}): ECSTarget => ({
  targetId: 'prod:web',
  ...(waiting
    ? { status: 'Succeeded', lifecycleEvents: [{ lifecycleEventName: 'AfterAllowTraffic', status: 'Succeeded' }] }
    : {}),
  taskSetsInfo: [
    {
      identifer: 'ecs-svc/1',
      taskSetLabel: swapped ? 'Green' : 'Blue',
      trafficWeight: 100 - green,
      targetGroup: { name: 'web-blue' },
    },
    {
      identifer: 'ecs-svc/2',
      taskSetLabel: swapped ? 'Blue' : 'Green',
      trafficWeight: green,
      targetGroup: { name: 'web-green' },
    },
  ],
});

/** The rollback's own state at t: InProgress with traffic back, then Succeeded. */
function rollbackAt(m: Moment, t: number): { status: DeploymentInfo['status']; green: number } | undefined {
  if (!m.rollback) return undefined;
  return { status: t - m.rollback.since >= m.rollback.takesMs ? 'Succeeded' : 'InProgress', green: 0 };
}

beforeEach(() => {
  cd.reset();
  elb.reset();
  clock = fakeClock(1_000_000);
  sent = {};
  const t = () => clock.now() - 1_000_000;
  cd.on(GetDeploymentCommand).callsFake(({ deploymentId }) => {
    const m = script(t(), sent);
    if (deploymentId === ROLLBACK)
      return { deploymentInfo: { deploymentId, status: rollbackAt(m, t())?.status, creator: 'codeDeployRollback' } };
    const info: DeploymentInfo = { deploymentId, status: m.status };
    if (m.error) info.errorInformation = { code: 'ECS_UPDATE_ERROR', message: m.error };
    if (m.rollback && t() - m.rollback.since >= (m.rollback.infoAfterMs ?? 0))
      info.rollbackInfo = { rollbackDeploymentId: ROLLBACK, rollbackMessage: 'rolled back' };
    return { deploymentInfo: info };
  });
  cd.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['prod:web'] });
  cd.on(GetDeploymentTargetCommand).callsFake(({ deploymentId }) => {
    const m = script(t(), sent);
    if (deploymentId === ROLLBACK)
      return {
        deploymentTarget: {
          deploymentTargetType: 'ECSTarget',
          ecsTarget: target(rollbackAt(m, t())?.green ?? 0, { swapped: m.rollback?.swapped }),
        },
      };
    return {
      deploymentTarget: { deploymentTargetType: 'ECSTarget', ecsTarget: target(m.green, { waiting: m.waiting }) },
    };
  });
  cd.on(ContinueDeploymentCommand).callsFake(() => {
    sent.continuedAt = t();
    return {};
  });
  cd.on(StopDeploymentCommand).callsFake(() => {
    sent.stoppedAt = t();
    return { status: 'Pending' };
  });
  elb.on(DescribeTargetGroupsCommand).resolves({
    TargetGroups: [
      { TargetGroupArn: BLUE, TargetGroupName: 'web-blue' },
      { TargetGroupArn: GREEN, TargetGroupName: 'web-green' },
    ],
  });
  // The production listener's default action and its /api rule follow the deployment; a /static rule forwards
  // elsewhere.
  const listenerGreen = () => {
    const m = script(t(), sent);
    return m.rollback && rollbackAt(m, t())?.status === 'Succeeded' ? 0 : m.green;
  };
  const forward = (green: number): Action[] => [
    {
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: BLUE, Weight: 100 - green },
          { TargetGroupArn: GREEN, Weight: green },
        ],
      },
    },
  ];
  elb
    .on(DescribeListenersCommand)
    .callsFake(() => ({ Listeners: [{ ListenerArn: PROD, DefaultActions: forward(listenerGreen()) }] }));
  elb.on(DescribeRulesCommand).callsFake(() => ({
    Rules: [
      { RuleArn: 'default', IsDefault: true, Actions: forward(100) },
      { RuleArn: 'api', IsDefault: false, Actions: forward(script(t(), sent).rollback?.ruleGreen ?? listenerGreen()) },
      {
        RuleArn: 'static',
        IsDefault: false,
        Actions: [{ Type: 'forward', TargetGroupArn: `${PREFIX}:targetgroup/static/1` }],
      },
    ],
  }));
});

/**
 * Canary 10% for 10 minutes after a Ready wait: Created 20 s, installing to 60 s, Ready until continued, then 10%,
 * 100%, done.
 */
function canaryWithReadyWait(t: number, s: Sent): Moment {
  if (t < 20 * S) return { status: 'Created', green: 0 };
  if (t < 60 * S) return { status: 'InProgress', green: 0 };
  if (s.continuedAt === undefined) return { status: 'Ready', green: 0 };
  if (s.stoppedAt !== undefined)
    return { status: 'Stopped', green: 10, rollback: { since: s.stoppedAt, takesMs: 30 * S } };
  const since = t - s.continuedAt;
  if (since < 10 * M) return { status: 'InProgress', green: 10 };
  if (since < 11 * M) return { status: 'InProgress', green: 100 };
  return { status: 'Succeeded', green: 100 };
}

function follow(overrides: Partial<FollowOptions> = {}) {
  const clients = createAwsClients({ region: 'eu-west-1', action: 'test' });
  return followDeployment(clients, ID, group, {
    clock,
    signal: new AbortController().signal,
    intervalMs: 15 * S,
    timeoutMs: 60 * M,
    ...overrides,
  });
}

test('a deployment that goes Ready waits there until the checks pass, then is continued once and followed to success', async () => {
  script = canaryWithReadyWait;
  const seen: string[] = [];
  let readyRounds = 0;
  const result = await follow({
    decide: async (v: DeploymentVerdict): Promise<FollowDecision> => {
      seen.push(`${v.phase}@${v.weight}`);
      // The pre-traffic checks against the test listener pass on their third round.
      return v.phase === 'ready' && ++readyRounds === 3 ? 'continue' : 'wait';
    },
  });

  expect(result.outcome).toBe('succeeded');
  expect(cd).toHaveReceivedCommandTimes(ContinueDeploymentCommand, 1);
  expect(cd).toHaveReceivedCommandWith(ContinueDeploymentCommand, {
    deploymentId: ID,
    deploymentWaitType: 'READY_WAIT',
  });
  expect(cd).not.toHaveReceivedCommand(StopDeploymentCommand);
  // Ready first seen at 60 s; continued on its third look, 30 s later.
  expect(sent.continuedAt).toBe(90 * S);
  expect(result.marks).toEqual([
    { atMs: 0, phase: 'in-progress', weight: 0 },
    { atMs: 60 * S, phase: 'ready', weight: 0 },
    { atMs: 105 * S, phase: 'shifting', weight: 10 },
    { atMs: 90 * S + 10 * M, phase: 'draining', weight: 100 },
    { atMs: 90 * S + 11 * M, phase: 'succeeded', weight: 100 },
  ]);
  // The caller's checks ran on every look while it ran, and never after the end.
  // Every 15 s from 1m45s to 11m15s: 39 rounds at 10%.
  expect(seen.filter((s) => s === 'shifting@10')).toHaveLength(39);
  expect(seen.at(-1)).toBe('draining@100');
  expect(clock.slept.every((ms) => ms === 15 * S)).toBe(true);
});

test('a check that fails mid-canary stops the deployment with rollback once, follows the rollback and verifies traffic is back', async () => {
  script = canaryWithReadyWait;
  let shiftingRounds = 0;
  const result = await follow({
    decide: async (v) => {
      if (v.phase === 'ready') return 'continue';
      if (v.phase === 'shifting' && ++shiftingRounds === 2) return { stop: 'smoke: /health answered 500 at 10%' };
      return 'wait';
    },
  });

  expect(cd).toHaveReceivedCommandTimes(StopDeploymentCommand, 1);
  expect(cd).toHaveReceivedCommandWith(StopDeploymentCommand, { deploymentId: ID, autoRollbackEnabled: true });
  // Continued at 60 s; 10% seen at 75 s and 90 s; stopped on the second 10% look.
  expect(sent.stoppedAt).toBe(90 * S);
  expect(result).toMatchObject({
    outcome: 'stopped',
    stop: { at: 1_000_000 + 90 * S, reason: 'smoke: /health answered 500 at 10%', answer: 'Pending' },
    verdict: { phase: 'stopped', rollback: 'rolled-back', done: true, weight: 0 },
    restore: { ok: true, originalWeight: 100, listeners: { [PROD]: 100 } },
  });
  // The rollback takes 30 s; the loop sees it done on the first look after that.
  expect(result.restoreMs).toBe(30 * S);
  expect(result.reason).toBe(
    'stopped: smoke: /health answered 500 at 10%; original task set ecs-svc/1 carries 100% of production traffic (1 listener(s) read back)',
  );
});

test('a deployment that fails on its own is reported failed, with the restore verified, and nothing is sent', async () => {
  script = (t) => {
    if (t < 45 * S) return { status: 'InProgress', green: 0 };
    return {
      status: 'Failed',
      green: 0,
      error: 'The ECS service cannot be updated: tasks failed to start',
      rollback: { since: 45 * S, takesMs: 0 },
    };
  };
  let decisions = 0;
  const result = await follow({ decide: async () => (decisions++, 'wait') });

  expect(result.outcome).toBe('failed');
  expect(result.reason).toContain('ECS_UPDATE_ERROR: The ECS service cannot be updated: tasks failed to start');
  expect(result.restore?.ok).toBe(true);
  expect(result.restoreMs).toBeUndefined();
  expect(cd).not.toHaveReceivedCommand(StopDeploymentCommand);
  expect(cd).not.toHaveReceivedCommand(ContinueDeploymentCommand);
  expect(decisions).toBe(3);
});

test('a rollback that leaves a listener rule sending traffic to the replacement is reported, not called a restore', async () => {
  script = (t, s) => {
    if (s.stoppedAt !== undefined)
      return { status: 'Stopped', green: 10, rollback: { since: s.stoppedAt, takesMs: 0, ruleGreen: 10 } };
    return { status: 'InProgress', green: t < 30 * S ? 0 : 10 };
  };
  const result = await follow({
    decide: async (v) => (v.phase === 'shifting' ? { stop: 'alarm web-5xx in ALARM' } : 'wait'),
  });
  expect(result.outcome).toBe('stopped');
  expect(result.restore).toMatchObject({ ok: false, listeners: { [PROD]: 90 } });
  expect(result.restore!.detail).toContain(`production listener ${PROD} sends 10% to web-green`);
  expect(result.restoreMs).toBeUndefined();
});

test('a deployment still running at the timeout is stopped with rollback', async () => {
  script = (_, s) =>
    s.stoppedAt !== undefined
      ? { status: 'Stopped', green: 0, rollback: { since: s.stoppedAt, takesMs: 15 * S } }
      : { status: 'InProgress', green: 0 };
  const result = await follow({ timeoutMs: 5 * M });
  expect(result.outcome).toBe('stopped');
  expect(result.stop!.reason).toBe('the deployment did not finish within 5m 00s (in-progress at 0%)');
  // The first look past five minutes (at 5m 15s) stops it.
  expect(sent.stoppedAt).toBe(5 * M + 15 * S);
  expect(result.restore?.ok).toBe(true);
});

test('a cancelled run stops the deployment with rollback, with a call the aborted signal does not cut', async () => {
  script = canaryWithReadyWait;
  const controller = new AbortController();
  // As an action builds them: every call carries the run's signal; the stop after a cancel must not.
  const clients = createAwsClients({ region: 'eu-west-1', action: 'test', signal: controller.signal });
  const cancelClients = createAwsClients({ region: 'eu-west-1', action: 'test' });
  const run = followDeployment(clients, ID, group, {
    clock,
    signal: controller.signal,
    intervalMs: 15 * S,
    timeoutMs: 60 * M,
    cancelClients,
  });
  // Without decide, Ready is continued at once; cancel 3 minutes into the canary.
  while (clock.now() - 1_000_000 < 60 * S + 3 * M) await clock.sleep(S);
  controller.abort(new Error('the job was cancelled'));
  const result = await run;
  expect(result.outcome).toBe('cancelled');
  expect(result.stop?.reason).toBe('cancelled: the job was cancelled');
  expect(cd).toHaveReceivedCommandTimes(StopDeploymentCommand, 1);
  // The mock answers whatever the signal says; AWS would never see a call sent with an aborted one.
  const options = (cd.commandCalls(StopDeploymentCommand)[0].args as unknown[])[1] as
    { abortSignal?: AbortSignal } | undefined;
  expect(options?.abortSignal?.aborted ?? false).toBe(false);
  expect(sent.stoppedAt).toBe(60 * S + 3 * M);
  expect(result.reason).toBe('cancelled at shifting (10%); CodeDeploy is rolling back');
});

test('a run cancelled after CodeDeploy completed stops nothing and does not claim a rollback', async () => {
  let completed = false;
  script = () => ({ status: completed ? 'Succeeded' : 'InProgress', green: 100 });
  const controller = new AbortController();
  const run = follow({ signal: controller.signal, decide: async () => 'wait' });
  while (clock.now() - 1_000_000 < 20 * S) await clock.sleep(S);
  // The termination wait ended on its own between two looks; then the job is cancelled.
  completed = true;
  controller.abort(new Error('the job was cancelled'));
  const result = await run;
  expect(result.outcome).toBe('cancelled');
  expect(cd).toHaveReceivedCommandTimes(StopDeploymentCommand, 0);
  expect(result.verdict.phase).toBe('succeeded');
  expect(result.reason).toMatch(/^cancelled at succeeded \(100%\); CodeDeploy had already ended it: succeeded/);
  expect(result.reason).not.toContain('rolling back');
});

test("a cancelled run whose look then fails still sends the stop, and fails with the look's error", async () => {
  script = canaryWithReadyWait;
  const controller = new AbortController();
  const run = follow({ signal: controller.signal });
  while (clock.now() - 1_000_000 < 60 * S + 3 * M) await clock.sleep(S);
  // Mid-canary (10% on the replacement) the job is cancelled, and the one look after it fails.
  cd.on(GetDeploymentCommand).rejects(
    Object.assign(new Error('connect ETIMEDOUT 52.95.110.1:443'), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
      $metadata: {},
    }),
  );
  controller.abort(new Error('the job was cancelled'));
  await expect(run).rejects.toThrow('connect ETIMEDOUT');
  expect(cd).toHaveReceivedCommandTimes(StopDeploymentCommand, 1);
  expect(cd).toHaveReceivedCommandWith(StopDeploymentCommand, { deploymentId: ID, autoRollbackEnabled: true });
});

test('throttled looks are retried; a credentials error ends the follow', async () => {
  script = canaryWithReadyWait;
  const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: {} });
  cd.on(GetDeploymentCommand)
    .rejectsOnce(throttled)
    .callsFake(({ deploymentId }) => ({ deploymentInfo: { deploymentId, status: 'Succeeded' } }));
  const retries: unknown[] = [];
  const result = await follow({ onRetry: (err) => retries.push(err), decide: async () => 'wait' });
  expect(retries).toHaveLength(1);
  expect(result.outcome).toBe('succeeded');

  cd.on(GetDeploymentCommand).rejects(
    Object.assign(new Error('The security token included in the request is expired'), {
      name: 'ExpiredTokenException',
      $metadata: {},
    }),
  );
  await expect(follow()).rejects.toThrow('expired');
});

test('looks that keep failing end the follow after giveUpAfterMs with the last error; one that answers in between starts the count again', async () => {
  script = canaryWithReadyWait;
  const timedOut = () =>
    Object.assign(new Error('connect ETIMEDOUT 52.95.110.1:443'), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
      $metadata: {},
    });
  const t = () => clock.now() - 1_000_000;
  // Down from 30 s to 90 s (four failed looks, then one answers at 90 s), and for good from 120 s.
  cd.on(GetDeploymentCommand).callsFake(({ deploymentId }) => {
    if ((t() >= 30 * S && t() < 90 * S) || t() >= 120 * S) throw timedOut();
    return { deploymentInfo: { deploymentId, status: 'InProgress' } };
  });
  const retries: number[] = [];
  await expect(
    follow({ giveUpAfterMs: 60 * S, onRetry: () => retries.push(t() / S), decide: async () => 'wait' }),
  ).rejects.toThrow('connect ETIMEDOUT');
  // 60 s after the first failure of the second outage (at 120 s), not of the first.
  expect(clock.now() - 1_000_000).toBe(180 * S);
  expect(retries).toEqual([30, 45, 60, 75, 120, 135, 150, 165]);
});

test('a stop or a continue that CodeDeploy overtook is not an error: the next look says how it ended', async () => {
  // The checks fail in the last look before CodeDeploy finishes; StopDeployment then finds it completed.
  script = (t) => (t < 30 * S ? { status: 'InProgress', green: 100 } : { status: 'Succeeded', green: 100 });
  cd.on(StopDeploymentCommand).callsFake(() => {
    sent.stoppedAt = clock.now() - 1_000_000;
    throw Object.assign(new Error(`The deployment ${ID} has already completed.`), {
      name: 'DeploymentAlreadyCompletedException',
      $metadata: {},
    });
  });
  const late = await follow({ decide: async () => ({ stop: 'smoke failed at 100%' }) });
  expect(late.outcome).toBe('succeeded');
  expect(late.stop?.answer).toMatch(/^DeploymentAlreadyCompletedException/);
  expect(late.reason).toMatch(/^asked to stop \(smoke failed at 100%\) but CodeDeploy had already finished/);

  // Ready runs out of its wait between our look and our ContinueDeployment.
  cd.reset();
  cd.on(GetDeploymentCommand).callsFake(() => ({
    deploymentInfo: {
      deploymentId: ID,
      status: clock.now() - 1_000_000 < 15 * S ? 'Ready' : 'Stopped',
      errorInformation: { code: 'TIMEOUT', message: 'ready wait over' },
    },
  }));
  cd.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['prod:web'] });
  cd.on(GetDeploymentTargetCommand).resolves({ deploymentTarget: { ecsTarget: target(0) } });
  cd.on(ContinueDeploymentCommand).rejects(
    Object.assign(new Error('not ready'), { name: 'DeploymentIsNotInReadyStateException', $metadata: {} }),
  );
  const overtaken = await follow({ decide: async () => 'continue' });
  expect(overtaken.outcome).toBe('stopped-elsewhere');
  expect(overtaken.reason).toContain('TIMEOUT: ready wait over');
});

describe('what AWS leaves undocumented or reports otherwise than the flags suggest', () => {
  /**
   * All traffic on the replacement from 30 s; the termination wait then runs 60 minutes unless ended by
   * TERMINATION_WAIT.
   */
  const waitAfterCutover = (t: number, s: Sent): Moment => {
    if (t < 30 * S) return { status: 'InProgress', green: 100 };
    if (s.continuedAt !== undefined || t >= 30 * S + 60 * M) return { status: 'Succeeded', green: 100 };
    return { status: 'InProgress', green: 100, waiting: true };
  };

  test('the termination wait is read from the target (instanceTerminationWaitTimeStarted stays false on ECS): a passed release is continued out of it', async () => {
    script = waitAfterCutover;
    const result = await follow({
      timeoutMs: 20 * M,
      decide: async (v) => (v.phase === 'draining' ? 'continue' : 'wait'),
    });

    expect(cd).toHaveReceivedCommandWith(ContinueDeploymentCommand, {
      deploymentId: ID,
      deploymentWaitType: 'TERMINATION_WAIT',
    });
    expect(sent.continuedAt).toBe(30 * S);
    expect(cd).not.toHaveReceivedCommand(StopDeploymentCommand);
    expect(result.outcome).toBe('succeeded');
  });

  test('our own timeout never stops a release that passed: in the termination wait it ends as succeeded, CodeDeploy finishing it', async () => {
    script = waitAfterCutover;
    cd.on(ContinueDeploymentCommand).rejects(
      Object.assign(new Error('not in the termination wait'), {
        name: 'InvalidDeploymentWaitTypeException',
        $metadata: {},
      }),
    );
    const result = await follow({
      timeoutMs: 5 * M,
      decide: async (v) => (v.phase === 'draining' ? 'continue' : 'wait'),
    });

    expect(cd).not.toHaveReceivedCommand(StopDeploymentCommand);
    expect(result).toMatchObject({
      outcome: 'succeeded',
      inTerminationWait: true,
      verdict: { phase: 'draining', terminationWait: true },
    });
    expect(result.reason).toContain('not stopped at our 5m 00s timeout: the release passed');
  });

  test('checks still holding in the termination wait at the timeout: that release has not passed, so it is stopped', async () => {
    script = (t, s) =>
      s.stoppedAt !== undefined
        ? { status: 'Stopped', green: 0, rollback: { since: s.stoppedAt, takesMs: 0 } }
        : waitAfterCutover(t, s);
    const result = await follow({ timeoutMs: 5 * M, decide: async () => 'wait' });
    expect(result.outcome).toBe('stopped');
    expect(result.restore?.ok).toBe(true);
  });

  test.each([
    ['keeps the labels', false],
    ['labels the sets the other way round', true],
  ])(
    'a rollback deployment that %s: traffic restored is judged by target group, and the weight by task set',
    async (_how, swapped) => {
      script = (t, s) =>
        s.stoppedAt !== undefined
          ? { status: 'Stopped', green: 10, rollback: { since: s.stoppedAt, takesMs: 30 * S, swapped } }
          : { status: 'InProgress', green: t < 30 * S ? 0 : 10 };
      const result = await follow({
        decide: async (v) => (v.phase === 'shifting' ? { stop: 'smoke failed at 10%' } : 'wait'),
      });

      expect(result).toMatchObject({
        outcome: 'stopped',
        verdict: { rollback: 'rolled-back', weight: 0 },
        restore: { ok: true, originalWeight: 100, listeners: { [PROD]: 100 } },
      });
      expect(result.reason).toBe(
        'stopped: smoke failed at 10%; original task set ecs-svc/1 carries 100% of production traffic (1 listener(s) read back)',
      );
    },
  );

  test('rollbackInfo that shows only some looks after the stop: the follow waits for it instead of judging a rollback that has not begun', async () => {
    script = (t, s) =>
      s.stoppedAt !== undefined
        ? { status: 'Stopped', green: 10, rollback: { since: s.stoppedAt, takesMs: 45 * S, infoAfterMs: 30 * S } }
        : { status: 'InProgress', green: t < 30 * S ? 0 : 10 };
    const result = await follow({
      decide: async (v) => (v.phase === 'shifting' ? { stop: 'smoke failed at 10%' } : 'wait'),
    });

    expect(result).toMatchObject({ outcome: 'stopped', verdict: { rollback: 'rolled-back' }, restore: { ok: true } });
    expect(result.restoreMs).toBe(45 * S);
  });

  test("CodeDeploy's own failure with auto-rollback: a rollbackInfo that comes late is waited for too", async () => {
    const failing = describeGroup({
      ...group.info,
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    });
    script = (t) =>
      t < 30 * S
        ? { status: 'InProgress', green: 10 }
        : {
            status: 'Failed',
            green: 10,
            error: 'tasks failed',
            rollback: { since: 30 * S, takesMs: 30 * S, infoAfterMs: 15 * S },
          };
    const clients = createAwsClients({ region: 'eu-west-1', action: 'test' });
    const result = await followDeployment(clients, ID, failing, {
      clock,
      signal: new AbortController().signal,
      intervalMs: 15 * S,
      timeoutMs: 60 * M,
      decide: async () => 'wait',
    });

    expect(result).toMatchObject({ outcome: 'failed', verdict: { rollback: 'rolled-back' }, restore: { ok: true } });
    expect(clock.now() - 1_000_000).toBe(60 * S);
  });
});

test("deploy-ecs: a job cancelled while CreateDeployment is on the wire still learns the deployment's ID, and stops it with rollback", async () => {
  script = canaryWithReadyWait;
  const controller = new AbortController();
  // The cancel arrives after CodeDeploy took the call and before its answer is read.
  cd.on(CreateDeploymentCommand).callsFake(() => {
    controller.abort(new Error('the job was cancelled'));
    return { deploymentId: ID };
  });
  const io = memoryIO();
  const result = await deployThroughCodeDeploy(
    {
      service: 'web',
      observed: { serviceName: 'web', taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:1' },
      plan: {
        group,
        config: {
          name: 'CodeDeployDefault.ECSAllAtOnce',
          routing: { kind: 'all-at-once' },
          source: 'group',
          create: false,
        },
        target: { containerName: 'web', containerPort: 3000 },
      },
      update: { taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:2' },
      containers: [],
    } as never,
    { cluster: 'prod', wait: true, timeoutMs: 60 * M, intervalMs: 15 * S },
    {
      // As deploy-ecs builds them: every call carries the run's signal.
      clients: createAwsClients({ region: 'eu-west-1', action: 'test', signal: controller.signal }),
      io,
      signal: controller.signal,
      clock,
      actionName: 'deploy-ecs',
    },
  );
  // The deployment CodeDeploy made is known, followed and stopped: not reported as refused and left running.
  expect(result).toMatchObject({ deploymentId: ID, status: 'failed' });
  expect(result.reason).toMatch(/cancelled at in-progress \(0%\); CodeDeploy is rolling back/);
  expect(cd).toHaveReceivedCommandTimes(StopDeploymentCommand, 1);
  const options = (cd.commandCalls(CreateDeploymentCommand)[0].args as unknown[])[1] as
    { abortSignal?: AbortSignal } | undefined;
  expect(options?.abortSignal?.aborted ?? false).toBe(false);
});
