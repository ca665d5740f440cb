/**
 * `npm run demo` in the test suite, so it cannot rot: the whole staging pipeline on the local testbed, four
 * times. The first run builds, registers one revision, migrates from it, rolls it out and /health reports the
 * commit; the second changes nothing; the third adds a breaking migration and stops at the lint; the fourth
 * releases a commit with a bug staging misses. Then production.yml three times (refused, promoted, aborted and
 * rolled back) and rollback.yml by hand.
 */
import { BROKEN_SHA } from '../../scripts/demo/production.js';
import { type DemoReport, MERGE_SHA, runDemo } from '../../scripts/demo/run.js';

let report: DemoReport;
const printed: string[] = [];

beforeAll(async () => {
  report = await runDemo((text) => printed.push(text));
}, 600_000);

const step = (run: 'first' | 'second' | 'blocked', id: string) => report[run].steps.find((s) => s.id === id)!;

test('run 1 builds the image, registers one revision, migrates from it, rolls it out, and /health reports the commit', () => {
  expect(step('first', 'image').outputs).toMatchObject({ result: 'built', reused: 'false' });
  const registered = step('first', 'register').outputs['task-definition-arn'];
  expect(registered).toMatch(/task-definition\/trip-service:2$/);
  // register-only's outputs agree: a new revision, registered.
  expect(step('first', 'register').outputs).toMatchObject({ changed: 'true', status: 'registered' });
  expect(JSON.parse(step('first', 'register').outputs.results)[0]).toMatchObject({
    service: 'trip-service',
    action: 'register',
    status: 'registered',
    taskDefinitionArn: registered,
  });
  expect(step('first', 'migrate').outputs['applied-count']).toBe('2');
  const deploy = step('first', 'deploy');
  expect(deploy.outputs.changed).toBe('true');
  expect(JSON.parse(deploy.outputs.results)[0]).toMatchObject({
    service: 'trip-service',
    status: 'succeeded',
    taskDefinitionArn: registered,
  });
  expect(step('first', 'health').exitCode).toBe(0);
  expect(JSON.parse(step('first', 'health').output!)).toEqual({ status: 'ok', database: 'ok', version: MERGE_SHA });
  // The workflow's outputs: the digest-pinned image, running as the one revision this release registered.
  expect(report.first.outputs['image-ref']).toMatch(/^127\.0\.0\.1:\d+\/rides\/trip-service@sha256:[0-9a-f]{64}$/);
  expect(report.first.outputs['task-definition-arn']).toBe(registered);
  expect(report.first.running).toEqual({ taskDefinitionArn: registered, version: MERGE_SHA });
});

test('run 2 rebuilds nothing, registers nothing, migrates nothing and rolls nothing out', () => {
  expect(step('second', 'image').outputs).toMatchObject({ result: 'reused', reused: 'true' });
  expect(step('second', 'register').outputs['task-definition-arn']).toBe(
    step('first', 'register').outputs['task-definition-arn'],
  );
  expect(step('second', 'register').outputs).toMatchObject({ changed: 'false', status: 'unchanged' });
  expect(JSON.parse(step('second', 'register').outputs.results)[0]).toMatchObject({
    action: 'no-change',
    status: 'unchanged',
  });
  expect(step('second', 'migrate').outputs['applied-count']).toBe('0');
  expect(step('second', 'deploy').outputs.changed).toBe('false');
  expect(report.second.outputs['task-definition-arn']).toBe(report.first.outputs['task-definition-arn']);
});

test('run 3 stops at the migration lint: nothing applied, the service and its /health unchanged', () => {
  expect(report.blocked.failed?.id).toBe('migrate');
  expect(report.blocked.failed?.outputs['lint-blocking-count']).toBe('1');
  expect(JSON.parse(report.blocked.failed!.outputs['lint-findings'])[0]).toMatchObject({ rule: 'drop-column' });
  // The steps after it are skipped, as the runner skips them.
  expect(report.blocked.steps.find((s) => s.id === 'deploy')).toMatchObject({ skipped: 'a step before it failed' });
  expect(report.blocked.running).toEqual(report.first.running);
  // migrate read what is pending from _prisma_migrations, started no Prisma, and applied nothing.
  expect(report.blocked.failed?.summary).toContain('Nothing was applied (nothing was started)');
});

