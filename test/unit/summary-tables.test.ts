/**
 * Job summaries: every table has a header row that says what its columns are (a key/value table headed
 * "| — | — |" reads as a rendering fault on GitHub and in the demo).
 */
import type { Outcome } from '../../actions/build-push/src/apply.js';
import type { Plan } from '../../actions/build-push/src/plan.js';
import { renderSummary } from '../../actions/build-push/src/summary.js';
import { type MigrateReport, migrateSummary } from '../../actions/migrate/src/summary.js';

/** The header cells of every Markdown table in `markdown`. */
function tableHeaders(markdown: string): string[][] {
  const lines = markdown.split('\n');
  return lines.flatMap((line, i) =>
    /^\|( --- \|)+$/.test(lines[i + 1] ?? '')
      ? [
          line
            .split('|')
            .slice(1, -1)
            .map((c) => c.trim()),
        ]
      : [],
  );
}

const buildPlan = {
  registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
  repositoryName: 'rides/trip-service',
  create: [],
  tags: ['a1b2c3d'],
  renamedTags: [],
  step: { kind: 'build' },
} as unknown as Plan;
const built: Outcome = {
  result: 'built',
  digest: 'sha256:abc',
  platformDigests: { 'linux/amd64': 'sha256:abc' },
  tags: [{ tag: 'a1b2c3d', outcome: 'pushed' }],
  createdRepositories: [],
  commands: [],
};

const lint = {
  policy: 'fail',
  base: 'all',
  migrations: [],
  selected: [],
  batch: { findings: [], problems: [] },
  blocking: 0,
  allowed: 0,
} as unknown as MigrateReport['lint'];
const ecs = {
  taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/rides-staging/0123456789abcdef',
  taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/trip-service:7',
  registered: false,
  attached: false,
  outcome: { exitCode: 0, summary: 'exited 0' },
  logLines: 12,
} as unknown as MigrateReport['ecs'];

test.each([
  ['build-push, built', renderSummary(buildPlan, built)],
  ['build-push, reused', renderSummary(buildPlan, { ...built, result: 'reused' })],
  ['migrate, local', migrateSummary({ mode: 'local', lint, applied: ['20261125223531_init'], pendingCount: 0 })],
  [
    'migrate, ecs-task',
    migrateSummary({ mode: 'ecs-task', lint, ecs, applied: [], pendingCount: 0 }, 'eu-west-1', 'rides-staging'),
  ],
])('%s: every table says what its columns are', (_name, markdown) => {
  const headers = tableHeaders(markdown);
  expect(headers.length).toBeGreaterThan(0);
  for (const header of headers) expect(header.filter((cell) => cell === '' || cell === '—')).toEqual([]);
});
