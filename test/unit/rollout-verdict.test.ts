import type { Deployment, Service } from '@aws-sdk/client-ecs';

import { shortTaskDefinition } from '../../lib/ecs/arns.js';
import { judgeRollout, type RolloutTarget, type ServiceDeploymentState } from '../../lib/ecs/rollout-verdict.js';

const td = (revision: number) => `arn:aws:ecs:eu-west-1:123456789012:task-definition/web:${revision}`;
const OURS = 'ecs-svc/ours';
const OLD = 'ecs-svc/old';
const target: RolloutTarget = {
  service: 'web',
  deploymentId: OURS,
  taskDefinitionArn: td(8),
  previousTaskDefinitionArn: td(7),
};
const forced: RolloutTarget = { ...target, taskDefinitionArn: td(7) };

const d = (
  id: string,
  status: string,
  revision: number,
  rolloutState?: string,
  running = 0,
  extra: Partial<Deployment> = {},
): Deployment => ({
  id,
  status,
  taskDefinition: td(revision),
  rolloutState: rolloutState as Deployment['rolloutState'],
  runningCount: running,
  desiredCount: 2,
  pendingCount: 0,
  failedTasks: 0,
  createdAt: new Date('2026-03-02T10:05:00Z'),
  ...extra,
});
const svc = (...deployments: Deployment[]): Service => ({ serviceName: 'web', status: 'ACTIVE', deployments });
const REASON = 'ECS deployment circuit breaker: tasks failed to start.';

type Case = [string, Service | undefined, RolloutTarget, ServiceDeploymentState | undefined, Record<string, unknown>];

