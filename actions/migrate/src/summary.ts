/** The job summary: what was pending and applied, how the tasks ended, and the lint table. */
import { taskConsoleUrl, taskId } from '../../../lib/ecs/arns.js';
import { LINT_RULES } from '../../../lib/migrate/lint-rules.js';
import type { FailureAdvice } from '../../../lib/migrate/prisma.js';
import { cell, codeBlock, heading, table } from '../../../lib/report/markdown.js';
import type { EcsResult } from './ecs-task.js';
import type { Mode } from './inputs.js';
import type { LintOutcome } from './lint-step.js';
import type { LocalResult } from './local.js';
import type { TaskRun } from './task-run.js';

export interface MigrateReport {
  mode: Mode;
  lint: LintOutcome;
  /** Set when the lint stopped the run before anything was applied. */
  stoppedByLint?: boolean;
  local?: LocalResult;
  ecs?: EcsResult;
  /** The pending set, read from the database before anything was applied. */
  pending?: string[];
  applied: string[];
  pendingCount?: number;
  failure?: FailureAdvice;
}

export function migrateSummary(report: MigrateReport, region?: string, cluster?: string): string {
  const ok = !report.failure && !report.stoppedByLint;
  let md = heading(`migrate (${report.mode}) ${ok ? '✅' : '❌'}`);
  if (report.mode !== 'lint-only') md += table(['Migration run', 'Outcome'], overviewRows(report, region, cluster));
  if (report.stoppedByLint && report.mode !== 'lint-only') {
    const ran = report.ecs?.status
      ? 'only the read-only status task ran'
      : report.local?.source === 'status'
        ? 'only `migrate status` ran'
        : 'nothing was started';
    md += `Nothing was applied (${ran}): the safety lint found ${report.lint.blocking} blocking finding(s) and the policy is \`fail\`.\n\n`;
  }

  if (report.applied.length)
    md +=
      heading('Migrations applied', 3) +
      table(
        ['Migration'],
        report.applied.map((name) => [`\`${name}\``]),
      );
  if (report.failure) {
    md += heading('Why it failed', 3) + `**${cell(report.failure.title)}**\n\n${report.failure.explanation}\n\n`;
    if (report.failure.commands.length)
      md +=
        'After checking the database, one of these (the action never resolves on its own):\n\n' +
        codeBlock(report.failure.commands.join('\n'), 'sh');
  }
  return md + lintSection(report.lint);
}

function overviewRows(report: MigrateReport, region?: string, cluster?: string): unknown[][] {
  const rows: unknown[][] = [
    ['Pending before', report.pending ? report.pending.length : 'unknown'],
    ['Migrations applied', report.applied.length],
    ['Pending after', report.pendingCount ?? 'unknown'],
  ];
  const ecs = report.ecs;
  if (ecs) {
    const link = (run: TaskRun) =>
      region && cluster
        ? `[${taskId(run.taskArn)}](${taskConsoleUrl(region, cluster, run.taskArn)})`
        : taskId(run.taskArn);
    if (ecs.status) rows.push(['Status task (read-only)', `${link(ecs.status)}: ${ecs.status.outcome.summary}`]);
    if (ecs.task)
      rows.push([
        'Task',
        `${link(ecs.task)}${ecs.task.attached ? ' (already running for this commit: followed, not started again)' : ''}`,
      ]);
    else if (!ecs.failure && !report.stoppedByLint && report.pending?.length === 0)
      rows.push(['Task', 'none: nothing was pending']);
    if (ecs.taskDefinitionArn)
      rows.push([
        'Task definition',
        `${ecs.taskDefinitionArn.split('/').pop()} (${ecs.registered ? 'registered for this image' : ecs.revisionWhy})`,
      ]);
    if (ecs.task) {
      rows.push(['Exit code', ecs.task.outcome.exitCode ?? '—']);
      rows.push(['Outcome', ecs.task.outcome.summary]);
      rows.push(['Log lines streamed', ecs.task.lines.length]);
    }
  }
  const local = report.local;
  if (local?.drift.length) rows.push(['Drift', `in the database but not in this checkout: ${local.drift.join(', ')}`]);
  return rows;
}

function lintSection(lint: LintOutcome): string {
  if (lint.policy === 'off') return heading('Safety lint', 3) + 'Off (`lint-policy: off`).\n\n';
  if (lint.skipped) return heading('Safety lint', 3) + `Nothing to lint: ${cell(lint.skipped)}.\n\n`;
  let md =
    heading('Safety lint', 3) +
    `${lint.described}${lint.scope === 'unknown' ? ' (the pending set could not be read)' : ''}; policy \`${lint.policy}\`; ${lint.blocking} blocking, ${lint.allowed} allowed.\n\n`;
  const rows = [
    ...lint.batch.findings.map((f) => [
      `${f.file}:${f.line}`,
      LINT_RULES[f.rule].title,
      `\`${f.statement}\``,
      f.allowed ? `allowed: ${f.allowed.reason}` : lint.policy === 'fail' ? '❌ blocking' : '⚠️ warning',
    ]),
    ...lint.batch.problems.map((p) => [
      `${p.file}:${p.line}`,
      'unreadable',
      p.message,
      lint.policy === 'fail' ? '❌ blocking' : '⚠️ warning',
    ]),
  ];
  if (rows.length) md += table(['Where', 'Rule', 'Statement', 'Status'], rows);
  else if (lint.selected.length) md += 'No findings.\n\n';
  return md;
}
