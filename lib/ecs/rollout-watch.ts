/**
 * Following several rollouts at once, one DescribeServices call per ten services per poll, until each has a verdict.
 */
import type { Service } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { awsErrorKind } from '../aws/errors.js';
import { formatDuration } from '../core/duration.js';
import { CancelledError, errorMessage, TimeoutError } from '../core/errors.js';
import type { ActionIO } from '../core/io.js';
import { type Clock, pollUntil, realClock } from '../core/poll.js';
import { shortTaskDefinition } from './arns.js';
import { describeHold, type HookHold } from './lifecycle-hooks.js';
import {
  judgeRollout,
  type RolloutProgress,
  type RolloutTarget,
  type RolloutVerdict,
  type ServiceDeploymentState,
} from './rollout-verdict.js';
import { continueOurHook, ServiceDeploymentsProbe } from './service-deployments.js';
import { pollServices } from './services.js';

export type FinalVerdict = Extract<RolloutVerdict, { state: 'succeeded' } | { state: 'failed' }>;

export interface TimelineMark {
  atMs: number;
  label: string;
}

export interface RolloutOutcome {
  target: RolloutTarget;
  verdict: FinalVerdict;
  /** Milliseconds from the start of the watch to the verdict. */
  elapsedMs: number;
  timeline: TimelineMark[];
  /** The service as last seen, for explaining a failure. */
  lastSeen?: Service;
}

export interface WatchOptions {
  clients: AwsClients;
  cluster: string;
  targets: RolloutTarget[];
  intervalMs: number;
  timeoutMs: number;
  io: ActionIO;
  signal?: AbortSignal;
  clock?: Clock;
  /** When the earliest watched deployment started: events and service deployments older than this are not ours. */
  startedAt: Date;
}

interface Watched {
  target: RolloutTarget;
  last?: Service;
  lastProgress?: string;
  seenEvents: Set<string>;
  timeline: TimelineMark[];
  firstRunning?: boolean;
  outcome?: RolloutOutcome;
  /** The lifecycle stage last reported, for native and hooked deployments. */
  stage?: string;
  /** A PAUSE hook holding the deployment at the last look, and the hook IDs already reported. */
  hold?: { hold: HookHold; arn: string };
  holdsReported: Set<string>;
}

/** Errors in a row that are neither throttling nor the network before the watch gives up on reading AWS. */
const UNKNOWN_ERRORS_TOLERATED = 3;

/**
 * Watches every target until each succeeds or fails. Never throws for a failed rollout, nor for AWS being
 * unreadable (throttling and network trouble are retried until the deadline; bad credentials end the watch
 * with an `unobservable` verdict): only cancellation throws.
 */
