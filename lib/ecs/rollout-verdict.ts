/** Judging one service's rollout from what DescribeServices (and the service-deployments API) says. Pure. */
import type { Deployment, Service } from '@aws-sdk/client-ecs';

import { shortTaskDefinition } from './arns.js';
import type { HookHold } from './lifecycle-hooks.js';

/** What we follow: the deployment our UpdateService started (or the one in flight we found and adopted). */
export interface RolloutTarget {
  service: string;
  deploymentId: string;
  taskDefinitionArn: string;
  previousTaskDefinitionArn?: string;
  /** Success also needs every task of the deployment running (a desired-count change on a COMPLETED deployment). */
  requireAllRunning?: boolean;
  /** This run started the deployment: a PAUSE hook of ours on it is answered CONTINUE (it gates nothing here). */
  answerOurHooks?: boolean;
  /**
   * Judge from DescribeServices alone: the service deployment this follows is ECS's own rollback of one that was
   * stopped on purpose (rollback's stop-in-flight), whose ROLLBACK_* status is the goal, not a failure.
   */
  ignoreServiceDeployments?: boolean;
}

/** The newest state of the matching service deployment, where that API answers. */
export interface ServiceDeploymentState {
  status: string;
  statusReason?: string;
  serviceDeploymentArn?: string;
  lifecycleStage?: string;
  /** A PAUSE hook the deployment waits on, and whose it is. */
  hold?: HookHold;
}

export interface RolloutProgress {
  running: number;
  pending: number;
  desired: number;
  failedTasks: number;
  rolloutState?: string;
}

export type FailureKind =
  | 'circuit-breaker'
  | 'rolled-back'
  | 'superseded'
  | 'stopped'
  | 'missing'
  | 'timeout'
  | 'cancelled'
  /** UpdateService itself was refused (AWS's reason is the reason). */
  | 'rejected'
  /** AWS could not be read until the deadline (expired credentials, access denied, the network). */
  | 'unobservable'
  /** The rollout completed but the service's own health check did not pass. */
  | 'unhealthy'
  /** Nothing was deployed, and the service's PRIMARY deployment is of another revision than the service points at. */
  | 'mismatch'
  /** No circuit breaker: the new revision's tasks keep failing to start while the old one serves; ECS keeps trying. */
  | 'tasks-failing';

export type RolloutVerdict =
  | { state: 'in-progress'; progress: RolloutProgress }
  | { state: 'succeeded'; progress: RolloutProgress }
  | { state: 'failed'; kind: FailureKind; reason: string; progress?: RolloutProgress };

const STOPPED_STATES = new Set(['STOPPED', 'STOP_REQUESTED']);
const ROLLBACK_STATES = new Set([
  'ROLLBACK_REQUESTED',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_SUCCESSFUL',
  'ROLLBACK_FAILED',
]);

function progressOf(deployment: Deployment): RolloutProgress {
  return {
    running: deployment.runningCount ?? 0,
    pending: deployment.pendingCount ?? 0,
    desired: deployment.desiredCount ?? 0,
    failedTasks: deployment.failedTasks ?? 0,
    rolloutState: deployment.rolloutState,
  };
}

function describe(deployment: Deployment): string {
  return `${deployment.id} (${shortTaskDefinition(deployment.taskDefinition)}, started ${deployment.createdAt?.toISOString?.() ?? 'at an unknown time'})`;
}

/**
 * ECS names the deployment it rolls back from in the new PRIMARY's reason ("rolling back to deploymentId …") and in
 * events.
 */
function rollbackEvidence(service: Service, primary: Deployment, target: RolloutTarget): boolean {
  if (/rolling back|rollback/i.test(primary.rolloutStateReason ?? '')) return true;
  return (service.events ?? [])
    .slice(0, 10)
    .some((e) => /rolling back|rollback/i.test(e.message ?? '') && (e.message ?? '').includes(target.deploymentId));
}

/**
 * The circuit breaker's own threshold (ServiceDeploymentCircuitBreaker): half the desired count, at least 3, at most
 * 200.
 */
export function failureThreshold(desired: number): number {
  return Math.min(200, Math.max(3, Math.ceil(desired * 0.5)));
}

/**
 * Without a circuit breaker (the API's default) ECS never fails a deployment whose tasks keep exiting: it retries
 * for as long as it takes, the old revision serving. Once as many tasks failed as the breaker would have counted,
 * with none of the new revision running (Deployment.failedTasks resets on the first one that runs), the verdict
 * is in: the reason says so, and which revision still serves.
 */
function failingWithoutBreaker(service: Service, ours: Deployment): string | undefined {
  if (service.deploymentConfiguration?.deploymentCircuitBreaker?.enable) return undefined;
  const failed = ours.failedTasks ?? 0;
  if ((ours.runningCount ?? 0) > 0 || failed < failureThreshold(ours.desiredCount ?? service.desiredCount ?? 1))
    return undefined;
  const serving = (service.deployments ?? []).filter((d) => d.id !== ours.id && (d.runningCount ?? 0) > 0);
  const still = serving.length
    ? `${serving.map((d) => `${shortTaskDefinition(d.taskDefinition)} (${d.runningCount} task(s) running)`).join(', ')} still serves`
    : 'no task of any other revision is running either';
  return `${failed} task(s) of ${shortTaskDefinition(ours.taskDefinition)} failed to start and none is running; ${still}. The service has no deployment circuit breaker, so ECS keeps retrying until someone rolls back`;
}

