/**
 * One round of every configured check, run side by side: smoke checks from the file, the team's command, CloudWatch
 * alarms and the canary's ALB metrics against stable. Each says pass, fail, inconclusive or error; only `fail`
 * aborts on its own, and nothing but a clean `pass` from every check lets a step end.
 */
import type { AwsClients } from '../../../lib/aws/clients.js';
import { readAlarms } from '../../../lib/checks/alarms.js';
import { readCanaryMetrics } from '../../../lib/checks/metrics.js';
import type { MetricPolicy } from '../../../lib/checks/metrics-verdict.js';
import { CancelledError, errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { annotateSmokeRound } from '../../../lib/smoke/annotate.js';
import type { SmokeFile } from '../../../lib/smoke/file.js';
import { runSmokeHook } from '../../../lib/smoke/hook.js';
import { type Identity, probeIdentity } from '../../../lib/smoke/identity.js';
import { runSmokeRound, type SmokeTarget } from '../../../lib/smoke/runner.js';
import { FailureTracker } from '../../../lib/smoke/threshold.js';
import { quoteUntrusted } from '../../../lib/smoke/untrusted.js';

export type CheckKind = 'smoke' | 'identity' | 'command' | 'alarms' | 'metrics' | 'traffic';
export type Outcome = 'pass' | 'fail' | 'inconclusive' | 'error';

/** What one check said in one round. */
export interface CheckOutcome {
  kind: CheckKind;
  outcome: Outcome;
  detail: string;
}

/** Where the bake stands when a round runs. */
export interface RoundContext {
  /** Percent of production traffic on the new version. */
  weight: number;
  /** 1-based step; 0 for the health gate before any traffic. */
  step: number;
  round: number;
  /** When the current weight took effect: the metrics window starts here. */
  since: Date;
  now: Date;
  signal?: AbortSignal;
  /**
   * The provider's test route, while it exists: canary checks carry its header (to the production URL, unless
   * `canary-url`).
   */
  testRoute?: { header: { name: string; value: string } };
  /** How long the round may take: a check still running then is cut short as inconclusive (default: no limit). */
  budgetMs?: number;
}

/** Runs one round of every check; resolves with one outcome per check kind configured. */
export type CheckRound = (context: RoundContext) => Promise<CheckOutcome[]>;

export interface CheckSettings {
  smoke?: SmokeFile;
  canaryUrl?: string;
  productionUrl?: string;
  failureThreshold: number;
  hook?: string;
  hookTimeoutMs: number;
  alarmNames: string[];
  /** Values never to quote from what a canary or the command said (the smoke file's `${VAR}` values). */
  masked?: string[];
  /** How each round proves the canary's route reached the release being baked; undefined when off. */
  identity?: Identity;
  metrics?: {
    loadBalancerArn: string;
    canaryTargetGroupArn: string;
    stableTargetGroupArn: string;
    policy: MetricPolicy;
  };
}

/** Builds the round runner over real checks; the smoke failure streaks live across rounds. */
export function makeCheckRound(settings: CheckSettings, clients: AwsClients, io: ActionIO, clock: Clock): CheckRound {
  const deps: RoundDeps = { settings, clients, io, clock, tracker: new FailureTracker(settings.failureThreshold) };
  return (context) => runRound(context, deps);
}

/** What every round shares: the settings, the clients, the log, the clock and the smoke failure streaks. */
interface RoundDeps {
  settings: CheckSettings;
  clients: AwsClients;
  io: ActionIO;
  clock: Clock;
  tracker: FailureTracker;
}

/** A round's context once the round has its own signal: the run's, or the round's end (a failure, the budget). */
type LiveRound = RoundContext & { signal: AbortSignal };

/** One check under way: its kind, and what it will say. */
type Started = { kind: CheckKind; outcome: Promise<CheckOutcome> };

/** What the round's checks said by its end; undefined for a check still running then. */
interface Settled {
  started: Started[];
  results: (CheckOutcome | undefined)[];
  overBudget: boolean;
}

/** One round: every check side by side, until all are done, one fails, or the budget runs out. */
async function runRound(outer: RoundContext, deps: RoundDeps): Promise<CheckOutcome[]> {
  // A failing check ends the round at once: the others (a CloudWatch retry, a slow command) are cut short, so
  // traffic is restored one check interval plus one call after the failure, not after the slowest check.
  const round = new AbortController();
  const onOuter = () => round.abort(outer.signal?.reason);
  outer.signal?.addEventListener('abort', onOuter, { once: true });
  let settled: Settled;
  try {
    settled = await settleRound(startChecks({ ...outer, signal: round.signal }, deps), outer.budgetMs, deps.clock);
  } finally {
    outer.signal?.removeEventListener('abort', onOuter);
  }
  if (outer.signal?.aborted) throw outer.signal.reason ?? new CancelledError();
  return closeRound(settled, round, outer.budgetMs);
}

/** Starts every configured check, in a fixed order: identity, smoke, command, alarms, metrics. */
function startChecks(context: LiveRound, deps: RoundDeps): Started[] {
  const targets = targetsFor(deps.settings, context.testRoute);
  const canary = targets.find((t) => t.name === 'canary');
  const checks: [CheckKind, Promise<CheckOutcome> | undefined][] = [
    ['identity', identityCheck(canary, context, deps)],
    ['smoke', smokeCheck(targets, context, deps)],
    ['command', commandCheck(canary, context, deps)],
    ['alarms', alarmsCheck(context, deps)],
    ['metrics', metricsCheck(context, deps)],
  ];
  return checks
    .filter((c): c is [CheckKind, Promise<CheckOutcome>] => c[1] !== undefined)
    .map(([kind, outcome]) => ({ kind, outcome }));
}

/**
 * The canary's route: `canary-url`, else the production URL through the test route; with the route's header either way.
 */
function targetsFor(settings: CheckSettings, route: RoundContext['testRoute']): SmokeTarget[] {
  const headers = route ? { [route.header.name]: route.header.value } : undefined;
  const canaryBase = settings.canaryUrl ?? (route ? settings.productionUrl : undefined);
  const targets: SmokeTarget[] = [];
  if (canaryBase) targets.push({ name: 'canary', baseUrl: canaryBase, headers });
  if (settings.productionUrl) targets.push({ name: 'production', baseUrl: settings.productionUrl });
  return targets;
}

/** The canary's answer names the release being baked (only where something reaches the canary). */
function identityCheck(
  canary: SmokeTarget | undefined,
  context: LiveRound,
  { settings }: RoundDeps,
): Promise<CheckOutcome> | undefined {
  if (!settings.identity || !canary) return undefined;
  const options = {
    timeoutMs: settings.smoke?.defaults.timeoutMs ?? 10_000,
    signal: context.signal,
    masked: settings.masked,
  };
  return probeIdentity(canary, settings.identity, options).then((r) => ({
    kind: 'identity',
    outcome: r.ok ? 'pass' : 'fail',
    detail: r.reason,
  }));
}

/** The smoke file's checks on every target; a failure counts only once its streak reaches the threshold. */
function smokeCheck(
  targets: SmokeTarget[],
  context: LiveRound,
  { settings, io, tracker }: RoundDeps,
): Promise<CheckOutcome> | undefined {
  const file = settings.smoke;
  if (!file) return undefined;
  return runSmokeRound(file, targets, { signal: context.signal, masked: settings.masked }).then((results) => {
    const verdict = tracker.record(results);
    annotateSmokeRound(io, file.file, verdict, settings.failureThreshold);
    const passed = results.filter((r) => r.ok).length;
    const failing = verdict.failing.map((f) => `${f.check} on ${f.target}: ${f.reason} (${f.consecutive}×)`).join('; ');
    const outcome: Outcome =
      verdict.outcome === 'tripped' ? 'fail' : verdict.outcome === 'pass' ? 'pass' : 'inconclusive';
    return { kind: 'smoke', outcome, detail: `${passed}/${results.length} passed${failing ? `; ${failing}` : ''}` };
  });
}

/** The team's own command, told where the canary is and where the bake stands; exit 0 passes. */
function commandCheck(
  canary: SmokeTarget | undefined,
  context: LiveRound,
  { settings, io }: RoundDeps,
): Promise<CheckOutcome> | undefined {
  if (!settings.hook) return undefined;
  const where = {
    canaryUrl: canary?.baseUrl,
    canaryHeader: canary?.headers,
    productionUrl: settings.productionUrl,
    weight: context.weight,
    step: context.step,
    round: context.round,
  };
  return runSmokeHook(settings.hook, where, {
    timeoutMs: settings.hookTimeoutMs,
    signal: context.signal,
    onLine: (line) => io.info(`  | ${line}`),
  }).then((result) => ({
    kind: 'command',
    outcome: result.ok ? 'pass' : 'fail',
    detail: result.ok
      ? `exit 0 in ${result.durationMs}ms`
      : `${result.reason}${result.outputTail ? `: ${quoteUntrusted(lastLine(result.outputTail), settings.masked, 200)}` : ''}`,
  }));
}

/** The CloudWatch alarms named: any in ALARM fails. */
function alarmsCheck(context: LiveRound, { settings, clients, clock }: RoundDeps): Promise<CheckOutcome> | undefined {
  if (!settings.alarmNames.length) return undefined;
  return readAlarms(clients.cloudwatch, settings.alarmNames, { clock, signal: context.signal }).then((verdict) => ({
    kind: 'alarms',
    outcome: verdict.verdict === 'ok' ? 'pass' : verdict.verdict === 'abort' ? 'fail' : verdict.verdict,
    detail: verdict.summary,
  }));
}

/** The canary's ALB metrics against stable's, over the window since the weight took effect. */
function metricsCheck(context: LiveRound, { settings, clients, clock }: RoundDeps): Promise<CheckOutcome> | undefined {
  // At 0% the canary serves nothing to compare; at 100% the stable group serves nothing (the verdict says so).
  if (!settings.metrics || context.weight <= 0) return undefined;
  // Right after a weight change the window is empty; CloudWatch would refuse it (EndTime not after StartTime).
  if (context.now.getTime() - context.since.getTime() < 1000)
    return Promise.resolve({
      kind: 'metrics',
      outcome: 'inconclusive',
      detail: 'the weight just changed: no window to read yet',
    });
  const { loadBalancerArn, canaryTargetGroupArn, stableTargetGroupArn } = settings.metrics;
  // At 100% (the hold) the stable group serves nothing, so there is no p95 to compare with: left in, the latency
  // comparison stays inconclusive and no hold could ever pass. The error rate is still judged against the tolerance
  // alone.
  const policy =
    context.weight === 100 ? { ...settings.metrics.policy, compareLatency: false } : settings.metrics.policy;
  const window = {
    loadBalancerArn,
    canaryTargetGroupArn,
    stableTargetGroupArn,
    start: context.since,
    end: context.now,
  };
  return readCanaryMetrics(clients.cloudwatch, window, policy, { clock, signal: context.signal }).then((reading) =>
    reading.ok
      ? { kind: 'metrics', outcome: reading.verdict, detail: `${reading.errorRate.reason}; ${reading.latency.reason}` }
      : { kind: 'metrics', outcome: 'error', detail: reading.reason },
  );
}

/** Waits for every check, the first failure, or the budget, whichever comes first; an error is the check's `error`. */
async function settleRound(started: Started[], budgetMs: number | undefined, clock: Clock): Promise<Settled> {
  const results: (CheckOutcome | undefined)[] = started.map(() => undefined);
  const tracked = started.map(({ kind, outcome }, i) =>
    outcome.then(
      (value) => (results[i] = value),
      (err) => (results[i] = { kind, outcome: 'error', detail: `the check could not run: ${errorMessage(err)}` }),
    ),
  );
  const firstFailure = new Promise<void>((resolve) =>
    tracked.forEach((p) => p.then((r) => r.outcome === 'fail' && resolve())),
  );
  // A slow check (a CloudWatch retry, a hanging request) must not push the next round, and so a restore, later.
  const budget = new AbortController();
  let overBudget = false;
  const timer =
    budgetMs === undefined
      ? new Promise<void>(() => undefined)
      : clock.sleep(budgetMs, budget.signal).then(
          () => void (overBudget = true),
          () => undefined,
        );
  try {
    await Promise.race([Promise.all(tracked), firstFailure, timer]);
  } finally {
    budget.abort();
  }
  return { started, results, overBudget };
}

/** Ends the round: checks still running are cut short (their signal aborted) and say inconclusive, and why. */
function closeRound(
  { started, results, overBudget }: Settled,
  round: AbortController,
  budgetMs: number | undefined,
): CheckOutcome[] {
  const failed = results.some((r) => r?.outcome === 'fail');
  if (results.some((r) => r === undefined))
    round.abort(new CancelledError(failed ? 'another check failed' : 'the round ran out of time'));
  const why = failed
    ? 'cut short: another check failed first'
    : overBudget
      ? `still running after ${budgetMs}ms (the check interval): not a pass`
      : 'cut short';
  return results.map((r, i) => r ?? { kind: started[i].kind, outcome: 'inconclusive', detail: why });
}

/** The round's verdict: any failure fails it; it passes only when every check passed. */
export function judgeRound(outcomes: readonly CheckOutcome[]): 'pass' | 'fail' | 'undecided' {
  if (outcomes.some((o) => o.outcome === 'fail')) return 'fail';
  if (outcomes.length > 0 && outcomes.every((o) => o.outcome === 'pass')) return 'pass';
  return 'undecided';
}

/** One line naming what failed or could not decide, for logs and the abort reason. */
export function describeRound(outcomes: readonly CheckOutcome[]): string {
  const bad = outcomes.filter((o) => o.outcome !== 'pass');
  return (bad.length ? bad : outcomes).map((o) => `${o.kind} ${o.outcome}: ${o.detail}`).join(' | ') || 'no checks ran';
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? '';
}