test("each release is one GitHub deployment record, made for the release job's environment", () => {
  const job = "created for staging (the release job's environment)";
  expect(report.githubDeployments).toEqual([job, 'success', job, 'success', job, 'failure', job, 'success']);
});

test('the terminal shows each step, what it did instead of the real thing once, and readable job summaries', () => {
  const text = printed.join('\n');
  expect(text).toContain('▶ build › build-push');
  // What the demo does instead of the real thing: said once per action, not on every step.
  expect(text.split('↳ instead of the real thing: No Docker engine here')).toHaveLength(2);
  expect(text.split('↳ instead of the real thing: moto starts no containers')).toHaveLength(2);
  // The steps a job skips, on one line; no `with:` dumps.
  expect(text).toContain('▷ release › skipped: checkout, configure-aws-credentials (not needed on this machine)');
  expect(text).not.toMatch(/^\s+with [\w-]+: /m);
  expect(text).toMatch(/\n\s+## deploy-ecs: trip-service on rides-staging/);
  // The summary says what the outputs say.
  expect(text).toMatch(
    /outputs: changed=true · status=registered · task-definition-arn=trip-service:2 · .*results=\[trip-service register\/registered\]\n\s+## deploy-ecs \(register only\): trip-service on rides-staging\n(.*\n){2}\s+\| trip-service \| trip-service:2 \| registered now \|/,
  );
  // Columns that say nothing are not drawn; images by short name in the rows.
  expect(text).not.toMatch(/changed \| changed \||\| 0ms \||\| unknown \| `sha256|\| unknown \| unknown \|/);
  expect(text).toContain('| image | trip-service:v1 | trip-service@sha256:');
  // No workflow command reaches the reader.
  expect(text).not.toMatch(/^\s*::[a-z-]+.*::/m);
  expect(text).toMatch(/Rollout \(\d+:\d\d in all\)\n\s+trip-service\n/);
  expect(text).toContain('| Build | Outcome |');
  expect(text).toContain('| Migration run | Outcome |');
  expect(text).toMatch(/Run 3 stopped at migrate: 1 blocking lint finding/);
  // The failure is explained, not only reported.
  expect(text).toMatch(/Drops column "fareCents" from "Trip"[\s\S]*Safe way:/);
  for (const raw of ['<details>', '```', 'gantt', 'dateFormat', 'xychart']) expect(text).not.toContain(raw);
  // No table headed by empty cells.
  expect(text).not.toMatch(/\| — \| — \|\n\s*\| ─── \| ─── \|/);
});

describe('production', () => {
  const prod = () => report.production;
  const stepOf = (run: 'refused' | 'good' | 'broken' | 'manual', id: string) =>
    prod()[run].steps.find((s) => s.id === id);

  test('a commit staging never completed is refused at the staging check: no production job runs, Slack is told', () => {
    expect(prod().refused.failed?.id).toBe('staging');
    // A gate's verdict, not a rollback input error.
    expect(prod().refused.failed?.output).toMatch(
      /not released: staging never completed a rollout of [0-9a-f]{7} \(trip-service on rides-staging/,
    );
    expect(prod().refused.failed?.output).not.toMatch(/Invalid `target`|hint: pick one/);
    expect(prod().refused.jobs).toEqual({
      verify: 'failure',
      release: 'skipped',
      rollback: 'skipped',
      notify: 'success',
    });
    expect(prod().refused.slack.at(-1)).toMatch(/^⛔ trip-service \w{7} not released to production/);
  });

  test('the staging-tested commit is promoted by manifest copy, migrated, baked at 10% and cut over; the old color drained', () => {
    const good = prod().good;
    expect(stepOf('good', 'promote')?.outputs).toMatchObject({ result: 'promoted', reused: 'true' });
    expect(stepOf('good', 'migrate')?.outputs['applied-count']).toBe('2');
    expect(stepOf('good', 'bake')?.outputs.verdict).toBe('promoted');
    expect(
      JSON.parse(stepOf('good', 'bake')!.outputs.timeline).weights.map((w: { weight: number }) => w.weight),
    ).toEqual(expect.arrayContaining([0, 10, 100]));
    expect(good.colors.find((c) => c.weight === 100)).toMatchObject({
      service: 'trip-service-green',
      sha: MERGE_SHA,
      desiredCount: 2,
    });
    expect(good.colors.find((c) => c.weight === 0)).toMatchObject({ service: 'trip-service-blue', desiredCount: 0 });
    expect(good.slack.at(-1)).toMatch(/^✅ trip-service a1b2c3d promoted in production/);
  });

  test('the broken commit is stopped by the checks that reach it (through the test route, before any traffic moves): all traffic back on the good version, nothing left to roll back, SNS and Slack told once', () => {
    const broken = prod().broken;
    expect(stepOf('broken', 'bake')?.outputs.verdict).toBe('aborted');
    expect(stepOf('broken', 'bake')?.outputs.reason).toMatch(
      /(the health gate did not pass before any traffic moved|a check failed at 10%): smoke fail/,
    );
    expect(broken.colors.find((c) => c.weight === 100)).toMatchObject({
      service: 'trip-service-green',
      sha: MERGE_SHA,
    });
    expect(broken.colors.find((c) => c.sha === BROKEN_SHA)).toMatchObject({ weight: 0, desiredCount: 0 });
    expect(broken.traffic).toEqual({ byColor: { 'trip-service-blue': 0, 'trip-service-green': 20 }, errors: 0 });
    // The bake put traffic back itself; the broken revision never served all traffic, so rollback changes nothing and
    // says so.
    expect(stepOf('broken', 'rollback')?.outputs.status).toBe('unchanged');
    expect(broken.jobs).toEqual({ verify: 'success', release: 'failure', rollback: 'success', notify: 'skipped' });
    expect(broken.sns).toHaveLength(1);
    expect(broken.sns[0]).toMatch(/rollback: nothing to roll back for trip-service/);
    expect(broken.slack.at(-1)).toMatch(/nothing to roll back/);
  });

  test('rollback.yml by hand puts staging back on the good commit and tells SNS and Slack', () => {
    expect(stepOf('manual', 'rollback')?.outputs.status).toBe('succeeded');
    expect(prod().manual.stagingVersion).toBe(MERGE_SHA);
    expect(prod().manual.sns).toHaveLength(2);
  });

  test('the terminal tells the production story', () => {
    const text = printed.join('\n');
    expect(text).toContain('▶ release › bake-and-promote');
    expect(text).toContain('↳ instead of the real thing: Bake times compressed');
    expect(text).toMatch(/Production 3 aborted b7c8d9e (before any traffic moved|at 10%) \(reason above\)/);
    expect(text).toMatch(/SNS \(read back from moto\) and Slack: .*nothing to roll back/);
    // The production register step diffs against the color serving, the revision the release replaces.
    expect(text).toContain('### Changes (against trip-service-green, the revision serving now)');
    // The aborted bake shows the revision it tried; its reason once in its summary, not again in annotations.
    expect(text).toMatch(
      /\| Before \| Tried \| After \| Restore time \|\n.*\n.*\| trip-service:6 \| trip-service:7 \| trip-service:6 \|/,
    );
    const reason = stepOf('broken', 'bake')!.outputs.reason;
    // The bake's summary, and the rollback job's Why (its SNS and Slack notice say it).
    expect(text.split(reason)).toHaveLength(2 + 1);
    expect(text).not.toContain('hooks.slack.com');
  });
});
