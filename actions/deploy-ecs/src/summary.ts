/** The job summary of deploy-ecs: the shared rollout sections, plus what changed in each task definition. */
import { errorMessage } from '../../../lib/core/errors.js';
import { cancelledSection, rolloutDetails, rolloutTable } from '../../../lib/ecs/rollout-summary.js';
import type { ServiceRollout } from '../../../lib/ecs/rollout.js';
import { heading, table } from '../../../lib/report/markdown.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import type { DeployInputs } from './inputs.js';
import type { DeployPlan, ServiceAction } from './plan.js';

/** What happened to one service; the `results` output carries all but the explanation and timeline. */
export interface ServiceResult extends ServiceRollout {
  action: ServiceAction;
}

export function deploySummary(inputs: DeployInputs, plan: DeployPlan, results: ServiceResult[], leftInFlight?: { service: string; state: string }[], thrown?: unknown): string {
  let md = leftInFlight
    ? heading(`deploy-ecs: cancelled during the rollout on ${inputs.cluster}`)
    : heading(`deploy-ecs${inputs.registerOnly ? ' (register only)' : ''}: ${inputs.services.join(', ')} on ${inputs.cluster}`);
  if (thrown) md += `**Stopped before a verdict:** ${errorMessage(thrown)}\n\n`;
  if (leftInFlight) md += cancelledSection(leftInFlight);
  if (inputs.registerOnly) md += registeredTable(results);
  else if (results.length) md += rolloutTable(results);

  const changes = plan.services.flatMap((s) => changeRows(s.service, s.diff));
  if (changes.length) md += heading('Changes', 3) + table(['Service', 'Container', 'Change', 'Before', 'After'], changes);
  return md + rolloutDetails(results);
}

/** register-only: which revision each service will get, and whether it was registered now or reused. */
function registeredTable(results: ServiceResult[]): string {
  const how: Record<ServiceAction, string> = {
    'register-and-update': 'registered now',
    'update-only': 'reused: an identical revision of the same commit was registered earlier',
    'no-change': 'the service already runs it',
  };
  return table(['Service', 'Revision (not deployed yet)', 'How'], results.map((r) => [r.service, shortTaskDefinition(r.taskDefinitionArn), how[r.action]]));
}

function changeRows(service: string, diff: DeployPlan['services'][number]['diff']): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of diff.containers) {
    if (c.image) rows.push([service, c.container, 'image', c.image.from, c.image.to]);
    for (const name of c.environmentAdded) rows.push([service, c.container, `+ env ${name}`, '', 'set']);
    for (const name of c.environmentRemoved) rows.push([service, c.container, `- env ${name}`, 'set', '']);
    for (const name of c.environmentChanged) rows.push([service, c.container, `~ env ${name}`, 'set', 'changed']);
    for (const name of c.secretsAdded) rows.push([service, c.container, `+ secret ${name}`, '', '(reference)']);
    for (const name of c.secretsRemoved) rows.push([service, c.container, `- secret ${name}`, '(reference)', '']);
    for (const name of c.secretsChanged) rows.push([service, c.container, `~ secret ${name}`, '(reference)', '(another reference)']);
    if (c.ports) rows.push([service, c.container, 'ports', c.ports.from, c.ports.to]);
  }
  if (diff.cpu) rows.push([service, '(task)', 'cpu', diff.cpu.from, diff.cpu.to]);
  if (diff.memory) rows.push([service, '(task)', 'memory', diff.memory.from, diff.memory.to]);
  if (diff.otherFields.length) rows.push([service, '(task)', diff.otherFields.join(', '), 'changed', 'changed']);
  return rows;
}
