/**
 * The release's one record: the job summary (a row per service and a timeline), the notice sent once for the
 * whole release (SNS and Slack), and the JSON kept as an artifact. Pure.
 */
import { shortTaskDefinition } from '../ecs/arns.js';
import type { Notice } from '../notify/notice.js';
import { ganttChart, heading, table, type TimelineSpan } from '../report/markdown.js';
import { type ReleasePlan, short } from './plan.js';
import { type OnFailure, releaseVerdict, type ServiceOutcome } from './verdict.js';

export interface ReleaseRecord {
  sha: string;
  verdict: 'succeeded' | 'failed' | 'unchanged';
  onFailure: OnFailure;
  startedAt: string;
  endedAt: string;
  plan: ReleasePlan;
  services: ServiceOutcome[];
}

/** The record of a finished (or stopped) release. */
export function releaseRecord(
  plan: ReleasePlan,
  outcomes: ServiceOutcome[],
  onFailure: OnFailure,
  startedAt: number,
  endedAt: number,
): ReleaseRecord {
  return {
    sha: plan.sha,
    verdict: releaseVerdict(outcomes),
    onFailure,
    startedAt: new Date(startedAt).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    plan,
    services: outcomes,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The job summary: verdict, a row per service (from → to, migrations, bake, durations, rollback) and a timeline. */
export function releaseSummary(record: ReleaseRecord): string {
  const icon = { succeeded: '✅', failed: '❌', unchanged: 'ℹ️' }[record.verdict];
  let md = heading(`${icon} Release of ${short(record.sha)}: ${record.verdict}`);
  const rows = record.services.map((o) => {
    const planned = record.plan.services.find((s) => s.name === o.name)!;
    const durations = o.steps.map((s) => `${s.step} ${seconds(s.endedAt - s.startedAt)}${s.ok ? '' : ' ✗'}`).join(', ');
    const rollback = o.steps.find((s) => s.step === 'rollback');
    return [
      o.wave,
      o.name,
      `${planned.from.sha ? short(planned.from.sha) : 'none'} → ${short(planned.to.sha)}${o.taskDefinitionArn ? ` (${shortTaskDefinition(o.taskDefinitionArn)})` : ''}`,
      planned.migrations.map((m) => m.name).join('<br>') || '—',
      o.bake ?? '—',
      o.status + (o.reason ? `: ${o.reason}` : ''),
      durations || '—',
      rollback ? (rollback.ok ? 'rolled back' : 'rollback failed') : '—',
    ];
  });
  md += table(['Wave', 'Service', 'From → to', 'Migrations', 'Bake', 'Outcome', 'Durations', 'Rollback'], rows);
  for (const u of record.plan.unchanged) md += `- ${u.name} not released: ${u.why}\n`;
  const origin = Date.parse(record.startedAt);
  const spans: TimelineSpan[] = record.services.flatMap((o) =>
    o.steps.map((s) => ({
      section: o.name,
      label: s.step,
      startSec: (s.startedAt - origin) / 1000,
      endSec: (s.endedAt - origin) / 1000,
      state: s.ok ? ('done' as const) : ('crit' as const),
    })),
  );
  if (spans.length > 0) md += '\n' + ganttChart(`release of ${short(record.sha)}`, spans);
  return md;
}

/** The one notice for the release: every service's from → to and outcome. */
export function releaseNotice(
  record: ReleaseRecord,
  context: { cluster: string; environment?: string; actor?: string; runUrl?: string },
): Notice {
  return {
    action: 'release',
    verdict: record.verdict,
    cluster: context.cluster,
    environment: context.environment,
    actor: context.actor,
    runUrl: context.runUrl,
    why: `release of ${short(record.sha)} in ${record.plan.waves.length} wave${record.plan.waves.length === 1 ? '' : 's'}`,
    services: record.services.map((o) => {
      const planned = record.plan.services.find((s) => s.name === o.name)!;
      return {
        service: o.name,
        from: { taskDefinitionArn: planned.from.taskDefinitionArn, gitSha: planned.from.sha },
        to: { taskDefinitionArn: o.taskDefinitionArn, gitSha: planned.to.sha },
        status: o.status,
        reason: o.reason,
      };
    }),
  };
}
