/** The job summary of deploy-ecs: one row per service, the changes, a timeline, and why anything failed. */
import type { FailureExplanation } from '../../../lib/ecs/failure-explanation.js';
import { describeStoppedTask } from '../../../lib/ecs/failure-explanation.js';
import type { FailureKind } from '../../../lib/ecs/rollout-verdict.js';
import { shortTaskDefinition } from '../../../lib/ecs/rollout-verdict.js';
import type { TimelineMark } from '../../../lib/ecs/rollout-watch.js';
import { formatDuration } from '../../../lib/core/duration.js';
import { details, ganttChart, heading, table, type TimelineSpan } from '../../../lib/report/markdown.js';
import type { DeployInputs } from './inputs.js';
import type { DeployPlan, ServiceAction } from './plan.js';

/** What happened to one service; the `results` output carries all but the explanation and timeline. */
export interface ServiceResult {
  service: string;
  action: ServiceAction;
  status: 'unchanged' | 'started' | 'in-progress' | 'succeeded' | 'failed';
  taskDefinitionArn?: string;
  previousTaskDefinitionArn?: string;
  deploymentId?: string;
  elapsedSeconds?: number;
  failureKind?: FailureKind;
  reason?: string;
  explanation?: FailureExplanation;
  timeline?: TimelineMark[];
}

const ICON: Record<ServiceResult['status'], string> = {
  unchanged: '⏸️ unchanged',
  started: '🚀 started (not watched)',
  'in-progress': '⏳ in progress',
  succeeded: '✅ succeeded',
  failed: '❌ failed',
};

export function deploySummary(inputs: DeployInputs, plan: DeployPlan, results: ServiceResult[]): string {
  let md = heading(`deploy-ecs: ${inputs.services.join(', ')} on ${inputs.cluster}`);
  md += table(
    ['Service', 'Result', 'Task definition', 'Previous', 'Deployment', 'Time'],
    results.map((r) => [
      r.service,
      r.status === 'failed' ? `${ICON.failed} (${r.failureKind})` : ICON[r.status],
      shortTaskDefinition(r.taskDefinitionArn),
      shortTaskDefinition(r.previousTaskDefinitionArn),
      r.deploymentId,
      r.elapsedSeconds !== undefined ? formatDuration(r.elapsedSeconds * 1000) : undefined,
    ]),
  );

  const changes = plan.services.flatMap((s) => changeRows(s.service, s.diff));
  if (changes.length) md += heading('Changes', 3) + table(['Service', 'Container', 'Change', 'Before', 'After'], changes);

  const spans = results.flatMap((r) => timelineSpans(r));
  if (spans.length) md += heading('Timeline', 3) + ganttChart('Rollout', spans);

  for (const r of results.filter((x) => x.status === 'failed')) {
    md += heading(`Why ${r.service} failed`, 3) + `${r.reason}\n\n`;
    const e = r.explanation;
    if (!e) continue;
    if (e.stoppedTasks.length) md += table(['Stopped task', 'What the task said'], e.stoppedTasks.map((t) => [t.taskId, describeStoppedTask(t)]));
    const logs = e.stoppedTasks.flatMap((t) => t.containers.filter((c) => c.logUrl).map((c) => `[${c.name} logs of ${t.taskId}](${c.logUrl})`));
    if (logs.length) md += logs.join(' · ') + '\n\n';
    if (e.unhealthyTargets.length) md += `Unhealthy targets: ${e.unhealthyTargets.join('; ')}\n\n`;
    if (e.recentEvents.length) md += details('Latest service events', e.recentEvents.map((x) => `- ${x}`).join('\n'));
    md += `[Open the service in the ECS console](${e.consoleUrl})\n\n`;
  }
  return md;
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

function timelineSpans(result: ServiceResult): TimelineSpan[] {
  const marks = result.timeline ?? [];
  if (marks.length < 2) return [];
  const spans: TimelineSpan[] = [];
  for (let i = 0; i < marks.length - 1; i++) {
    const last = i === marks.length - 2;
    spans.push({
      section: result.service,
      label: `${marks[i].label} → ${marks[i + 1].label}`,
      startSec: marks[i].atMs / 1000,
      endSec: marks[i + 1].atMs / 1000,
      state: last && result.status === 'failed' ? 'crit' : 'done',
    });
  }
  return spans;
}

/** What a cancelled job left behind: ECS carries on, so each service's state and how to undo it. */
export function cancelledSummary(inputs: DeployInputs, leftInFlight: { service: string; state: string }[]): string {
  return (
    heading(`deploy-ecs: cancelled during the rollout on ${inputs.cluster}`) +
    'The job was cancelled while ECS was still rolling out. ECS carries on with these deployments (the circuit breaker, where enabled, decides their fate):\n\n' +
    table(['Service', 'State left behind'], leftInFlight.map(({ service, state }) => [service, state]))
  );
}
