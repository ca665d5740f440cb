/**
 * Reads what `prisma migrate deploy` and `prisma migrate status` print (Prisma 7) and says what a failure
 * means in words, with the exact `prisma migrate resolve` command to run. It never resolves anything itself:
 * only a person can know whether a failed migration was rolled back or finished by hand.
 */

/** The Prisma error codes the migrate action explains; any other code is passed on as Prisma wrote it. */
export type PrismaErrorCode =
  'P1000' | 'P1001' | 'P1002' | 'P1003' | 'P1017' | 'P3005' | 'P3009' | 'P3018' | (string & {});

export interface PrismaError {
  code?: string;
  /** The migration Prisma names in the error (P3018's "Migration name", P3009's failed migration). */
  migration?: string;
  databaseErrorCode?: string;
  databaseError?: string;
  /** Prisma's own text from `Error:` on, trimmed. */
  text: string;
}

export interface DeployResult {
  /** "N migrations found in …"; undefined when Prisma did not get that far. */
  found?: number;
  applied: string[];
  nothingPending: boolean;
  error?: PrismaError;
}

export interface StatusResult {
  found?: number;
  upToDate: boolean;
  pending: string[];
  failed: string[];
  /** Applied in the database but absent from the migrations folder: the history has drifted. */
  missingLocally: string[];
  error?: PrismaError;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const MIGRATION_NAME = /^\d{4,}[A-Za-z0-9_-]*$/;

function clean(output: string): string[] {
  return output
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((line) => line.trimEnd());
}

function foundCount(lines: string[]): number | undefined {
  for (const line of lines) {
    const match = /^(\d+) migrations? found in /.exec(line.trim());
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Names listed one a line right after a heading, until the first line that is not a migration name. */
function namesAfter(lines: string[], heading: RegExp): string[] {
  const at = lines.findIndex((line) => heading.test(line.trim()));
  if (at < 0) return [];
  const names: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const name = line.trim();
    if (name === '' && names.length === 0) continue;
    if (!MIGRATION_NAME.test(name)) break;
    names.push(name);
  }
  return names;
}

/** The `Error: Pxxxx` block Prisma prints, or a plain `Error:` without a code. */
export function parsePrismaError(output: string): PrismaError | undefined {
  const lines = clean(output);
  const at = lines.findIndex((line) => /^Error:/.test(line.trim()));
  if (at < 0) return undefined;
  const text = lines.slice(at).join('\n').trim();
  const code = /^Error:\s*(P\d{4})\b/.exec(lines[at].trim())?.[1];
  const error: PrismaError = { code, text };
  error.migration =
    /^Migration name:\s*(\S+)/m.exec(text)?.[1] ?? /The `([^`]+)` migration started at .* failed/.exec(text)?.[1];
  error.databaseErrorCode = /^Database error code:\s*(\S+)/m.exec(text)?.[1];
  const dbError = /^Database error:\s*\n([\s\S]*?)(\n\s*\n|$)/m.exec(text)?.[1];
  if (dbError) error.databaseError = dbError.trim();
  return error;
}

/** What `prisma migrate deploy` applied, or why it stopped. */
export function parseDeployOutput(output: string): DeployResult {
  const lines = clean(output);
  const applied: string[] = [];
  const at = lines.findIndex((line) => /^The following migrations?(\(s\))? ha(ve|s) been applied:/.test(line.trim()));
  if (at >= 0) {
    // The tree: "migrations/", "  └─ 20250101000000_init/", "    └─ migration.sql"; any other unindented line ends it.
    for (const line of lines.slice(at + 1)) {
      const match = /^\s*└─ ([^/\s]+)\/$/.exec(line);
      if (match && MIGRATION_NAME.test(match[1])) applied.push(match[1]);
      else if (/^\S/.test(line) && line !== 'migrations/') break;
    }
  }
  return {
    found: foundCount(lines),
    applied,
    nothingPending: lines.some((line) => line.trim() === 'No pending migrations to apply.'),
    error: parsePrismaError(output),
  };
}

/** Pending, failed and drifted migrations from `prisma migrate status` (which exits 1 for all but "up to date"). */
export function parseStatusOutput(output: string): StatusResult {
  const lines = clean(output);
  const upToDate = lines.some((line) => line.trim() === 'Database schema is up to date!');
  const pending = [
    ...namesAfter(lines, /^Following migrations?(\(s\))? ha(ve|s) not yet been applied:$/),
    ...namesAfter(lines, /^The migrations?(\(s\))? ha(ve|s) not yet been applied:$/),
  ];
  const failed = namesAfter(lines, /^Following migrations?(\(s\))? ha(ve|s) failed:$/);
  const missingLocally = namesAfter(lines, /^The migrations?(\(s\))? from the database (are|is) not found locally/);
  // Without a recognisable verdict, an `Error:` block is the answer (status prints none when all is well).
  const error =
    upToDate || pending.length || failed.length || missingLocally.length ? undefined : parsePrismaError(output);
  return { found: foundCount(lines), upToDate, pending, failed, missingLocally, error };
}

export interface FailureAdvice {
  /** One line: what went wrong. */
  title: string;
  /** Why it happened and what to do, in sentences. */
  explanation: string;
  /** Commands a person may run after checking the database; never run by the action. */
  commands: string[];
}

/** Turns a Prisma error into advice; `prisma` is how the user invokes the CLI (e.g. `npx prisma`). */
export function explainPrismaError(error: PrismaError, prisma = 'npx prisma'): FailureAdvice {
  const name = error.migration;
  const resolve = (how: 'rolled-back' | 'applied') => `${prisma} migrate resolve --${how} "${name}"`;
  const resolveCommands = name ? [resolve('rolled-back'), resolve('applied')] : [];
  const dbError = error.databaseError
    ? ` The database said: ${error.databaseError.split('\n')[0]}${error.databaseErrorCode ? ` (SQLSTATE ${error.databaseErrorCode})` : ''}.`
    : '';
  switch (error.code) {
    case 'P3018':
      return {
        title: `Migration ${name ?? '(unnamed)'} failed to apply (P3018)`,
        explanation:
          `Prisma stopped at this migration and recorded it as failed, so every later deploy stops with P3009 until it is resolved.${dbError} ` +
          'PostgreSQL ran it in one transaction, so usually nothing of it was applied: fix the migration, then mark it rolled back and deploy again. ' +
          'If part of it did apply (statements that cannot run in a transaction, such as CREATE INDEX CONCURRENTLY), finish or undo it by hand first.',
        commands: resolveCommands,
      };
    case 'P3009':
      return {
        title: `An earlier migration${name ? `, ${name},` : ''} failed and blocks every deploy (P3009)`,
        explanation:
          'The database records a migration that started and failed, and Prisma refuses to apply anything until a person says what happened to it. ' +
          'Check the database: if the failed migration left no trace (or you undid it), mark it rolled back and fix it; if you completed it by hand, mark it applied.',
        commands: resolveCommands,
      };
    case 'P1001':
      return {
        title: 'Cannot reach the database server (P1001)',
        explanation:
          'Nothing answered at the host and port of DATABASE_URL. From a runner, a private RDS instance is unreachable by design: use mode ecs-task, which runs inside the VPC. ' +
          'Otherwise check the host, the port, the security group and that the database is running.',
        commands: [],
      };
    case 'P1000':
      return {
        title: 'The database rejected the credentials (P1000)',
        explanation:
          'Check the user and password in DATABASE_URL (or the secret it came from); a rotated secret needs the new value.',
        commands: [],
      };
    case 'P1003':
      return {
        title: 'The database does not exist (P1003)',
        explanation: 'The database named in DATABASE_URL is missing on the server: check its name, or create it first.',
        commands: [],
      };
    case 'P1002':
      if (/advisory lock/i.test(error.text)) {
        return {
          title: 'Another migration holds the migration lock (P1002, advisory lock timeout)',
          explanation:
            'Prisma takes a PostgreSQL advisory lock so that two deploys never migrate at once, and gave up waiting for it after 10 s. Another `migrate deploy` is running ' +
            '(a parallel job, another service sharing this database, or a stuck session). Wait for it to end, or find the session holding pg_advisory_lock(72707369) in pg_locks, then run again.',
          commands: [],
        };
      }
      return {
        title: 'The database server timed out (P1002)',
        explanation:
          'The server was reached but did not answer in time: it may be overloaded, or a lock is held. Try again, and check long-running sessions.',
        commands: [],
      };
    case 'P3005':
      return {
        title: 'The database is not empty and has no migration history (P3005)',
        explanation:
          'Prisma will not migrate a database it did not create. Baseline it: mark the migrations that already match the schema as applied, one by one.',
        commands: [`${prisma} migrate resolve --applied "<migration that matches the live schema>"`],
      };
    default:
      return {
        title: error.code ? `Prisma failed with ${error.code}` : 'Prisma failed',
        explanation: error.text.split('\n').slice(0, 6).join(' ').trim(),
        commands: [],
      };
  }
}
