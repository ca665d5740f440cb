/**
 * One service's part of a release, as production.yml's release job runs it (promote → register → migrate →
 * bake-and-promote), and its rollback: each step is this repository's own action, run as the runner runs a step.
 */
import { dirname, join } from 'node:path';

import { type EntryRun, runActionEntry } from '../../../lib/core/action-entry.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { PlannedService } from '../../../lib/release/plan.js';
import type { ReleaseService } from '../../../lib/release/services-file.js';
import type { ServiceOutcome, StepTiming } from '../../../lib/release/verdict.js';
import { details } from '../../../lib/report/markdown.js';
import type { ReleaseInputs } from './inputs.js';

/** The folder holding this repository's actions: the bundle runs as `node actions/release/dist/main/index.js`. */
export function actionsDir(script = process.argv[1] ?? ''): string {
  return join(dirname(script), '..', '..', '..');
}

export interface StepContext {
  inputs: ReleaseInputs;
  io: ActionIO;
  signal: AbortSignal;
  /** Child summaries, gathered for the release's summary. */
  summaries: string[];
}

/** Runs one action for one service, its log lines prefixed with the service (workflow commands pass as they are). */
async function step(
  ctx: StepContext,
  service: string,
  name: string,
  action: string,
  inputs: Record<string, string>,
  timings: StepTiming[],
  env: Record<string, string> = {},
): Promise<EntryRun> {
  const startedAt = Date.now();
  ctx.io.info(`${service}: ${name} (${action})`);
  const run = await runActionEntry({
    actionsDir: actionsDir(),
    action,
    inputs: Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== '')),
    env,
    cwd: ctx.inputs.workspace,
    signal: ctx.signal,
    // ::add-mask:: and annotations must reach the runner unprefixed; the rest says which service it is about.
    onLine: (line) =>
      process.stdout.write(
        /^::(add-mask|error|warning|notice)/.test(line)
          ? `${line}\n`
          : `[${service}] ${line.replace(/^::(group|endgroup)::/, '')}\n`,
      ),
  });
  timings.push({ step: name, startedAt, endedAt: Date.now(), ok: run.exitCode === 0 });
  if (run.summary.trim()) ctx.summaries.push(details(`${service}: ${name}`, run.summary));
  return run;
}

const failure = (run: EntryRun, what: string) =>
  run.errors[0]?.replace(/%0A/g, ' ').slice(0, 300) || `${what} exited with ${run.exitCode}`;

