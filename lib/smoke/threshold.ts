/**
 * Consecutive failures per check and target across rounds: a flaky single failure below the threshold is
 * reported but does not abort; reaching the threshold does. A round with no results cannot pass.
 */
import type { SmokeResult } from './runner.js';

/** A check and target that failed in the latest round, with how many rounds in a row it has failed. */
export interface FailingCheck {
  check: string;
  target: string;
  line: number;
  consecutive: number;
  reason: string;
}

/** `pass`: all passed; `failing`: some failed, below the threshold; `tripped`: abort; `inconclusive`: nothing ran. */
export interface RoundVerdict {
  outcome: 'pass' | 'failing' | 'tripped' | 'inconclusive';
  failing: FailingCheck[];
}

/** Counts consecutive failures per check and target and says when the threshold is reached. */
export class FailureTracker {
  private readonly streaks = new Map<string, number>();

  constructor(readonly threshold: number) {
    if (!Number.isInteger(threshold) || threshold < 1)
      throw new Error(`failure threshold must be a whole number of at least 1, not ${threshold}`);
  }

  /** Records one round's results and judges it. */
  record(results: readonly SmokeResult[]): RoundVerdict {
    if (results.length === 0) return { outcome: 'inconclusive', failing: [] };
    const failing: FailingCheck[] = [];
    for (const result of results) {
      const key = `${result.check}\u0000${result.target}`;
      const streak = result.ok ? 0 : (this.streaks.get(key) ?? 0) + 1;
      this.streaks.set(key, streak);
      if (!result.ok)
        failing.push({
          check: result.check,
          target: result.target,
          line: result.line,
          consecutive: streak,
          reason: result.reason,
        });
    }
    if (failing.length === 0) return { outcome: 'pass', failing };
    return { outcome: failing.some((f) => f.consecutive >= this.threshold) ? 'tripped' : 'failing', failing };
  }
}
