/** Mode `local`: the project's own Prisma CLI on the runner, `migrate status` before and after `migrate deploy`. */
import type { AwsClients } from '../../../lib/aws/clients.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { definedEnv, type CommandRunner } from '../../../lib/core/command.js';
import { resolveDatabaseUrl } from '../../../lib/migrate/database-url.js';
import { explainPrismaError, parseDeployOutput, parseStatusOutput, type FailureAdvice, type StatusResult } from '../../../lib/migrate/prisma.js';
import type { LocalInputs, MigrateInputs } from './inputs.js';

export interface LocalResult {
  applied: string[];
  /** Applied in the database, absent from the checkout (status shows it only before a deploy that succeeds). */
  drift: string[];
  pendingBefore?: StatusResult;
  pendingAfter?: StatusResult;
  failure?: FailureAdvice;
}

export interface LocalDeps {
  run: CommandRunner;
  clients: () => AwsClients;
  env: NodeJS.ProcessEnv;
}

/** Runs status, deploy, status; returns what was applied, or the failure explained (never throws for Prisma's failures). */
export async function migrateLocally(inputs: MigrateInputs, local: LocalInputs, io: ActionIO, deps: LocalDeps, migrations: string[]): Promise<LocalResult> {
  const url = await resolveDatabaseUrl(local.databaseUrl, deps.clients, io);
  // The environment passes through untouched (PRISMA_* engine settings included); only DATABASE_URL is set.
  const env = definedEnv(deps.env, { DATABASE_URL: url });
  const [command, ...prefix] = local.prismaCommand;
  const prisma = async (title: string, args: string[]) =>
    io.group(title, () => deps.run(command, [...prefix, ...args, ...inputs.prismaArgs], { cwd: inputs.workingDirectory, env, onLine: (line) => io.info(line) }));
  const shown = local.prismaCommand.join(' ');

  const before = await prisma(`${shown} migrate status (before)`, ['migrate', 'status']);
  const pendingBefore = parseStatusOutput(before.stdout + before.stderr);
  // status exits 1 for pending migrations too; only an error block without any verdict means it could not look.
  if (pendingBefore.error?.code === 'P1003') io.info('the database does not exist yet: migrate deploy creates it');
  else if (pendingBefore.error) return { applied: [], drift: [], pendingBefore, failure: explainPrismaError(pendingBefore.error, shown) };
  else io.info(`${pendingBefore.pending.length} migration(s) pending${pendingBefore.failed.length ? `, ${pendingBefore.failed.length} failed earlier` : ''}`);

  const deploy = await prisma(`${shown} migrate deploy`, ['migrate', 'deploy']);
  const deployed = parseDeployOutput(deploy.stdout + deploy.stderr);

  const after = await prisma(`${shown} migrate status (after)`, ['migrate', 'status']);
  const pendingAfter = parseStatusOutput(after.stdout + after.stderr);
  const drift = [...new Set([...pendingBefore.missingLocally, ...pendingAfter.missingLocally])];
  if (drift.length) {
    io.warning(`The database has migrations this checkout does not: ${drift.join(', ')}. The migration history has drifted (a newer deploy, or migrations deleted or renamed locally).`);
  }

  // A failed deploy prints no list of what it applied before the failure: the status difference says it
  // (every local migration was pending when the database did not exist yet).
  const stillPending = new Set([...pendingAfter.pending, ...pendingAfter.failed]);
  const wasPending = pendingBefore.error ? migrations : pendingBefore.pending;
  const applied = deploy.exitCode === 0 ? deployed.applied : wasPending.filter((name) => !stillPending.has(name));
  if (deploy.exitCode === 0) return { applied, drift, pendingBefore, pendingAfter };
  const error = deployed.error ?? { text: `prisma migrate deploy exited with code ${deploy.exitCode}` };
  return { applied, drift, pendingBefore, pendingAfter, failure: explainPrismaError(error, shown) };
}