export async function watchRollouts(options: WatchOptions): Promise<RolloutOutcome[]> {
  const { clients, cluster, io } = options;
  const clock = options.clock ?? realClock;
  const start = clock.now();
  const probe = new ServiceDeploymentsProbe(clients, cluster, new Date(options.startedAt.getTime() - 1000));
  const watched: Watched[] = options.targets.map((target) => ({
    target: { ...target },
    seenEvents: new Set(),
    holdsReported: new Set(),
    timeline: [{ atMs: 0, label: 'watch started' }],
  }));
  const pending = () => watched.filter((w) => !w.outcome);
  const finish = (w: Watched, verdict: FinalVerdict) => {
    const elapsedMs = clock.now() - start;
    w.timeline.push({
      atMs: elapsedMs,
      label: verdict.state === 'succeeded' ? 'completed' : `failed (${verdict.kind})`,
    });
    w.outcome = { target: w.target, verdict, elapsedMs, timeline: w.timeline, lastSeen: w.last };
    const word = verdict.state === 'succeeded' ? 'succeeded' : `FAILED: ${verdict.reason}`;
    io.info(`${w.target.service}: rollout ${word} after ${formatDuration(elapsedMs)}`);
  };
  let lastError: { message: string; unknownInARow: number } | undefined;

  try {
    await pollUntil(
      {
        intervalMs: options.intervalMs,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        clock,
        what: 'the rollouts',
      },
      async () => {
        const open = pending();
        let services: Map<string, Service>;
        try {
          services = await pollServices(
            clients,
            cluster,
            open.map((w) => w.target.service),
          );
        } catch (err) {
          const kind = awsErrorKind(err);
          if (kind === 'cancelled' || options.signal?.aborted) throw err;
          const message = errorMessage(err).split('\n')[0].slice(0, 200);
          const unknownInARow = kind === 'other' ? (lastError?.unknownInARow ?? 0) + 1 : 0;
          lastError = { message, unknownInARow };
          if (kind === 'credentials' || unknownInARow >= UNKNOWN_ERRORS_TOLERATED) {
            const why =
              kind === 'credentials'
                ? 'the credentials can no longer read the service'
                : `${unknownInARow} reads in a row failed`;
            for (const w of open)
              finish(w, {
                state: 'failed',
                kind: 'unobservable',
                reason: `could not follow the rollout (${why}: ${message}); its outcome is unknown: ${describeState(w)}`,
              });
            return { done: true, value: undefined };
          }
          io.warning(
            `${kind === 'throttled' ? 'AWS throttled DescribeServices' : 'DescribeServices failed'} (${message}); looking again in ${formatDuration(options.intervalMs)}`,
          );
          return { done: false };
        }
        lastError = undefined;
        const deploymentStates = await probe.states(open.map((w) => w.target.service));
        for (const w of open) {
          w.last = services.get(w.target.service);
          reportEvents(io, w, options.startedAt);
          await followStage(clients, io, w, deploymentStates.get(w.target.service), clock.now() - start);
          const verdict = judgeRollout(
            w.last,
            w.target,
            w.target.ignoreServiceDeployments ? undefined : deploymentStates.get(w.target.service),
          );
          if (verdict.state === 'in-progress') {
            reportProgress(io, w, verdict.progress, clock.now() - start);
            continue;
          }
          finish(w, verdict);
        }
        return pending().length === 0 ? { done: true, value: undefined } : { done: false };
      },
    );
  } catch (err) {
    if (err instanceof TimeoutError) {
      const unread = lastError ? `; the last read failed: ${lastError.message}` : '';
      for (const w of pending()) {
        const held = w.hold ? `; ${describeHold(w.hold.hold, w.hold.arn)}` : '';
        finish(w, {
          state: 'failed',
          kind: lastError ? 'unobservable' : 'timeout',
          reason: `no verdict within ${formatDuration(options.timeoutMs)}${unread}; ${describeState(w)}${held}`,
        });
      }
    } else if (err instanceof CancelledError || options.signal?.aborted) {
      io.warning('The job was cancelled while rollouts were in flight. ECS carries on with them; state left behind:');
      const left = pending().map((w) => ({ service: w.target.service, state: describeState(w) }));
      for (const { service, state } of left) io.warning(`${service}: ${state}`);
      throw new RolloutsCancelled(
        err instanceof Error ? err.message : 'job cancelled',
        left,
        watched.filter((w) => w.outcome).map((w) => w.outcome!),
      );
    } else throw err;
  }
  if (!probe.isAvailable) {
    io.debug(`service-deployments API not used: ${probe.unavailableReason}`);
  }
  return watched.map((w) => w.outcome!);
}

/**
 * The lifecycle stage and any PAUSE hook the deployment waits on. Our hook on a deployment this run started is
 * answered CONTINUE (it gates nothing here: no checks run); a team's hook, or ours on a deployment someone else
 * started, is said once, clearly, and waited for until the deadline.
 */
