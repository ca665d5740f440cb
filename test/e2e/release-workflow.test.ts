/**
 * release.yml's own jobs and steps (scripts/demo/release.ts) on the patched moto, for three services of one
 * repository: release 1 goes out in two waves, release 2 changes one service and releases only it, release 3 fails
 * trip-service's bake in the second wave and rolls user-service (wave 1) back. Every service's revision and
 * weights are read back after each. Then bad services files and a commit without an image are refused by the
 * plan before anything changes. (test/e2e/release.test.ts is about scripts/release.mjs, the repository's own release.)
 */
import { type ReleaseReport, runReleaseDemo } from '../../scripts/demo/release.js';

let report: ReleaseReport;
const printed: string[] = [];

beforeAll(async () => {
  report = await runReleaseDemo(
    (step) => printed.push(`${step.job}/${step.id} ${step.exitCode ?? step.skipped}\n${step.output ?? ''}`),
    (text) => printed.push(text),
  );
}, 300_000);

const statusOf = (run: ReleaseReport['first'], name: string) => run.record?.services.find((s) => s.name === name);
const liveOf = (run: ReleaseReport['first'], name: string) => run.colors[name].find((c) => c.weight === 100);

test("release 1: the plan puts user and driver in wave 1 and trip after them, lists user's new migration; all three promoted", () => {
  const { first, shas } = report;
  expect(first.plan?.waves).toEqual([['driver-service', 'user-service'], ['trip-service']]);
  expect(first.plan?.services.find((s) => s.name === 'user-service')?.migrations.map((m) => m.name)).toEqual([
    '20260201000000_add_nickname',
  ]);
  expect(first.jobs).toEqual({ plan: 'success', release: 'success' });
  for (const name of ['user-service', 'driver-service', 'trip-service']) {
    expect(statusOf(first, name)).toMatchObject({ status: 'promoted', bake: 'promoted' });
    // Read back from moto: all traffic on the color running the new commit, the other color scaled in.
    expect(liveOf(first, name)).toMatchObject({ sha: shas.first, weight: 100, desiredCount: 2 });
    expect(first.colors[name].find((c) => c.weight === 0)).toMatchObject({ desiredCount: 0 });
  }
  // Wave 2 started only after both services of wave 1 were promoted.
  const bakeEnd = (n: string) => statusOf(first, n)!.steps.find((s) => s.step === 'bake')!.endedAt;
  expect(statusOf(first, 'trip-service')!.steps[0].startedAt).toBeGreaterThanOrEqual(
    Math.max(bakeEnd('user-service'), bakeEnd('driver-service')),
  );
  // One notice for the release, naming every service.
  expect(first.slack).toHaveLength(1);
  expect(first.sns).toEqual([]);
  expect(first.slack[0]).toMatch(/^✅ release succeeded: driver-service, user-service, trip-service on production/);
});

test('release 2: only trip-service changed, so only it is planned and released; the others keep their revisions', () => {
  const { first, second, shas } = report;
  expect(second.plan?.waves).toEqual([['trip-service']]);
  expect(second.record?.plan.unchanged.map((u) => u.name).sort()).toEqual(['driver-service', 'user-service']);
  expect(liveOf(second, 'trip-service')).toMatchObject({ sha: shas.second, weight: 100 });
  for (const name of ['user-service', 'driver-service']) expect(second.colors[name]).toEqual(first.colors[name]);
});

test('release 3: trip-service fails its bake in wave 2 and is restored by it; user-service, promoted in wave 1, is rolled back', () => {
  const { second, failing, shas } = report;
  expect(failing.plan?.waves).toEqual([['user-service'], ['trip-service']]);
  expect(failing.jobs).toEqual({ plan: 'success', release: 'failure' });
  expect(statusOf(failing, 'trip-service')).toMatchObject({ status: 'failed', bake: 'aborted' });
  expect(statusOf(failing, 'user-service')).toMatchObject({ status: 'rolled-back', bake: 'promoted' });
  expect(statusOf(failing, 'user-service')!.steps.map((s) => s.step)).toEqual([
    'promote',
    'register',
    'migrate',
    'bake',
    'rollback',
  ]);
  expect(failing.record?.verdict).toBe('failed');
  // Read back: user-service serves release 1's commit again, trip-service release 2's, driver-service untouched.
  expect(liveOf(failing, 'user-service')).toMatchObject({ sha: shas.first, weight: 100 });
  expect(failing.colors['user-service'].find((c) => c.weight === 0)).toMatchObject({
    sha: shas.failing,
    desiredCount: 0,
  });
  expect(liveOf(failing, 'trip-service')).toMatchObject({ sha: shas.second, weight: 100 });
  expect(failing.colors['trip-service'].find((c) => c.sha === shas.failing)).toMatchObject({
    weight: 0,
    desiredCount: 0,
  });
  expect(failing.colors['driver-service']).toEqual(second.colors['driver-service']);
  // One alert and one Slack message for the whole release.
  expect(failing.sns).toHaveLength(1);
  expect(failing.sns[0]).toMatch(
    /❌ release failed: user-service, trip-service on production[\s\S]*user-service: .*rolled-back[\s\S]*trip-service: .*failed/,
  );
  expect(failing.slack).toHaveLength(second.slack.length + 1);
});

test.each(['cycle', 'unknown', 'missingImage'] as const)(
  'a plan with %s is refused in the plan job: the release never runs, nothing registered or moved',
  (which) => {
    const run = report.refused[which];
    expect(run.failed?.id).toBe('plan');
    expect(run.jobs).toEqual({ plan: 'failure', release: 'skipped' });
    expect(run.revisions).toBe(report.failing.revisions);
    expect(run.colors).toEqual(report.failing.colors);
  },
);

test('the record: a summary row per service with a timeline, and the JSON the artifact keeps', () => {
  const summary = report.failing.steps.find((s) => s.id === 'release')!.summary!;
  expect(summary).toMatch(/❌ Release of \w{7}: failed/);
  expect(summary).toMatch(/\| 1 \| user-service \| \w{7} → \w{7} .*\| promoted \| rolled-back: release of/);
  expect(summary).toContain('```mermaid\ngantt');
  expect(report.failing.record?.services.every((s) => s.steps.every((t) => t.endedAt >= t.startedAt))).toBe(true);
  expect(report.failing.steps.find((s) => s.title.includes('upload-artifact'))?.skipped).toMatch(
    /release-record\.json stays on the runner/,
  );
});

afterAll(() => {
  if (!report) return;
  const t = (run: ReleaseReport['first']) => run.seconds.toFixed(1);
  // For the README's closing note: how long each run of release.yml took on this machine.
  console.log(
    `release 1 ${t(report.first)} s, release 2 ${t(report.second)} s, release 3 ${t(report.failing)} s; refusals ${t(report.refused.cycle)} / ${t(report.refused.unknown)} / ${t(report.refused.missingImage)} s`,
  );
});
