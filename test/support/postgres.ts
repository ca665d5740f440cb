// A throwaway PostgreSQL cluster for tests, plus the environment that runs the real Prisma CLI offline
// against it (see test/support/prisma-engine/README.md).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import pg from 'pg';

const run = promisify(execFile);

/** The newest PostgreSQL server Debian/Ubuntu installed (15 on Debian 12, 16 on Ubuntu 24.04). */
export const PG_BIN = newestPostgresBin();

function newestPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/postgres`)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0] ?? '15';
  return `${root}/${newest}/bin`;
}

/** The test-only schema engine the Prisma CLI runs instead of its (undownloadable) native binary. */
export const SCHEMA_ENGINE_SHIM = fileURLToPath(new URL('./prisma-engine/schema-engine.mjs', import.meta.url));

/** The Prisma CLI entry point; run it with `node PRISMA_CLI ...` and `prismaEnv()`. */
export const PRISMA_CLI = fileURLToPath(new URL('../../node_modules/prisma/build/index.js', import.meta.url));

export interface Postgres {
  /** Connection URL for `db` (default `postgres`), user `postgres`, no password (trust auth). */
  url: (db?: string) => string;
  port: number;
  /** The folder of the server's Unix socket (for `?host=<folder>` URLs). */
  socketDir: string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary as the `postgres` user when we are root (initdb and postgres refuse root). */
async function pgExec(binary: string, args: string[], timeout = 60_000): Promise<{ stdout: string; stderr: string }> {
  const [file, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, binary), ...args]]
    : [join(PG_BIN, binary), args];
  return run(file, argv, { timeout, cwd: tmpdir() });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * initdb's a fresh cluster in a temp dir and starts it on a free 127.0.0.1 port with trust auth.
 * Durability is switched off (fsync, synchronous_commit, full_page_writes): it is a test database.
 */
export async function startPostgres(): Promise<Postgres> {
  if (!existsSync(join(PG_BIN, 'postgres'))) {
    throw new Error(
      `PostgreSQL is not installed (${join(PG_BIN, 'postgres')} is missing): run \`npm run setup\` first.`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'pg-test-'));
  const dataDir = join(dir, 'data');
  let pid: number | undefined;
  let stopped = false;

  const killOnExit = (): void => {
    if (pid !== undefined) {
      try {
        process.kill(pid, 'SIGQUIT');
      } catch {
        /* already gone */
      }
    }
  };

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    if (pid !== undefined) {
      try {
        await pgExec('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '20', 'stop'], 30_000);
      } catch {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    if (isRoot()) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    await pgExec('initdb', [
      '-D',
      dataDir,
      '--auth=trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
      '--no-instructions',
    ]);

    let port = 0;
    let lastError: unknown;
    for (let attempt = 0; attempt < 5 && pid === undefined; attempt++) {
      port = await freePort();
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=50',
      ].join(' ');
      try {
        await pgExec('pg_ctl', [
          '-D',
          dataDir,
          '-o',
          options,
          '-l',
          join(dir, 'postgres.log'),
          '-w',
          '-t',
          '30',
          'start',
        ]);
        pid = Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
        process.once('exit', killOnExit);
      } catch (error) {
        lastError = error; // most likely the port was taken in between: try another one
      }
    }
    if (pid === undefined) {
      const log = await readFile(join(dir, 'postgres.log'), 'utf8').catch(() => '');
      throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${log}`);
    }

    const url = (db = 'postgres'): string => `postgresql://postgres@127.0.0.1:${port}/${encodeURIComponent(db)}`;
    return {
      url,
      port,
      socketDir: dir,
      async createDatabase(name: string): Promise<void> {
        const client = new pg.Client({ connectionString: url('postgres') });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
        } finally {
          await client.end();
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Environment for running the unmodified Prisma CLI fully offline: the Wasm schema-engine shim instead of
 * the native binary, no telemetry/update check, no colours (Jest workers set FORCE_COLOR), and the
 * DATABASE_URL the fixtures' prisma.config.ts reads. Merge it over process.env.
 */
export function prismaEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: SCHEMA_ENGINE_SHIM,
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1',
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}
