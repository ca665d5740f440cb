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
  /**
   * Production traffic partly on the replacement (canary or linear), or all of it before the original's termination
   * wait.
   */
  | 'shifting'
  /** All production traffic on the replacement; the original task set is kept for the group's termination wait. */
  | 'draining'
  | 'succeeded'
  | 'failed'
  | 'stopped';

/**
 * Where a rollback stands: none asked for, CodeDeploy rolling back, back on the original, or the rollback itself
 * failed.
 */
export type RollbackState = 'none' | 'rolling-back' | 'rolled-back' | 'rollback-failed';

export interface DeploymentVerdict {
  phase: DeploymentPhase;
  /** True when CodeDeploy will do nothing more for this deployment (its rollback included). */
  done: boolean;
  /** Percent of production traffic on the replacement (green) task set. */
  weight: number;
  /**
   * The original task set's termination wait has begun, as read from facts AWS documents (the ECS target Succeeded,
   * or AfterAllowTraffic Succeeded, with all traffic on the replacement), not from instanceTerminationWaitTimeStarted,
   * which stays false on ECS (aws/containers-roadmap#269).
   */
  terminationWait?: boolean;
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
  /**
   * This deployment's two task sets, as its own target labelled them (ECSTaskSet.taskSetLabel: BLUE the original,
   * GREEN the replacement). A rollback deployment's labels are not documented, so its sets are matched to these by
   * task set ID or target group name, never by label. Set by the follow loop from the first target it sees.
   */
  sets?: DeploymentSets;
}

/** The original and the replacement task set of a deployment: IDs and target group names. */
export interface DeploymentSets {
  originalId?: string;
  originalTargetGroup?: string;
  replacementId?: string;
  replacementTargetGroup?: string;
}

/** The two task sets of a deployment's own target, by its labels (which a deployment's own target documents). */
export function setsOf(target: ECSTarget | undefined): DeploymentSets | undefined {
  const blue = target?.taskSetsInfo?.find((t) => t.taskSetLabel === 'Blue');
  const green = target?.taskSetsInfo?.find((t) => t.taskSetLabel === 'Green');
  if (!blue && !green) return undefined;
  return {
    originalId: blue?.identifer,
    originalTargetGroup: blue?.targetGroup?.name,
    replacementId: green?.identifer,
    replacementTargetGroup: green?.targetGroup?.name,
  };
}

/**
 * The task set of `target` that is the deployment's replacement (or original): by ID, else target group, else label.
 */
export function taskSetOf(
  target: ECSTarget | undefined,
  sets: DeploymentSets | undefined,
  which: 'original' | 'replacement',
) {
  const id = which === 'original' ? sets?.originalId : sets?.replacementId;
  const group = which === 'original' ? sets?.originalTargetGroup : sets?.replacementTargetGroup;
  const all = target?.taskSetsInfo ?? [];
  return (
    (id && all.find((t) => t.identifer === id)) ||
    (group && all.find((t) => t.targetGroup?.name === group)) ||
    (sets ? undefined : all.find((t) => t.taskSetLabel === (which === 'original' ? 'Blue' : 'Green')))
  );
}

/**
 * The replacement's share of production traffic in `target` (0 without one), its task set found as `taskSetOf` does.
 */
export function greenWeight(target: ECSTarget | undefined, sets?: DeploymentSets): number {
  return taskSetOf(target, sets ?? setsOf(target), 'replacement')?.trafficWeight ?? 0;
}

/** The termination wait has begun, by facts AWS documents: see DeploymentVerdict.terminationWait. */
export function terminationWaitStarted(o: DeploymentObservation): boolean {
  const d = o.deployment;
  if (d.status !== 'InProgress' && d.status !== 'Baking') return false;
  if (d.instanceTerminationWaitTimeStarted) return true;
  const target = o.target;
  if (!target || greenWeight(target, o.sets) < 100) return false;
  const afterAllowTraffic =
    target.lifecycleEvents?.find((e) => e.lifecycleEventName === 'AfterAllowTraffic')?.status === 'Succeeded';
  return target.status === 'Succeeded' || afterAllowTraffic;
}

function reasonOf(d: DeploymentInfo): string {
  const error = d.errorInformation?.message
    ? `${d.errorInformation.code ? `${d.errorInformation.code}: ` : ''}${d.errorInformation.message}`
    : '';
  const rollback = d.rollbackInfo?.rollbackMessage ?? '';
  const messages = (d.deploymentStatusMessages ?? []).join('; ');
  return [`CodeDeploy deployment ${d.deploymentId ?? ''} is ${d.status ?? 'unknown'}`, error, rollback, messages]
    .filter(Boolean)
    .join(': ');
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
  // Once CodeDeploy rolls back, its rollback deployment's target says where traffic is now (its sets found by ID).
  const sets = o.sets ?? setsOf(o.target);
  const weight = greenWeight(o.rollbackTarget ?? o.target, sets);
  const testWeight = o.target ? testWeightOf(o.target) : undefined;
  const base = { weight, testWeight, reason: reasonOf(d) };
  switch (d.status) {
    case 'Succeeded':
      return { ...base, phase: 'succeeded', done: true, rollback: 'none' };
    case 'Failed':
    case 'Stopped': {
      const rollback = rollbackState(o);
      return {
        ...base,
        phase: d.status === 'Failed' ? 'failed' : 'stopped',
        done: rollback !== 'rolling-back',
        rollback,
      };
    }
    case 'Ready':
      return { ...base, phase: 'ready', done: false, rollback: 'none' };
    case 'Baking':
    case 'InProgress':
      if (terminationWaitStarted({ ...o, sets }) || weight >= 100)
        return {
          ...base,
          phase: 'draining',
          done: false,
          rollback: 'none',
          terminationWait: terminationWaitStarted({ ...o, sets }),
        };
      return { ...base, phase: weight > 0 ? 'shifting' : 'in-progress', done: false, rollback: 'none' };
    default:
      return { ...base, phase: 'in-progress', done: false, rollback: 'none' };
  }
}

/**
 * The API has no test-traffic weight: the test listener moves to the replacement, wholly, when AllowTestTraffic
 * succeeds.
 */
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
