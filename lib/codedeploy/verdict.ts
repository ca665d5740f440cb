/**
 * Judging a CodeDeploy ECS deployment from what AWS says: the deployment (GetDeployment), its ECS target (the
 * task sets and their traffic weights, GetDeploymentTarget) and, once it was stopped or failed with a rollback,
 * the rollback deployment CodeDeploy started. Pure; the follow loop asks it on every look.
 */
import type { DeploymentInfo, ECSTarget } from '@aws-sdk/client-codedeploy';

export type DeploymentPhase =
  /** Created or queued, or installing the replacement task set, or giving it test traffic. */
  | 'in-progress'
  /** Replacement running with test traffic; CodeDeploy waits for ContinueDeployment before rerouting production. */
  | 'ready'
  /** Production traffic partly on the replacement (canary or linear), or all of it before the original's termination wait. */
  | 'shifting'
  /** All production traffic on the replacement; the original task set is kept for the group's termination wait. */
  | 'draining'
  | 'succeeded'
  | 'failed'
  | 'stopped';

/** Where a rollback stands: none asked for, CodeDeploy rolling back, back on the original, or the rollback itself failed. */
export type RollbackState = 'none' | 'rolling-back' | 'rolled-back' | 'rollback-failed';

export interface DeploymentVerdict {
  phase: DeploymentPhase;
  /** True when CodeDeploy will do nothing more for this deployment (its rollback included). */
  done: boolean;
  /** Percent of production traffic on the replacement (green) task set. */
  weight: number;
  /** Percent of test traffic on the replacement, when the target says. */
  testWeight?: number;
  rollback: RollbackState;
  /** One line for logs: CodeDeploy's status, message or error. */
  reason: string;
}

/** What one look at a deployment returned. */
export interface DeploymentObservation {
  deployment: DeploymentInfo;
  /** The ECS target; absent before CodeDeploy has made one. */
  target?: ECSTarget;
  /** The rollback deployment named by rollbackInfo, when there is one, and its ECS target. */
  rollbackDeployment?: DeploymentInfo;
  rollbackTarget?: ECSTarget;
}

/** The replacement's share of production traffic: the Green task set's trafficWeight (0 without one). */
export function greenWeight(target: ECSTarget | undefined): number {
  const green = target?.taskSetsInfo?.find((t) => t.taskSetLabel === 'Green');
  return green?.trafficWeight ?? 0;
}

function reasonOf(d: DeploymentInfo): string {
  const error = d.errorInformation?.message ? `${d.errorInformation.code ? `${d.errorInformation.code}: ` : ''}${d.errorInformation.message}` : '';
  const rollback = d.rollbackInfo?.rollbackMessage ?? '';
  const messages = (d.deploymentStatusMessages ?? []).join('; ');
  return [`CodeDeploy deployment ${d.deploymentId ?? ''} is ${d.status ?? 'unknown'}`, error, rollback, messages].filter(Boolean).join(': ');
}

function rollbackState(o: DeploymentObservation): RollbackState {
  const id = o.deployment.rollbackInfo?.rollbackDeploymentId;
  if (!id) return 'none';
  const status = o.rollbackDeployment?.status;
  if (status === 'Succeeded') return 'rolled-back';
  if (status === 'Failed' || status === 'Stopped') return 'rollback-failed';
  return 'rolling-back';
}

/** Judges one look. */
export function judgeDeployment(o: DeploymentObservation): DeploymentVerdict {
  const d = o.deployment;
  // Once CodeDeploy rolls back, its rollback deployment's target says where traffic is now.
  const weight = greenWeight(o.rollbackTarget ?? o.target);
  const testWeight = o.target ? testWeightOf(o.target) : undefined;
  const base = { weight, testWeight, reason: reasonOf(d) };
  switch (d.status) {
    case 'Succeeded':
      return { ...base, phase: 'succeeded', done: true, rollback: 'none' };
    case 'Failed':
    case 'Stopped': {
      const rollback = rollbackState(o);
      return { ...base, phase: d.status === 'Failed' ? 'failed' : 'stopped', done: rollback !== 'rolling-back', rollback };
    }
    case 'Ready':
      return { ...base, phase: 'ready', done: false, rollback: 'none' };
    case 'Baking':
    case 'InProgress':
      if (d.instanceTerminationWaitTimeStarted || weight >= 100) return { ...base, phase: 'draining', done: false, rollback: 'none' };
      return { ...base, phase: weight > 0 ? 'shifting' : 'in-progress', done: false, rollback: 'none' };
    default:
      return { ...base, phase: 'in-progress', done: false, rollback: 'none' };
  }
}

/** The API has no test-traffic weight: the test listener moves to the replacement, wholly, when AllowTestTraffic succeeds. */
function testWeightOf(target: ECSTarget): number | undefined {
  const event = target.lifecycleEvents?.find((e) => e.lifecycleEventName === 'AllowTestTraffic');
  return event?.status === 'Succeeded' ? 100 : 0;
}

/** One line for logs and the summary, e.g. "shifting: 10% on the replacement". */
export function describeVerdict(v: DeploymentVerdict): string {
  const rollback = v.rollback === 'none' ? '' : `; rollback ${v.rollback.replace('-', ' ')}`;
  switch (v.phase) {
    case 'ready':
      return `ready: replacement up with test traffic, waiting for ContinueDeployment${rollback}`;
    case 'shifting':
      return `shifting: ${v.weight}% on the replacement${rollback}`;
    case 'draining':
      return `all traffic on the replacement; original task set kept until its termination wait ends${rollback}`;
    default:
      return `${v.phase}${v.phase === 'in-progress' ? '' : `: ${v.reason}`}${rollback}`;
  }
}
