/**
 * The demo: the staging pipeline for the example service on a local testbed, three times: a merge to main,
 * the same commit again (nothing to do), and a commit whose migration the lint blocks (the release stops
 * before anything reaches the database or the service).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REPO_ROOT } from '../../test/support/run-dist.js';
import { type PipelineRun, runPipeline, StepFailed, type StepResult } from './pipeline.js';
import { annotations, DemoPrinter, printStepVerbose, verboseAsked, withoutCommands, wrap } from './printer.js';
import { BROKEN_SHA, describeColors, type ProductionReport, runProduction } from './production.js';
import { startTestbed, type Testbed } from './testbed.js';
import { readWorkflow, resolveInputs, type Workflow } from './workflow.js';

export const WORKFLOW_PATH = join(REPO_ROOT, '.github/workflows/deploy.yml');

/** The commit the first two runs release (the third's is a real commit in a scratch repository). */
export const MERGE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

/** The migration the third run adds: it drops a column the running version still reads. */
export const BREAKING_MIGRATION = {
  name: '20261201090000_drop_trip_fare',
  sql: '-- The running version still reads "fareCents": dropping it now breaks every request until the rollout ends.\nALTER TABLE "Trip" DROP COLUMN "fareCents";\n',
};

/** What examples/workflows/staging.yml passes for trip-service, with the testbed's health URL. */
export function demoInputs(healthUrl: string): Record<string, string | boolean> {
  return {
    service: 'trip-service',
    environment: 'staging',
    cluster: 'rides-staging',
    'ecr-repository': 'rides/trip-service',
    'aws-region': 'eu-west-1',
    'role-to-assume': 'arn:aws:iam::123456789012:role/staging-release',
    'build-role-to-assume': 'arn:aws:iam::123456789012:role/staging-build',
    'working-directory': 'examples/trip-service',
    context: 'examples/trip-service',
    'task-definition-template': 'examples/trip-service/taskdef.template.json',
    'template-vars': [
      'TASKDEF_FAMILY=trip-service',
      'EXEC_ROLE_ARN=arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      'TASK_ROLE_ARN=arn:aws:iam::123456789012:role/trip-service-task',
      'LOG_GROUP=/ecs/rides-staging/trip-service',
      'AWS_REGION=eu-west-1',
    ].join('\n'),
    'environment-file': 'examples/trip-service/environments.json',
    'environment-url': 'https://trip-service.staging.rides.example.com',
    'keep-revisions': '10',
    'health-url': healthUrl,
  };
}

export interface DemoRun {
  sha: string;
  steps: StepResult[];
  outputs: Record<string, string>;
  /** What the service ran after the run, and the version its /health reported. */
  running: { taskDefinitionArn: string; version: string };
}

export interface BlockedRun extends DemoRun {
  /** The step that failed, if any did. */
  failed?: StepResult;
}

export interface DemoReport {
  first: DemoRun;
  second: DemoRun;
  blocked: BlockedRun;
  /** Staging releases the commit whose bug only production traffic shows. */
  fourth: DemoRun;
  githubDeployments: string[];
  production: ProductionReport;
}

type Print = (text: string) => void;

/**
 * Runs the staging pipeline four times, then the production story; checks each run did what it should; throws on
 * anything else. Brief unless `verbose` (DEMO_VERBOSE=1 or --verbose): see printer.ts.
 */