test.each<Case>([
  [
    'ours PRIMARY and COMPLETED: success',
    svc(d(OURS, 'PRIMARY', 8, 'COMPLETED', 2)),
    target,
    undefined,
    { state: 'succeeded', progress: expect.objectContaining({ running: 2, desired: 2 }) },
  ],
  [
    'ours PRIMARY, IN_PROGRESS, old still draining: in progress',
    svc(d(OURS, 'PRIMARY', 8, 'IN_PROGRESS', 1), d(OLD, 'ACTIVE', 7, 'COMPLETED', 1)),
    target,
    undefined,
    { state: 'in-progress' },
  ],
  [
    'ours COMPLETED but it runs another task definition: not a success',
    svc(d(OURS, 'PRIMARY', 9, 'COMPLETED', 2)),
    target,
    undefined,
    { state: 'in-progress' },
  ],
  [
    'ours FAILED, still PRIMARY: circuit breaker',
    svc(d(OURS, 'PRIMARY', 8, 'FAILED', 0, { rolloutStateReason: REASON }), d(OLD, 'ACTIVE', 7, 'COMPLETED', 2)),
    target,
    undefined,
    { state: 'failed', kind: 'circuit-breaker', reason: REASON },
  ],
  [
    'ours FAILED with no reason given: says the circuit breaker tripped',
    svc(d(OURS, 'PRIMARY', 8, 'FAILED')),
    target,
    undefined,
    { state: 'failed', kind: 'circuit-breaker', reason: 'the deployment circuit breaker tripped' },
  ],
  [
    'ours FAILED and a new PRIMARY runs the previous revision: rolled back',
    svc(
      d('ecs-svc/rollback', 'PRIMARY', 7, 'IN_PROGRESS', 1),
      d(OURS, 'ACTIVE', 8, 'FAILED', 0, { rolloutStateReason: REASON }),
    ),
    target,
    undefined,
    { state: 'failed', kind: 'rolled-back', reason: `${REASON}; ECS is rolling back to web:7` },
  ],
  [
    'ours gone, the previous revision PRIMARY and steady: rolled back, not stable-therefore-fine',
    svc(d('ecs-svc/rollback', 'PRIMARY', 7, 'COMPLETED', 2)),
    target,
    undefined,
    {
      state: 'failed',
      kind: 'rolled-back',
      reason: 'ECS rolled back to the previous task definition web:7 before deployment ecs-svc/ours completed',
    },
  ],
  [
    'another revision PRIMARY while ours is ACTIVE: superseded, naming it',
    svc(d('ecs-svc/theirs', 'PRIMARY', 9, 'IN_PROGRESS'), d(OURS, 'ACTIVE', 8, 'IN_PROGRESS', 1)),
    target,
    undefined,
    {
      state: 'failed',
      kind: 'superseded',
      reason:
        'another deployment started while we watched: ecs-svc/theirs (web:9, started 2026-03-02T10:05:00.000Z); ours (ecs-svc/ours) is no longer PRIMARY',
    },
  ],
  [
    'the same revision PRIMARY under another id: ours never completed, so superseded',
    svc(d('ecs-svc/again', 'PRIMARY', 8, 'IN_PROGRESS'), d(OURS, 'ACTIVE', 8, 'IN_PROGRESS', 1)),
    target,
    undefined,
    { state: 'failed', kind: 'superseded' },
  ],
  [
    'forced redeploy of the running revision, replaced by another of it: superseded, not rolled back',
    svc(d('ecs-svc/again', 'PRIMARY', 7, 'IN_PROGRESS'), d(OURS, 'ACTIVE', 7, 'IN_PROGRESS', 1)),
    forced,
    undefined,
    { state: 'failed', kind: 'superseded' },
  ],
  [
    'forced redeploy rolled back and settled before the first look (ours gone, the restore COMPLETED): rolled back, never success',
    svc(
      d('ecs-svc/restore', 'PRIMARY', 7, 'COMPLETED', 2, {
        rolloutStateReason: 'ECS deployment circuit breaker: rolling back to deploymentId ecs-svc/old.',
      }),
    ),
    forced,
    undefined,
    { state: 'failed', kind: 'rolled-back' },
  ],
  [
    'ours vanished, the same revision COMPLETED under another id, no word of rollback: superseded, never success',
    svc(d('ecs-svc/other', 'PRIMARY', 8, 'COMPLETED', 2)),
    target,
    undefined,
    { state: 'failed', kind: 'superseded', reason: expect.stringContaining('vanished before it was seen COMPLETED') },
  ],
  [
    'a desired-count change: COMPLETED is not enough while tasks are still starting',
    svc(d(OURS, 'PRIMARY', 8, 'COMPLETED', 1)),
    { ...target, requireAllRunning: true },
    undefined,
    { state: 'in-progress' },
  ],
  [
    'forced redeploy that FAILED while ECS restores the revision: rolled back',
    svc(
      d('ecs-svc/rollback', 'PRIMARY', 7, 'IN_PROGRESS'),
      d(OURS, 'ACTIVE', 7, 'FAILED', 0, { rolloutStateReason: REASON }),
    ),
    forced,
    undefined,
    { state: 'failed', kind: 'rolled-back' },
  ],
  [
    'no rolloutState (an older service), one deployment, all running: success',
    svc(d(OURS, 'PRIMARY', 8, undefined, 2)),
    target,
    undefined,
    { state: 'succeeded' },
  ],
  [
    'no rolloutState, old deployment still there: in progress',
    svc(d(OURS, 'PRIMARY', 8, undefined, 2), d(OLD, 'ACTIVE', 7, undefined, 1)),
    target,
    undefined,
    { state: 'in-progress' },
  ],
  [
    'no rolloutState, one deployment, not all running: in progress',
    svc(d(OURS, 'PRIMARY', 8, undefined, 1)),
    target,
    undefined,
    { state: 'in-progress' },
  ],
  [
    'the service is missing from the answer',
    undefined,
    target,
    undefined,
    { state: 'failed', kind: 'missing', reason: 'service web disappeared while we watched' },
  ],
  [
    'no PRIMARY deployment at all',
    svc(d(OURS, 'ACTIVE', 8, 'IN_PROGRESS')),
    target,
    undefined,
    { state: 'failed', kind: 'missing', reason: 'service web has no PRIMARY deployment' },
  ],
  [
    'service deployment ROLLBACK_IN_PROGRESS while DescribeServices still shows ours IN_PROGRESS: rolled back',
    svc(d(OURS, 'PRIMARY', 8, 'IN_PROGRESS', 1)),
    target,
    {
      status: 'ROLLBACK_IN_PROGRESS',
      statusReason: 'Service deployment rolled back because the circuit breaker threshold was exceeded.',
    },
    {
      state: 'failed',
      kind: 'rolled-back',
      reason:
        'ECS is rolling the service back (ROLLBACK_IN_PROGRESS): Service deployment rolled back because the circuit breaker threshold was exceeded.',
    },
  ],
  [
    'service deployment ROLLBACK_SUCCESSFUL even though ours looks COMPLETED: rolled back wins',
    svc(d(OURS, 'PRIMARY', 8, 'COMPLETED', 2)),
    target,
    { status: 'ROLLBACK_SUCCESSFUL' },
    {
      state: 'failed',
      kind: 'rolled-back',
      reason: 'ECS is rolling the service back (ROLLBACK_SUCCESSFUL): no reason given',
    },
  ],
  [
    'service deployment STOPPED: stopped',
    svc(d(OURS, 'PRIMARY', 8, 'IN_PROGRESS')),
    target,
    { status: 'STOPPED', statusReason: 'stopped by user' },
    { state: 'failed', kind: 'stopped', reason: 'the service deployment was stopped (STOPPED): stopped by user' },
  ],
  [
    'service deployment STOP_REQUESTED: stopped',
    svc(d(OURS, 'PRIMARY', 8, 'IN_PROGRESS')),
    target,
    { status: 'STOP_REQUESTED' },
    { state: 'failed', kind: 'stopped' },
  ],
  [
    'service deployment IN_PROGRESS changes nothing',
    svc(d(OURS, 'PRIMARY', 8, 'IN_PROGRESS')),
    target,
    { status: 'IN_PROGRESS' },
    { state: 'in-progress' },
  ],
  [
    'service deployment SUCCESSFUL alone is not success: DescribeServices must agree',
    svc(d(OURS, 'PRIMARY', 8, 'IN_PROGRESS', 1)),
    target,
    { status: 'SUCCESSFUL' },
    { state: 'in-progress' },
  ],
])('%s', (_name, service, rolloutTarget, serviceDeployment, expected) => {
  expect(judgeRollout(service, rolloutTarget, serviceDeployment)).toEqual(expect.objectContaining(expected));
});

test.each([
  [td(12), 'web:12'],
  ['web:3', 'web:3'],
  [undefined, 'unknown'],
])('shortTaskDefinition(%s) is %s', (arn, short) => {
  expect(shortTaskDefinition(arn)).toBe(short);
});
