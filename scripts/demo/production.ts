/**
 * The demo's production half: .github/workflows/production.yml for trip-service (two colors behind a weighted
 * listener rule), three times — a commit staging never completed is refused; the staging-tested commit is
 * promoted, baked at 10% under its smoke checks, cut over and drained; a commit with a bug staging missed is
 * stopped by checks that reach it through the test route (or at 10%), traffic kept on the good version and the team
 * alerted — then rollback.yml by hand.
 */
import { join } from 'node:path';

import { REPO_ROOT } from '../../test/support/run-dist.js';
import { type JobResult, type PipelineRun, runPipeline, StepFailed, type StepResult } from './pipeline.js';
import { COLORS, type ColorState, type Production, startProduction } from './production-testbed.js';
import type { Testbed } from './testbed.js';
import { readWorkflow, resolveInputs, type Workflow } from './workflow.js';

export const PRODUCTION_WORKFLOW_PATH = join(REPO_ROOT, '.github/workflows/production.yml');
export const ROLLBACK_WORKFLOW_PATH = join(REPO_ROOT, '.github/workflows/rollback.yml');

/**
 * A commit staging released (its /health passed) whose bug shows only under production traffic: its tasks answer 500.
 */
export const BROKEN_SHA = 'b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f80';

/** What examples/workflows/production.yml passes for trip-service, with the testbed's URLs and ARNs. */
export function productionInputs(
  production: Pick<Production, 'url' | 'listenerRuleArn' | 'topicArn'>,
  sha: string,
): Record<string, string | boolean> {
  return {
    service: 'trip-service',
    sha,
    'skip-staging-check': false,
    'environment-url': 'https://trip-service.rides.example.com',
    'aws-region': 'eu-west-1',
    'role-to-assume': 'arn:aws:iam::123456789012:role/production-release',
    'staging-cluster': 'rides-staging',
    'staging-role-to-assume': 'arn:aws:iam::123456789012:role/staging-read',
    'ecr-repository': 'rides/trip-service',
    'ecr-registry-id': '123456789012',
    // One registry on the testbed; test/e2e/build-push-promote-across.test.ts copies between two accounts' registries.
    'staging-ecr-registry': '',
    'working-directory': 'examples/trip-service',
    'task-definition-template': 'examples/trip-service/taskdef.template.json',
    'template-vars': [
      'TASKDEF_FAMILY=trip-service',
      'EXEC_ROLE_ARN=arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      'TASK_ROLE_ARN=arn:aws:iam::123456789012:role/trip-service-task',
      'LOG_GROUP=/ecs/rides-production/trip-service',
      'AWS_REGION=eu-west-1',
    ].join('\n'),
    'environment-file': 'examples/trip-service/environments.json',
    cluster: 'rides-production',
    'blue-service': COLORS[0],
    'green-service': COLORS[1],
    'listener-rule-arn': production.listenerRuleArn,
    'bake-steps': '10%:10m, 100%',
    'check-interval': '30s',
    'smoke-file': 'examples/trip-service/smoke.yml',
    'production-url': production.url,
    alarms: 'trip-service-production-*',
    metrics: true,
    'max-5xx-increase': '1%',
    'health-url': `${production.url}/health`,
    'sns-topic-arn': production.topicArn,
  };
}

export interface ProductionRun {
  sha: string;
  steps: StepResult[];
  jobs: Record<string, JobResult>;
  outputs: Record<string, string>;
  failed?: StepResult;
  colors: ColorState[];
  slack: string[];
  sns: string[];
  /** After the run: 20 requests through the front, and which color answered each (and how). */
  traffic: { byColor: Record<string, number>; errors: number };
}

export interface ProductionReport {
  refused: ProductionRun;
  good: ProductionRun;
  broken: ProductionRun;
  manual: ProductionRun & { stagingVersion: string };
}

type Print = (text: string) => void;