export async function runDemo(
  print: Print = (text) => process.stdout.write(text + '\n'),
  verbose = verboseAsked(),
): Promise<DemoReport> {
  const out = new DemoPrinter(print, verbose);
  const say: Print = (text) => out.print(text);
  const workflow = readWorkflow(WORKFLOW_PATH);
  const rule = (title: string) => out.rule(title);
  rule('Testbed');
  const testbed = await startTestbed({
    cluster: 'rides-staging',
    service: 'trip-service',
    repository: 'rides/trip-service',
    serviceDir: join(REPO_ROOT, 'examples/trip-service'),
    environmentFile: join(REPO_ROOT, 'examples/trip-service/environments.json'),
    environment: 'staging',
    log: (line) => say(`  • ${line}`),
  });
  const breaking = breakingCheckout();
  try {
    const inputs = resolveInputs(workflow, demoInputs(testbed.healthUrl));
    const before = testbed.running();
    say(`  • ${before.taskDefinitionArn.split('/').pop()} runs now; /health reports version "${before.version}"`);

    rule(`Run 1: merge ${MERGE_SHA.slice(0, 7)} to main — build, register, migrate, roll out, check /health`);
    const first = await runOnce(workflow, inputs, testbed, { sha: MERGE_SHA, workspace: REPO_ROOT }, out);
    const firstProblems = releaseProblems(first);
    if (firstProblems.length) throw new Error(`run 1 did not release ${first.sha}: ${firstProblems.join('; ')}`);

    rule(
      `Run 2: ${MERGE_SHA.slice(0, 7)} again (a re-run) — nothing should be rebuilt, registered, migrated or rolled out`,
    );
    const second = await runOnce(workflow, inputs, testbed, { sha: MERGE_SHA, workspace: REPO_ROOT }, out);
    const problems = noOpProblems(first, second);
    if (problems.length) throw new Error(`the re-run was not a no-op: ${problems.join('; ')}`);

    rule(
      `Run 3: a push of ${breaking.run.sha.slice(0, 7)}, which adds migration ${BREAKING_MIGRATION.name} (DROP COLUMN "fareCents", still read by the running version) — the lint must stop the release`,
    );
    const blocked = await runBlocked(workflow, inputs, testbed, breaking.run, out);
    const failureProblems = blockedProblems(blocked, second.running);
    if (failureProblems.length)
      throw new Error(`the failure path did not fail as it should: ${failureProblems.join('; ')}`);

    rule(`Run 4: a push of ${BROKEN_SHA.slice(0, 7)}, whose bug staging's checks do not catch — released to staging`);
    const fourth = await runOnce(workflow, inputs, testbed, { sha: BROKEN_SHA, workspace: REPO_ROOT }, out);
    const fourthProblems = releaseProblems(fourth);
    if (fourthProblems.length) throw new Error(`run 4 did not release ${fourth.sha}: ${fourthProblems.join('; ')}`);

    const deployments = deploymentProblems(testbed.githubDeployments, 4);
    if (deployments.length) throw new Error(`GitHub deployment records: ${deployments.join('; ')}`);
    const stagingDeployments = [...testbed.githubDeployments];

    const production = await runProduction(
      testbed,
      { good: MERGE_SHA, neverCompleted: breaking.run.sha },
      (step) => out.step(step),
      say,
      rule,
    );

    rule('Result');
    say(
      `  Run 1 released ${first.sha.slice(0, 7)} as ${shortArn(first.outputs['task-definition-arn'])} (registered once, migrated from, rolled out): ${first.outputs['image-ref']}; /health reports it.`,
    );
    say(
      '  Run 2 rebuilt nothing (build-push reused the image), registered nothing, applied no migration, rolled nothing out.',
    );
    say(
      `  Run 3 stopped at ${blocked.failed?.title}: ${blocked.failed?.outputs['lint-blocking-count']} blocking lint finding(s), nothing applied; ${shortArn(blocked.running.taskDefinitionArn)} still runs and /health still reports ${blocked.running.version.slice(0, 7)}.`,
    );
    say(`  Run 4 released ${fourth.sha.slice(0, 7)} to staging as ${shortArn(fourth.outputs['task-definition-arn'])}.`);
    say(
      `  GitHub deployment records in staging, one per release job (its environment): ${stagingDeployments.filter((r) => !r.startsWith('created')).join(', ')}`,
    );
    printProductionResult(production, say);
    return { first, second, blocked, fourth, githubDeployments: stagingDeployments, production };
  } finally {
    rule('Stopping the testbed');
    breaking.remove();
    await testbed.stop();
  }
}

const shortArn = (arn: string | undefined) => arn?.split('/').pop() ?? 'none';

async function runOnce(
  workflow: Workflow,
  inputs: Record<string, string | boolean>,
  testbed: Testbed,
  run: PipelineRun,
  out: DemoPrinter,
): Promise<DemoRun> {
  try {
    const { steps, outputs } = await runPipeline(workflow, inputs, testbed, run, (step) => out.step(step));
    return { sha: run.sha, steps, outputs, running: testbed.running() };
  } catch (err) {
    if (err instanceof StepFailed)
      out.print(
        `\n✖ ${err.message}\n${withoutCommands(err.result.output ?? '')
          .split('\n')
          .slice(-40)
          .join('\n')}`,
      );
    throw err;
  }
}

