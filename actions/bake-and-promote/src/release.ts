/**
 * One release through one provider, from start to verdict: start (the new version up, no production traffic), the
 * gate round at 0%, the walk through the steps (driver.ts), then the cut-over, or a restore; the lease let go on
 * every way out. Whatever happens, it resolves with (or throws a ReportedError carrying) a report that says where
 * traffic is as read back, never as assumed.
 */
import type { AwsClients } from '../../../lib/aws/clients.js';
import { errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import type { ProviderContext, Restored, TrafficProvider, TrafficReading } from '../../../lib/traffic/contract.js';
import type { LeaseHolder } from '../../../lib/traffic/lease.js';
import { type CheckOutcome, type CheckRound, describeRound, judgeRound } from './checks.js';
import { type BakeOutcome, type BakeSettings, walkSteps, type WeightMark } from './driver.js';
import { type BakeReport, emptyReport, ReportedError, type Verdict } from './report.js';
import { savePhase, saveResume, saveStarted, saveTestRoute } from './state.js';

export interface ReleaseDeps {
  clients: AwsClients;
  io: ActionIO;
  signal: AbortSignal;
  clock: Clock;
  me: LeaseHolder;
  region: string;
  checks: CheckRound;
  settings: BakeSettings;
}

/** A provider may keep notes (a stale lease taken over) and the new side's rollout for the report. */
type Reporting = TrafficProvider & { notes?: string[]; rollout?: BakeReport['rollout'] };

/** Runs the release; see the module comment. */
export async function runRelease(provider: Reporting, deps: ReleaseDeps): Promise<BakeReport> {
  return new Release(provider, deps).run();
}

/** The state of one release between its steps: the report as it grows, and what is known of traffic. */
class Release {
  private readonly ctx: ProviderContext;
  /**
   * Every round's checks reach the new version through the provider's test route while it exists (a header on the
   * production URL).
   */
  private readonly checks: CheckRound;
  private readonly startedAt: number;
  private readonly marks: WeightMark[] = [{ atMs: 0, weight: 0, event: 'start' }];
  private readonly report: BakeReport;
  private promoted = false;
  /**
   * Set when the run stops for a reason of its own (a failed check, a cancel), before the restore: an error after it
   * names both.
   */
  private stopping: { reason: string; at: number } | undefined;
  /** False while where traffic is stays unknown: the post step then tries again, and the lease stays for it. */
  private settled = true;

  constructor(
    private readonly provider: Reporting,
    private readonly deps: ReleaseDeps,
  ) {
    this.ctx = {
      clients: deps.clients,
      io: deps.io,
      clock: deps.clock,
      signal: deps.signal,
      me: deps.me,
      saveTestRoute: (route) => saveTestRoute(deps.io, route),
    };
    this.checks = (round) => deps.checks({ ...round, testRoute: provider.testRoute });
    this.startedAt = deps.clock.now();
    this.report = {
      ...emptyReport(provider.kind, 'failed', ''),
      marks: this.marks,
      taskDefinitionBefore: provider.plan.revisionBefore,
      taskDefinitionNew: provider.plan.revisionAfter,
      notes: provider.notes ?? [],
    };
  }

  async run(): Promise<BakeReport> {
    const { provider, ctx, report } = this;
    const { io } = this.deps;
    // A lease held by another run refuses here, having changed nothing (and nothing for the post step to do).
    await provider.claim(ctx);
    saveStarted(io, this.deps.region, provider.kind, provider.resumeState());
    try {
      const started = await io.group('Start the new version (no production traffic)', () => provider.start(ctx));
      report.rollout = provider.rollout;
      saveResume(io, provider.resumeState());
      if (!started.done) return await this.stop('failed', `${started.refused}; no production traffic was moved`);
      const gate = await gateRound(provider, started.reading, { ...this.deps, checks: this.checks });
      if (gate) return await this.stop(gate.cancelled ? 'cancelled' : 'aborted', gate.reason);
      savePhase(io, 'shifting');
      const outcome = await this.walk();
      report.rounds = outcome.rounds;
      return await this.settle(outcome);
    } catch (err) {
      throw await this.afterError(err);
    } finally {
      if (this.settled) {
        await provider.release(ctx).then(
          () => savePhase(io, 'done'),
          (err) => io.warning(`could not let go of the lease (${errorMessage(err)}); the post step tries again`),
        );
      }
    }
  }

  /** The steps, their check rounds and the hold, through the driver. */
  private walk(): Promise<BakeOutcome> {
    const { provider, ctx, deps } = this;
    return walkSteps(provider.plan.steps, deps.settings, {
      clock: deps.clock,
      signal: deps.signal,
      io: deps.io,
      checks: this.checks,
      provider: { advance: (index) => provider.advance(index, ctx), read: () => provider.read(ctx) },
      onStep: () => saveResume(deps.io, provider.resumeState()),
      onPromoted: () => {
        this.promoted = true;
        savePhase(deps.io, 'promoted');
      },
      marks: this.marks,
      startedAt: this.startedAt,
    });
  }

  /** From the walk's outcome to the report: the cut-over, a restore, or traffic left to whoever owns it now. */
  private async settle(outcome: BakeOutcome): Promise<BakeReport> {
    const { provider, report } = this;
    switch (outcome.verdict) {
      case 'promoted':
        return this.cutOver(outcome.reason);
      case 'lost':
        this.deps.io.error(`bake-and-promote: ${outcome.reason}`, {
          title: "bake stopped: the traffic is not this run's any more",
        });
        // Another hand (an operator's abort) put all traffic back on stable: aborted, as read back, not by this run.
        if (outcome.reading?.weight === 0)
          return {
            ...report,
            verdict: 'aborted',
            reason: `${outcome.reason}; all traffic is back on the stable version (read back), put there by another hand`,
            finalWeights: outcome.reading.shares,
            taskDefinitionAfter: provider.plan.revisionBefore,
          };
        return {
          ...report,
          verdict: 'failed',
          reason: `the bake stopped without touching traffic again: ${outcome.reason}`,
          finalWeights: outcome.reading?.shares ?? {},
          taskDefinitionAfter: undefined,
        };
      case 'ended':
        return this.ended(outcome.reading, outcome.reason);
      default:
        return this.stop(outcome.verdict, outcome.reason, outcome.decidedAt);
    }
  }

  /** The last step passed: the provider finishes (drains and lets go of the old side), as read back. */
  private async cutOver(reason: string): Promise<BakeReport> {
    const { provider, report, deps } = this;
    const finished = await deps.io.group('Cut over', () => provider.finish(this.ctx));
    report.notes.push(...finished.notes);
    this.marks.push({
      atMs: deps.clock.now() - this.startedAt,
      weight: finished.reading?.weight ?? 100,
      event: finished.promoted ? 'promoted' : 'taken over',
    });
    const end = { ...report, finalWeights: finished.reading?.shares ?? report.finalWeights };
    if (finished.promoted)
      return { ...end, verdict: 'promoted', reason, taskDefinitionAfter: provider.plan.revisionAfter };
    return { ...end, verdict: 'failed', reason: `${reason}, then ${finished.detail}`, taskDefinitionAfter: undefined };
  }

  /** The platform ended the release without this run's word (ECS's alarms, CodeDeploy's own failure). */
  private ended(reading: TrafficReading | undefined, reason: string): BakeReport {
    const { plan } = this.provider;
    const how = reading?.ended?.how;
    const back = how === 'rolled-back' && reading?.weight === 0;
    const completed = how === 'completed' && this.promoted;
    const verdict: Verdict = completed ? 'promoted' : 'failed';
    return {
      ...this.report,
      verdict,
      reason: back ? `${reason}; all traffic back on the stable version (read back)` : reason,
      finalWeights: reading?.shares ?? {},
      taskDefinitionAfter: completed ? plan.revisionAfter : back ? plan.revisionBefore : undefined,
    };
  }

  /**
   * Ends a bake that did not promote: all traffic back on stable through the guard (read back), then the new side let
   * go.
   */
  private async stop(verdict: Verdict, reason: string, decidedAt?: number): Promise<BakeReport> {
    const { io, clock } = this.deps;
    const r = this.report;
    io.error(`bake-and-promote: ${reason}`, { title: verdict === 'cancelled' ? 'bake cancelled' : 'bake stopped' });
    const before = decidedAt ?? clock.now();
    this.stopping = { reason, at: before };
    let restored: Restored;
    try {
      restored = await io.group('Put all traffic back on the stable version', () =>
        this.provider.restore(reason, this.ctx),
      );
    } catch (err) {
      // Where traffic is could not be learned: said so, with what to check; the lease and the post state stay for the
      // post step.
      this.settled = false;
      const cause = (err as Error).cause ?? err;
      return {
        ...r,
        verdict: 'failed',
        reason: `${reason}; then stopped by an error: ${errorMessage(cause)}; traffic state is unknown: ${errorMessage(err)}`,
        finalWeights: {},
        taskDefinitionAfter: undefined,
      };
    }
    this.marks.push({
      atMs: clock.now() - this.startedAt,
      weight: restored.reading?.weight ?? 0,
      event: restored.back ? 'restored' : 'not restored',
    });
    const finalWeights = restored.reading?.shares ?? r.finalWeights;
    // Traffic is back, but the post step has something left to finish: it keeps the lease and the post state.
    if (restored.unfinished) this.settled = false;
    if (!restored.back)
      return {
        ...r,
        verdict: 'failed',
        reason: `${reason}; ${restored.detail}`,
        finalWeights,
        taskDefinitionAfter: this.servingRevision(restored),
      };
    // Timed to the weights read back, not to the drain and scale-in of the new side that follow.
    const restoreMs = (restored.at ?? clock.now()) - before;
    io.info(`traffic restored ${restoreMs} ms after the decision: ${restored.detail}`);
    // The reason says how traffic came back, as read: a person reading an abort sees it verified, not assumed.
    return {
      ...r,
      verdict,
      reason: `${reason}; ${restored.detail}`,
      finalWeights,
      restoreMs,
      taskDefinitionAfter: this.servingRevision(restored),
    };
  }

  /** An unexpected error after the start: restore unless promoted, and carry what is known in the report. */
  private async afterError(err: unknown): Promise<unknown> {
    const { provider, report, ctx } = this;
    const { io, clock } = this.deps;
    const why = this.stopping
      ? `${this.stopping.reason}; then stopped by an error: ${errorMessage(err)}`
      : `stopped by an error: ${errorMessage(err)}`;
    io.error(`bake-and-promote: ${why}`, { title: 'bake stopped' });
    if (this.promoted) {
      const reading = await provider.read(ctx).catch(() => undefined);
      const where = reading
        ? `the new version had been promoted and keeps all traffic (${reading.detail}, read back)`
        : 'the new version had been promoted; where traffic is now could not be read';
      return new ReportedError(
        {
          ...report,
          verdict: 'failed',
          reason: `${why}; ${where}`,
          finalWeights: reading?.shares ?? {},
          taskDefinitionAfter: reading ? provider.plan.revisionAfter : undefined,
        },
        err,
      );
    }
    const from = this.stopping?.at ?? clock.now();
    let restored: Restored;
    try {
      restored = await provider.restore(why, ctx);
    } catch (again) {
      this.settled = false;
      return new ReportedError(
        {
          ...report,
          verdict: 'failed',
          reason: `${why}; traffic state is unknown: ${errorMessage(again)}`,
          finalWeights: {},
          taskDefinitionAfter: undefined,
        },
        err,
      );
    }
    const restoreMs = restored.back ? (restored.at ?? clock.now()) - from : undefined;
    if (restored.back)
      this.marks.push({ atMs: clock.now() - this.startedAt, weight: restored.reading?.weight ?? 0, event: 'restored' });
    return new ReportedError(
      {
        ...report,
        verdict: 'failed',
        reason: `${why}; ${restored.detail}`,
        finalWeights: restored.reading?.shares ?? {},
        restoreMs,
        taskDefinitionAfter: this.servingRevision(restored),
      },
      err,
    );
  }

  /** The revision serving all traffic after a restore, as read; undefined when none is known to. */
  private servingRevision(restored: Restored): string | undefined {
    const serving = restored.serving ?? (restored.back ? 'stable' : undefined);
    return serving === 'stable'
      ? this.provider.plan.revisionBefore
      : serving === 'new'
        ? this.provider.plan.revisionAfter
        : undefined;
  }
}

/** How long a new test route may take to be in effect before the gate's identity check counts (by default). */
const ROUTE_SETTLE_MS = 60_000;

/** The gate at 0%: one round of the checks that need no production traffic; says why not, or undefined to go on. */
async function gateRound(
  provider: TrafficProvider,
  reading: TrafficReading,
  deps: ReleaseDeps,
): Promise<{ reason: string; cancelled?: boolean } | undefined> {
  const { io, clock, signal } = deps;
  if (reading.weight > 0) {
    io.warning(
      `the new version already has ${reading.weight}% of production traffic (${reading.detail}): there was no pause before production traffic to check it at 0%`,
    );
    return undefined;
  }
  try {
    const started = clock.now();
    let outcomes: CheckOutcome[];
    let verdict: ReturnType<typeof judgeRound>;
    for (let round = 1; ; round++) {
      const now = new Date(clock.now());
      outcomes = await deps.checks({ weight: 0, step: 0, round, since: now, now, signal });
      verdict = judgeRound(outcomes);
      // A new listener rule takes a moment to be in effect on every load balancer node: until then only the identity
      // check can tell, and it is asked again (never past ROUTE_SETTLE_MS) rather than failing a release over it.
      const settling =
        provider.testRoute &&
        verdict === 'fail' &&
        outcomes.every((o) => o.outcome !== 'fail' || o.kind === 'identity') &&
        clock.now() - started < (deps.settings.routeSettleMs ?? ROUTE_SETTLE_MS);
      if (!settling) break;
      io.info(
        `health gate round ${round}: the test route does not reach the new version yet (${describeRound(outcomes)}); asking again`,
      );
      await clock.sleep(deps.settings.intervalMs, signal);
    }
    io.info(
      `health gate checks: ${verdict}; ${describeRound(outcomes)} (at 0%: ${provider.testRoute ? `the canary through its test route, ${provider.testRoute.detail}` : provider.plan.testRoute ? `through ${provider.plan.testRoute}` : 'no production traffic'})`,
    );
    // Only checks that need no production traffic run here; with none of those, the new version being up is the gate.
    if (outcomes.length > 0 && verdict !== 'pass')
      return { reason: `the health gate did not pass before any traffic moved: ${describeRound(outcomes)}` };
    return undefined;
  } catch (err) {
    if (signal.aborted)
      return { reason: `cancelled during the health gate: ${errorMessage(signal.reason)}`, cancelled: true };
    return { reason: `the health gate did not pass: ${errorMessage(err)}` };
  }
}
