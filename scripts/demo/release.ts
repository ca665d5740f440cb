/**
 * The release demo: .github/workflows/release.yml for three services of one repository, through the workflow's
 * own jobs and steps. Release 1 changes all three (two waves: user and driver, then trip); release 2 changes
 * trip-service only and releases only it; release 3 changes user and trip, trip's bake fails in the second wave
 * and user-service, promoted in the first, is rolled back. Then bad services files and a commit without an image
 * are refused by the plan, with nothing changed. Each run's expected outcome is a pure `…Problems` function.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ECSClient, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';

import type { ReleaseRecord } from '../../lib/release/record.js';
import { TEST_REGION } from '../../test/support/moto.js';
import { REPO_ROOT } from '../../test/support/run-dist.js';
import { type JobResult, runPipeline, StepFailed, type StepResult } from './pipeline.js';
import {
  type ColorNow,
  RELEASE_CLUSTER,
  RELEASE_STAGING_CLUSTER,
  type ReleaseTestbed,
  startReleaseTestbed,
} from './release-testbed.js';
import type { Testbed } from './testbed.js';
import { readWorkflow, resolveInputs } from './workflow.js';

export const RELEASE_WORKFLOW_PATH = join(REPO_ROOT, '.github/workflows/release.yml');

export interface ReleaseRun {
  sha: string;
  steps: StepResult[];
  jobs: Record<string, JobResult>;
  failed?: StepResult;
  plan?: { waves: string[][]; services: { name: string; migrations: { name: string }[] }[] };
  record?: ReleaseRecord;
  colors: Record<string, ColorNow[]>;
  slack: string[];
  sns: string[];
  /** Task definition revisions registered in all, after the run. */
  revisions: number;
  seconds: number;
}

export interface ReleaseReport {
  first: ReleaseRun;
  second: ReleaseRun;
  failing: ReleaseRun;
  refused: { cycle: ReleaseRun; unknown: ReleaseRun; missingImage: ReleaseRun };
  shas: { first: string; second: string; failing: string };
}

type Print = (text: string) => void;

/** Runs the whole release story; throws when any part of it does not happen. */
export async function runReleaseDemo(printStep: (step: StepResult) => void, print: Print): Promise<ReleaseReport> {
  const workflow = readWorkflow(RELEASE_WORKFLOW_PATH);
  const tb = await startReleaseTestbed((line) => print(`  • ${line}`));
  const records = mkdtempSync(join(tmpdir(), 'release-records-'));
  try {
    const release = (sha: string, servicesFile?: string) =>
      runRelease(workflow, tb, records, sha, printStep, servicesFile);
    const src = (service: string, text: string) => ({
      [`services/${service}/src/index.ts`]: `export const name = '${service}'; // ${text}\n`,
    });

    print(
      'Release 1: all three services changed (and a shared package) — two waves: user and driver, then trip after them',
    );
    const first = tb.commit('all three: shared ids', {
      'packages/shared-types/index.ts': 'export type Id = `${string}-${string}`;\n',
      'services/user-service/prisma/migrations/20260201000000_add_nickname/migration.sql':
        'ALTER TABLE "user" ADD COLUMN "nickname" TEXT;\n',
    });
    await tb.builtAndStaged(first, ['user-service', 'driver-service', 'trip-service']);
    const r1 = await release(first);
    expectProblems('release 1', promotedProblems(r1, first, [['driver-service', 'user-service'], ['trip-service']]));

    print('Release 2: only trip-service changed — only it is released');
    const second = tb.commit('trip: fares', src('trip-service', 'fares'));
    await tb.builtAndStaged(second, ['trip-service']);
    const r2 = await release(second);
    expectProblems('release 2', promotedProblems(r2, second, [['trip-service']]));

    print(
      "Release 3: user and trip changed; trip's new tasks answer 500 — its bake fails in wave 2, user-service is rolled back",
    );
    const failing = tb.commit('user and trip: profiles', {
      ...src('user-service', 'profiles'),
      ...src('trip-service', 'profiles'),
    });
    await tb.builtAndStaged(failing, ['user-service', 'trip-service']);
    tb.broken.set('trip-service', failing);
    const r3 = await release(failing);
    expectProblems('release 3', rolledBackProblems(r3, r2, first, second));

    print(
      'Refused by the plan: a cycle in after:, an after: naming no service, a changed service never built or staged whose migration drops a column',
    );
    const bad = (name: string, text: string) => {
      writeFileSync(join(tb.repo, '.github', name), text);
      return `.github/${name}`;
    };
    const good = readFileSync(join(tb.repo, '.github/release-services.yml'), 'utf8');
    const cycle = await release(
      failing,
      bad('cycle.yml', good.replace('  user-service:\n', '  user-service:\n    after: [trip-service]\n')),
    );
    const unknown = await release(
      failing,
      bad(
        'unknown.yml',
        good.replace('after: [user-service, driver-service]', 'after: [user-service, payment-service]'),
      ),
    );
    // Never built nor staged, and a migration that drops a column the running version reads: every problem, one error.
    const noImage = tb.commit('driver: never built', {
      ...src('driver-service', 'never built'),
      'services/driver-service/prisma/migrations/20260301000000_drop_name/migration.sql':
        'ALTER TABLE "driver" DROP COLUMN "name";\n',
    });
    const missingImage = await release(noImage);
    for (const [what, run, message] of [
      ['the cycle', cycle, /cycle: /],
      ['the unknown service', unknown, /names "payment-service", not a service of the file/],
      [
        'the missing image',
        missingImage,
        /no image tagged [0-9a-f]{40} in ECR repository rides\/driver-service[\s\S]*staging never completed a rollout[\s\S]*drop-column/,
      ],
    ] as const) {
      expectProblems(what, refusedProblems(run, r3, message));
    }
    return {
      first: r1,
      second: r2,
      failing: r3,
      refused: { cycle, unknown, missingImage },
      shas: { first, second, failing },
    };
  } finally {
    rmSync(records, { recursive: true, force: true });
    await tb.stop();
  }
}