/** A run that is expected to fail: returns where it stopped instead of throwing. */
async function runBlocked(
  workflow: Workflow,
  inputs: Record<string, string | boolean>,
  testbed: Testbed,
  run: PipelineRun,
  out: DemoPrinter,
): Promise<BlockedRun> {
  try {
    const { steps, outputs } = await runPipeline(workflow, inputs, testbed, run, (step) => out.step(step));
    return { sha: run.sha, steps, outputs, running: testbed.running() };
  } catch (err) {
    if (!(err instanceof StepFailed)) throw err;
    // Brief, the failed step already showed its annotations; verbose shows them here, as the run's annotations say it.
    out.print(
      `✖ ${err.message}: the release stops here, as the runner's job would.${out.verbose ? " Why, as the run's annotations say it:" : ''}`,
    );
    if (out.verbose)
      for (const annotation of errorAnnotations(err.result.output ?? '')) out.print(wrap(annotation, 96, '    '));
    return { sha: run.sha, steps: err.steps, outputs: {}, failed: err.result, running: testbed.running() };
  }
}

/**
 * The checkout the third run has, in a scratch git repository (this one is not touched): a commit holding the
 * example service as released, then the pushed commit adding the breaking migration, and the push event naming
 * the first as `before`, so migrate lints what the push added, as it does on GitHub.
 */