async function followStage(
  clients: AwsClients,
  io: ActionIO,
  w: Watched,
  state: ServiceDeploymentState | undefined,
  elapsedMs: number,
): Promise<void> {
  const name = w.target.service;
  if (state?.lifecycleStage && state.lifecycleStage !== w.stage) {
    w.stage = state.lifecycleStage;
    w.timeline.push({ atMs: elapsedMs, label: state.lifecycleStage });
    io.info(`${name}: lifecycle stage ${state.lifecycleStage}`);
  }
  const hold = state?.hold;
  const arn = state?.serviceDeploymentArn;
  w.hold = hold && arn ? { hold, arn } : undefined;
  if (!hold || !arn) return;
  if (hold.owner === 'ours' && w.target.answerOurHooks) {
    const problem = await continueOurHook(clients, arn, hold.hookId);
    if (problem)
      io.warning(`${name}: could not answer bake-and-promote's PAUSE hook ${hold.hookId} (${problem}); looking again`);
    else {
      io.info(
        `${name}: answered bake-and-promote's PAUSE hook ${hold.hookId}${hold.stage ? ` at ${hold.stage}` : ''} with CONTINUE (this rollout runs no checks for it to gate)`,
      );
      w.timeline.push({ atMs: elapsedMs, label: `continued ${hold.stage ?? 'a pause'}` });
      w.hold = undefined;
    }
    return;
  }
  const key = hold.owner === 'ours' ? hold.hookId : hold.hookIds.join(',');
  if (w.holdsReported.has(key)) return;
  w.holdsReported.add(key);
  w.timeline.push({ atMs: elapsedMs, label: `paused${hold.stage ? ` at ${hold.stage}` : ''}` });
  const who =
    hold.owner === 'ours'
      ? 'bake-and-promote answers it (or its mode: abort)'
      : 'this step waits for your answer until wait-timeout';
  io.warning(`${name}: ${describeHold(hold, arn)}; ${who}`);
}

function reportProgress(io: ActionIO, w: Watched, progress: RolloutProgress, elapsedMs: number): void {
  const line = `${progress.running}/${progress.desired} running, ${progress.pending} pending${progress.failedTasks ? `, ${progress.failedTasks} failed tasks` : ''}`;
  if (progress.running > 0 && !w.firstRunning) {
    w.firstRunning = true;
    w.timeline.push({ atMs: elapsedMs, label: 'first new task running' });
  }
  if (line === w.lastProgress) return;
  w.lastProgress = line;
  io.info(`${w.target.service}: ${line} (${formatDuration(elapsedMs)})`);
}

/** Prints service events that are new since the last poll and not older than the deploy. */
function reportEvents(io: ActionIO, w: Watched, since: Date): void {
  const fresh = (w.last?.events ?? [])
    .filter((e) => e.id && !w.seenEvents.has(e.id) && (e.createdAt?.getTime() ?? 0) >= since.getTime() - 1000)
    .reverse();
  for (const event of w.last?.events ?? []) if (event.id) w.seenEvents.add(event.id);
  for (const event of fresh) io.info(`${w.target.service}: event: ${event.message}`);
}

/**
 * The job was cancelled mid-watch; says what each unfinished rollout was left doing, and keeps the verdicts already
 * reached.
 */
export class RolloutsCancelled extends CancelledError {
  constructor(
    message: string,
    readonly leftInFlight: { service: string; state: string }[],
    readonly finished: RolloutOutcome[] = [],
  ) {
    super(message);
  }
}

/** One sentence on where a service stands, for timeouts and cancellations. */
export function describeState(w: { target: RolloutTarget; last?: Service }): string {
  const deployments = w.last?.deployments ?? [];
  if (deployments.length === 0) return 'no deployment information';
  const parts = deployments.map((d) =>
    `${d.status} ${shortTaskDefinition(d.taskDefinition)} ${d.rolloutState ?? ''} ${d.runningCount ?? 0}/${d.desiredCount ?? 0} running`.replace(
      / +/g,
      ' ',
    ),
  );
  const undo = w.target.previousTaskDefinitionArn
    ? `; to undo, roll back to ${shortTaskDefinition(w.target.previousTaskDefinitionArn)}`
    : '';
  return `${parts.join('; ')}${undo}`;
}
