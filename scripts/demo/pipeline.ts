/** Runs the reusable workflow's steps on the testbed: the bundled actions, as the runner runs them. */
import { spawnSync } from 'node:child_process';
import { runDist } from '../../test/support/run-dist.js';
import type { Testbed } from './testbed.js';
import { interpolate, planPipeline, stepRuns, type ExpressionContext, type PlannedStep, type Workflow } from './workflow.js';

/** What the demo changes about a step because this machine cannot do it for real, and why. */
export interface Substitution {
  /** The inputs the demo adds or replaces, given the step's own (evaluated) inputs. */
  inputs: (testbed: Testbed, written: Record<string, string>) => Record<string, string>;
  why: string;
  /** What the testbed does after the step, standing in for what the real service would do on its own. */
  after?: (testbed: Testbed, inputs: Record<string, string>, outputs: Record<string, string>) => Promise<void>;
}

/** Per action: the inputs the demo adds or replaces. Everything else comes from the workflow as written. */
export const DEMO_SUBSTITUTIONS: Record<string, Substitution> = {
  'build-push': {
    why: 'No Docker engine here: buildah builds Dockerfile.offline (the same stages on a busybox base, since node:24-alpine cannot be pulled) and pushes to a registry on loopback; ECR\'s API is moto, and the testbed records each push there with the registry\'s digest.',
    inputs: () => ({ builder: 'buildah', dockerfile: 'examples/trip-service/Dockerfile.offline' }),
    after: async (testbed, inputs, outputs) => {
      if (outputs.result === 'built') await testbed.recordPushInEcr(inputs.repository, outputs.tags.split(','));
    },
  },
  migrate: {
    why: 'moto starts no containers, so the same Prisma migrations run on this machine (mode local) against PostgreSQL on loopback instead of in a one-off ECS task of the release\'s revision.',
    inputs: (testbed) => ({ mode: 'local', 'database-url': testbed.databaseUrl }),
  },
  'deploy-ecs': {
    why: 'moto stands in for ECS; its deployments settle on the first look (test/support/moto_server.py), and the testbed then runs the service as a local process with the environment of the revision the service runs.',
    // Only the step that watches a rollout polls.
    inputs: (_testbed, written): Record<string, string> => (written['register-only'] === 'true' ? {} : { 'poll-interval': '1s' }),
    after: async (testbed) => testbed.runServiceRevision(),
  },
};

export interface StepResult {
  job: string;
  id: string;
  title: string;
  skipped?: string;
  inputs?: Record<string, string>;
  substitution?: string;
  exitCode?: number;
  seconds?: number;
  outputs: Record<string, string>;
  summary?: string;
  output?: string;
}

/** What one run of the pipeline is about: the commit, and the checkout the runner would have. */
export interface PipelineRun {
  sha: string;
  /** GITHUB_WORKSPACE: the repository checkout at `sha`. */
  workspace: string;
  /** More of the runner's environment, e.g. GITHUB_EVENT_PATH. */
  env?: Record<string, string>;
}

/** Thrown when a step fails: the pipeline stops there, as the runner's would. */
export class StepFailed extends Error {
  constructor(
    readonly result: StepResult,
    readonly steps: StepResult[],
  ) {
    super(`step ${result.job}/${result.id} (${result.title}) failed with exit code ${result.exitCode}`);
  }
}

/** The inputs an action step gets: the workflow's `with:`, evaluated, then the demo's substitutions. */
export function actionInputs(planned: PlannedStep, context: ExpressionContext, testbed: Testbed): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(planned.step.with ?? {})) inputs[name] = String(interpolate(value, context));
  if (planned.kind.kind === 'action') Object.assign(inputs, DEMO_SUBSTITUTIONS[planned.kind.action]?.inputs(testbed, { ...inputs }) ?? {});
  return inputs;
}

/** A job's GitHub environment, evaluated: GitHub records one deployment to it each time the job runs. */
export function jobEnvironment(workflow: Workflow, job: string, context: ExpressionContext): string | undefined {
  const environment = workflow.jobs[job].environment;
  if (environment === undefined) return undefined;
  return String(interpolate(typeof environment === 'string' ? environment : environment.name, context));
}

