/**
 * The bake loop: set a weight, check every interval, move on only after the bake time with a clean round, stop
 * at the first failing round. It changes traffic only through `shift` and leaves every restore to its caller,
 * which acts on the outcome at once. Time comes from an injectable clock, so scenario tests drive it.
 */
import { formatDuration } from '../../../lib/core/duration.js';
import { CancelledError, errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { describeRound, judgeRound, type CheckOutcome, type CheckRound } from './checks.js';
import type { InconclusivePolicy } from './inputs.js';
import type { Shift } from './plan.js';

export interface BakeSettings {
  intervalMs: number;
  inconclusive: InconclusivePolicy;
  maxExtensionMs: number;
  /** After the final 100%: keep checking this long before calling it promoted. */
  holdMs: number;
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
  verdict: 'promoted' | 'aborted' | 'cancelled';
  reason: string;
  /** The weight on the canary when the loop stopped. */
  weight: number;
  /** True once the final 100% held through its hold: an interruption after this keeps the new version. */
  promoted: boolean;
  /** When the failing round ended (clock ms): the restore that follows is timed from here. */
  decidedAt?: number;
  rounds: RoundRecord[];
}

export interface BakeDeps {
  clock: Clock;
  signal: AbortSignal;
  io: Pick<ActionIO, 'info' | 'warning' | 'group'>;
  checks: CheckRound;
  /** Sets the split of a shift and reads it back; throws when it cannot. */
  shift: (shift: Shift, index: number) => Promise<void>;
  /** Called once the hold is over, before the loop returns promoted. */
  onPromoted?: () => void;
  marks: WeightMark[];
  startedAt: number;
}

/** Walks the shifts; returns how it ended. Throws only what `shift` throws (the caller restores either way). */
export async function runBake(shifts: readonly Shift[], settings: BakeSettings, deps: BakeDeps): Promise<BakeOutcome> {
  const { clock, signal, io } = deps;
  const rounds: RoundRecord[] = [];
  let weight = 0;
  const ended = (verdict: BakeOutcome['verdict'], reason: string, promoted = false, decidedAt?: number): BakeOutcome => ({ verdict, reason, weight, promoted, decidedAt, rounds });
  try {
    for (let index = 0; index < shifts.length; index++) {
      const shift = shifts[index];
      const last = index === shifts.length - 1;
      const bakeMs = last ? settings.holdMs : shift.bakeMs;
      const title = last ? `Promote: 100%${bakeMs ? `, hold ${formatDuration(bakeMs)}` : ''}` : `Bake ${shift.weight}% for ${formatDuration(bakeMs)}`;
      const result = await io.group(title, async () => {
        if (signal.aborted) throw signal.reason ?? new CancelledError();
        await deps.shift(shift, index);
        weight = shift.weight;
        deps.marks.push({ atMs: clock.now() - deps.startedAt, weight, event: `${weight}%` });
        io.info(`traffic: ${weight}% on the new version (read back)`);
        if (bakeMs === 0) return undefined;
        return bakeStep(index + 1, shift.weight, bakeMs, settings, deps, rounds);
      });
      if (result) return ended('aborted', result.reason, false, result.decidedAt);
    }
    deps.onPromoted?.();
    return ended('promoted', `promoted through ${shifts.map((s) => `${s.weight}%`).join(' → ')}`, true);
  } catch (err) {
    if (signal.aborted || err instanceof CancelledError) return ended('cancelled', errorMessage(signal.reason ?? err));
    throw err;
  }
}

/** Checks one step until its bake is over with a clean round; a failure (or an undecided bake past its cap) ends it. */
async function bakeStep(step: number, weight: number, bakeMs: number, settings: BakeSettings, deps: BakeDeps, rounds: RoundRecord[]): Promise<{ reason: string; decidedAt: number } | undefined> {
  const { clock, signal, io } = deps;
  const since = clock.now();
  const bakeEnd = since + bakeMs;
  const cap = bakeEnd + (settings.inconclusive === 'extend' ? settings.maxExtensionMs : 0);
  for (let round = 1; ; round++) {
    const roundStart = clock.now();
    const outcomes = await deps.checks({ weight, step, round, since: new Date(since), now: new Date(roundStart), signal, budgetMs: settings.intervalMs });
    const verdict = judgeRound(outcomes);
    const now = clock.now();
    rounds.push({ atMs: now - deps.startedAt, step, weight, verdict, outcomes });
    io.info(`${weight}% round ${round}: ${verdict}; ${describeRound(outcomes)}`);
    if (verdict === 'fail') return { reason: `a check failed at ${weight}%: ${describeRound(outcomes)}`, decidedAt: now };
    if (now >= bakeEnd) {
      if (verdict === 'pass') return undefined;
      if (now >= cap) {
        const why = settings.inconclusive === 'fail' ? 'and the inconclusive policy is fail' : `and ${formatDuration(settings.maxExtensionMs)} of extension ran out`;
        return { reason: `the checks could not decide at ${weight}% by the end of the bake ${why}: ${describeRound(outcomes)}`, decidedAt: now };
      }
      if (round === 1 || rounds[rounds.length - 2]?.verdict === 'pass' || now - bakeEnd < settings.intervalMs) io.warning(`${weight}%: the bake is over but the checks cannot decide yet; extending (up to ${formatDuration(cap - bakeEnd)})`);
    }
    // Rounds start one interval apart (however long the last one took), but wake at the bake's end rather than past it.
    const untilNext = settings.intervalMs - (now - roundStart);
    const next = now < bakeEnd ? Math.min(untilNext, bakeEnd - now) : Math.min(untilNext, Math.max(0, cap - now));
    await clock.sleep(Math.max(next, 1), signal);
  }
}
