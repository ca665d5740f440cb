/** The demo: the staging pipeline for the example service, twice, on a local testbed. */
import { join } from 'node:path';
import { markdownToTerminal } from '../../lib/report/markdown.js';
import { REPO_ROOT } from '../../test/support/run-dist.js';
import { runPipeline, StepFailed, type StepResult } from './pipeline.js';
import { startTestbed, type Testbed } from './testbed.js';
import { readWorkflow, resolveInputs } from './workflow.js';

export const WORKFLOW_PATH = join(REPO_ROOT, '.github/workflows/deploy.yml');

/** What examples/workflows/staging.yml passes for trip-service, with the testbed's health URL. */
export function demoInputs(healthUrl: string): Record<string, string | boolean> {
  return {
    service: 'trip-service',
    environment: 'staging',
    cluster: 'rides-staging',
    'ecr-repository': 'rides/trip-service',
    'aws-region': 'eu-west-1',
    'role-to-assume': 'arn:aws:iam::123456789012:role/staging-deploy',
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
    'health-url': healthUrl,
  };
}

export interface DemoRun {
  steps: StepResult[];
  outputs: Record<string, string>;
}

export interface DemoReport {
  first: DemoRun;
  second: DemoRun;
  githubDeployments: string[];
}

/** Runs the pipeline twice and checks the second run changed nothing; throws on any failure. */
export async function runDemo(print: (text: string) => void = (text) => process.stdout.write(text + '\n')): Promise<DemoReport> {
  const workflow = readWorkflow(WORKFLOW_PATH);
  const rule = (title: string) => print(`\n${'═'.repeat(100)}\n${title}\n${'═'.repeat(100)}`);
  rule('Testbed');
  const testbed = await startTestbed({
    cluster: 'rides-staging',
    service: 'trip-service',
    repository: 'rides/trip-service',
    serviceDir: join(REPO_ROOT, 'examples/trip-service'),
    environmentFile: join(REPO_ROOT, 'examples/trip-service/environments.json'),
    environment: 'staging',
    log: (line) => print(`  • ${line}`),
  });
  try {
    const inputs = resolveInputs(workflow, demoInputs(testbed.healthUrl));
    rule('Run 1: a merge to main — build, migrate, deploy, check /health (.github/workflows/deploy.yml)');
    const first = await runOnce(workflow, inputs, testbed, print);
    rule('Run 2: the same commit again — nothing should be rebuilt, re-migrated or re-registered');
    const second = await runOnce(workflow, inputs, testbed, print);
    const problems = noOpProblems(second.steps);
    if (problems.length) throw new Error(`the re-run was not a no-op: ${problems.join('; ')}`);
    rule('Result');
    print(`  Run 1 deployed ${first.outputs['image-ref']}\n        as ${first.outputs['task-definition-arn']}`);
    print('  Run 2 rebuilt nothing (build-push reused the image), applied no migration, registered nothing.');
    print(`  GitHub deployment records: ${testbed.githubDeployments.join(' → ')}`);
    return { first, second, githubDeployments: [...testbed.githubDeployments] };
  } finally {
    rule('Stopping the testbed');
    await testbed.stop();
  }
}

async function runOnce(workflow: ReturnType<typeof readWorkflow>, inputs: Record<string, string | boolean>, testbed: Testbed, print: (text: string) => void): Promise<DemoRun> {
  try {
    return await runPipeline(workflow, inputs, testbed, (step) => printStep(step, print));
  } catch (err) {
    if (err instanceof StepFailed) print(`\n✖ ${err.message}\n${(err.result.output ?? '').split('\n').slice(-40).join('\n')}`);
    throw err;
  }
}

/** What a re-run of the same commit must not do. Pure. */
export function noOpProblems(steps: StepResult[]): string[] {
  const outputs = (title: string) => steps.find((s) => s.title === title)?.outputs ?? {};
  const problems: string[] = [];
  if (outputs('build-push').reused !== 'true') problems.push(`build-push rebuilt the image (reused=${outputs('build-push').reused})`);
  if (outputs('migrate')['applied-count'] !== '0') problems.push(`migrate applied ${outputs('migrate')['applied-count']} migration(s)`);
  if (outputs('deploy-ecs').changed !== 'false') problems.push(`deploy-ecs changed the service (changed=${outputs('deploy-ecs').changed})`);
  return problems;
}

function printStep(step: StepResult, print: (text: string) => void): void {
  print(`\n▶ ${step.job} › ${step.title}${step.skipped ? `  (skipped: ${step.skipped})` : `  exit ${step.exitCode} in ${step.seconds?.toFixed(1)}s`}`);
  if (step.skipped) return;
  if (step.substitution) print(`  ↳ instead of the real thing: ${step.substitution}`);
  if (step.inputs) {
    for (const [name, value] of Object.entries(step.inputs)) {
      // As the runner masks them: tokens and connection strings never reach the terminal.
      const shown = /token|password|database-url/.test(name) ? '***' : value.split('\n').join(' | ');
      print(`    with ${name}: ${shown}`);
    }
  }
  if (Object.keys(step.outputs).length) {
    print('  outputs:');
    for (const [name, value] of Object.entries(step.outputs)) print(`    ${name} = ${value.length > 160 ? `${value.slice(0, 157)}...` : value}`);
  }
  if (step.summary) print('  job summary:\n' + markdownToTerminal(step.summary).trim().split('\n').map((line) => `    ${line}`).join('\n'));
  else if (step.output) print(step.output.split('\n').map((line) => `    ${line}`).join('\n'));
}