/** Runs the production story on the testbed's production account; throws when any part of it does not happen. */
export async function runProduction(
  testbed: Testbed,
  commits: { good: string; neverCompleted: string },
  printStep: (step: StepResult) => void,
  print: Print,
  rule: (title: string) => void,
): Promise<ProductionReport> {
  const workflow = readWorkflow(PRODUCTION_WORKFLOW_PATH);
  rule('Production: the account');
  const production = await startProduction(
    testbed,
    join(REPO_ROOT, 'examples/trip-service/environments.json'),
    BROKEN_SHA,
    (line) => print(`  • ${line}`),
  );
  try {
    const base: Omit<PipelineRun, 'sha'> = {
      workspace: REPO_ROOT,
      secrets: { SLACK_WEBHOOK_URL: production.slackUrl },
    };
    const release = async (sha: string) =>
      runRelease(
        workflow,
        resolveInputs(workflow, productionInputs(production, sha)),
        testbed,
        production,
        { ...base, sha },
        printStep,
      );
    print(`  • now: ${describeColors(await production.colors())}`);

    rule(
      `Production 1: release ${commits.neverCompleted.slice(0, 7)} (the commit whose migration the lint blocked in staging) — it must be refused before anything touches production`,
    );
    const refused = await release(commits.neverCompleted);
    expectProblems('the unverified release', refusedProblems(refused));

    rule(
      `Production 2: release ${commits.good.slice(0, 7)} (staging completed it) — promote, register, migrate, bake at 10% under the smoke checks, cut over, drain`,
    );
    const good = await release(commits.good);
    expectProblems('the good release', promotedProblems(good, commits.good));

    rule(
      `Production 3: release ${BROKEN_SHA.slice(0, 7)} (staging completed it; its bug shows only under production traffic: its tasks answer 500) — the bake must stop it, through the test route before any traffic moves or at 10%`,
    );
    const broken = await release(BROKEN_SHA);
    expectProblems('the broken release', abortedProblems(broken, good));

    rule(
      `By hand: rollback.yml (workflow_dispatch) puts staging back from ${BROKEN_SHA.slice(0, 7)} to the release before it`,
    );
    const rollback = readWorkflow(ROLLBACK_WORKFLOW_PATH);
    const vars = {
      environments: {
        staging: {
          ECS_CLUSTER: 'rides-staging',
          AWS_REGION: 'eu-west-1',
          ROLLBACK_ROLE_ARN: 'arn:aws:iam::123456789012:role/staging-rollback',
          HEALTH_URL: testbed.healthUrl,
          ALERTS_TOPIC_ARN: production.topicArn,
        },
      },
    };
    const inputs = resolveInputs(
      rollback,
      {
        service: 'trip-service',
        environment: 'staging',
        target: 'previous',
        reason: `${BROKEN_SHA.slice(0, 7)} failed its production bake`,
      },
      'workflow_dispatch',
    );
    const manual = {
      ...(await runRelease(
        rollback,
        inputs,
        testbed,
        production,
        { ...base, sha: BROKEN_SHA, vars, event: 'workflow_dispatch' },
        printStep,
      )),
      stagingVersion: testbed.running().version,
    };
    expectProblems('the rollback by hand', manualProblems(manual, broken, commits.good));

    return { refused, good, broken, manual };
  } finally {
    await production.stop();
  }
}

function expectProblems(what: string, problems: string[]): void {
  if (problems.length) throw new Error(`${what}: ${problems.join('; ')}`);
}

/** One run of a workflow that may fail; returns what happened, with production's state and notices after it. */
async function runRelease(
  workflow: Workflow,
  inputs: Record<string, string | boolean>,
  testbed: Testbed,
  production: Production,
  run: PipelineRun,
  printStep: (step: StepResult) => void,
): Promise<ProductionRun> {
  let outcome: {
    steps: StepResult[];
    jobs: Record<string, JobResult>;
    outputs: Record<string, string>;
    failed?: StepResult;
  };
  try {
    outcome = await runPipeline(workflow, inputs, testbed, run, printStep);
  } catch (err) {
    if (!(err instanceof StepFailed)) throw err;
    outcome = { steps: err.steps, jobs: err.jobs, outputs: err.outputs, failed: err.result };
  }
  production.resetServed();
  for (let i = 0; i < 20; i++)
    await fetch(`${production.url}/trips`)
      .then((r) => r.text())
      .catch(() => undefined);
  return {
    sha: run.sha,
    ...outcome,
    colors: await production.colors(),
    slack: [...production.slackMessages],
    sns: await production.snsMessages(),
    traffic: production.served(),
  };
}

export function describeColors(colors: ColorState[]): string {
  return colors
    .map(
      (c) =>
        `${c.service} ${c.taskDefinitionArn.split('/').pop()} (${c.sha ? c.sha.slice(0, 7) : 'the release before'}) ${c.desiredCount} task(s), ${c.weight}%`,
    )
    .join('; ');
}

const byId = (run: { steps: StepResult[] }, id: string) => run.steps.find((s) => s.id === id);
const live = (run: ProductionRun) => run.colors.find((c) => c.weight === 100);

/**
 * A commit staging never completed: stopped at the staging check; nothing in production ran or changed; the team told.
 * Pure.
 */
export function refusedProblems(run: ProductionRun): string[] {
  const problems: string[] = [];
  if (run.failed?.id !== 'staging')
    problems.push(
      `it did not stop at the staging check (${run.failed ? `failed at ${run.failed.id}` : 'it succeeded'})`,
    );
  if (run.jobs.release !== 'skipped') problems.push(`the release job ${run.jobs.release}`);
  if (run.jobs.rollback !== 'skipped') problems.push(`the rollback job ${run.jobs.rollback}`);
  if (!run.slack.at(-1)?.startsWith('⛔'))
    problems.push(`Slack was not told it was refused (last message: ${run.slack.at(-1) ?? 'none'})`);
  if (run.colors.some((c) => c.sha !== '')) problems.push('a color runs a new revision');
  return problems;
}

/**
 * The staging-tested commit: promoted by manifest copy, migrated, baked, at 100% on the new color, the old drained.
 * Pure.
 */