async function runRelease(
  workflow: ReturnType<typeof readWorkflow>,
  tb: ReleaseTestbed,
  records: string,
  sha: string,
  printStep: (step: StepResult) => void,
  servicesFile?: string,
): Promise<ReleaseRun> {
  const inputs = resolveInputs(workflow, {
    sha,
    ...(servicesFile ? { 'services-file': servicesFile } : {}),
    'aws-region': TEST_REGION,
    'plan-role-to-assume': 'arn:aws:iam::123456789012:role/release-plan',
    'role-to-assume': 'arn:aws:iam::123456789012:role/production-release',
    cluster: RELEASE_CLUSTER,
    'staging-cluster': RELEASE_STAGING_CLUSTER,
    'sns-topic-arn': tb.topicArn,
  });
  // release.yml calls only the release action, which runs the other actions itself: the pipeline needs only the
  // testbed's environment and its record of GitHub deployments.
  const testbed = { env: tb.env, githubDeployments: [] as string[] } as unknown as Testbed;
  const started = Date.now();
  let outcome: { steps: StepResult[]; jobs: Record<string, JobResult>; failed?: StepResult };
  try {
    outcome = await runPipeline(
      workflow,
      inputs,
      testbed,
      { sha, workspace: tb.repo, secrets: { SLACK_WEBHOOK_URL: tb.slackUrl }, env: { RUNNER_TEMP: records } },
      printStep,
    );
  } catch (err) {
    if (!(err instanceof StepFailed)) throw err;
    outcome = { steps: err.steps, jobs: err.jobs, failed: err.result };
  }
  const seconds = (Date.now() - started) / 1000;
  const planStep = outcome.steps.find((s) => s.id === 'plan');
  const recordFile = outcome.steps.find((s) => s.id === 'release')?.outputs['record-file'];
  const ecs = new ECSClient({ region: TEST_REGION });
  const revisions = (await ecs.send(new ListTaskDefinitionsCommand({}))).taskDefinitionArns?.length ?? 0;
  ecs.destroy();
  return {
    sha,
    ...outcome,
    plan: planStep?.outputs.plan ? JSON.parse(planStep.outputs.plan) : undefined,
    record: recordFile ? (JSON.parse(readFileSync(recordFile, 'utf8')) as ReleaseRecord) : undefined,
    colors: await tb.colors(),
    slack: [...tb.slackMessages],
    sns: await tb.snsMessages(),
    revisions,
    seconds,
  };
}

function expectProblems(what: string, problems: string[]): void {
  if (problems.length) throw new Error(`${what}: ${problems.join('; ')}`);
}

