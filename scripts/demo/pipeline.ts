/** Runs the reusable workflow's steps on the testbed: the bundled actions, as the runner runs them. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runDist } from '../../test/support/run-dist.js';
import type { Testbed } from './testbed.js';
import {
  type ExpressionContext,
  interpolate,
  jobNeeds,
  jobOrder,
  type PlannedStep,
  planPipeline,
  stepRuns,
  type Workflow,
} from './workflow.js';

/** What a run of workflow steps needs from the machine standing in for the runner and the account. */
export interface StepHost {
  /** Environment for every step (AWS at moto, and whatever else stands in). */
  env: Record<string, string>;
  /** GitHub deployment records, in order: those GitHub makes for a job's `environment:`. */
  githubDeployments: string[];
}

/** What a run changes about a step because this machine cannot do it for real, and why. */
export interface Substitution<H extends StepHost = Testbed> {
  /** The inputs the run adds or replaces, given the step's own (evaluated) inputs. */
  inputs: (host: H, written: Record<string, string>) => Record<string, string>;
  why: string;
  /** What the host does after the step, standing in for what the real service would do on its own. */
  after?: (host: H, inputs: Record<string, string>, outputs: Record<string, string>) => Promise<void>;
}

/** Per action: what a host substitutes in a step's inputs. Everything else comes from the workflow as written. */
export type Substitutions<H extends StepHost = Testbed> = Record<string, Substitution<H>>;

/** Per action: the inputs the demo adds or replaces. Everything else comes from the workflow as written. */
export const DEMO_SUBSTITUTIONS: Substitutions = {
  'build-push': {
    why: "No Docker engine here: buildah builds Dockerfile.offline (the same stages on a busybox base, since node:24-alpine cannot be pulled) and pushes to a registry on loopback; ECR's API is moto, and the testbed records each push there with the registry's digest.",
    // A promotion builds nothing: it runs as written.
    inputs: (_testbed, written): Record<string, string> =>
      written['promote-from'] ? {} : { builder: 'buildah', dockerfile: 'examples/trip-service/Dockerfile.offline' },
    after: async (testbed, inputs, outputs) => {
      if (outputs.result === 'built') await testbed.recordPushInEcr(inputs.repository, outputs.tags.split(','));
    },
  },
  migrate: {
    why: "moto starts no containers, so the same Prisma migrations run on this machine (mode local) against PostgreSQL on loopback instead of in a one-off ECS task of the release's revision.",
    inputs: (testbed, written) => ({
      mode: 'local',
      'database-url': testbed.databases?.[written.cluster] ?? testbed.databaseUrl,
    }),
  },
  'deploy-ecs': {
    why: 'moto stands in for ECS; its deployments settle on the first look (test/support/moto_server.py), and the testbed then runs the service as a local process with the environment of the revision the service runs.',
    // Only the step that watches a rollout polls.
    inputs: (_testbed, written): Record<string, string> =>
      written['register-only'] === 'true' ? {} : { 'poll-interval': '1s' },
    after: async (testbed) => testbed.runServiceRevision(),
  },
  'bake-and-promote': {
    why: "Bake times compressed (10 s a step, checks every second); moto stands in for ECS, ELBv2 and CloudWatch, and a front routes each request to one of two local stand-ins for the colors' tasks by the rule's weights as moto holds them. moto has no ALB metrics (the front's requests are not published to CloudWatch), so the canary-vs-stable metrics are off; the smoke checks and the alarm run.",
    inputs: (_testbed, written): Record<string, string> => ({
      steps: compressSteps(written.steps ?? ''),
      'check-interval': '1s',
      'poll-interval': '1s',
      'wait-timeout': '30s',
      metrics: 'false',
      'max-extension': '10s',
    }),
  },
  release: {
    why: "moto stands in for ECS (its deployments settle on the first look), so each rollout the release's steps watch is polled every second; the demo's services file itself bakes each step for 2 s (50%:2s, 100%) with checks every second, and its migrations are linted, not run (migrate-mode lint-only: no database behind the three services).",
    inputs: (_testbed, written): Record<string, string> =>
      written.command === 'release' ? { 'poll-interval': '1s', 'wait-timeout': '30s' } : {},
  },
  rollback: {
    why: 'moto stands in for ECS (its deployments settle on the first look), so the rollout is polled every second; the testbed then runs the revision the service runs, as ECS would.',
    // A dry run, or a check that staging completed a commit (verify-only), watches nothing.
    inputs: (_testbed, written): Record<string, string> =>
      written['dry-run'] === 'true' || written['verify-only'] === 'true' ? {} : { 'poll-interval': '1s' },
    after: async (testbed) => testbed.runServiceRevision(),
  },
};

