/** migrate: inputs → lint (before any AWS call or connection) → local or ecs-task migration → outputs and summary. */
import { createAwsClients, type AwsClients } from '../../../lib/aws/clients.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { definedEnv, execCommand, type CommandRunner } from '../../../lib/core/command.js';
import type { GitRunner } from '../../../lib/migrate/migrations.js';
import type { FailureAdvice } from '../../../lib/migrate/prisma.js';
import { migrateInEcs } from './ecs-task.js';
import { readMigrateInputs } from './inputs.js';
import { findingsJson, runLint } from './lint-step.js';
import { migrateLocally } from './local.js';
import { migrateSummary, type MigrateReport } from './summary.js';

export interface MigrateDeps {
  env?: NodeJS.ProcessEnv;
  /** Runs programs (the Prisma CLI, git); tests pass a fake or a plain child-process runner. */
  run?: CommandRunner;
  git?: GitRunner;
  clients?: AwsClients;
  clock?: Clock;
}

export async function main(ctx: RunContext): Promise<void> {
  await migrate(ctx);
}

/** The whole action; `deps` lets tests hand in runners, clients and a clock. */
export async function migrate({ io, signal }: RunContext, deps: MigrateDeps = {}): Promise<void> {
  const env = deps.env ?? process.env;
  const inputs = readMigrateInputs(io, env);
  const run = deps.run ?? execCommand;
  const git: GitRunner = deps.git ?? ((args, cwd) => run('git', args, { cwd, env: definedEnv(env) }));

  const lint = await runLint(inputs, io, git);
  io.setOutput('lint-findings', findingsJson(lint));
  io.setOutput('lint-blocking-count', String(lint.blocking));
  io.setOutput('new-migrations', JSON.stringify(lint.selected.map((m) => m.name)));
  const report: MigrateReport = { mode: inputs.mode, lint, applied: [] };

  if (lint.blocking > 0 && lint.policy === 'fail') {
    report.stoppedByLint = inputs.mode !== 'lint-only';
    await io.appendSummary(migrateSummary(report));
    throw new Error(`the safety lint found ${lint.blocking} blocking finding(s) in ${lint.selected.length} migration(s)${inputs.mode === 'lint-only' ? '' : '; nothing was started'} (see the annotations; allow one with "-- migrate-lint allow <rule>: <reason>" on the line before it, or set lint-policy: warn)`);
  }
  if (inputs.mode === 'lint-only') {
    await io.appendSummary(migrateSummary(report));
    return;
  }

  const region = inputs.ecs?.region ?? inputs.local?.region;
  let made: AwsClients | undefined = deps.clients;
  const clients = () => (made ??= createAwsClients({ region: region!, action: 'migrate', signal }));

  if (inputs.local) {
    const local = await migrateLocally(inputs, inputs.local, io, { run, clients, env }, lint.migrations.map((m) => m.name));
    Object.assign(report, { local, applied: local.applied, failure: local.failure, pendingCount: local.pendingAfter?.error ? undefined : local.pendingAfter?.pending.length });
  } else if (inputs.ecs) {
    const ecs = await migrateInEcs(inputs, inputs.ecs, io, { clients: clients(), signal, clock: deps.clock });
    // Only Prisma's own words in the log say nothing is left; an exit code 0 from a custom command does not.
    const pendingCount = ecs.outcome.kind === 'succeeded' && ecs.sawPrismaVerdict ? 0 : undefined;
    Object.assign(report, { ecs, applied: ecs.applied, failure: ecs.failure, pendingCount });
    io.setOutput('task-arn', ecs.taskArn);
    io.setOutput('task-definition-arn', ecs.taskDefinitionArn);
    io.setOutput('exit-code', ecs.outcome.exitCode === undefined ? '' : String(ecs.outcome.exitCode));
  }

  io.setOutput('applied-migrations', JSON.stringify(report.applied));
  io.setOutput('applied-count', String(report.applied.length));
  io.setOutput('pending-count', report.pendingCount === undefined ? '' : String(report.pendingCount));
  await io.appendSummary(migrateSummary(report, region, inputs.ecs?.cluster));
  if (report.failure) {
    explain(io, report.failure);
    throw new Error(report.failure.title);
  }
  io.info(`${report.applied.length} migration(s) applied${report.pendingCount !== undefined ? `, ${report.pendingCount} pending` : ''}`);
}

function explain(io: ActionIO, failure: FailureAdvice): void {
  io.error(`${failure.title}. ${failure.explanation}`.trim(), { title: 'migrate failed' });
  if (failure.commands.length) {
    io.info('After checking the database, resolve it with one of (this action never resolves on its own):');
    for (const command of failure.commands) io.info(`  ${command}`);
  }
}