function breakingCheckout(): { run: PipelineRun; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'demo-checkout-'));
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=demo', '-c', 'user.email=demo@example.com', '-c', 'commit.gpgsign=false', ...args],
      { cwd: path, encoding: 'utf8' },
    ).trim();
  cpSync(join(REPO_ROOT, 'examples/trip-service'), join(path, 'examples/trip-service'), {
    recursive: true,
    filter: (source) => !source.includes('node_modules'),
  });
  git('init', '--quiet', '--initial-branch=main');
  git('add', 'examples');
  git('commit', '--quiet', '-m', 'trip-service as released');
  const before = git('rev-parse', 'HEAD');
  const dir = join(path, 'examples/trip-service/prisma/migrations', BREAKING_MIGRATION.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), BREAKING_MIGRATION.sql);
  git('add', 'examples');
  git('commit', '--quiet', '-m', 'Drop Trip.fareCents');
  const sha = git('rev-parse', 'HEAD');
  const eventPath = join(path, '.git', 'demo-push-event.json');
  writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main', before, after: sha }));
  // The Prisma CLI and its offline engine, as the checkout's `npm ci` would provide them (not committed).
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(path, 'node_modules'));
  return {
    run: { sha, workspace: path, env: { GITHUB_EVENT_PATH: eventPath } },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** The text of each `::error …::` line an action printed (what GitHub shows as an annotation). Pure. */
export const errorAnnotations = annotations;

const byId = (steps: StepResult[], id: string) => steps.find((s) => s.id === id);

/** What a release of a new commit must have done. Pure. */
export function releaseProblems(run: DemoRun): string[] {
  const problems: string[] = [];
  const registered = byId(run.steps, 'register')?.outputs['task-definition-arn'];
  if (!registered) problems.push('the register step gave no task-definition-arn');
  if (byId(run.steps, 'deploy')?.outputs['task-definition-arn'] !== registered)
    problems.push(
      `deploy-ecs rolled out ${byId(run.steps, 'deploy')?.outputs['task-definition-arn']}, not the registered ${registered}`,
    );
  if (run.running.taskDefinitionArn !== registered)
    problems.push(`the service runs ${run.running.taskDefinitionArn}, not ${registered}`);
  if (run.running.version !== run.sha)
    problems.push(`/health reports version "${run.running.version}", not the deployed ${run.sha}`);
  return problems;
}

/** What a re-run of the same commit must not do. Pure. */
export function noOpProblems(first: DemoRun, second: DemoRun): string[] {
  const outputs = (run: DemoRun, id: string) => byId(run.steps, id)?.outputs ?? {};
  const problems: string[] = [];
  if (outputs(second, 'image').reused !== 'true')
    problems.push(`build-push rebuilt the image (reused=${outputs(second, 'image').reused})`);
  if (outputs(second, 'register')['task-definition-arn'] !== outputs(first, 'register')['task-definition-arn']) {
    problems.push(
      `a second revision was registered (${outputs(second, 'register')['task-definition-arn']} after ${outputs(first, 'register')['task-definition-arn']})`,
    );
  }
  if (outputs(second, 'migrate')['applied-count'] !== '0')
    problems.push(`migrate applied ${outputs(second, 'migrate')['applied-count']} migration(s)`);
  if (outputs(second, 'deploy').changed !== 'false')
    problems.push(`deploy-ecs changed the service (changed=${outputs(second, 'deploy').changed})`);
  return problems;
}

/**
 * What the release with a breaking migration must have done: stop at the lint, before the database and the service.
 * Pure.
 */
export function blockedProblems(blocked: BlockedRun, before: DemoRun['running']): string[] {
  if (!blocked.failed) return ['the release succeeded'];
  const problems: string[] = [];
  if (blocked.failed.id !== 'migrate') problems.push(`it failed at ${blocked.failed.title}, not at the migration lint`);
  else if (!(Number(blocked.failed.outputs['lint-blocking-count']) > 0))
    problems.push('migrate failed, but not because the lint found a blocking migration');
  if (blocked.failed.outputs['applied-count'] && blocked.failed.outputs['applied-count'] !== '0')
    problems.push(`migrate applied ${blocked.failed.outputs['applied-count']} migration(s)`);
  if (blocked.steps.some((s) => s.id === 'deploy' && s.exitCode !== undefined)) problems.push('the rollout ran');
  if (blocked.running.taskDefinitionArn !== before.taskDefinitionArn)
    problems.push(`the service moved from ${before.taskDefinitionArn} to ${blocked.running.taskDefinitionArn}`);
  if (blocked.running.version !== before.version)
    problems.push(`/health reports "${blocked.running.version}" instead of "${before.version}"`);
  return problems;
}

/** One GitHub deployment record per release job (the job's `environment:`), none made by an action. Pure. */
export function deploymentProblems(records: string[], releases: number): string[] {
  const created = records.filter((r) => r.startsWith('created for'));
  const problems: string[] = [];
  if (created.length !== releases)
    problems.push(`${created.length} created for ${releases} release(s): ${records.join(' → ')}`);
  const byAction = records.filter((r) => r.includes('(by an action)'));
  if (byAction.length) problems.push(`an action recorded a second deployment: ${byAction.join(', ')}`);
  return problems;
}

function printProductionResult(report: ProductionReport, print: Print): void {
  const { refused, good, broken, manual } = report;
  const bake = (run: { steps: StepResult[] }) => run.steps.find((s) => s.id === 'bake')?.outputs ?? {};
  const first = (text: string | undefined) => text?.split('\n')[0];
  print(
    `  Production 1 refused ${refused.sha.slice(0, 7)} at the staging check; nothing in production ran. Slack: ${first(refused.slack.at(-1))}`,
  );
  print(`  Production 2 promoted ${good.sha.slice(0, 7)}: ${bake(good).reason}; ${describeColors(good.colors)}.`);
  // The reason is the bake's summary's, above: here the verdict and where traffic is.
  const where = /before any traffic moved/.test(bake(broken).reason ?? '') ? 'before any traffic moved' : 'at 10%';
  print(
    `  Production 3 aborted ${broken.sha.slice(0, 7)} ${where} (reason above); traffic back in ${bake(broken)['restore-ms']} ms; ${describeColors(broken.colors)}.`,
  );
  print(
    `        20 requests through the front after it: ${JSON.stringify(broken.traffic.byColor)}, ${broken.traffic.errors} errors. SNS (read back from moto) and Slack: ${first(broken.sns.at(-1))}`,
  );
  print(
    `  By hand, rollback.yml put staging back on ${manual.stagingVersion.slice(0, 7)}; SNS: ${first(manual.sns.at(-1))}`,
  );
}

/** One step, everything about it (the verbose form; the demos print through DemoPrinter). */
export function printStep(step: StepResult, print: Print): void {
  printStepVerbose(step, print);
}