/**
 * `10%:10m, 100%` → `10%:10s, 100%`: each step bakes 10 seconds (or `bake`); through the front one request in ten
 * reaches a 10% canary, and the smoke file's two checks a second reach it within five. Pure.
 */
export function compressSteps(steps: string, bake = '10s'): string {
  return steps.replace(/:\s*\d+(?:\.\d+)?[smh]/g, `:${bake}`);
}

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
  /** The secrets the caller passes (`secrets.*`). */
  secrets?: Record<string, string>;
  /**
   * The repository's and each environment's variables (`vars.*`): a job with `environment:` sees its own over the
   * repository's.
   */
  vars?: { repository?: Record<string, string>; environments?: Record<string, Record<string, string>> };
  /** `workflow_dispatch` for a run by hand (its inputs), else the workflow is called (`workflow_call`). */
  event?: 'workflow_call' | 'workflow_dispatch';
}

/** How each job ended, as `needs.<job>.result` says it. */
export type JobResult = 'success' | 'failure' | 'skipped';

/** Thrown when a job failed, after every job that still runs (`if: failure()`, `always()`) has run. */
export class StepFailed extends Error {
  constructor(
    readonly result: StepResult,
    readonly steps: StepResult[],
    readonly jobs: Record<string, JobResult> = {},
    readonly outputs: Record<string, string> = {},
  ) {
    super(`step ${result.job}/${result.id} (${result.title}) failed with exit code ${result.exitCode}`);
  }
}

/**
 * The inputs an action step gets: the workflow's `with:`, evaluated, then the host's substitutions (the demo's by
 * default).
 */
export function actionInputs<H extends StepHost = Testbed>(
  planned: PlannedStep,
  context: ExpressionContext,
  host: H,
  substitutions: Substitutions<H> = DEMO_SUBSTITUTIONS as unknown as Substitutions<H>,
): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(planned.step.with ?? {}))
    inputs[name] = String(interpolate(value, context));
  if (planned.kind.kind === 'action')
    Object.assign(inputs, substitutions[planned.kind.action]?.inputs(host, { ...inputs }) ?? {});
  return inputs;
}

/** A job's GitHub environment, evaluated: GitHub records one deployment to it each time the job runs. */
export function jobEnvironment(workflow: Workflow, job: string, context: ExpressionContext): string | undefined {
  const environment = workflow.jobs[job].environment;
  if (environment === undefined) return undefined;
  return String(interpolate(typeof environment === 'string' ? environment : environment.name, context));
}

/** Which jobs of a workflow to run; the others are taken as already run, with the results and outputs given here. */
export interface JobSelection {
  /** The jobs to run (default: all). */
  jobs?: string[];
  /** For a job that is not run: its result and outputs, as `needs.<job>` shows them (a job not named here: skipped). */
  done?: Record<string, { outputs: Record<string, string>; result: JobResult }>;
}

