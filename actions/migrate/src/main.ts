/**
 * migrate: inputs → (local or ecs-task) what is pending, read from the database → the lint of exactly that →
 * migrate deploy when something is pending and nothing blocks → outputs and summary. lint-only lints what
 * `lint-base` selects, each migration on its own.
 */
import { ECSClient } from '@aws-sdk/client-ecs';

import { type AwsClients, createAwsClients } from '../../../lib/aws/clients.js';
import { type CommandRunner, definedEnv, execCommand } from '../../../lib/core/command.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import type { GitRunner } from '../../../lib/migrate/migrations.js';
import type { FailureAdvice } from '../../../lib/migrate/prisma.js';
import { readMigrateInputs } from './inputs.js';
import { checkoutMigrations, findingsJson, lintGate, newMigrationsJson } from './lint-step.js';
import { type MigrateReport, migrateSummary } from './summary.js';

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
  // Listed (not read) up front, so a missing folder fails before any AWS call or database connection.
  const migrations = await checkoutMigrations(inputs);
  const gate = lintGate(inputs, io, git, migrations);
  const names = migrations.map((m) => m.name);

  const region = inputs.ecs?.region ?? inputs.local?.region;
  let made: AwsClients | undefined = deps.clients;
  // In ecs-task mode its first call is ECS's (DescribeServices): that client comes with the entry, the others load on
  // first use.
  const clients = () =>
    (made ??= createAwsClients({ region: region!, action: 'migrate', signal, preloaded: { ecs: ECSClient } }));

  let report: MigrateReport;
  // Each mode's code is loaded when that mode runs.
  if (inputs.local) {
    const { migrateLocally } = await import('./local.js');
    const local = await migrateLocally(inputs, inputs.local, io, { run, clients, env }, gate, names);
    report = {
      mode: 'local',
      lint: local.lint,
      stoppedByLint: local.stoppedByLint,
      local,
      pending: local.pending,
      applied: local.applied,
      failure: local.failure,
      pendingCount: local.pendingAfter,
    };
  } else if (inputs.ecs) {
    const { migrateInEcs } = await import('./ecs-task.js');
    const ecs = await migrateInEcs(
      inputs,
      inputs.ecs,
      io,
      { clients: clients(), signal, clock: deps.clock },
      gate,
      names,
    );
    report = {
      mode: 'ecs-task',
      lint: ecs.lint,
      stoppedByLint: ecs.stoppedByLint,
      ecs,
      pending: ecs.pending,
      applied: ecs.applied,
      failure: ecs.failure,
      pendingCount: ecs.pendingCount,
    };
    io.setOutput('task-arn', ecs.task?.taskArn ?? '');
    io.setOutput('status-task-arn', ecs.status?.taskArn ?? '');
    io.setOutput('task-definition-arn', ecs.taskDefinitionArn ?? '');
    io.setOutput('exit-code', ecs.task?.outcome.exitCode === undefined ? '' : String(ecs.task.outcome.exitCode));
  } else {
    const lint = await gate({ kind: 'unknown', why: 'lint-only reads no database' });
    report = { mode: 'lint-only', lint, stoppedByLint: lint.stops, applied: [] };
  }

  const { lint } = report;
  io.setOutput('lint-findings', findingsJson(lint));
  io.setOutput('lint-blocking-count', String(lint.blocking));
  io.setOutput('new-migrations', newMigrationsJson(lint, report.pending, report.applied, report.pendingCount));
  io.setOutput('applied-migrations', JSON.stringify(report.applied));
  io.setOutput('applied-count', String(report.applied.length));
  io.setOutput('pending-count', report.pendingCount === undefined ? '' : String(report.pendingCount));
  await io.appendSummary(migrateSummary(report, region, inputs.ecs?.cluster));

  if (report.stoppedByLint) {
    throw new Error(
      `the safety lint found ${lint.blocking} blocking finding(s) in ${lint.described}${inputs.mode === 'lint-only' ? '' : '; nothing was applied'} (see the annotations; allow one with "-- migrate-lint allow <rule>: <reason>" on the line before it, or set lint-policy: warn)`,
    );
  }
  if (report.failure) {
    explain(io, report.failure);
    throw new Error(report.failure.title);
  }
  if (inputs.mode !== 'lint-only')
    io.info(
      `${report.applied.length} migration(s) applied${report.pendingCount !== undefined ? `, ${report.pendingCount} pending` : ''}`,
    );
}

function explain(io: ActionIO, failure: FailureAdvice): void {
  io.error(`${failure.title}. ${failure.explanation}`.trim(), { title: 'migrate failed' });
  if (failure.commands.length) {
    io.info('After checking the database, resolve it with one of (this action never resolves on its own):');
    for (const command of failure.commands) io.info(`  ${command}`);
  }
}
