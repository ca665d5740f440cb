/** Following several rollouts at once, one DescribeServices call per ten services per poll, until each has a verdict. */
import type { Service } from '@aws-sdk/client-ecs';
import { isThrottling, type AwsClients } from '../aws/clients.js';
import { CancelledError, TimeoutError, errorMessage } from '../core/errors.js';
import type { ActionIO } from '../core/io.js';
import { pollUntil, realClock, type Clock } from '../core/poll.js';
import { formatDuration } from '../core/duration.js';
import { pollServices } from './services.js';
import { ServiceDeploymentsProbe } from './service-deployments.js';
import { judgeRollout, shortTaskDefinition, type RolloutProgress, type RolloutTarget, type RolloutVerdict } from './rollout-verdict.js';

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
  /** When UpdateService was called: events and service deployments older than this are not ours. */
  startedAt: Date;
  /** Use the service-deployments API where it answers (default true). */
  useServiceDeployments?: boolean;
}

interface Watched {
  target: RolloutTarget;
  last?: Service;
  lastProgress?: string;
  seenEvents: Set<string>;
  timeline: TimelineMark[];
  firstRunning?: boolean;
  outcome?: RolloutOutcome;
}

/** Watches every target until each succeeds or fails; never throws for a failed rollout, only for cancellation. */
export async function watchRollouts(options: WatchOptions): Promise<RolloutOutcome[]> {
  const { clients, cluster, io } = options;
  const clock = options.clock ?? realClock;
  const start = clock.now();
  const probe = new ServiceDeploymentsProbe(clients, cluster, new Date(options.startedAt.getTime() - 1000));
  const watched: Watched[] = options.targets.map((target) => ({ target: { ...target }, seenEvents: new Set(), timeline: [{ atMs: 0, label: 'deployment started' }] }));
  const pending = () => watched.filter((w) => !w.outcome);
  const finish = (w: Watched, verdict: FinalVerdict) => {
    const elapsedMs = clock.now() - start;
    w.timeline.push({ atMs: elapsedMs, label: verdict.state === 'succeeded' ? 'completed' : `failed (${verdict.kind})` });
    w.outcome = { target: w.target, verdict, elapsedMs, timeline: w.timeline, lastSeen: w.last };
    const word = verdict.state === 'succeeded' ? 'succeeded' : `FAILED: ${verdict.reason}`;
    io.info(`${w.target.service}: rollout ${word} after ${formatDuration(elapsedMs)}`);
  };

  try {
    await pollUntil({ intervalMs: options.intervalMs, timeoutMs: options.timeoutMs, signal: options.signal, clock, what: 'the rollouts' }, async () => {
      const open = pending();
      let services: Map<string, Service>;
      try {
        services = await pollServices(clients, cluster, open.map((w) => w.target.service));
      } catch (err) {
        if (!isThrottling(err)) throw err;
        io.warning(`AWS throttled DescribeServices (${errorMessage(err)}); looking again in ${formatDuration(options.intervalMs)}`);
        return { done: false };
      }
      const deploymentStates = options.useServiceDeployments === false ? new Map() : await probe.states(open.map((w) => w.target.service));
      for (const w of open) {
        w.last = services.get(w.target.service);
        reportEvents(io, w, options.startedAt);
        const verdict = judgeRollout(w.last, w.target, deploymentStates.get(w.target.service));
        if (verdict.state === 'replaced') {
          io.warning(`${w.target.service}: deployment ${w.target.deploymentId} was replaced by ${verdict.by}, which runs the same task definition; following it`);
          w.target.deploymentId = verdict.by;
          continue;
        }
        if (verdict.state === 'in-progress') {
          reportProgress(io, w, verdict.progress, clock.now() - start);
          continue;
        }
        finish(w, verdict);
      }
      return pending().length === 0 ? { done: true, value: undefined } : { done: false };
    });
  } catch (err) {
    if (err instanceof TimeoutError) {
      for (const w of pending()) {
        finish(w, { state: 'failed', kind: 'timeout', reason: `no verdict within ${formatDuration(options.timeoutMs)}; ${describeState(w)}` });
      }
    } else if (err instanceof CancelledError || options.signal?.aborted) {
      io.warning('The job was cancelled while rollouts were in flight. ECS carries on with them; state left behind:');
      const left = pending().map((w) => ({ service: w.target.service, state: describeState(w) }));
      for (const { service, state } of left) io.warning(`${service}: ${state}`);
      throw new RolloutsCancelled(err instanceof Error ? err.message : 'job cancelled', left);
    } else throw err;
  }
  if (!probe.isAvailable && options.useServiceDeployments !== false) {
    io.debug(`service-deployments API not used: ${probe.unavailableReason}`);
  }
  return watched.map((w) => w.outcome!);
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

/** The job was cancelled mid-watch; says what each unfinished rollout was left doing. */
export class RolloutsCancelled extends CancelledError {
  constructor(
    message: string,
    readonly leftInFlight: { service: string; state: string }[],
  ) {
    super(message);
  }
}

/** One sentence on where a service stands, for timeouts and cancellations. */
export function describeState(w: { target: RolloutTarget; last?: Service }): string {
  const deployments = w.last?.deployments ?? [];
  if (deployments.length === 0) return 'no deployment information';
  const parts = deployments.map(
    (d) => `${d.status} ${shortTaskDefinition(d.taskDefinition)} ${d.rolloutState ?? ''} ${d.runningCount ?? 0}/${d.desiredCount ?? 0} running`.replace(/ +/g, ' '),
  );
  const undo = w.target.previousTaskDefinitionArn ? `; to undo, roll back to ${shortTaskDefinition(w.target.previousTaskDefinitionArn)}` : '';
  return `${parts.join('; ')}${undo}`;
}