const live = (colors: ColorNow[]) => colors.find((c) => c.weight === 100);

/**
 * Every planned service promoted, in the waves expected, all traffic on the new commit, the old color drained; one
 * notice. Pure.
 */
export function promotedProblems(run: ReleaseRun, sha: string, waves: string[][]): string[] {
  const problems: string[] = [];
  if (run.failed) problems.push(`step ${run.failed.id} failed`);
  if (JSON.stringify(run.plan?.waves) !== JSON.stringify(waves))
    problems.push(`planned waves ${JSON.stringify(run.plan?.waves)}, not ${JSON.stringify(waves)}`);
  if (run.record?.verdict !== 'succeeded') problems.push(`the record's verdict is ${run.record?.verdict}`);
  for (const service of waves.flat()) {
    const now = live(run.colors[service]);
    if (now?.sha !== sha) problems.push(`${service}: 100% is not on ${sha.slice(0, 7)}`);
    if (run.colors[service].some((c) => c !== now && c.desiredCount !== 0))
      problems.push(`${service}: the old color still runs tasks`);
  }
  // A later wave starts only once every service of the earlier one is promoted.
  const promotedAt = (name: string) =>
    run.record?.services.find((s) => s.name === name)?.steps.find((s) => s.step === 'bake')?.endedAt ?? Infinity;
  const startedAt = (name: string) =>
    run.record?.services.find((s) => s.name === name)?.steps[0]?.startedAt ?? -Infinity;
  for (let i = 1; i < waves.length; i++)
    for (const later of waves[i])
      for (const earlier of waves[i - 1])
        if (startedAt(later) < promotedAt(earlier)) problems.push(`${later} started before ${earlier} was promoted`);
  if (!/^✅ release succeeded/.test(run.slack.at(-1) ?? ''))
    problems.push(`Slack was not told once of the release (last: ${run.slack.at(-1) ?? 'none'})`);
  if (run.sns.length > 0) problems.push('a successful release paged the alerts topic');
  return problems;
}

/**
 * Release 3: trip failed in wave 2 and its bake restored it; user-service rolled back to release 1's commit; driver
 * untouched. Pure.
 */
export function rolledBackProblems(run: ReleaseRun, before: ReleaseRun, firstSha: string, secondSha: string): string[] {
  const problems: string[] = [];
  const status = (name: string) => run.record?.services.find((s) => s.name === name)?.status;
  if (run.jobs.release !== 'failure') problems.push(`the release job ${run.jobs.release}`);
  if (status('trip-service') !== 'failed') problems.push(`trip-service is ${status('trip-service')}`);
  if (status('user-service') !== 'rolled-back') problems.push(`user-service is ${status('user-service')}`);
  if (live(run.colors['user-service'])?.sha !== firstSha)
    problems.push("user-service is not back on release 1's commit");
  if (live(run.colors['trip-service'])?.sha !== secondSha)
    problems.push("trip-service is not back on release 2's commit");
  if (JSON.stringify(run.colors['driver-service']) !== JSON.stringify(before.colors['driver-service']))
    problems.push('driver-service changed');
  if (run.sns.length !== before.sns.length + 1 || !/release failed/.test(run.sns.at(-1) ?? ''))
    problems.push(`SNS was not told once (${run.sns.length - before.sns.length} notices)`);
  if (run.slack.length !== before.slack.length + 1)
    problems.push(`Slack got ${run.slack.length - before.slack.length} notices, not 1`);
  return problems;
}

/**
 * A refused plan: the plan job fails naming the problem, the release job never runs, nothing registered or moved. Pure.
 */
export function refusedProblems(run: ReleaseRun, before: ReleaseRun, message: RegExp): string[] {
  const problems: string[] = [];
  if (run.failed?.id !== 'plan')
    problems.push(`it did not stop at the plan (${run.failed ? run.failed.id : 'it succeeded'})`);
  if (!message.test(run.failed?.output ?? '')) problems.push(`the plan's error does not say ${message}`);
  if (run.jobs.release !== 'skipped') problems.push(`the release job ${run.jobs.release}`);
  if (run.revisions !== before.revisions)
    problems.push(`${run.revisions - before.revisions} task definitions were registered`);
  if (JSON.stringify(run.colors) !== JSON.stringify(before.colors)) problems.push('production changed');
  return problems;
}
