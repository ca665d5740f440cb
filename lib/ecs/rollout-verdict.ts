/** Judging one service's rollout from what DescribeServices (and the service-deployments API) says. Pure. */
import type { Deployment, Service } from '@aws-sdk/client-ecs';

/** What we follow: the deployment our UpdateService started. */
export interface RolloutTarget {
  service: string;
  deploymentId: string;
  taskDefinitionArn: string;
  previousTaskDefinitionArn?: string;
}

/** The newest state of the matching service deployment, where that API answers. */
export interface ServiceDeploymentState {
  status: string;
  statusReason?: string;
}

export interface RolloutProgress {
  running: number;
  pending: number;
  desired: number;
  failedTasks: number;
  rolloutState?: string;
}

export type FailureKind = 'circuit-breaker' | 'rolled-back' | 'superseded' | 'stopped' | 'missing' | 'timeout' | 'cancelled';

export type RolloutVerdict =
  | { state: 'in-progress'; progress: RolloutProgress }
  | { state: 'succeeded'; progress: RolloutProgress }
  | { state: 'failed'; kind: FailureKind; reason: string; progress?: RolloutProgress }
  /** Another deployment of the same task definition replaced ours (a forced redeploy): follow it. */
  | { state: 'replaced'; by: string };

const STOPPED_STATES = new Set(['STOPPED', 'STOP_REQUESTED']);
const ROLLBACK_STATES = new Set(['ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']);

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

/** `arn:…:task-definition/web:12` → "web:12". */
export function shortTaskDefinition(arn: string | undefined): string {
  return arn?.split('/').pop() ?? 'unknown';
}

/** Decides where one rollout stands. Success needs *our* deployment PRIMARY and COMPLETED, nothing less. */
export function judgeRollout(service: Service | undefined, target: RolloutTarget, serviceDeployment?: ServiceDeploymentState): RolloutVerdict {
  if (!service) return { state: 'failed', kind: 'missing', reason: `service ${target.service} disappeared while we watched` };
  const deployments = service.deployments ?? [];
  const ours = deployments.find((d) => d.id === target.deploymentId);
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  const progress = ours ? progressOf(ours) : undefined;

  if (serviceDeployment && ROLLBACK_STATES.has(serviceDeployment.status)) {
    return { state: 'failed', kind: 'rolled-back', reason: `ECS is rolling the service back (${serviceDeployment.status}): ${serviceDeployment.statusReason ?? 'no reason given'}`, progress };
  }
  if (serviceDeployment && STOPPED_STATES.has(serviceDeployment.status)) {
    return { state: 'failed', kind: 'stopped', reason: `the service deployment was stopped (${serviceDeployment.status}): ${serviceDeployment.statusReason ?? 'no reason given'}`, progress };
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
    if (ours.rolloutState === 'COMPLETED' && ours.taskDefinition === target.taskDefinitionArn) return { state: 'succeeded', progress: progressOf(ours) };
    // Without a rollout state (older services), steady means one deployment with every task running.
    if (!ours.rolloutState && deployments.length === 1 && (ours.runningCount ?? 0) === (ours.desiredCount ?? -1)) {
      return { state: 'succeeded', progress: progressOf(ours) };
    }
    return { state: 'in-progress', progress: progressOf(ours) };
  }
  if (!primary) return { state: 'failed', kind: 'missing', reason: `service ${target.service} has no PRIMARY deployment` };
  // With force-new-deployment the previous revision is ours too: another deployment of it is a replacement, not a rollback.
  const rollbackTarget = target.previousTaskDefinitionArn !== target.taskDefinitionArn ? target.previousTaskDefinitionArn : undefined;
  if (rollbackTarget && primary.taskDefinition === rollbackTarget && primary.id !== target.deploymentId) {
    const why = ours?.rolloutStateReason ? `: ${ours.rolloutStateReason}` : '';
    return { state: 'failed', kind: 'rolled-back', reason: `ECS rolled back to the previous task definition ${shortTaskDefinition(primary.taskDefinition)}${why}`, progress };
  }
  if (primary.taskDefinition === target.taskDefinitionArn && primary.id !== target.deploymentId) {
    return { state: 'replaced', by: primary.id ?? '' };
  }
  return {
    state: 'failed',
    kind: 'superseded',
    reason: `another deployment started while we watched: ${describe(primary)}; ours (${target.deploymentId}) is no longer PRIMARY`,
    progress,
  };
}
