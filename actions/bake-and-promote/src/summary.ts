/** The job summary of a bake: the verdict, the final split, the weight over time, and every round of checks. */
import { formatDuration } from '../../../lib/core/duration.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { rolloutTable } from '../../../lib/ecs/rollout-summary.js';
import { compactTable, details, heading, table } from '../../../lib/report/markdown.js';
import type { WeightMark } from './driver.js';
import type { BakeReport } from './report.js';

const ICON: Record<BakeReport['verdict'], string> = {
  promoted: '✅ promoted',
  aborted: '🛑 aborted: traffic back on stable',
  failed: '❌ failed',
  cancelled: '⚠️ cancelled',
  unchanged: '⏸️ nothing to do',
  status: 'ℹ️ status',
  restored: '↩️ restored',
};

const PROVIDER: Record<BakeReport['provider'], string> = {
  alb: 'ALB weights (blue/green)',
  'ecs-native': 'ECS native strategy',
  codedeploy: 'CodeDeploy blue/green',
};

export function bakeSummary(report: BakeReport, cluster: string): string {
  let md = heading(`bake-and-promote: ${ICON[report.verdict]}`);
  md += `${report.reason}\n\n`;
  // The revision it tried, when it is not the one serving after (an abort): Before and After alone would hide it.
  const tried =
    report.taskDefinitionNew && report.taskDefinitionNew !== report.taskDefinitionAfter
      ? report.taskDefinitionNew
      : undefined;
  const revision = (arn?: string) => arn && shortTaskDefinition(arn);
  md += compactTable(
    ['Cluster', 'Provider', 'Before', 'Tried', 'After', 'Restore time'],
    [
      [
        cluster,
        PROVIDER[report.provider],
        revision(report.taskDefinitionBefore),
        revision(tried),
        revision(report.taskDefinitionAfter),
        report.restoreMs !== undefined ? formatDuration(report.restoreMs) : undefined,
      ],
    ],
  );
  const weights = Object.entries(report.finalWeights);
  if (weights.length)
    md +=
      heading('Traffic now', 3) +
      table(
        ['Service', 'Share'],
        weights.map(([service, percent]) => [service, `${percent}%`]),
      );
  for (const note of report.notes) md += `> ${note}\n\n`;
  if (report.marks.length > 1) md += heading('Weight on the new version over time', 3) + weightChart(report.marks);
  if (report.rollout?.length) md += heading('Rollout of the new color', 3) + rolloutTable(report.rollout);
  if (report.rounds.length) {
    const kinds = [...new Set(report.rounds.flatMap((r) => r.outcomes.map((o) => o.kind)))];
    const rows = report.rounds.map((r) => [
      formatDuration(r.atMs),
      `${r.weight}%`,
      r.verdict,
      ...kinds.map((k) => {
        const o = r.outcomes.find((x) => x.kind === k);
        return o ? `${o.outcome}: ${o.detail}` : undefined;
      }),
    ]);
    const failing = report.rounds.filter((r) => r.verdict !== 'pass');
    md += heading('Checks', 3) + `${report.rounds.length} round(s); ${report.rounds.length - failing.length} clean\n\n`;
    md += details('Every round', table(['At', 'Weight', 'Round', ...kinds], rows));
  }
  return md;
}

/** A Mermaid line chart of the canary's weight over time, drawn as steps (GitHub renders Mermaid in summaries). */
export function weightChart(marks: readonly WeightMark[]): string {
  const xs: string[] = [];
  const ys: number[] = [];
  let previous: number | undefined;
  for (const mark of marks) {
    const at = String(Math.round(mark.atMs / 1000));
    if (previous !== undefined && previous !== mark.weight) {
      xs.push(at);
      ys.push(previous);
    }
    xs.push(at);
    ys.push(mark.weight);
    previous = mark.weight;
  }
  return (
    [
      '```mermaid',
      'xychart-beta',
      '  title "Traffic on the new version (%)"',
      `  x-axis "seconds" [${xs.map((x) => `"${x}"`).join(', ')}]`,
      '  y-axis "%" 0 --> 100',
      `  line [${ys.join(', ')}]`,
      '```',
      '',
    ].join('\n') + '\n'
  );
}