export function promotedProblems(run: ProductionRun, sha: string): string[] {
  const problems: string[] = [];
  if (run.failed) problems.push(`step ${run.failed.id} failed`);
  if (byId(run, 'promote')?.outputs.result !== 'promoted')
    problems.push(`build-push did not promote (result ${byId(run, 'promote')?.outputs.result})`);
  if (byId(run, 'migrate')?.outputs['applied-count'] !== '2')
    problems.push(`migrate applied ${byId(run, 'migrate')?.outputs['applied-count']} migration(s), not production's 2`);
  if (byId(run, 'bake')?.outputs.verdict !== 'promoted')
    problems.push(`the bake's verdict is ${byId(run, 'bake')?.outputs.verdict}`);
  const weights = (
    JSON.parse(byId(run, 'bake')?.outputs.timeline || '{"weights":[]}') as { weights: { weight: number }[] }
  ).weights.map((w) => w.weight);
  if (!weights.includes(10)) problems.push(`the bake never held 10% (weights ${weights.join(' → ')})`);
  const now = live(run);
  if (now?.sha !== sha) problems.push(`100% of traffic is not on ${sha.slice(0, 7)}: ${describeColors(run.colors)}`);
  if (run.colors.some((c) => c !== now && c.desiredCount !== 0))
    problems.push('the old color was not drained and scaled in');
  if (now && run.traffic.byColor[now.service] !== 20)
    problems.push(`the front sent ${run.traffic.byColor[now.service]} of 20 requests to ${now.service}`);
  if (run.jobs.rollback !== 'skipped') problems.push('the rollback job ran');
  if (!run.slack.at(-1)?.startsWith('✅'))
    problems.push(`Slack was not told of the release (last message: ${run.slack.at(-1) ?? 'none'})`);
  return problems;
}

/**
 * The broken commit: aborted at 10%, 100% back on the good color (read from moto, and through the front), rolled back,
 * alerted. Pure.
 */
export function abortedProblems(run: ProductionRun, before: ProductionRun): string[] {
  const problems: string[] = [];
  const bake = byId(run, 'bake');
  if (run.failed?.id !== 'bake')
    problems.push(`it did not fail at the bake (${run.failed ? `failed at ${run.failed.id}` : 'it succeeded'})`);
  if (bake?.outputs.verdict !== 'aborted') problems.push(`the bake's verdict is ${bake?.outputs.verdict}`);
  // The canary's test route lets the health gate catch a release that fails every request before any traffic moves.
  if (!/at 10%|before any traffic moved/.test(bake?.outputs.reason ?? ''))
    problems.push(`it was not stopped at the health gate or at 10% (${bake?.outputs.reason})`);
  const good = live(before);
  const now = live(run);
  if (!good || now?.service !== good.service || now.taskDefinitionArn !== good.taskDefinitionArn)
    problems.push(`traffic is not back at 100% on the good version: ${describeColors(run.colors)}`);
  if (run.colors.some((c) => c.sha === BROKEN_SHA && c.desiredCount !== 0))
    problems.push('the broken color still runs tasks');
  if (run.traffic.errors !== 0 || (now && run.traffic.byColor[now.service] !== 20))
    problems.push(`after the abort the front still sent requests to the broken color (${JSON.stringify(run.traffic)})`);
  // The bake put all traffic back itself (verified); the broken color never served all of it, so the rollback job finds
  // nothing to roll back and says so: it must not claim a rollback that changed nothing.
  if (run.jobs.rollback !== 'success' || byId(run, 'rollback')?.outputs.status !== 'unchanged')
    problems.push(
      `the rollback job did not report nothing to roll back (${run.jobs.rollback}, status ${byId(run, 'rollback')?.outputs.status})`,
    );
  if (!/nothing to roll back/.test(run.slack.at(-1) ?? ''))
    problems.push(`Slack was not told there was nothing to roll back (last: ${run.slack.at(-1) ?? 'none'})`);
  if (run.sns.length !== before.sns.length + 1)
    problems.push(`SNS got ${run.sns.length - before.sns.length} alert(s), not 1`);
  if (!/rollback/i.test(run.slack.at(-1) ?? '') || run.slack.length !== before.slack.length + 1)
    problems.push(`Slack got no rollback notice (last: ${run.slack.at(-1) ?? 'none'})`);
  if (run.jobs.notify !== 'skipped') problems.push('the notify job posted a second notice');
  return problems;
}

/** rollback.yml by hand: staging back on the good commit, /health says so, SNS and Slack told. Pure. */
export function manualProblems(
  run: ProductionRun & { stagingVersion: string },
  before: ProductionRun,
  goodSha: string,
): string[] {
  const problems: string[] = [];
  if (run.failed) problems.push(`step ${run.failed.id} failed`);
  if (byId(run, 'rollback')?.outputs.status !== 'succeeded')
    problems.push(`rollback status ${byId(run, 'rollback')?.outputs.status}`);
  if (run.stagingVersion !== goodSha)
    problems.push(`staging's /health reports "${run.stagingVersion}", not ${goodSha}`);
  if (run.sns.length !== before.sns.length + 1)
    problems.push(`SNS got ${run.sns.length - before.sns.length} notice(s), not 1`);
  if (run.slack.length !== before.slack.length + 1)
    problems.push(`Slack got ${run.slack.length - before.slack.length} notice(s), not 1`);
  return problems;
}