/** The demo's run: every job of the workflow on the testbed, with the demo's substitutions. */
export async function runPipeline(
  workflow: Workflow,
  inputs: Record<string, string | boolean>,
  testbed: Testbed,
  run: PipelineRun,
  onStep: (result: StepResult) => void,
): Promise<{ steps: StepResult[]; outputs: Record<string, string>; jobs: Record<string, JobResult> }> {
  return runWorkflow(workflow, inputs, { host: testbed, substitutions: DEMO_SUBSTITUTIONS }, run, onStep);
}

/**
 * Runs the jobs in `needs` order, as the runner would: a job runs when its `if` holds (by default, when every job
 * it needs succeeded); within a job, a failed step skips the rest but for `if: failure()` or `always()` steps.
 * `selection` runs some jobs only, the others standing as already run. Returns each step's result, each job's and
 * the workflow's outputs; throws StepFailed at the end if a job failed.
 */
export async function runWorkflow<H extends StepHost>(
  workflow: Workflow,
  inputs: Record<string, string | boolean>,
  { host, substitutions }: { host: H; substitutions: Substitutions<H> },
  run: PipelineRun,
  onStep: (result: StepResult) => void,
  selection: JobSelection = {},
): Promise<{ steps: StepResult[]; outputs: Record<string, string>; jobs: Record<string, JobResult> }> {
  const github = {
    token: 'ghs_demo_token',
    sha: run.sha,
    event: {},
    server_url: 'https://github.com',
    repository: 'rides/rides',
    run_id: '4242',
  };
  const context: ExpressionContext = {
    inputs,
    needs: {},
    steps: {},
    secrets: run.secrets ?? {},
    vars: run.vars?.repository ?? {},
    github,
  };
  const results: StepResult[] = [];
  const jobs: Record<string, JobResult> = {};
  let firstFailure: StepResult | undefined;
  for (const job of jobOrder(workflow)) {
    if (selection.jobs && !selection.jobs.includes(job)) {
      const done = selection.done?.[job] ?? { outputs: {}, result: 'skipped' as const };
      jobs[job] = done.result;
      context.needs[job] = { ...done };
      continue;
    }
    const failedAbove = ancestors(workflow, job).some((name) => jobs[name] === 'failure');
    context.status = {
      failed: failedAbove,
      success: jobNeeds(workflow, job).every((name) => jobs[name] === 'success'),
    };
    context.steps = {};
    if (!stepRuns(workflow.jobs[job], context)) {
      jobs[job] = 'skipped';
      context.needs[job] = { outputs: {}, result: 'skipped' };
      const skipped: StepResult = {
        job,
        id: job,
        title: `job ${job}`,
        skipped:
          workflow.jobs[job].if === undefined
            ? 'a job it needs did not succeed'
            : `if: ${String(workflow.jobs[job].if)} is false`,
        outputs: {},
      };
      results.push(skipped);
      onStep(skipped);
      continue;
    }
    // As GitHub does for a job with `environment:`: one deployment record, created when the job starts, and the
    // environment's variables over the repository's.
    const environment = jobEnvironment(workflow, job, context);
    context.vars = { ...run.vars?.repository, ...(environment ? run.vars?.environments?.[environment] : {}) };
    if (environment) host.githubDeployments.push(`created for ${environment} (the ${job} job's environment)`);
    context.status = { failed: false };
    for (const planned of planPipeline(workflow).filter((s) => s.job === job)) {
      const result = await runStep(planned, context, host, substitutions, run);
      results.push(result);
      onStep(result);
      if (result.exitCode !== undefined && result.exitCode !== 0) {
        context.status = { failed: true };
        firstFailure ??= result;
      }
      context.steps[planned.id] = { outputs: result.outputs };
    }
    jobs[job] = context.status.failed ? 'failure' : 'success';
    // A failed job's outputs are still those its steps set.
    const outputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(workflow.jobs[job].outputs ?? {}))
      outputs[name] = String(interpolate(value, context));
    context.needs[job] = { outputs, result: jobs[job] };
    if (environment) host.githubDeployments.push(jobs[job]);
  }
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(workflow.on.workflow_call?.outputs ?? {})) {
    outputs[name] = String(interpolate(spec.value.replace(/jobs\.(\w+)\.outputs/g, 'needs.$1.outputs'), context));
  }
  if (firstFailure) throw new StepFailed(firstFailure, results, jobs, outputs);
  return { steps: results, outputs, jobs };
}

