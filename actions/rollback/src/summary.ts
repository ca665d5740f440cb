/** rollback's job summary: the plan (from → to, and why), then the shared rollout sections. */
import { errorMessage } from '../../../lib/core/errors.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import type { ServiceRollout } from '../../../lib/ecs/rollout.js';
import { cancelledSection, rolloutDetails, rolloutTable } from '../../../lib/ecs/rollout-summary.js';
import { heading, table } from '../../../lib/report/markdown.js';
import type { RollbackInputs } from './inputs.js';
import type { RollbackPlan, ServiceRollbackPlan } from './plan.js';

/** One service's plan and what became of it. */
export interface RollbackResult extends ServiceRollbackPlan, Omit<ServiceRollout, 'status' | 'service'> {
  status: ServiceRollout['status'] | 'planned';
}

const revision = (r: { arn: string; gitSha?: string }) =>
  `${shortTaskDefinition(r.arn)}${r.gitSha ? ` (${r.gitSha.slice(0, 7)})` : ''}`;

export function rollbackSummary(
  inputs: RollbackInputs,
  plan: RollbackPlan,
  results: RollbackResult[],
  leftInFlight?: { service: string; state: string }[],
  thrown?: unknown,
): string {
  let md = heading(`rollback${inputs.dryRun ? ' (dry run)' : ''}: ${inputs.services.join(', ')} on ${inputs.cluster}`);
  const context = [
    inputs.reason && `**Why:** ${inputs.reason}`,
    inputs.actor && `**Asked by:** ${inputs.actor}`,
    inputs.environment && `**Environment:** ${inputs.environment}`,
  ].filter(Boolean);
  if (context.length) md += context.join(' · ') + '\n\n';
  if (inputs.dryRun) md += '**Dry run: nothing was changed.** This is what a rollback would do:\n\n';
  md += table(
    ['Service', 'From', 'To', 'How', 'Why this target'],
    plan.services.map((s) => [s.service, revision(s.from), revision(s.to), s.action, s.why]),
  );
  if (inputs.dryRun) return md;
  if (thrown) md += `**Stopped before a verdict:** ${errorMessage(thrown)}\n\n`;
  if (leftInFlight) md += cancelledSection(leftInFlight);
  const rollouts = results.filter(
    (r): r is RollbackResult & { status: ServiceRollout['status'] } => r.status !== 'planned',
  );
  if (rollouts.length) md += heading('Verdict', 3) + rolloutTable(rollouts) + rolloutDetails(rollouts);
  return md;
}
