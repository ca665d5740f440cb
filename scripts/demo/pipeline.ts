/** Runs the reusable workflow's steps on the testbed: the bundled actions, as the runner runs them. */
import { spawnSync } from 'node:child_process';
import { runDist, REPO_ROOT } from '../../test/support/run-dist.js';
import type { Testbed } from './testbed.js';
import { interpolate, planPipeline, stepRuns, type ExpressionContext, type PlannedStep, type Workflow } from './workflow.js';

/** What the demo changes about a step because this machine cannot do it for real, and why. */
export interface Substitution {
  inputs: (testbed: Testbed) => Record<string, string>;
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
    why: 'moto starts no containers, so the same Prisma migrations run on this machine (mode local) against PostgreSQL on loopback instead of in a one-off ECS task.',
    inputs: (testbed) => ({ mode: 'local', 'database-url': testbed.databaseUrl }),
  },
  'deploy-ecs': {
    why: 'moto stands in for ECS; its deployments settle on the first look (test/support/moto_server.py). A local recorder stands in for the GitHub deployments API.',
    inputs: () => ({ 'poll-interval': '1s' }),
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

/** Thrown when a step fails: the pipeline stops there, as the runner's would. */
export class StepFailed extends Error {
  constructor(readonly result: StepResult) {
    super(`step ${result.job}/${result.id} (${result.title}) failed with exit code ${result.exitCode}`);
  }
}

/** The inputs an action step gets: the workflow's `with:`, evaluated, then the demo's substitutions. */
export function actionInputs(planned: PlannedStep, context: ExpressionContext, testbed: Testbed): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(planned.step.with ?? {})) inputs[name] = String(interpolate(value, context));
  if (planned.kind.kind === 'action') Object.assign(inputs, DEMO_SUBSTITUTIONS[planned.kind.action]?.inputs(testbed) ?? {});
  return inputs;
}

/** Runs every job's steps in order; returns each step's result and the workflow's outputs. */
export async function runPipeline(
  workflow: Workflow,
  inputs: Record<string, string | boolean>,
  testbed: Testbed,
  onStep: (result: StepResult) => void,
): Promise<{ steps: StepResult[]; outputs: Record<string, string> }> {
  const context: ExpressionContext = { inputs, needs: {}, steps: {}, github: { token: 'ghs_demo_token', sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', event: {} } };
  const results: StepResult[] = [];
  let currentJob = '';
  for (const planned of planPipeline(workflow)) {
    if (planned.job !== currentJob) {
      if (currentJob) finishJob(workflow, currentJob, context);
      currentJob = planned.job;
      context.steps = {};
    }
    const result = await runStep(planned, context, testbed);
    results.push(result);
    onStep(result);
    if (result.exitCode !== undefined && result.exitCode !== 0) throw new StepFailed(result);
    context.steps[planned.id] = { outputs: result.outputs };
  }
  finishJob(workflow, currentJob, context);
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(workflow.on.workflow_call.outputs)) {
    outputs[name] = String(interpolate(spec.value.replace(/jobs\.(\w+)\.outputs/g, 'needs.$1.outputs'), context));
  }
  return { steps: results, outputs };
}

function finishJob(workflow: Workflow, job: string, context: ExpressionContext): void {
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(workflow.jobs[job].outputs ?? {})) outputs[name] = String(interpolate(value, context));
  context.needs[job] = { outputs };
}

async function runStep(planned: PlannedStep, context: ExpressionContext, testbed: Testbed): Promise<StepResult> {
  const { step, kind, job, id } = planned;
  const title = kind.kind === 'action' ? kind.action : kind.kind === 'run' ? step.name ?? 'run' : step.uses ?? kind.kind;
  const base: StepResult = { job, id, title, outputs: {} };
  if (!stepRuns(step, context)) return { ...base, skipped: `if: ${String(step.if)} is false` };
  if (kind.kind === 'checkout') return { ...base, skipped: 'the working tree is already here' };
  if (kind.kind === 'aws-credentials') return { ...base, skipped: 'credentials for moto on loopback are already in the environment (no OIDC here)' };

  const env: Record<string, string> = { ...testbed.env };
  for (const [name, value] of Object.entries(step.env ?? {})) env[name] = String(interpolate(value, context));
  const started = Date.now();
  if (kind.kind === 'run') {
    const ran = spawnSync('bash', ['-e', '-c', kind.script], { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
    return { ...base, exitCode: ran.status ?? 1, seconds: (Date.now() - started) / 1000, output: `${ran.stdout}${ran.stderr}`.trim() };
  }
  const inputs = actionInputs(planned, context, testbed);
  const run = await runDist(kind.action, { inputs, env, timeoutMs: 300_000 });
  if (run.exitCode === 0) await DEMO_SUBSTITUTIONS[kind.action]?.after?.(testbed, inputs, run.outputs);
  return {
    ...base,
    inputs,
    substitution: DEMO_SUBSTITUTIONS[kind.action]?.why,
    exitCode: run.exitCode,
    seconds: (Date.now() - started) / 1000,
    outputs: run.outputs,
    summary: run.summary,
    output: run.stdout + run.stderr,
  };
}