/** Every job a job needs, directly or through others. */
function ancestors(workflow: Workflow, job: string): string[] {
  const direct = jobNeeds(workflow, job);
  return [...direct, ...direct.flatMap((name) => ancestors(workflow, name))];
}

/** How a step is named in the demo: the action, and the step's own name when it has one. */
export function stepTitle(planned: PlannedStep): string {
  const { kind, step } = planned;
  if (kind.kind === 'action') return step.name ? `${kind.action}: ${step.name}` : kind.action;
  if (kind.kind === 'run') return step.name ?? 'run';
  return step.uses ?? kind.kind;
}

async function runStep<H extends StepHost>(
  planned: PlannedStep,
  context: ExpressionContext,
  host: H,
  substitutions: Substitutions<H>,
  run: PipelineRun,
): Promise<StepResult> {
  const { step, kind, job, id } = planned;
  const base: StepResult = { job, id, title: stepTitle(planned), outputs: {} };
  if (!stepRuns(step, context))
    return {
      ...base,
      skipped:
        context.status?.failed && !/\b(failure|always)\(/.test(String(step.if))
          ? 'a step before it failed'
          : `if: ${String(step.if)} is false`,
    };
  if (kind.kind === 'checkout') return { ...base, skipped: 'the working tree is already here' };
  if (kind.kind === 'aws-credentials')
    return { ...base, skipped: 'credentials for moto on loopback are already in the environment (no OIDC here)' };
  if (kind.kind === 'builder-setup')
    return { ...base, skipped: 'no Docker engine here: build-push builds with buildah instead' };
  if (kind.kind === 'artifact')
    return {
      ...base,
      skipped: `no artifact store here: ${String(interpolate(step.with?.path ?? '', context))} stays on the runner`,
      outputs: { path: String(interpolate(step.with?.path ?? '', context)) },
    };

  const env: Record<string, string> = { ...host.env, ...run.env, GITHUB_SHA: run.sha };
  for (const [name, value] of Object.entries(step.env ?? {})) env[name] = String(interpolate(value, context));
  const started = Date.now();
  if (kind.kind === 'run') {
    // As the runner runs a `run:` step: bash -e, with a job summary file of its own.
    const dir = mkdtempSync(join(tmpdir(), 'demo-run-step-'));
    const summaryFile = join(dir, 'summary.md');
    writeFileSync(summaryFile, '');
    try {
      // Not spawnSync: the stand-ins a step talks to (Slack, the service) answer from this process.
      const ran = await runScript(kind.script, {
        cwd: run.workspace,
        env: { ...process.env, ...env, GITHUB_STEP_SUMMARY: summaryFile },
      });
      const summary = readFileSync(summaryFile, 'utf8').trim();
      return {
        ...base,
        exitCode: ran.status,
        seconds: (Date.now() - started) / 1000,
        output: ran.output.trim(),
        summary: summary || undefined,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const inputs = actionInputs(planned, context, host, substitutions);
  const substitution = substitutions[kind.action];
  // Said only where the run changed an input of this step (the register step, say, runs as written).
  const substituted = Object.keys(substitution?.inputs(host, { ...inputs }) ?? {}).length > 0;
  const ran = await runDist(kind.action, { inputs, env, cwd: run.workspace, timeoutMs: 300_000 });
  if (ran.exitCode === 0) await substitution?.after?.(host, inputs, ran.outputs);
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

/** Runs a `run:` script with bash -e, as the runner does; at most three minutes. */
function runScript(
  script: string,
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-c', script], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ status: code ?? 1, output });
    });
  });
}