/** Runs every job's steps in order; returns each step's result and the workflow's outputs. */
export async function runPipeline(
  workflow: Workflow,
  inputs: Record<string, string | boolean>,
  testbed: Testbed,
  run: PipelineRun,
  onStep: (result: StepResult) => void,
): Promise<{ steps: StepResult[]; outputs: Record<string, string> }> {
  const context: ExpressionContext = { inputs, needs: {}, steps: {}, secrets: {}, github: { token: 'ghs_demo_token', sha: run.sha, event: {} } };
  const results: StepResult[] = [];
  let currentJob = '';
  let environment: string | undefined;
  for (const planned of planPipeline(workflow)) {
    if (planned.job !== currentJob) {
      if (currentJob) finishJob(workflow, currentJob, context, testbed, environment, 'success');
      currentJob = planned.job;
      context.steps = {};
      // As GitHub does for a job with `environment:`: one deployment record, created when the job starts.
      environment = jobEnvironment(workflow, currentJob, context);
      if (environment) testbed.githubDeployments.push(`created for ${environment} (the ${currentJob} job's environment)`);
    }
    const result = await runStep(planned, context, testbed, run);
    results.push(result);
    onStep(result);
    if (result.exitCode !== undefined && result.exitCode !== 0) {
      if (environment) testbed.githubDeployments.push('failure');
      throw new StepFailed(result, results);
    }
    context.steps[planned.id] = { outputs: result.outputs };
  }
  finishJob(workflow, currentJob, context, testbed, environment, 'success');
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(workflow.on.workflow_call.outputs)) {
    outputs[name] = String(interpolate(spec.value.replace(/jobs\.(\w+)\.outputs/g, 'needs.$1.outputs'), context));
  }
  return { steps: results, outputs };
}

function finishJob(workflow: Workflow, job: string, context: ExpressionContext, testbed: Testbed, environment: string | undefined, state: string): void {
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(workflow.jobs[job].outputs ?? {})) outputs[name] = String(interpolate(value, context));
  context.needs[job] = { outputs };
  if (environment) testbed.githubDeployments.push(state);
}

/** How a step is named in the demo: the action, and the step's own name when it has one. */
export function stepTitle(planned: PlannedStep): string {
  const { kind, step } = planned;
  if (kind.kind === 'action') return step.name ? `${kind.action}: ${step.name}` : kind.action;
  if (kind.kind === 'run') return step.name ?? 'run';
  return step.uses ?? kind.kind;
}

async function runStep(planned: PlannedStep, context: ExpressionContext, testbed: Testbed, run: PipelineRun): Promise<StepResult> {
  const { step, kind, job, id } = planned;
  const base: StepResult = { job, id, title: stepTitle(planned), outputs: {} };
  if (!stepRuns(step, context)) return { ...base, skipped: `if: ${String(step.if)} is false` };
  if (kind.kind === 'checkout') return { ...base, skipped: 'the working tree is already here' };
  if (kind.kind === 'aws-credentials') return { ...base, skipped: 'credentials for moto on loopback are already in the environment (no OIDC here)' };
  if (kind.kind === 'builder-setup') return { ...base, skipped: 'no Docker engine here: build-push builds with buildah instead' };

  const env: Record<string, string> = { ...testbed.env, ...run.env, GITHUB_SHA: run.sha };
  for (const [name, value] of Object.entries(step.env ?? {})) env[name] = String(interpolate(value, context));
  const started = Date.now();
  if (kind.kind === 'run') {
    const ran = spawnSync('bash', ['-e', '-c', kind.script], { cwd: run.workspace, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 180_000 });
    return { ...base, exitCode: ran.status ?? 1, seconds: (Date.now() - started) / 1000, output: `${ran.stdout}${ran.stderr}`.trim() };
  }
  const inputs = actionInputs(planned, context, testbed);
  const substitution = DEMO_SUBSTITUTIONS[kind.action];
  // Said only where the demo changed an input of this step (the register step, say, runs as written).
  const substituted = Object.keys(substitution?.inputs(testbed, { ...inputs }) ?? {}).length > 0;
  const ran = await runDist(kind.action, { inputs, env, cwd: run.workspace, timeoutMs: 300_000 });
  if (ran.exitCode === 0) await substitution?.after?.(testbed, inputs, ran.outputs);
  return {
    ...base,
    inputs,
    substitution: substituted ? substitution?.why : undefined,
    exitCode: ran.exitCode,
    seconds: (Date.now() - started) / 1000,
    outputs: ran.outputs,
    summary: ran.summary,
    output: ran.stdout + ran.stderr,
  };
}