/** Decides where one rollout stands. Success needs *our* deployment seen PRIMARY and COMPLETED, nothing less. */
export function judgeRollout(
  service: Service | undefined,
  target: RolloutTarget,
  serviceDeployment?: ServiceDeploymentState,
): RolloutVerdict {
  if (!service)
    return { state: 'failed', kind: 'missing', reason: `service ${target.service} disappeared while we watched` };
  const deployments = service.deployments ?? [];
  const ours = deployments.find((d) => d.id === target.deploymentId);
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  const progress = ours ? progressOf(ours) : undefined;

  if (serviceDeployment && ROLLBACK_STATES.has(serviceDeployment.status)) {
    // DescribeServices knows which revision ECS goes back to; the service-deployments API only says that it does.
    const restoring =
      primary && primary.id !== target.deploymentId && primary.taskDefinition !== target.taskDefinitionArn
        ? `; ECS is rolling back to ${shortTaskDefinition(primary.taskDefinition)}`
        : '';
    return {
      state: 'failed',
      kind: 'rolled-back',
      reason: `ECS is rolling the service back (${serviceDeployment.status}): ${serviceDeployment.statusReason ?? 'no reason given'}${restoring}`,
      progress,
    };
  }
  // A breaker without rollback stops the deployment: DescribeServices says why, better than the bare STOPPED.
  if (
    serviceDeployment &&
    STOPPED_STATES.has(serviceDeployment.status) &&
    !(ours?.rolloutState === 'FAILED' && /circuit breaker/i.test(ours.rolloutStateReason ?? ''))
  ) {
    return {
      state: 'failed',
      kind: 'stopped',
      reason: `the service deployment was stopped (${serviceDeployment.status}): ${serviceDeployment.statusReason ?? 'no reason given'}`,
      progress,
    };
  }

  if (ours?.rolloutState === 'FAILED') {
    const rollback = primary && primary.id !== ours.id && primary.taskDefinition === target.previousTaskDefinitionArn;
    const why = ours.rolloutStateReason ?? 'the deployment circuit breaker tripped';
    return {
      state: 'failed',
      kind: rollback ? 'rolled-back' : 'circuit-breaker',
      reason: rollback ? `${why}; ECS is rolling back to ${shortTaskDefinition(primary?.taskDefinition)}` : why,
      progress,
    };
  }
  if (ours && ours.status === 'PRIMARY') {
    const allRunning = (ours.runningCount ?? 0) === (ours.desiredCount ?? -1);
    if (
      ours.rolloutState === 'COMPLETED' &&
      ours.taskDefinition === target.taskDefinitionArn &&
      (!target.requireAllRunning || allRunning)
    ) {
      return { state: 'succeeded', progress: progressOf(ours) };
    }
    // Without a rollout state (older services), steady means one deployment with every task running.
    if (!ours.rolloutState && deployments.length === 1 && allRunning)
      return { state: 'succeeded', progress: progressOf(ours) };
    const failing = failingWithoutBreaker(service, ours);
    if (failing) return { state: 'failed', kind: 'tasks-failing', reason: failing, progress: progressOf(ours) };
    return { state: 'in-progress', progress: progressOf(ours) };
  }
  if (!primary)
    return { state: 'failed', kind: 'missing', reason: `service ${target.service} has no PRIMARY deployment` };

  // Ours is no longer PRIMARY, or gone, and was never seen COMPLETED: that is never a success, whatever runs now.
  const why = ours?.rolloutStateReason ? `: ${ours.rolloutStateReason}` : '';
  const previous = target.previousTaskDefinitionArn;
  const restoresPrevious =
    previous !== undefined && primary.taskDefinition === previous && previous !== target.taskDefinitionArn;
  if (restoresPrevious || rollbackEvidence(service, primary, target)) {
    return {
      state: 'failed',
      kind: 'rolled-back',
      reason: `ECS rolled back to ${previous === primary.taskDefinition ? 'the previous task definition ' : ''}${shortTaskDefinition(primary.taskDefinition)} before deployment ${target.deploymentId} completed${why}`,
      progress,
    };
  }
  if (!ours) {
    return {
      state: 'failed',
      kind: 'superseded',
      reason: `deployment ${target.deploymentId} vanished before it was seen COMPLETED; PRIMARY is now ${describe(primary)}`,
      progress,
    };
  }
  return {
    state: 'failed',
    kind: 'superseded',
    reason: `another deployment started while we watched: ${describe(primary)}; ours (${target.deploymentId}) is no longer PRIMARY`,
    progress,
  };
}

/**
 * Where a service stands when this run changes nothing: its PRIMARY deployment is what a re-run must judge.
 * COMPLETED is fine; IN_PROGRESS is a rollout to follow; FAILED (or missing) is a failure, whatever revision runs.
 */
export function currentDeploymentTarget(service: Service): RolloutTarget | undefined {
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
  if (!primary?.id || !primary.taskDefinition) return undefined;
  return { service: service.serviceName ?? '', deploymentId: primary.id, taskDefinitionArn: primary.taskDefinition };
}
