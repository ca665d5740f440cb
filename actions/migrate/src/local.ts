/**
 * Mode `local`: the project's own Prisma CLI on the runner. One `migrate status` says what is pending, the lint
 * judges exactly that, and `migrate deploy` runs only when something is pending: one CLI start with nothing to
 * apply, two otherwise. What deploy applied comes from its own output (or, when it fails, from the migration it names).
 */
import type { AwsClients } from '../../../lib/aws/clients.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { definedEnv, type CommandRunner } from '../../../lib/core/command.js';
import { resolveDatabaseUrl } from '../../../lib/migrate/database-url.js';
import { appliedBeforeFailure, pendingFromStatus } from '../../../lib/migrate/pending.js';
import { explainPrismaError, parseDeployOutput, parseStatusOutput, type FailureAdvice } from '../../../lib/migrate/prisma.js';
import type { LocalInputs, MigrateInputs } from './inputs.js';
import type { LintGate, LintOutcome } from './lint-step.js';

export interface LocalResult {
  lint: LintOutcome;
  /** The lint found blocking findings: deploy never ran. */
  stoppedByLint?: boolean;
  /** What status said was pending before anything ran; undefined when it was not asked (lint off) or could not say. */
  pending?: string[];
  applied: string[];
  /** Pending after this run; undefined when unknown. */
  pendingAfter?: number;
  /** Applied in the database, absent from the checkout. */
  drift: string[];
  failure?: FailureAdvice;
}

export interface LocalDeps {
  run: CommandRunner;
  clients: () => AwsClients;
  env: NodeJS.ProcessEnv;
}

/** Status, lint, deploy; returns what was applied, or the failure explained (never throws for Prisma's failures). */
export async function migrateLocally(inputs: MigrateInputs, local: LocalInputs, io: ActionIO, deps: LocalDeps, gate: LintGate, migrations: string[]): Promise<LocalResult> {
  const url = await resolveDatabaseUrl(local.databaseUrl, deps.clients, io);
  // The environment passes through untouched (PRISMA_* engine settings included); only DATABASE_URL is set.
  const env = definedEnv(deps.env, { DATABASE_URL: url });
  const [command, ...prefix] = local.prismaCommand;
  const shown = local.prismaCommand.join(' ');
  const prisma = async (sub: 'status' | 'deploy') =>
    io.group(`${shown} migrate ${sub}`, () => deps.run(command, [...prefix, 'migrate', sub, ...inputs.prismaArgs], { cwd: inputs.workingDirectory, env, onLine: (line) => io.info(line) }));

  // With the lint off nothing needs the pending set in advance: deploy alone, as a plain `prisma migrate deploy`.
  if (inputs.lint.policy === 'off') return deploy(await gate({ kind: 'none', why: 'off' }), undefined, []);

  const answer = await prisma('status');
  const status = parseStatusOutput(answer.stdout + answer.stderr);
  const drift = status.missingLocally;
  if (drift.length) {
    io.warning(`The database has migrations this checkout does not: ${drift.join(', ')}. The migration history has drifted (a newer deploy, or migrations deleted or renamed locally).`);
  }
  const verdict = pendingFromStatus(status, answer.exitCode, migrations);
  switch (verdict.kind) {
    case 'error':
    case 'failed-migration': {
      const why = verdict.kind === 'error' ? 'Prisma could not read the database' : `migrate deploy applies nothing until ${verdict.failed[0]} is resolved`;
      return { lint: await gate({ kind: 'none', why }), applied: [], drift, failure: explainPrismaError(verdict.error, shown) };
    }
    case 'up-to-date':
      io.info('nothing is pending: migrate deploy is not needed');
      return { lint: await gate({ kind: 'none', why: 'no migration is pending' }), pending: [], applied: [], pendingAfter: 0, drift };
    case 'unknown': {
      const lint = await gate({ kind: 'unknown', why: `\`migrate status\` exited with ${answer.exitCode} and ${verdict.why}` });
      return lint.stops ? { lint, stoppedByLint: true, applied: [], drift } : deploy(lint, undefined, drift);
    }
    case 'pending': {
      io.info(verdict.freshDatabase ? `the database does not exist yet: migrate deploy creates it and applies all ${verdict.names.length} migration(s)` : `${verdict.names.length} migration(s) pending: ${verdict.names.join(', ')}`);
      const lint = await gate({ kind: 'pending', names: verdict.names });
      return lint.stops ? { lint, stoppedByLint: true, pending: verdict.names, applied: [], drift } : deploy(lint, verdict.names, drift);
    }
  }

  async function deploy(lint: LintOutcome, pending: string[] | undefined, drift: string[]): Promise<LocalResult> {
    const answer = await prisma('deploy');
    const deployed = parseDeployOutput(answer.stdout + answer.stderr);
    if (answer.exitCode === 0) return { lint, pending, applied: deployed.applied, pendingAfter: 0, drift };
    const error = deployed.error ?? { text: `prisma migrate deploy exited with code ${answer.exitCode}` };
    const applied = pending && appliedBeforeFailure(pending, error);
    // The migration that failed is recorded as failed, not pending.
    const pendingAfter = pending && applied ? pending.length - applied.length - 1 : undefined;
    return { lint, pending, applied: applied ?? [], pendingAfter, drift, failure: explainPrismaError(error, shown) };
  }
}
