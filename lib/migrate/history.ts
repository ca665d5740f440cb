/**
 * The pending set read straight from the database, without starting the Prisma CLI: the migrations folder against
 * the `_prisma_migrations` table, with the rules `prisma migrate deploy` applies (a row counts when it is not rolled
 * back; finished = applied, unfinished = failed, which makes deploy refuse everything with P3009). The reading
 * (`openHistory`) goes through `pg`, loaded only when called; what the rows mean is pure and tested on its own.
 * Where the URL holds something only Prisma understands, or the read fails, the caller asks Prisma instead.
 */
import type { ClientConfig } from 'pg';

import { errorMessage } from '../core/errors.js';
import { redact, secretForms } from '../core/masking.js';
import type { PendingVerdict } from './pending.js';

/** One row of `_prisma_migrations`, as much of it as the pending set needs. */
export interface HistoryRow {
  name: string;
  finished: boolean;
  rolledBack: boolean;
}

/** What the database holds: its rows, no history table yet (everything pending), or no database yet. */
export type MigrationHistory = { kind: 'rows'; rows: HistoryRow[] } | { kind: 'no-table' } | { kind: 'no-database' };

export interface HistoryVerdict {
  verdict: Exclude<PendingVerdict, { kind: 'error' } | { kind: 'unknown' }>;
  /** Applied in the database, absent from the checkout (the history has drifted). */
  drift: string[];
}

/** Applied and failed names, as `migrate deploy` sorts the rows: rolled-back rows do not count. */
function classify(history: MigrationHistory): { applied: Set<string>; failed: string[] } {
  const applied = new Set<string>();
  const failed: string[] = [];
  if (history.kind !== 'rows') return { applied, failed };
  for (const row of history.rows) {
    if (row.rolledBack) continue;
    if (row.finished) applied.add(row.name);
    else if (!failed.includes(row.name)) failed.push(row.name);
  }
  return { applied, failed };
}

/**
 * What `migrate deploy` will do with this history and the checkout's migrations (`local`, oldest first): apply the
 * local ones no live row marks finished, in folder order, unless a live unfinished row makes it refuse (P3009).
 */
export function pendingFromHistory(history: MigrationHistory, local: string[]): HistoryVerdict {
  if (history.kind === 'no-database')
    return { verdict: { kind: 'pending', names: [...local], freshDatabase: true }, drift: [] };
  const { applied, failed } = classify(history);
  const drift = [...applied].filter((name) => !local.includes(name));
  if (failed.length) {
    const name = failed[0];
    const text = `Error: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied.\nThe \`${name}\` migration failed (as _prisma_migrations records it: started, not finished, not rolled back)`;
    return { verdict: { kind: 'failed-migration', failed, error: { code: 'P3009', migration: name, text } }, drift };
  }
  const pending = local.filter((name) => !applied.has(name));
  return {
    verdict: pending.length ? { kind: 'pending', names: pending, freshDatabase: false } : { kind: 'up-to-date' },
    drift,
  };
}

export interface DeployEffect {
  /** Applied by this run, in folder order (then any the checkout lacks). */
  applied: string[];
  /** Failed now and not before: the migration deploy stopped at. */
  failed: string[];
  /** Local migrations neither applied nor failed afterwards. */
  pendingAfter: number;
}

/** What a deploy changed, from the history before and after it. */
export function deployEffect(before: MigrationHistory, after: MigrationHistory, local: string[]): DeployEffect {
  const was = classify(before);
  const now = classify(after);
  const fresh = [...now.applied].filter((name) => !was.applied.has(name));
  const applied = [...local.filter((name) => fresh.includes(name)), ...fresh.filter((name) => !local.includes(name))];
  const failed = now.failed.filter((name) => !was.failed.includes(name));
  const pendingAfter = local.filter((name) => !now.applied.has(name) && !now.failed.includes(name)).length;
  return { applied, failed, pendingAfter };
}

/** How to reach the history: pg's settings and the schema Prisma keeps `_prisma_migrations` in; or why not. */
export type HistoryTarget =
  | { kind: 'target'; config: ClientConfig; schema: string; tls: 'off' | 'prefer' | 'require' }
  | { kind: 'prisma-only'; why: string };

/** Query parameters Prisma reads that change nothing for one short read (pool sizes, timeouts, pgbouncer). */
const HARMLESS = new Set([
  'connection_limit',
  'pool_timeout',
  'pgbouncer',
  'statement_cache_size',
  'socket_timeout',
  'max_connection_lifetime',
  'max_idle_connection_lifetime',
  'application_name',
  'single_use_connections',
]);

/** Query parameters Prisma reads that pg here does not, and sslmode values Prisma knows: names safe to quote. */
const PRISMA_ONLY = new Set(['host', 'sslcert', 'sslidentity', 'sslpassword', 'sslrootcert', 'pgbouncer', 'options']);
const SSLMODES = new Set(['allow', 'verify-ca', 'verify-full']);

/**
 * A key or value of the URL for a message: quoted only when it is one of `known`. A password with a raw `?` or `&`
 * in it still parses, its tail read as a query key or value, so anything else is described, never quoted.
 */
function named(text: string, known: Set<string>, what: string): string {
  return known.has(text) ? `\`${text}\`` : `${what} it does not know`;
}