/** Promote, register, migrate and bake one service; the outcome says how far it got and why it stopped. */
export async function releaseService(
  ctx: StepContext,
  s: ReleaseService,
  planned: PlannedService,
): Promise<ServiceOutcome> {
  const { inputs } = ctx;
  const outcome: ServiceOutcome = { name: s.name, wave: planned.wave, status: 'failed', migrated: false, steps: [] };
  const polling: Record<string, string> = inputs.pollInterval ? { 'poll-interval': inputs.pollInterval } : {};
  const promote = await step(
    ctx,
    s.name,
    'promote',
    'build-push',
    {
      repository: s.ecrRepository,
      'registry-id': inputs.ecrRegistryId ?? '',
      'promote-from': inputs.sha,
      tags: `${inputs.sha}, ${inputs.environment}-${inputs.sha}`,
    },
    outcome.steps,
  );
  if (promote.exitCode !== 0) return { ...outcome, reason: failure(promote, 'promote') };
  const register = await step(
    ctx,
    s.name,
    'register',
    'deploy-ecs',
    {
      'register-only': 'true',
      cluster: inputs.cluster,
      service: s.blueService || s.service,
      'git-sha': inputs.sha,
      'task-definition-template': s.taskDefinitionTemplate,
      'template-vars': [`GITHUB_SHA=${inputs.sha}`, s.templateVars].filter(Boolean).join('\n'),
      'environment-file': s.environmentFile,
      'environment-name': s.environmentFile ? s.environmentSection || inputs.environment : '',
      container: s.container,
    },
    outcome.steps,
    { IMAGE_URI: promote.outputs['image-ref'] ?? '' },
  );
  outcome.taskDefinitionArn = register.outputs['task-definition-arn'] || undefined;
  if (register.exitCode !== 0 || !outcome.taskDefinitionArn)
    return { ...outcome, reason: failure(register, 'register') };
  if (s.migrate) {
    const migrate = await step(
      ctx,
      s.name,
      'migrate',
      'migrate',
      {
        mode: s.migrateMode || 'ecs-task',
        cluster: inputs.cluster,
        service: s.blueService || s.service,
        'task-definition': outcome.taskDefinitionArn,
        container: s.container,
        'working-directory': s.folder,
        schema: s.migrateSchema,
        config: s.migrateConfig,
        'database-url-secret': s.migrateDatabaseUrlSecret,
        'git-sha': inputs.sha,
        // Where migrate cannot read the pending set, it lints what was added since the commit production runs.
        'lint-base': planned.from.sha ?? 'all',
        ...polling,
      },
      outcome.steps,
    );
    // Whatever ran stays (a failed migrate may have applied the ones before the failing one); an unknown count is
    // taken as applied, so the schema check errs on the side of a person looking.
    const applied = migrate.outputs['applied-count'];
    outcome.migrated = (s.migrateMode || 'ecs-task') !== 'lint-only' && (applied ? Number(applied) > 0 : true);
    if (migrate.exitCode !== 0) return { ...outcome, reason: failure(migrate, 'migrate') };
  }
  const bake = await step(
    ctx,
    s.name,
    'bake',
    'bake-and-promote',
    {
      cluster: inputs.cluster,
      services: s.blueService ? `${s.blueService}, ${s.greenService}` : '',
      service: s.blueService ? '' : s.service,
      'listener-rule-arn': s.listenerRuleArn,
      'task-definition': outcome.taskDefinitionArn,
      steps: s.bakeSteps,
      'check-interval': s.checkInterval,
      hold: s.hold,
      'smoke-file': s.smokeFile,
      'canary-url': s.canaryUrl,
      'production-url': s.productionUrl,
      alarms: s.alarms,
      'wait-timeout': inputs.waitTimeout,
      ...polling,
    },
    outcome.steps,
  );
  outcome.bake = bake.outputs.verdict || undefined;
  if (bake.exitCode !== 0 || bake.outputs.verdict !== 'promoted')
    return { ...outcome, reason: bake.outputs.reason || failure(bake, 'bake') };
  return { ...outcome, status: 'promoted', promotedAt: Date.now(), reason: undefined };
}

/**
 * Rolls one promoted service back with the rollback action: the weight flip for colors, else the revision it ran
 * before.
 */
export async function rollBackService(
  ctx: StepContext,
  s: ReleaseService,
  planned: PlannedService,
  outcome: ServiceOutcome,
  why: string,
): Promise<ServiceOutcome> {
  const { inputs } = ctx;
  const run = await step(
    ctx,
    s.name,
    'rollback',
    'rollback',
    {
      cluster: inputs.cluster,
      services: s.blueService ? `${s.blueService}, ${s.greenService}` : '',
      service: s.blueService ? '' : s.service,
      'listener-rule-arn': s.listenerRuleArn,
      target: s.blueService ? 'previous' : (planned.from.taskDefinitionArn ?? 'previous'),
      reason: why,
      'health-url': s.healthUrl,
      environment: inputs.environment,
      'wait-timeout': inputs.waitTimeout,
      ...(inputs.pollInterval ? { 'poll-interval': inputs.pollInterval } : {}),
    },
    outcome.steps,
  );
  return run.exitCode === 0 && run.outputs.status === 'succeeded'
    ? { ...outcome, status: 'rolled-back', reason: why }
    : { ...outcome, status: 'rollback-failed', reason: `rollback failed: ${failure(run, 'rollback')}` };
}
