/** What a run of bake-and-promote ends with, whichever provider ran it: the outputs and the summary read this. */
import type { ServiceRollout } from '../../../lib/ecs/rollout.js';
import type { RoundRecord, WeightMark } from './driver.js';

export type Verdict = 'promoted' | 'aborted' | 'failed' | 'cancelled' | 'unchanged' | 'status' | 'restored';

export interface BakeReport {
  provider: 'alb' | 'ecs-native' | 'codedeploy';
  verdict: Verdict;
  reason: string;
  /** Service → percent of production traffic at the end (as read back). */
  finalWeights: Record<string, number>;
  marks: WeightMark[];
  rounds: RoundRecord[];
  /** The revision serving all traffic before, and after, this run. */
  taskDefinitionBefore?: string;
  taskDefinitionAfter?: string;
  /** The release's revision this run baked (or tried to): after an abort, Before and After are both the stable one. */
  taskDefinitionNew?: string;
  rollout?: ServiceRollout[];
  /** From the failing round's end to traffic read back at 100% stable, in ms. */
  restoreMs?: number;
  /** Things found and fixed on the way (a leftover split, a stale lease), for the summary. */
  notes: string[];
}

/** A report for a run that stopped before doing anything but the plan. */
export function emptyReport(provider: BakeReport['provider'], verdict: Verdict, reason: string): BakeReport {
  return { provider, verdict, reason, finalWeights: {}, marks: [], rounds: [], notes: [] };
}

/**
 * The report of an unexpected error after which traffic is not known: empty (it claims no weights and no revision
 * after), with a reason that says so and what to check; `taskDefinitionBefore` is kept as the revision to go back to.
 */
export function unknownTrafficReport(
  provider: BakeReport['provider'],
  taskDefinitionBefore: string | undefined,
  what: string,
  check: string,
): BakeReport {
  return { ...emptyReport(provider, 'failed', `${what}; traffic state is unknown: ${check}`), taskDefinitionBefore };
}

/**
 * An unexpected error that ended a run after it had changed something: it carries the report of what is known by
 * then (the weights read back after the restore, the verdict naming the error), so the outputs and the summary
 * still say what happened. Its message is the error's.
 */
export class ReportedError extends Error {
  constructor(
    readonly report: BakeReport,
    readonly error: unknown,
  ) {
    super(error instanceof Error ? error.message : String(error));
    this.name = 'ReportedError';
  }
}
