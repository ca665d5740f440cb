/**
 * The one driver of a bake, whatever the provider: move traffic to each step through the provider, check it every
 * interval (one read of where traffic is, then every configured check), move on only after the step's bake time with
 * a clean round and the provider waiting for our word, stop at the first failing round. It moves traffic only
 * through `advance` and leaves every restore to its caller, which acts on the outcome at once. It never names a
 * provider. Time comes from an injectable clock, so scenario tests drive it.
 */
import { awsErrorKind } from '../../../lib/aws/errors.js';
import { formatDuration } from '../../../lib/core/duration.js';
import { CancelledError, errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import type { PlannedStep, TrafficProvider, TrafficReading } from '../../../lib/traffic/contract.js';
import { type CheckOutcome, type CheckRound, describeRound, judgeRound } from './checks.js';
import type { InconclusivePolicy } from './inputs.js';

export interface BakeSettings {
  intervalMs: number;
  inconclusive: InconclusivePolicy;
  maxExtensionMs: number;
  /** How long past a step's bake the provider may take to pause for our word before the bake gives up. */
  gateTimeoutMs?: number;
  /**
   * How long looks at where traffic is may keep failing (throttling, the network) before the walk gives up with the
   * error.
   */
  readGiveUpMs?: number;
  /**
   * How long the gate asks again while only the identity check fails through a new test route (0: a static `canary-url`
   * is not settling).
   */
  routeSettleMs?: number;
}

/** One round as it happened, for the summary. */
export interface RoundRecord {
  atMs: number;
  step: number;
  weight: number;
  verdict: 'pass' | 'fail' | 'undecided';
  outcomes: CheckOutcome[];
}

/** A point of the weight timeline (ms since the bake started). */
export interface WeightMark {
  atMs: number;
  weight: number;
  event: string;
}

export interface BakeOutcome {
  /** promoted: every step passed; aborted: a check failed (restore); cancelled: the job was (restore); lost: another
   * run owns the traffic now, or a write was refused (no restore of ours); ended: the platform ended the release. */
  verdict: 'promoted' | 'aborted' | 'cancelled' | 'lost' | 'ended';
  reason: string;
  /** The weight on the canary when the walk stopped, as last read. */
  weight: number;
  /** True once the final step held through its bake: an interruption after this keeps the new version. */
  promoted: boolean;
  /** When the failing round ended (clock ms): the restore that follows is timed from here. */
  decidedAt?: number;
  rounds: RoundRecord[];
  /** The last reading of where traffic is. */
  reading?: TrafficReading;
}

export interface WalkDeps {
  clock: Clock;
  signal: AbortSignal;
  io: Pick<ActionIO, 'info' | 'warning' | 'group'>;
  checks: CheckRound;
  /** The provider's two calls the walk makes, bound to the run's context. */
  provider: {
    advance: (index: number) => ReturnType<TrafficProvider['advance']>;
    read: () => ReturnType<TrafficProvider['read']>;
  };
  /** Called once the final step held, before the walk returns promoted. */
  onPromoted?: () => void;
  /** Called after each step's traffic was read back there. */
  onStep?: (index: number) => void;
  marks: WeightMark[];
  startedAt: number;
}

type StepEnd = Omit<BakeOutcome, 'weight' | 'promoted' | 'rounds'>;

/**
 * Walks `steps[1…]` (step 0 is the gate, checked by the caller); returns how it ended. Throws only what the provider
 * throws.
 */
export function walkSteps(steps: readonly PlannedStep[], settings: BakeSettings, deps: WalkDeps): Promise<BakeOutcome> {
  return new Walk(steps, settings, deps).run();
}

/** One walk's state: the rounds so far, and the weight as last read. */
class Walk {
  private readonly rounds: RoundRecord[] = [];
  private weight = 0;
  private reading: TrafficReading | undefined;

  constructor(
    private readonly steps: readonly PlannedStep[],
    private readonly settings: BakeSettings,
    private readonly deps: WalkDeps,
  ) {}

  async run(): Promise<BakeOutcome> {
    const { steps } = this;
    const { signal } = this.deps;
    try {
      for (let index = 1; index < steps.length; index++) {
        const end = await this.step(index);
        if (end) return this.ended(end);
      }
      this.deps.onPromoted?.();
      return this.ended(
        {
          verdict: 'promoted',
          reason: `promoted through ${steps
            .slice(1)
            .map((s) => `${s.weight}%`)
            .join(' → ')}`,
          reading: this.reading,
        },
        true,
      );
    } catch (err) {
      if (signal.aborted || err instanceof CancelledError)
        return this.ended({ verdict: 'cancelled', reason: errorMessage(signal.reason ?? err) });
      throw err;
    }
  }

  private ended(end: StepEnd, promoted = false): BakeOutcome {
    return { weight: this.weight, promoted, rounds: this.rounds, reading: this.reading, ...end };
  }

  /** Moves traffic to one step and bakes it; says how the walk ends, or undefined to go on. */
  private step(index: number): Promise<StepEnd | undefined> {
    const { clock, signal, io } = this.deps;
    const step = this.steps[index];
    const last = index === this.steps.length - 1;
    const title = last
      ? `Promote: ${step.weight}%${step.bakeMs ? `, hold ${formatDuration(step.bakeMs)}` : ''}`
      : `Bake ${step.weight}% for ${formatDuration(step.bakeMs)}`;
    return io.group(title, async () => {
      if (signal.aborted) throw signal.reason ?? new CancelledError();
      const moved = await this.deps.provider.advance(index);
      // A move the guard refused (a receiver not ready, the lease gone, the state changed) stops the bake: the caller's
      // restore goes through the same guard, so it puts traffic back only where this run still may.
      if (!moved.done)
        return { verdict: 'aborted' as const, reason: moved.refused, reading: moved.reading, decidedAt: clock.now() };
      this.note(moved.reading, `${moved.reading.weight}%`, true);
      this.deps.onStep?.(index);
      io.info(`traffic: ${moved.reading.weight}% on the new version (read back): ${moved.reading.detail}`);
      // No bake and nothing to wait for (the ALB's 100% without a hold): on at once, as the schedule says.
      if (step.bakeMs === 0 && moved.reading.waiting) return undefined;
      return this.bakeStep(index, step, last, moved.reading);
    });
  }

  /** Keeps the reading; marks the timeline at each step, and wherever else the weight read back changed. */
  private note(reading: TrafficReading, event: string, step = false): void {
    this.reading = reading;
    if (!step && reading.weight === this.weight) return;
    this.weight = reading.weight;
    this.deps.marks.push({ atMs: this.deps.clock.now() - this.deps.startedAt, weight: reading.weight, event });
  }

  /**
   * A fresh look at where traffic is. A look that fails for a moment is tried again next round (no check judges a split
   * it cannot see: undefined); one that keeps failing past the give-up time ends the walk with its error.
   */
  private async look(roundStart: number, failing: { since?: number }): Promise<TrafficReading | undefined> {
    try {
      const reading = await this.deps.provider.read();
      failing.since = undefined;
      return reading;
    } catch (err) {
      const kind = awsErrorKind(err);
      if (kind !== 'transient' && kind !== 'throttled') throw err;
      failing.since ??= roundStart;
      if (roundStart - failing.since >= (this.settings.readGiveUpMs ?? this.settings.intervalMs * 3)) throw err;
      this.deps.io.warning(`reading where traffic is failed (${errorMessage(err)}); trying again at the next round`);
      return undefined;
    }
  }

  /** Checks one step until its bake is over with a clean round and the provider waiting; a failure ends it. */
  private async bakeStep(
    index: number,
    step: PlannedStep,
    last: boolean,
    first: TrafficReading,
  ): Promise<StepEnd | undefined> {
    const { clock, signal, io } = this.deps;
    const { settings, rounds } = this;
    const since = clock.now();
    let weightSince = since;
    const bakeEnd = since + step.bakeMs;
    const cap = bakeEnd + (settings.inconclusive === 'extend' ? settings.maxExtensionMs : 0);
    const gateBy =
      since + Math.max(step.bakeMs, step.platformBakeMs ?? 0) + (settings.gateTimeoutMs ?? Number.POSITIVE_INFINITY);
    let reading = first;
    const failing: { since?: number } = {};
    for (let round = 1; ; round++) {
      const roundStart = clock.now();
      if (round > 1) {
        const fresh = await this.look(roundStart, failing);
        if (!fresh) {
          await clock.sleep(settings.intervalMs, signal);
          continue;
        }
        reading = fresh;
      }
      if (reading.lost) return { verdict: 'lost', reason: reading.lost, reading };
      if (reading.ended) return { verdict: 'ended', reason: reading.ended.detail, reading };
      // A platform that moves on by itself (CodeDeploy's canary interval, ECS with no pause of ours) ends the step:
      // the next one checks the new weight.
      if (round > 1 && !last && !reading.waiting && reading.weight > step.weight) return undefined;
      if (reading.weight !== this.weight) weightSince = clock.now();
      this.note(reading, reading.detail);
      const outcomes = await this.deps.checks({
        weight: reading.weight,
        step: index,
        round,
        since: new Date(weightSince),
        now: new Date(roundStart),
        signal,
        budgetMs: settings.intervalMs,
      });
      const verdict = judgeRound(outcomes);
      const now = clock.now();
      rounds.push({ atMs: now - this.deps.startedAt, step: index, weight: reading.weight, verdict, outcomes });
      io.info(`${reading.weight}% round ${round}: ${verdict}; ${describeRound(outcomes)}`);
      if (verdict === 'fail')
        return {
          verdict: 'aborted',
          reason: `a check failed at ${reading.weight}%: ${describeRound(outcomes)}`,
          decidedAt: now,
          reading,
        };
      if (now >= bakeEnd) {
        const past = this.pastBakeEnd({ verdict, outcomes, reading, round, now, since, bakeEnd, cap, gateBy });
        if (past) return past.end;
      }
      // Rounds start one interval apart (however long the last one took), but wake at the bake's end rather than past
      // it.
      const untilNext = settings.intervalMs - (now - roundStart);
      const next =
        now < bakeEnd
          ? Math.min(untilNext, bakeEnd - now)
          : verdict === 'pass'
            ? untilNext
            : Math.min(untilNext, Math.max(0, cap - now));
      await clock.sleep(Math.max(next, 1), signal);
    }
  }

  /**
   * A round at or past the step's bake end: a clean round with the provider waiting ends the step
   * (`{ end: undefined }`); a deployment that never paused, or checks that cannot decide once the extension ran out,
   * abort it; otherwise the step goes on (undefined), with a warning when the extension starts.
   */
  private pastBakeEnd(r: {
    verdict: ReturnType<typeof judgeRound>;
    outcomes: Parameters<typeof describeRound>[0];
    reading: TrafficReading;
    round: number;
    now: number;
    since: number;
    bakeEnd: number;
    cap: number;
    gateBy: number;
  }): { end: StepEnd | undefined } | undefined {
    const { verdict, outcomes, reading, round, now, since, bakeEnd, cap, gateBy } = r;
    const { settings, rounds } = this;
    if (verdict === 'pass' && reading.waiting) return { end: undefined };
    if (verdict === 'pass' && now >= gateBy)
      return {
        end: {
          verdict: 'aborted',
          reason: `the checks passed at ${reading.weight}%, but the deployment did not pause for the next step within ${formatDuration(gateBy - since)}: ${reading.detail}`,
          decidedAt: now,
          reading,
        },
      };
    if (verdict !== 'pass' && now >= cap) {
      const why =
        settings.inconclusive === 'fail'
          ? 'and the inconclusive policy is fail'
          : `and ${formatDuration(settings.maxExtensionMs)} of extension ran out`;
      return {
        end: {
          verdict: 'aborted',
          reason: `the checks could not decide at ${reading.weight}% by the end of the bake ${why}: ${describeRound(outcomes)}`,
          decidedAt: now,
          reading,
        },
      };
    }
    if (
      verdict !== 'pass' &&
      (round === 1 || rounds[rounds.length - 2]?.verdict === 'pass' || now - bakeEnd < settings.intervalMs)
    )
      this.deps.io.warning(
        `${reading.weight}%: the bake is over but the checks cannot decide yet; extending (up to ${formatDuration(cap - bakeEnd)})`,
      );
    return undefined;
  }
}
