/** The job summary of deploy-ecs: the shared rollout sections, plus what changed in each task definition. */
import { errorMessage } from '../../../lib/core/errors.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import type { ServiceRollout } from '../../../lib/ecs/rollout.js';
import { cancelledSection, rolloutDetails, rolloutTable } from '../../../lib/ecs/rollout-summary.js';
import { heading, shortImage, table } from '../../../lib/report/markdown.js';
import type { DeployInputs } from './inputs.js';
import type { DeployPlan, ServiceAction } from './plan.js';

/** What happened to one service; the `results` output carries all but the explanation and timeline. */
export interface ServiceResult extends Omit<ServiceRollout, 'status'> {
  /**
   * For register-only: `register` (registered now), `reuse` (an identical revision of the same commit) or `no-change`.
   */
  action: ServiceAction | 'register' | 'reuse';
  /** A rollout's status, or for register-only `registered` (a revision registered now) or `unchanged`. */
  status: ServiceRollout['status'] | 'registered';
  /**
   * register-only of several services (the colors of a pair): this one runs the tasks, and the release replaces its
   * revision.
   */
  serving?: boolean;
}

const isRollout = (r: ServiceResult): r is ServiceResult & ServiceRollout => r.status !== 'registered';

export function deploySummary(
  inputs: DeployInputs,
  plan: DeployPlan,
  results: ServiceResult[],
  leftInFlight?: { service: string; state: string }[],
  thrown?: unknown,
): string {
  let md = leftInFlight
    ? heading(`deploy-ecs: cancelled during the rollout on ${inputs.cluster}`)
    : heading(
        `deploy-ecs${inputs.registerOnly ? ' (register only)' : ''}: ${inputs.services.join(', ')} on ${inputs.cluster}`,
      );
  if (thrown) md += `**Stopped before a verdict:** ${errorMessage(thrown)}\n\n`;
  if (leftInFlight) md += cancelledSection(leftInFlight);
  if (inputs.registerOnly) md += registeredTable(results);
  else if (results.length) md += rolloutTable(results.filter(isRollout));

  // register-only of a pair of colors: what changes is against the revision serving now, the one the release replaces.
  const serving = results.find((r) => r.serving)?.service;
  md += changesSection(
    plan.services.filter((s) => !serving || s.service === serving),
    serving,
  );
  return md + rolloutDetails(results.filter(isRollout));
}

/** register-only: which revision each service will get, and whether it was registered now or reused. */
function registeredTable(results: ServiceResult[]): string {
  const how = (r: ServiceResult) =>
    r.action === 'register'
      ? 'registered now'
      : r.action === 'reuse'
        ? 'reused: an identical revision of the same commit was registered earlier'
        : 'the service already runs it';
  return table(
    ['Service', 'Revision (not deployed yet)', 'How'],
    results.map((r) => [r.service + (r.serving ? ' (serving)' : ''), shortTaskDefinition(r.taskDefinitionArn), how(r)]),
  );
}

/**
 * What changes in each service's task definition: one row per change (a Service column only for several services,
 * a Container column only for several containers); images by short name in the rows, each full reference once below;
 * other changed task-level fields named in one line.
 */
function changesSection(services: DeployPlan['services'], serving?: string): string {
  const rows = services.flatMap((s) => changeRows(s.service, s.diff));
  const images = services.flatMap((s) =>
    s.diff.containers.filter((c) => c.image).map((c) => ({ container: c.container, ...c.image! })),
  );
  const other = services
    .filter((s) => s.diff.otherFields.length)
    .map((s) => `${services.length > 1 ? `${s.service}: ` : ''}${s.diff.otherFields.join(', ')}`);
  if (!rows.length && !other.length) return '';
  let md = heading(serving ? `Changes (against ${serving}, the revision serving now)` : 'Changes', 3);
  if (rows.length) {
    const columns = [services.length > 1, new Set(rows.map((r) => r[1])).size > 1, true, true, true];
    md += table(
      ['Service', 'Container', 'Change', 'Before', 'After'].filter((_, i) => columns[i]),
      rows.map((r) => r.filter((_, i) => columns[i])),
    );
  }
  for (const image of images)
    md += `Image of ${image.container}: \`${image.from ?? 'none'}\` → \`${image.to ?? 'none'}\`\n\n`;
  if (other.length) md += `Also changed in the task definition: ${other.join('; ')}.\n\n`;
  return md;
}

function changeRows(service: string, diff: DeployPlan['services'][number]['diff']): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of diff.containers) {
    if (c.image) rows.push([service, c.container, 'image', shortImage(c.image.from), shortImage(c.image.to)]);
    for (const name of c.environmentAdded) rows.push([service, c.container, `+ env ${name}`, '', 'set']);
    for (const name of c.environmentRemoved) rows.push([service, c.container, `- env ${name}`, 'set', '']);
    for (const name of c.environmentChanged) rows.push([service, c.container, `~ env ${name}`, 'set', 'changed']);
    for (const name of c.secretsAdded) rows.push([service, c.container, `+ secret ${name}`, '', '(reference)']);
    for (const name of c.secretsRemoved) rows.push([service, c.container, `- secret ${name}`, '(reference)', '']);
    for (const name of c.secretsChanged)
      rows.push([service, c.container, `~ secret ${name}`, '(reference)', '(another reference)']);
    if (c.ports) rows.push([service, c.container, 'ports', c.ports.from, c.ports.to]);
  }
  if (diff.cpu) rows.push([service, '(task)', 'cpu', diff.cpu.from, diff.cpu.to]);
  if (diff.memory) rows.push([service, '(task)', 'memory', diff.memory.from, diff.memory.to]);
  return rows;
}
