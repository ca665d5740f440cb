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
import { continueDeployment, observeDeployment, stopWithRollback, verifyOriginalServesAll, type RestoreCheck } from './deployments.js';
import { describeVerdict, judgeDeployment, type DeploymentObservation, type DeploymentPhase, type DeploymentVerdict } from './verdict.js';

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
const MOVED_ON = new Set(['DeploymentAlreadyCompletedException', 'DeploymentIsNotInReadyStateException', 'InvalidDeploymentWaitTypeException']);

function finishedMeanwhile(err: unknown): string {
  if (!MOVED_ON.has((err as Error)?.name)) throw err;
  return `${(err as Error).name}: ${(err as Error).message}`;
}

/** Follows a deployment to its end; see the module comment. Throws only on errors a retry cannot help (credentials, a missing deployment). */
export async function followDeployment(clients: AwsClients, deploymentId: string, group: EcsDeploymentGroup, options: FollowOptions): Promise<FollowResult> {
  const { clock, signal } = options;
  const startedAt = clock.now();
  const marks: FollowMark[] = [];
  let targetId: string | undefined;
  let looks = 0;
  let last: { o: DeploymentObservation; v: DeploymentVerdict } | undefined;
  let stop: FollowResult['stop'];
  let failingSince: number | undefined;

  const look = async (lookSignal?: AbortSignal, via = clients) => {
    const o = await observeDeployment(via, deploymentId, targetId, lookSignal);
    looks++;
    targetId = o.targetId;
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
        if (v.done) return await finish(o, v);
        const now = clock.now();
        if (stop) {
          if (now - stop.at > (options.restoreTimeoutMs ?? DEFAULT_RESTORE_TIMEOUT_MS)) return await finish(o, v);
        } else if (now - startedAt > options.timeoutMs) {
          await stopNow(`the deployment did not finish within ${formatDuration(options.timeoutMs)} (${v.phase} at ${v.weight}%)`);
        } else if (v.rollback !== 'none' || v.phase === 'failed' || v.phase === 'stopped') {
          // CodeDeploy is already rolling back (its own failure, or someone else's stop): nothing of ours to decide.
        } else {
          const decision = options.decide ? await options.decide(v, o) : v.phase === 'ready' ? 'continue' : 'wait';
          if (typeof decision === 'object') await stopNow(decision.stop);
          else if (decision === 'continue' && v.phase === 'ready') await continueNow('READY_WAIT');
          // CodeDeploy refuses TERMINATION_WAIT until the wait has started (after AfterAllowTraffic), so a 'continue' before then waits.
          else if (decision === 'continue' && v.phase === 'draining' && o.deployment.instanceTerminationWaitTimeStarted) await continueNow('TERMINATION_WAIT');
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
    return { outcome: 'cancelled', verdict: v, reason: `cancelled at ${v.phase} (${v.weight}%); ${where}`, stop, looks, marks };
  }

  async function finish(o: DeploymentObservation, v: DeploymentVerdict): Promise<FollowResult> {
    const base = { verdict: v, stop, looks, marks };
    if (v.phase === 'succeeded') return { ...base, outcome: 'succeeded', reason: stop ? `asked to stop (${stop.reason}) but CodeDeploy had already finished: ${v.reason}` : v.reason };
    // Verify whenever traffic may have moved: a rollback, or a stop of ours.
    const restore = v.rollback !== 'none' || stop ? await verifyOriginalServesAll(clients, group, o) : undefined;
    const restoreMs = stop && restore?.ok ? clock.now() - stop.at : undefined;
    const outcome: FollowOutcome = stop ? 'stopped' : v.phase === 'stopped' ? 'stopped-elsewhere' : 'failed';
    const reason = stop ? `stopped: ${stop.reason}; ${restore?.detail ?? v.reason}` : `${v.reason}${restore ? `; ${restore.detail}` : ''}`;
    return { ...base, outcome, reason, restore, restoreMs };
  }
}
