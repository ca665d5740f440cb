/**
 * The pending set: the migrations `prisma migrate deploy` will apply to one database, as `prisma migrate status`
 * reports them before anything is applied. The lint judges exactly these. Pure.
 */
import type { PrismaError, StatusResult } from './prisma.js';

export type PendingVerdict =
  /** These will be applied, in this order (all of the checkout's when the database does not exist yet). */
  | { kind: 'pending'; names: string[]; freshDatabase: boolean }
  /** Nothing to apply: `migrate deploy` would change nothing. */
  | { kind: 'up-to-date' }
  /** A migration failed earlier: `migrate deploy` refuses to apply anything until a person resolves it (P3009). */
  | { kind: 'failed-migration'; failed: string[]; error: PrismaError }
  /** Prisma could not look (unreachable, credentials, …). */
  | { kind: 'error'; error: PrismaError }
  /** The answer cannot be read: the output is missing or has no verdict. */
  | { kind: 'unknown'; why: string };

/**
 * Reads status's answer. Its words decide when it has any; without them, only exit code 0 means something (Prisma
 * exits 0 for "up to date" alone). `local` is the checkout's migrations, oldest first: a database that does not
 * exist yet gets them all.
 */
export function pendingFromStatus(
  status: StatusResult,
  exitCode: number | undefined,
  local: string[],
  unreadable = 'its output names no pending migration and no verdict',
): PendingVerdict {
  if (status.error?.code === 'P1003') return { kind: 'pending', names: [...local], freshDatabase: true };
  if (status.failed.length > 0) {
    const name = status.failed[0];
    const text = `Error: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied.\nThe \`${name}\` migration failed (as \`prisma migrate status\` reports it)`;
    return { kind: 'failed-migration', failed: status.failed, error: { code: 'P3009', migration: name, text } };
  }
  if (status.pending.length > 0) {
    // Prisma applies in the folder's order; keep that order whatever order status printed.
    const pending = new Set(status.pending);
    const ordered = local.filter((name) => pending.has(name));
    return {
      kind: 'pending',
      names: [...ordered, ...status.pending.filter((name) => !local.includes(name))],
      freshDatabase: false,
    };
  }
  if (status.upToDate || status.missingLocally.length > 0) return { kind: 'up-to-date' };
  if (status.error) return { kind: 'error', error: status.error };
  if (exitCode === 0) return { kind: 'up-to-date' };
  return { kind: 'unknown', why: unreadable };
}

/**
 * What a failed `migrate deploy` applied before it stopped: the pending migrations before the one Prisma names
 * (it applies them in order and stops at the first failure). Undefined when Prisma named none.
 */
export function appliedBeforeFailure(pending: string[], error: PrismaError | undefined): string[] | undefined {
  const at = error?.migration ? pending.indexOf(error.migration) : -1;
  return at < 0 ? undefined : pending.slice(0, at);
}