/**
 * Reads a PostgreSQL URL as Prisma does (`schema` defaults to public, `sslmode` to prefer, certificates not checked
 * unless `sslaccept=strict`, `connect_timeout` 5 s) into pg's settings, every field set so that no PG* environment
 * variable fills a gap. Anything else (client certificates, a socket `host`, an unknown parameter) is Prisma's alone.
 * No answer quotes the URL.
 */
export function historyTarget(url: string): HistoryTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'prisma-only', why: 'the URL does not parse as a URL' };
  }
  const params = parsed.searchParams;
  for (const key of params.keys()) {
    if (!HARMLESS.has(key) && !['schema', 'sslmode', 'sslaccept', 'connect_timeout'].includes(key))
      return {
        kind: 'prisma-only',
        why: `the URL sets ${named(key, PRISMA_ONLY, 'a query parameter')}, which only Prisma reads here`,
      };
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) return { kind: 'prisma-only', why: 'the URL names no host' };
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return undefined;
    }
  };
  const user = decode(parsed.username);
  const password = decode(parsed.password);
  const database = decode(parsed.pathname.replace(/^\//, ''));
  if (!user) return { kind: 'prisma-only', why: 'the URL names no user' };
  if (password === undefined || database === undefined)
    return { kind: 'prisma-only', why: 'the URL has a malformed %-escape' };
  const sslmode = params.get('sslmode') ?? 'prefer';
  if (!['disable', 'prefer', 'require'].includes(sslmode))
    return { kind: 'prisma-only', why: `the URL sets sslmode to ${named(sslmode, SSLMODES, 'a value')}` };
  const sslaccept = params.get('sslaccept') ?? 'accept_invalid_certs';
  if (!['strict', 'accept_invalid_certs'].includes(sslaccept))
    return {
      kind: 'prisma-only',
      why: 'the URL sets sslaccept to something other than strict or accept_invalid_certs',
    };
  const timeout = Number(params.get('connect_timeout') ?? 5);
  if (!Number.isFinite(timeout) || timeout < 0)
    return { kind: 'prisma-only', why: 'the URL sets connect_timeout to something other than seconds' };
  const tls = sslmode === 'disable' ? 'off' : sslmode === 'require' ? 'require' : 'prefer';
  return {
    kind: 'target',
    schema: params.get('schema') || 'public',
    tls,
    config: {
      host,
      port: parsed.port ? Number(parsed.port) : 5432,
      user,
      password: password || undefined,
      database: database || 'postgres',
      ssl: tls === 'off' ? false : { rejectUnauthorized: sslaccept === 'strict' },
      connectionTimeoutMillis: timeout * 1000,
      statement_timeout: 30_000,
      application_name: 'migrate-action',
    },
  };
}

/** An open read of one database's `_prisma_migrations`. */
export interface HistoryReader {
  read(): Promise<MigrationHistory>;
  close(): Promise<void>;
}

/** Why the history could not be read, in one line that quotes no part of the URL. */
export class HistoryUnavailable extends Error {}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** PostgreSQL's codes for "that database does not exist" and "that table / schema does not exist". */
const NO_DATABASE = '3D000';
const NO_TABLE = new Set(['42P01', '3F000']);

/**
 * Connects (TLS first when `sslmode=prefer`, as Prisma does) and returns a reader; throws HistoryUnavailable with a
 * redacted reason. A database that does not exist yet is an answer (`no-database`), not a failure. The connection
 * stays open between reads (a lost one is opened again) until `close`.
 */
export async function openHistory(
  url: string,
  target: Extract<HistoryTarget, { kind: 'target' }>,
): Promise<HistoryReader> {
  const { default: pg } = await import('pg');
  const hide = (err: unknown) => {
    const code = (err as { code?: unknown }).code;
    const text = redact(errorMessage(err), secretForms(url), '***');
    return new HistoryUnavailable(typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text);
  };
  let client: InstanceType<typeof pg.Client> | undefined;
  let lost = false;
  const connect = async (ssl: ClientConfig['ssl']) => {
    const made = new pg.Client({ ...target.config, ssl });
    // A connection dropped while Prisma runs must not crash the action: the next read opens another.
    made.on('error', () => {
      lost = true;
    });
    await made.connect();
    return made;
  };
  const open = async (): Promise<InstanceType<typeof pg.Client> | 'no-database'> => {
    try {
      try {
        return await connect(target.config.ssl);
      } catch (err) {
        // sslmode=prefer: a server without TLS answers the TLS request with "no"; then plain, as Prisma falls back.
        if (target.tls === 'prefer' && /does not support SSL/i.test(errorMessage(err))) return await connect(false);
        throw err;
      }
    } catch (err) {
      if ((err as { code?: unknown }).code === NO_DATABASE) return 'no-database';
      throw hide(err);
    }
  };
  const table = `${quote(target.schema)}._prisma_migrations`;
  return {
    async read() {
      if (!client || lost) {
        await client?.end().catch(() => undefined);
        lost = false;
        const opened = await open();
        if (opened === 'no-database') {
          client = undefined;
          return { kind: 'no-database' };
        }
        client = opened;
      }
      try {
        const answer = await client.query<{ name: string; finished: boolean; rolled_back: boolean }>(
          `SELECT migration_name AS name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM ${table} ORDER BY started_at, migration_name`,
        );
        return {
          kind: 'rows',
          rows: answer.rows.map((row) => ({ name: row.name, finished: row.finished, rolledBack: row.rolled_back })),
        };
      } catch (err) {
        if (NO_TABLE.has((err as { code?: string }).code ?? '')) return { kind: 'no-table' };
        throw hide(err);
      }
    },
    async close() {
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
