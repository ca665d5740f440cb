/**
 * Mode `local`: the project's own Prisma CLI on the runner, started once. The pending set is read straight from the
 * database (the migrations folder against `_prisma_migrations`, lib/migrate/history.ts), the lint judges exactly
 * that, then one `prisma migrate deploy` runs, also with nothing pending (Prisma, not the action, has the last word on
 * what is applied), and one more read of `_prisma_migrations` says what it applied. A migration recorded as failed
 * stops the run before Prisma starts (deploy would refuse with P3009). Where the history cannot be read directly (a
 * URL parameter only Prisma understands, a failed connection), `prisma migrate status` says what is pending instead,
 * as before: two starts then.
 */
import { relative } from 'node:path';

import type { AwsClients } from '../../../lib/aws/clients.js';
import { type CommandRunner, definedEnv } from '../../../lib/core/command.js';
import { errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { resolveDatabaseUrl } from '../../../lib/migrate/database-url.js';
import {
  deployEffect,
  type HistoryReader,
  historyTarget,
  type MigrationHistory,
  openHistory,
  pendingFromHistory,
} from '../../../lib/migrate/history.js';
import { appliedBeforeFailure, pendingFromStatus } from '../../../lib/migrate/pending.js';
import {
  explainPrismaError,
  type FailureAdvice,
  parseDeployOutput,
  parseStatusOutput,
} from '../../../lib/migrate/prisma.js';
import type { LocalInputs, MigrateInputs } from './inputs.js';
import type { LintGate, LintOutcome } from './lint-step.js';

export interface LocalResult {
  lint: LintOutcome;
  /** The lint found blocking findings: deploy never ran. */
  stoppedByLint?: boolean;
  /** What was pending before anything ran; undefined when it was not asked (lint off) or could not be said. */
  pending?: string[];
  applied: string[];
  /** Pending after this run; undefined when unknown. */
  pendingAfter?: number;
  /** Applied in the database, absent from the checkout. */
  drift: string[];
  /** Where the pending set came from: the history table, `prisma migrate status`, or nowhere (lint off). */
  source: 'history' | 'status' | 'none';
  failure?: FailureAdvice;
}

export interface LocalDeps {
  run: CommandRunner;
  clients: () => AwsClients;
  env: NodeJS.ProcessEnv;
}

/** Read, lint, deploy; returns what was applied, or the failure explained (never throws for Prisma's failures). */
export async function migrateLocally(
  inputs: MigrateInputs,
  local: LocalInputs,
  io: ActionIO,
  deps: LocalDeps,
  gate: LintGate,
  migrations: string[],
): Promise<LocalResult> {
  const url = await resolveDatabaseUrl(local.databaseUrl, deps.clients, io);
  // The environment passes through untouched (PRISMA_* engine settings included); only DATABASE_URL is set.
  const env = definedEnv(deps.env, { DATABASE_URL: url });
  const [command, ...prefix] = local.prismaCommand;
  const shown = local.prismaCommand.join(' ');
  const prisma = async (sub: 'status' | 'deploy') =>
    io.group(`${shown} migrate ${sub}`, () =>
      deps.run(command, [...prefix, 'migrate', sub, ...inputs.prismaArgs], {
        cwd: inputs.workingDirectory,
        env,
        onLine: (line) => io.info(line),
      }),
    );

  // With the lint off nothing needs the pending set in advance: deploy alone, as a plain `prisma migrate deploy`.
  if (inputs.lint.policy === 'off')
    return { ...(await deploy(await gate({ kind: 'none', why: 'off' }), undefined, [])), source: 'none' };

  const history = await readHistory();
  if (!history) return viaStatus();
  try {
    return await fromHistory(history.reader, history.before);
  } finally {
    await history.reader.close();
  }

  /** The history table read once, or undefined (with the reason logged) when only Prisma can read it. */
  async function readHistory(): Promise<{ reader: HistoryReader; before: MigrationHistory } | undefined> {
    const target = historyTarget(url);
    const fallback = (why: string) => {
      io.info(
        `the migration history cannot be read directly (${why}): asking \`${shown} migrate status\` what is pending`,
      );
      return undefined;
    };
    if (target.kind === 'prisma-only') return fallback(target.why);
    let reader: HistoryReader | undefined;
    try {
      reader = await openHistory(url, target);
      return { reader, before: await reader.read() };
    } catch (err) {
      await reader?.close();
      return fallback(errorMessage(err));
    }
  }

  async function fromHistory(reader: HistoryReader, before: MigrationHistory): Promise<LocalResult> {
    const { verdict, drift } = pendingFromHistory(before, migrations);
    if (drift.length) warnDrift(drift);
    switch (verdict.kind) {
      case 'failed-migration':
        io.info(
          `_prisma_migrations records ${verdict.failed.join(', ')} as started and never finished: migrate deploy would refuse (P3009), so it is not started`,
        );
        return {
          lint: await gate({
            kind: 'none',
            why: `migrate deploy applies nothing until ${verdict.failed[0]} is resolved`,
          }),
          applied: [],
          drift,
          source: 'history',
          failure: explainPrismaError(verdict.error, shown),
        };
      case 'up-to-date': {
        io.info('nothing is pending (read from _prisma_migrations); migrate deploy runs to confirm it');
        return afterDeploy(await gate({ kind: 'none', why: 'no migration is pending' }), [], drift);
      }
      case 'pending': {
        io.info(
          verdict.freshDatabase
            ? `the database does not exist yet: migrate deploy creates it and applies all ${verdict.names.length} migration(s)`
            : `${verdict.names.length} migration(s) pending (read from _prisma_migrations): ${verdict.names.join(', ')}`,
        );
        const lint = await gate({ kind: 'pending', names: verdict.names });
        if (lint.stops)
          return { lint, stoppedByLint: true, pending: verdict.names, applied: [], drift, source: 'history' };
        return afterDeploy(lint, verdict.names, drift);
      }
    }

    /**
     * One deploy, then what it did as the history table now says (deploy's own output when the table cannot be read).
     */
    async function afterDeploy(lint: LintOutcome, pending: string[], drift: string[]): Promise<LocalResult> {
      const deployed = await deploy(lint, pending, drift);
      let after: MigrationHistory;
      try {
        after = await reader.read();
      } catch (err) {
        io.warning(
          `migrate deploy ran, but _prisma_migrations could not be read again (${errorMessage(err)}): the outputs come from its log`,
        );
        return { ...deployed, source: 'history' };
      }
      const effect = deployEffect(before, after, migrations);
      const result: LocalResult = {
        ...deployed,
        applied: effect.applied,
        pendingAfter: effect.pendingAfter,
        source: 'history',
      };
      // Prisma applied what the lint never saw: it reads another migrations folder or database than this action.
      const unjudged = effect.applied.filter((name) => !pending.includes(name));
      if (unjudged.length && !result.failure) {
        result.failure = {
          title: `migrate deploy applied ${unjudged.length} migration(s) the lint did not judge: ${unjudged.join(', ')}`,
          explanation:
            `They were not pending when the action compared _prisma_migrations with ${relative(inputs.repoRoot, inputs.migrationsDir) || inputs.migrationsDir}. ` +
            'Prisma reads another migrations folder or database than this action: set `migrations-dir`, `schema` or `config` so both agree.',
          commands: [],
        };
      }
      // Prisma said it applied them, yet the history table here still lists them pending: it migrated another database.
      const stillPending = pending.filter((name) => !effect.applied.includes(name));
      if (stillPending.length && !result.failure) {
        result.failure = {
          title: `migrate deploy exited 0, but ${stillPending.length} migration(s) it was to apply are still pending here: ${stillPending.join(', ')}`,
          explanation:
            'Prisma applied them to another database than the one `database-url` names (its config or the environment points elsewhere): make both the same.',
          commands: [],
        };
      }
      return result;
    }
  }

  function warnDrift(drift: string[]): void {
    io.warning(
      `The database has migrations this checkout does not: ${drift.join(', ')}. The migration history has drifted (a newer deploy, or migrations deleted or renamed locally).`,
    );
  }

  /** The pending set as `prisma migrate status` reports it: one start more, for what only Prisma can read. */
  async function viaStatus(): Promise<LocalResult> {
    const answer = await prisma('status');
    const status = parseStatusOutput(answer.stdout + answer.stderr);
    const drift = status.missingLocally;
    if (drift.length) warnDrift(drift);
    const verdict = pendingFromStatus(status, answer.exitCode, migrations);
    const result = (fields: Omit<LocalResult, 'source'>): LocalResult => ({ ...fields, source: 'status' });
    switch (verdict.kind) {
      case 'error':
      case 'failed-migration': {
        const why =
          verdict.kind === 'error'
            ? 'Prisma could not read the database'
            : `migrate deploy applies nothing until ${verdict.failed[0]} is resolved`;
        return result({
          lint: await gate({ kind: 'none', why }),
          applied: [],
          drift,
          failure: explainPrismaError(verdict.error, shown),
        });
      }
      case 'up-to-date':
        io.info('nothing is pending: migrate deploy is not needed');
        return result({
          lint: await gate({ kind: 'none', why: 'no migration is pending' }),
          pending: [],
          applied: [],
          pendingAfter: 0,
          drift,
        });
      case 'unknown': {
        const lint = await gate({
          kind: 'unknown',
          why: `\`migrate status\` exited with ${answer.exitCode} and ${verdict.why}`,
        });
        return result(
          lint.stops ? { lint, stoppedByLint: true, applied: [], drift } : await deploy(lint, undefined, drift),
        );
      }
      case 'pending': {
        io.info(
          verdict.freshDatabase
            ? `the database does not exist yet: migrate deploy creates it and applies all ${verdict.names.length} migration(s)`
            : `${verdict.names.length} migration(s) pending: ${verdict.names.join(', ')}`,
        );
        const lint = await gate({ kind: 'pending', names: verdict.names });
        return result(
          lint.stops
            ? { lint, stoppedByLint: true, pending: verdict.names, applied: [], drift }
            : await deploy(lint, verdict.names, drift),
        );
      }
    }
  }

  /** One `migrate deploy`, judged by its exit code and output. */
  async function deploy(
    lint: LintOutcome,
    pending: string[] | undefined,
    drift: string[],
  ): Promise<Omit<LocalResult, 'source'>> {
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
