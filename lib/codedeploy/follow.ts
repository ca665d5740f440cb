/**
 * Following one CodeDeploy ECS deployment to its end on an injectable clock: look (deployment, ECS target,
 * rollback deployment), judge, let the caller decide (its checks run there), act (ContinueDeployment, or
 * StopDeployment with rollback), sleep. After a stop it follows the rollback to its end and verifies the original
 * task set carries all production traffic again. A cancelled run stops the deployment with rollback first.
 */
import type { AwsClients } from '../aws/clients.js';
import { awsErrorKind } from '../aws/errors.js';
import { formatDuration } from '../core/duration.js';
import { CancelledError, errorMessage } from '../core/errors.js';
import type { Clock } from '../core/poll.js';
import type { EcsDeploymentGroup } from './deployment-group.js';
import {
  continueDeployment,
  listenerShares,
  observeDeployment,
  type RestoreCheck,
  stopWithRollback,
  verifyOriginalServesAll,
} from './deployments.js';
import {
  type DeploymentObservation,
  type DeploymentPhase,
  type DeploymentSets,
  type DeploymentVerdict,
  describeVerdict,
  judgeDeployment,
  setsOf,
} from './verdict.js';

/** What the caller wants after a look: nothing, let a waiting deployment go on, or stop it with rollback. */
export type FollowDecision = 'wait' | 'continue' | { stop: string };

export interface FollowOptions {
  clock: Clock;
  /** The run's cancellation: the deployment is stopped with rollback when it aborts. */
  signal: AbortSignal;
  intervalMs: number;
  /** From the first look: a deployment still running then is stopped with rollback. */
  timeoutMs: number;
  /** After a stop: how long to follow the rollback before giving up on verifying it (default 15 minutes). */
  restoreTimeoutMs?: number;
  /**
   * Asked after every look while the deployment runs (not after a stop). Without it: a ready deployment is
   * continued, everything else waits. `continue` at `ready` sends READY_WAIT; at `draining`, once the termination
   * wait has started, TERMINATION_WAIT (before that it waits).
   */
  decide?: (verdict: DeploymentVerdict, observation: DeploymentObservation) => Promise<FollowDecision>;
  /** Told each time the phase or the weight changes (and on the first look). */
  onChange?: (verdict: DeploymentVerdict, atMs: number) => void;
  /** Told about a look that failed and will be retried (throttling, network, a 5xx). */
  onRetry?: (err: unknown) => void;
  /**
   * Looks that have kept failing (throttling, network, a 5xx) for this long end the follow with the last error,
   * where the deployment stands being unknown. Without it they are retried for as long as they fail.
   */
  giveUpAfterMs?: number;
  /**
   * Clients built without the run's abort signal, for the look and the stop after a cancel: clients built with it
   * (as actions build theirs) abort every call once the job is cancelled. Defaults to `clients`.
   */
  cancelClients?: AwsClients;
}

export type FollowOutcome =
  /** CodeDeploy finished it: all traffic on the replacement, the original terminated. */
  | 'succeeded'
  /** It failed by itself (CodeDeploy's own error or rollback). */
  | 'failed'
  /** We stopped it: a decision or the timeout. */
  | 'stopped'
  /** Someone else stopped it while we followed. */
  | 'stopped-elsewhere'
  /** The run was cancelled; we stopped it with rollback. */
  | 'cancelled';

export interface FollowMark {
  atMs: number;
  phase: DeploymentPhase;
  weight: number;
}

export interface FollowResult {
  outcome: FollowOutcome;
  verdict: DeploymentVerdict;
  reason: string;
  /**
   * With outcome `succeeded`: CodeDeploy had not finished, but all production traffic was on the replacement and the
   * original's termination wait had begun when our timeout came. A release that passed is never stopped for our
   * timeout: CodeDeploy ends the wait itself.
   */
  inTerminationWait?: boolean;
  /**
   * When we stopped it (clock ms), why, and CodeDeploy's answer. With outcome `succeeded` the stop came too late:
   * CodeDeploy had finished (DeploymentAlreadyCompletedException) and the new version stays.
   */
  stop?: { at: number; reason: string; answer: string };
  /** Whether traffic is verifiably back on the original task set (after a stop or a failure with rollback). */
  restore?: RestoreCheck;
  /** From our stop to the verified restore, in ms. */
  restoreMs?: number;
  looks: number;
  marks: FollowMark[];
}

const DEFAULT_RESTORE_TIMEOUT_MS = 15 * 60_000;
/** CodeDeploy's answers when a deployment moved on between our look and our call: the next look says where it went. */
const MOVED_ON = new Set([
  'DeploymentAlreadyCompletedException',
  'DeploymentIsNotInReadyStateException',
  'InvalidDeploymentWaitTypeException',
]);

