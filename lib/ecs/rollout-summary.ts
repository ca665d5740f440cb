/** The job-summary sections every rollout shares: one row per service, a timeline, and why anything failed. */
import { formatDuration } from '../core/duration.js';
import { compactTable, details, ganttChart, heading, table, type TimelineSpan } from '../report/markdown.js';
import { shortTaskDefinition } from './arns.js';
import { describeStoppedTask } from './failure-explanation.js';
import type { ServiceRollout } from './rollout.js';

const ICON: Record<ServiceRollout['status'], string> = {
  unchanged: '⏸️ unchanged',
  started: '🚀 started (not watched)',
  'in-progress': '⏳ in progress',
  succeeded: '✅ succeeded',
  failed: '❌ failed',
};

/** One line per result state, for tables and logs. */
export function resultLabel(r: ServiceRollout): string {
  if (r.status === 'failed') return `${ICON.failed} (${r.failureKind})`;
  if (r.adopted && r.status !== 'unchanged') return `${ICON[r.status]} (a deployment already in flight)`;
  return ICON[r.status];
}

/**
 * The results table. A column no row has a value for is left out (no `unknown` revisions, no deployment), and so is
 * a time under a second (a rollout ECS reports settled at once): the timeline below says how long the watch took.
 */
export function rolloutTable(results: ServiceRollout[]): string {
  return compactTable(
    ['Service', 'Result', 'Task definition', 'Previous', 'Deployment', 'Time'],
    results.map((r) => [
      r.service,
      resultLabel(r),
      r.taskDefinitionArn && shortTaskDefinition(r.taskDefinitionArn),
      r.previousTaskDefinitionArn && shortTaskDefinition(r.previousTaskDefinitionArn),
      r.deploymentId,
      r.elapsedSeconds !== undefined && r.elapsedSeconds >= 1 ? formatDuration(r.elapsedSeconds * 1000) : undefined,
    ]),
  );
}

/** The timeline chart and a "Why … failed" section per failed service. */
export function rolloutDetails(results: ServiceRollout[]): string {
  let md = '';
  const spans = results.flatMap((r) => timelineSpans(r));
  if (spans.length) md += heading('Timeline', 3) + ganttChart('Rollout', spans);
  for (const r of results.filter((x) => x.status === 'failed')) {
    md += heading(`Why ${r.service} failed`, 3) + `${r.reason}\n\n`;
    const next = whatToDo(r);
    if (next) md += `**What to do:** ${next}\n\n`;
    const e = r.explanation;
    if (!e) continue;
    if (e.stoppedTasks.length)
      md += table(
        ['Stopped task', 'What the task said'],
        e.stoppedTasks.map((t) => [t.taskId, describeStoppedTask(t)]),
      );
    const logs = e.stoppedTasks.flatMap((t) =>
      t.containers.filter((c) => c.logUrl).map((c) => `[${c.name} logs of ${t.taskId}](${c.logUrl})`),
    );
    if (logs.length) md += logs.join(' · ') + '\n\n';
    if (e.unhealthyTargets.length) md += `Unhealthy targets: ${e.unhealthyTargets.join('; ')}\n\n`;
    if (e.recentEvents.length) md += details('Latest service events', e.recentEvents.map((x) => `- ${x}`).join('\n'));
    md += `[Open the service in the ECS console](${e.consoleUrl})\n\n`;
  }
  return md;
}

/** The next step after a failure that ECS will not resolve by itself, or undefined when ECS already did. */
export function whatToDo(r: ServiceRollout): string | undefined {
  if (r.failureKind !== 'tasks-failing') return undefined;
  const back = r.previousTaskDefinitionArn ? ` to ${shortTaskDefinition(r.previousTaskDefinitionArn)}` : '';
  return (
    `ECS keeps starting ${shortTaskDefinition(r.taskDefinitionArn)} until it is told otherwise. Roll the service back${back} now (the rollback action, target \`previous\`), ` +
    'or deploy a fixed image. To have ECS stop and roll back a release like this by itself, enable the deployment circuit breaker with rollback on the service ' +
    '(`deploymentConfiguration.deploymentCircuitBreaker: {enable: true, rollback: true}`).'
  );
}

/** What a cancelled job left behind: ECS carries on, so each service's state and how to undo it. */
export function cancelledSection(leftInFlight: { service: string; state: string }[]): string {
  if (leftInFlight.length === 0)
    return 'The job was cancelled before any service was updated: nothing was changed.\n\n';
  return (
    'The job was cancelled while ECS was still rolling out. ECS carries on with these deployments (the circuit breaker, where enabled, decides their fate):\n\n' +
    table(
      ['Service', 'State left behind'],
      leftInFlight.map(({ service, state }) => [service, state]),
    )
  );
}

function timelineSpans(result: ServiceRollout): TimelineSpan[] {
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
