/**
 * The release's one verdict: when a service fails, which services this release already promoted are rolled back
 * (in reverse order of promotion) and which are left for a person because their rollback target cannot run
 * against the database's schema as this release left it. Pure.
 */
import type { ReleasePlan } from './plan.js';

/** What a failure does to the services the release already promoted. */
export type OnFailure = 'rollback-release' | 'stop';
export const ON_FAILURE_VALUES: readonly OnFailure[] = ['rollback-release', 'stop'];

export type ServiceStatus =
  'promoted' | 'failed' | 'not-started' | 'rolled-back' | 'rollback-failed' | 'left-for-a-person' | 'kept';

/** One step of one service (promote, register, migrate, bake, rollback), timed. */
export interface StepTiming {
  step: string;
  startedAt: number;
  endedAt: number;
  ok: boolean;
}

export interface ServiceOutcome {
  name: string;
  wave: number;
  status: ServiceStatus;
  reason?: string;
  /** The revision this release registered. */
  taskDefinitionArn?: string;
  /** The bake's verdict (promoted, aborted, failed, …). */
  bake?: string;
  /** Whether its migrations ran (they stay, whatever happens next). */
  migrated: boolean;
  /** When it was promoted (ms since the epoch), the order rollbacks undo. */
  promotedAt?: number;
  steps: StepTiming[];
}

/** Why this service's rollback target cannot run on its database now, or undefined when it can. */
export function schemaBlocker(
  plan: ReleasePlan,
  service: string,
  databaseOf: Record<string, string>,
  outcomes: ServiceOutcome[],
): string | undefined {
  const database = databaseOf[service];
  // Every migration this release ran on that database, whichever service ran it.
  const ran = plan.services.filter(
    (s) => databaseOf[s.name] === database && outcomes.find((o) => o.name === s.name)?.migrated,
  );
  const breaking = ran.flatMap((s) =>
    s.migrations
      .filter((m) => m.allowed.length > 0)
      .map((m) => `${m.name} (${m.allowed.map((a) => a.rule).join(', ')})`),
  );
  if (breaking.length === 0) return undefined;
  return `database ${database} now has ${breaking.join(', ')}, allowed past the lint as not additive: the revision before this release may not run on it`;
}

export interface RollbackDecision {
  /** Services to roll back, in the order to do it (the last promoted first). */
  rollBack: string[];
  /** Services promoted and kept on the new version, with why. */
  keep: { name: string; why: string }[];
}

/** Which promoted services a failed release rolls back, and which stay, with why. */
export function decideRollback(
  plan: ReleasePlan,
  outcomes: ServiceOutcome[],
  onFailure: OnFailure,
  databaseOf: Record<string, string>,
): RollbackDecision {
  const promoted = outcomes
    .filter((o) => o.status === 'promoted')
    .sort((a, b) => (b.promotedAt ?? 0) - (a.promotedAt ?? 0));
  if (onFailure === 'stop')
    return {
      rollBack: [],
      keep: promoted.map((o) => ({ name: o.name, why: 'on-failure: stop keeps the services already promoted' })),
    };
  const decision: RollbackDecision = { rollBack: [], keep: [] };
  for (const o of promoted) {
    const blocker = schemaBlocker(plan, o.name, databaseOf, outcomes);
    if (blocker) decision.keep.push({ name: o.name, why: `left for a person: ${blocker}` });
    else decision.rollBack.push(o.name);
  }
  return decision;
}

/** The release's verdict: succeeded when every planned service was promoted. */
export function releaseVerdict(outcomes: ServiceOutcome[]): 'succeeded' | 'failed' | 'unchanged' {
  if (outcomes.length === 0) return 'unchanged';
  return outcomes.every((o) => o.status === 'promoted') ? 'succeeded' : 'failed';
}