function finishedMeanwhile(err: unknown): string {
  if (!MOVED_ON.has((err as Error)?.name)) throw err;
  return `${(err as Error).name}: ${(err as Error).message}`;
}

/**
 * Follows a deployment to its end; see the module comment. Throws only on errors a retry cannot help (credentials, a
 * missing deployment).
 */
export async function followDeployment(
  clients: AwsClients,
  deploymentId: string,
  group: EcsDeploymentGroup,
  options: FollowOptions,
): Promise<FollowResult> {
  const { clock, signal } = options;
  const startedAt = clock.now();
  const marks: FollowMark[] = [];
  let targetId: string | undefined;
  let looks = 0;
  let last: { o: DeploymentObservation; v: DeploymentVerdict } | undefined;
  let stop: FollowResult['stop'];
  let failingSince: number | undefined;
  // The caller's last answer: `continue` in the termination wait means its checks passed (or it runs none).
  let lastDecision: FollowDecision | undefined;
  // Our own target's sets, as first labelled (the only labels AWS documents); later looks only fill gaps.
  let sets: DeploymentSets | undefined;
  let endedAt: number | undefined;

  const look = async (lookSignal?: AbortSignal, via = clients) => {
    const seen = await observeDeployment(via, deploymentId, targetId, lookSignal);
    looks++;
    targetId = seen.targetId;
    const own = setsOf(seen.target);
    if (own) sets = { ...own, ...Object.fromEntries(Object.entries(sets ?? {}).filter(([, v]) => v !== undefined)) };
    const o: DeploymentObservation = { ...seen, sets };
    const v = judgeDeployment(o);
    const previous = marks[marks.length - 1];
    if (!previous || previous.phase !== v.phase || previous.weight !== v.weight) {
      marks.push({ atMs: clock.now() - startedAt, phase: v.phase, weight: v.weight });
      options.onChange?.(v, clock.now() - startedAt);
    }
    last = { o, v };
    return last;
  };
  const stopNow = async (reason: string, via = clients) => {
    stop = { at: clock.now(), reason, answer: await stopWithRollback(via, deploymentId).catch(finishedMeanwhile) };
  };
  const continueNow = async (waitType: 'READY_WAIT' | 'TERMINATION_WAIT') => {
    await continueDeployment(clients, deploymentId, waitType).catch(finishedMeanwhile);
  };

  try {
    for (;;) {
      if (signal.aborted) throw signal.reason ?? new CancelledError();
      let seen: typeof last;
      try {
        seen = await look(signal);
        failingSince = undefined;
      } catch (err) {
        const kind = awsErrorKind(err);
        if (kind !== 'throttled' && kind !== 'transient') throw err;
        failingSince ??= clock.now();
        if (options.giveUpAfterMs !== undefined && clock.now() - failingSince >= options.giveUpAfterMs) throw err;
        options.onRetry?.(err);
      }
      if (seen) {
        const { o, v } = seen;
        const now = clock.now();
        if (v.done) {
          endedAt ??= now;
          // A rollback CodeDeploy starts may show in rollbackInfo only some looks after the status ended: keep
          // looking for it (or for the listeners back on the original) for the restore timeout.
          if (!(await awaitingRollback(o, v, now))) return await finish(o, v);
        } else if (stop) {
          if (now - stop.at > (options.restoreTimeoutMs ?? DEFAULT_RESTORE_TIMEOUT_MS)) return await finish(o, v);
        } else if (now - startedAt > options.timeoutMs) {
          // A release that passed (every check, through the hold) is never stopped for our timeout: CodeDeploy ends the
          // wait.
          if (v.phase === 'draining' && v.terminationWait && (!options.decide || lastDecision === 'continue'))
            return released(v);
          await stopNow(
            `the deployment did not finish within ${formatDuration(options.timeoutMs)} (${v.phase} at ${v.weight}%)`,
          );
        } else if (v.rollback !== 'none' || v.phase === 'failed' || v.phase === 'stopped') {
          // CodeDeploy is already rolling back (its own failure, or someone else's stop): nothing of ours to decide.
        } else {
          const decision = options.decide ? await options.decide(v, o) : v.phase === 'ready' ? 'continue' : 'wait';
          lastDecision = decision;
          if (typeof decision === 'object') await stopNow(decision.stop);
          else if (decision === 'continue' && v.phase === 'ready') await continueNow('READY_WAIT');
          // CodeDeploy refuses TERMINATION_WAIT until the wait has begun; that is read from the target and the
          // listeners (instanceTerminationWaitTimeStarted stays false on ECS), so a 'continue' before then waits.
          else if (
            decision === 'continue' &&
            v.phase === 'draining' &&
            v.terminationWait &&
            (await listenersOnReplacement())
          )
            await continueNow('TERMINATION_WAIT');
        }
      }
      await clock.sleep(options.intervalMs, signal);
    }
  } catch (err) {
    if (!signal.aborted && !(err instanceof CancelledError)) throw err;
    // Without the aborted signal: one look, and the stop CodeDeploy needs to put traffic back.
    const calm = options.cancelClients ?? clients;
    const why = `cancelled: ${errorMessage(signal.reason ?? err)}`;
    const { o, v } = await look(undefined, calm).catch(async (lookErr: unknown) => {
      // Unread, it may still be shifting traffic: send the stop all the same (CodeDeploy refuses one for a finished
      // deployment, which is fine), then fail with the look's error, as where traffic stands is unknown.
      if (!stop) await stopNow(why, calm).catch(() => undefined);
      throw lookErr;
    });
    if (!v.done && !stop && o.deployment.status !== 'Stopped') await stopNow(why, calm);
    // A deployment CodeDeploy had already ended is not rolled back by anyone: say how it ended instead.
    const where = v.done ? `CodeDeploy had already ended it: ${describeVerdict(v)}` : 'CodeDeploy is rolling back';
    return {
      outcome: 'cancelled',
      verdict: v,
      reason: `cancelled at ${v.phase} (${v.weight}%); ${where}`,
      stop,
      looks,
      marks,
    };
  }

  /** True while a rollback is due but not seen yet: rollbackInfo absent and traffic not verifiably back. */
  async function awaitingRollback(o: DeploymentObservation, v: DeploymentVerdict, now: number): Promise<boolean> {
    if (v.rollback !== 'none' || (v.phase !== 'failed' && v.phase !== 'stopped') || !rollbackDue(o)) return false;
    if (now - (stop?.at ?? endedAt ?? now) > (options.restoreTimeoutMs ?? DEFAULT_RESTORE_TIMEOUT_MS)) return false;
    return !(await verifyOriginalServesAll(clients, group, o)).ok;
  }

  /**
   * Whether CodeDeploy is to roll this ended deployment back: our stop asks for it; otherwise the group's events say.
   */
  function rollbackDue(o: DeploymentObservation): boolean {
    if (stop) return true;
    const events = group.autoRollbackEvents;
    if (o.deployment.status === 'Failed') return events.includes('DEPLOYMENT_FAILURE');
    return o.deployment.errorInformation?.code === 'ALARM_ACTIVE' && events.includes('DEPLOYMENT_STOP_ON_ALARM');
  }

  /**
   * Every production listener sends all its traffic to the replacement's target group (read back before
   * TERMINATION_WAIT).
   */
  async function listenersOnReplacement(): Promise<boolean> {
    if (!sets?.replacementTargetGroup || !group.prodListenerArns.length) return true;
    try {
      const read = await listenerShares(clients, group, sets.replacementTargetGroup);
      return read.problems.length === 0 && Object.values(read.shares).every((share) => share === 100);
    } catch (err) {
      options.onRetry?.(err);
      return false;
    }
  }

  function released(v: DeploymentVerdict): FollowResult {
    const reason = `all production traffic is on the replacement and the original task set's termination wait has begun; CodeDeploy ends it and finishes the deployment on its own (not stopped at our ${formatDuration(options.timeoutMs)} timeout: the release passed)`;
    return { outcome: 'succeeded', verdict: v, reason, inTerminationWait: true, stop, looks, marks };
  }

  async function finish(o: DeploymentObservation, v: DeploymentVerdict): Promise<FollowResult> {
    const base = { verdict: v, stop, looks, marks };
    if (v.phase === 'succeeded')
      return {
        ...base,
        outcome: 'succeeded',
        reason: stop ? `asked to stop (${stop.reason}) but CodeDeploy had already finished: ${v.reason}` : v.reason,
      };
    // Verify whenever traffic may have moved: a rollback, or a stop of ours.
    const restore =
      v.rollback !== 'none' || stop || rollbackDue(o) ? await verifyOriginalServesAll(clients, group, o) : undefined;
    const restoreMs = stop && restore?.ok ? clock.now() - stop.at : undefined;
    const outcome: FollowOutcome = stop ? 'stopped' : v.phase === 'stopped' ? 'stopped-elsewhere' : 'failed';
    const reason = stop
      ? `stopped: ${stop.reason}; ${restore?.detail ?? v.reason}`
      : `${v.reason}${restore ? `; ${restore.detail}` : ''}`;
    return { ...base, outcome, reason, restore, restoreMs };
  }
}
