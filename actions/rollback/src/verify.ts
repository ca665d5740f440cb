/**
 * rollback's `verify-only`: a release gate, not a rollback. It answers one question — did this environment complete
 * a rollout of the commit? — from the same history a `sha:` target uses, changes nothing and notifies no one. A
 * commit that never completed is the gate's verdict ("not released: …"), not an input error.
 */
import { PlanError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { heading, table } from '../../../lib/report/markdown.js';
import type { RollbackInputs } from './inputs.js';
import type { ObservedRollback } from './plan.js';

export interface CompletedCheck {
  service: string;
  /** The newest revision of the commit that completed a rollout, when one did and no rollback took it off since. */
  completed?: { arn: string; completedAt: Date };
  /** When a rollback took the service off the commit's newest completed rollout: not released, whatever completed. */
  rolledBackAt?: Date;
  /** The revisions that did complete a rollout, newest first (at most five), for the verdict that says no. */
  others: string[];
}

/** Per service: the revision of `sha` that completed a rollout, or the ones that did. Pure. */
export function checkCompleted(sha: string, observed: ObservedRollback[]): CompletedCheck[] {
  return observed.map((o) => {
    const match = o.history.entries.find((e) => e.gitSha?.toLowerCase().startsWith(sha));
    const others = o.history.entries
      .slice(0, 5)
      .map((e) => `${shortTaskDefinition(e.taskDefinitionArn)} (${e.gitSha?.slice(0, 7) ?? 'no sha'})`);
    // As the `previous` target reads it: a rollback at or after the completion took the service off it.
    const rolledBackAt =
      match?.rolledBackAt && match.rolledBackAt >= match.completedAt ? match.rolledBackAt : undefined;
    return {
      service: o.name,
      completed: match && !rolledBackAt ? { arn: match.taskDefinitionArn, completedAt: match.completedAt } : undefined,
      rolledBackAt,
      others,
    };
  });
}

function isoSeconds(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The environment the gate speaks of: the `environment` input, else the cluster. */
function where(inputs: RollbackInputs): string {
  return inputs.environment ?? inputs.cluster;
}

/** The one-line verdict for a check that failed. Pure. */
export function notReleased(inputs: RollbackInputs, sha: string, failed: CompletedCheck[]): string {
  const detail = failed
    .map((c) =>
      c.rolledBackAt
        ? `${c.service} on ${inputs.cluster} completed it, then was rolled back from it at ${isoSeconds(c.rolledBackAt)}`
        : `${c.service} on ${inputs.cluster}${c.others.length ? `; it completed ${c.others.join(', ')}` : '; it completed no rollout'}`,
    )
    .join('; ');
  const what = failed.every((c) => c.rolledBackAt) ? 'rolled back' : 'never completed a rollout of';
  return `not released: ${where(inputs)} ${what} ${sha.slice(0, 7)} (${detail})`;
}

/** Writes the outputs and the summary; throws the verdict when a service never completed a rollout of the commit. */
export async function verifyCompleted(
  inputs: RollbackInputs,
  observed: ObservedRollback[],
  io: ActionIO,
): Promise<void> {
  if (inputs.target.kind !== 'sha') throw new PlanError('verify-only checks a sha:<commit> target');
  const sha = inputs.target.sha;
  const checks = checkCompleted(sha, observed);
  const failed = checks.filter((c) => !c.completed);
  io.setOutput('task-definition-arn', checks[0]?.completed?.arn ?? '');
  io.setOutput('previous-task-definition-arn', observed[0]?.service.taskDefinition ?? '');
  io.setOutput('status', failed.length ? 'failed' : 'verified');
  io.setOutput(
    'results',
    JSON.stringify(
      checks.map((c) => ({
        service: c.service,
        status: c.completed ? 'verified' : 'failed',
        to: c.completed?.arn,
        toSha: c.completed ? sha : undefined,
      })),
    ),
  );
  let md = heading(`${where(inputs)} check: ${inputs.services.join(', ')} at ${sha.slice(0, 7)}`);
  if (inputs.reason) md += `**Why:** ${inputs.reason}\n\n`;
  md += table(
    ['Service', 'Completed a rollout of it', 'Revision'],
    checks.map((c) => [
      c.service,
      c.completed
        ? `✅ yes, ${isoSeconds(c.completed.completedAt)}`
        : c.rolledBackAt
          ? `⛔ rolled back from it at ${isoSeconds(c.rolledBackAt)}`
          : `⛔ never (it completed ${c.others.join(', ') || 'nothing'})`,
      c.completed && shortTaskDefinition(c.completed.arn),
    ]),
  );
  await io.appendSummary(md);
  if (failed.length) throw new PlanError(notReleased(inputs, sha, failed));
  io.info(
    `${where(inputs)} completed a rollout of ${sha.slice(0, 7)}: ${checks.map((c) => `${c.service} ${shortTaskDefinition(c.completed!.arn)}`).join(', ')}`,
  );
}
