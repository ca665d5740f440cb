// Mode `local` end to end: the bundled action runs the real Prisma 7 CLI (through `npx prisma`, as a project would)
// against a real PostgreSQL on loopback. Only the schema engine is the offline stand-in, passed through the
// environment.
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import pg from 'pg';

import { startMoto, TEST_REGION } from '../support/moto.js';
import { type Postgres, PRISMA_CLI, prismaEnv, startPostgres } from '../support/postgres.js';
import { runDist } from '../support/run-dist.js';

const REPO = new URL('../..', import.meta.url).pathname;

let server: Postgres;
beforeAll(async () => {
  server = await startPostgres();
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

const PASSWORD = 's3cret-pw';
// Trust auth ignores the password, so it can stand in for a real one and prove it never reaches the log.
const urlOf = (db: string) => server.url(db).replace('postgres@', `postgres:${PASSWORD}@`);

/** The offline engine settings only: the action itself must set DATABASE_URL. */
function engineEnv(): Record<string, string> {
  const env = prismaEnv('');
  delete (env as Partial<typeof env>).DATABASE_URL;
  return env;
}

function migrateLocal(
  fixture: string,
  db: string,
  inputs: Record<string, string> = { 'database-url': urlOf(db) },
  env: Record<string, string> = {},
) {
  return runDist('migrate', {
    inputs: { mode: 'local', 'working-directory': `test/fixtures/${fixture}`, ...inputs },
    env: { ...engineEnv(), ...env },
    timeoutMs: 90_000,
  });
}

const visible = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

test('applies both migrations, masks the URL, and a re-run applies nothing', async () => {
  const first = await migrateLocal('prisma', 'app');
  expect(first.exitCode).toBe(0);
  expect(first.outputs['applied-migrations']).toBe('["20250101000000_init","20250102000000_add_posts"]');
  expect(first.outputs['pending-count']).toBe('0');
  expect(first.stdout).toContain(`::add-mask::${PASSWORD}`);
  expect(visible(first.stdout)).not.toContain(PASSWORD);
  expect(first.summary).toContain('| Migrations applied | 2 |');
  expect(first.summary).toContain('`20250102000000_add_posts`');

  const again = await migrateLocal('prisma', 'app');
  expect(again.exitCode).toBe(0);
  expect(again.outputs['applied-migrations']).toBe('[]');
  expect(again.outputs['pending-count']).toBe('0');
  // The table said it all; migrate deploy, the one Prisma start, confirms it.
  expect(again.stdout).toContain('nothing is pending (read from _prisma_migrations)');
  expect(again.stdout).toContain('No pending migrations to apply.');
  expect(again.stdout).not.toContain('migrate status');
  expect(again.summary).toContain('Nothing to lint: no migration is pending.');
}, 120_000);

test('a failing migration, then the P3009 state: explained, with the resolve commands, and nothing resolved', async () => {
  const failed = await migrateLocal('prisma-failing', 'broken');
  expect(failed.exitCode).toBe(1);
  expect(failed.stdout).toMatch(
    /::error::migrate failed: Migration 20250103000000_add_comments failed to apply \(P3018\)/,
  );
  expect(failed.outputs['applied-migrations']).toBe('["20250101000000_init"]');
  expect(failed.outputs['pending-count']).toBe('0');

  const blocked = await migrateLocal('prisma-failing', 'broken');
  expect(blocked.exitCode).toBe(1);
  // Read from _prisma_migrations: Prisma is not started at all, deploy would only refuse.
  expect(blocked.stdout).toContain(
    '_prisma_migrations records 20250103000000_add_comments as started and never finished',
  );
  expect(blocked.stdout).not.toContain('::group::npx prisma');
  expect(blocked.stdout).toMatch(
    /::error::migrate failed: An earlier migration, 20250103000000_add_comments, failed and blocks every deploy \(P3009\)/,
  );
  expect(blocked.stdout).toContain('npx prisma migrate resolve --rolled-back "20250103000000_add_comments"');
  expect(blocked.summary).toContain('npx prisma migrate resolve --applied "20250103000000_add_comments"');
  // Still failed afterwards: the action never resolves on its own.
  const client = new pg.Client({ connectionString: server.url('broken') });
  await client.connect();
  const rows = (
    await client.query(
      'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations WHERE finished_at IS NULL',
    )
  ).rows;
  await client.end();
  expect(rows).toEqual([{ migration_name: '20250103000000_add_comments', finished_at: null, rolled_back_at: null }]);
}, 180_000);

test('drift: migrations in the database that the checkout lacks are reported', async () => {
  await migrateLocal('prisma', 'drifted');
  const run = await migrateLocal('prisma-failing', 'drifted');
  expect(run.exitCode).toBe(0);
  expect(run.outputs['applied-migrations']).toBe('["20250103000000_add_comments"]');
  expect(run.annotations.join('\n')).toMatch(
    /::warning::The database has migrations this checkout does not: 20250102000000_add_posts/,
  );
  expect(run.summary).toContain('| Drift | in the database but not in this checkout: 20250102000000_add_posts |');
}, 180_000);

test('the URL can come from a JSON secret in Secrets Manager, masked before Prisma runs', async () => {
  const moto = await startMoto();
  try {
    const secrets = new SecretsManagerClient({
      region: TEST_REGION,
      endpoint: moto.endpoint,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    const { ARN } = await secrets.send(
      new CreateSecretCommand({
        Name: 'staging/api-db',
        SecretString: JSON.stringify({ url: urlOf('from_secret'), note: 'rotated monthly' }),
      }),
    );
    secrets.destroy();
    const run = await migrateLocal('prisma', 'from_secret', { 'database-url-secret': `${ARN}:url::` }, moto.env);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['applied-count']).toBe('2');
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(visible(run.stdout)).not.toContain(PASSWORD);
  } finally {
    await moto.stop();
  }
}, 120_000);

describe('the pending set, read from _prisma_migrations: exactly what migrate deploy applies is linted, and deploy is the one Prisma start', () => {
  const DROP = '20250104000000_drop_user_name';
  const NOTE = '20250105000000_add_user_note';
  const APPLIED_BY_HAND = ['20250101000000_init', '20250102000000_add_posts'];
  const projects: string[] = [];
  let project: string;
  let hook: string;

  /**
   * A project outside the repository: the fixture's migrations plus `extra`, and its Prisma CLI behind a counting
   * wrapper.
   */
  function makeProject(extra: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'migrate-pending-'));
    projects.push(dir);
    cpSync('test/fixtures/prisma', dir, { recursive: true });
    for (const [name, sql] of Object.entries(extra)) {
      mkdirSync(join(dir, 'migrations', name));
      writeFileSync(join(dir, 'migrations', name, 'migration.sql'), sql);
    }
    // One line per start of the project's Prisma CLI.
    writeFileSync(
      join(dir, 'prisma.sh'),
      `#!/bin/sh\necho "$*" >> "${join(dir, 'prisma-starts.log')}"\nexec "${process.execPath}" "${PRISMA_CLI}" "$@"\n`,
    );
    chmodSync(join(dir, 'prisma.sh'), 0o755);
    return dir;
  }

  beforeAll(() => {
    // Migrations: the fixture's two, then one that drops a column the first one created.
    project = makeProject({ [DROP]: '-- AlterTable\nALTER TABLE "User" DROP COLUMN "name";\n' });
    // Counts the WebAssembly modules the action's own process compiles (the SQL parser is the only one); inert in
    // Prisma's processes, which inherit NODE_OPTIONS too.
    hook = join(project, 'count-wasm.cjs');
    writeFileSync(
      hook,
      `if ((process.argv[1] || '').endsWith('/actions/migrate/dist/main/index.js')) {
  const note = (how) => require('node:fs').appendFileSync(process.env.WASM_LOG, how + '\\n');
  const { instantiate, compile } = WebAssembly;
  WebAssembly.instantiate = function (source, imports) { if (!(source instanceof WebAssembly.Module)) note('instantiate'); return instantiate.call(this, source, imports); };
  WebAssembly.compile = function (bytes) { note('compile'); return compile.call(this, bytes); };
  WebAssembly.Module = new Proxy(WebAssembly.Module, { construct(target, args) { note('module'); return Reflect.construct(target, args); } });
}
`,
    );
  });
  afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  const run = async (db: string, dir = project, url = server.url(db)) => {
    writeFileSync(join(dir, 'prisma-starts.log'), '');
    writeFileSync(join(dir, 'wasm.log'), '');
    const result = await runDist('migrate', {
      cwd: dir,
      inputs: { mode: 'local', 'database-url': url, 'prisma-command': `sh ${join(dir, 'prisma.sh')}` },
      env: { ...engineEnv(), NODE_OPTIONS: `--require ${hook}`, WASM_LOG: join(dir, 'wasm.log') },
      timeoutMs: 90_000,
    });
    const lines = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean);
    return { ...result, prismaStarts: lines('prisma-starts.log'), parserLoads: lines('wasm.log').length };
  };
  const query = async <T>(db: string, sql: string, values: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: server.url(db) });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const columns = async (db: string, table: string) =>
    (
      await query<{ column_name: string }>(
        db,
        'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name',
        [table],
      )
    ).map((r) => r.column_name);
  const applied = async (db: string) =>
    (
      await query<{ migration_name: string }>(
        db,
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
      )
    ).map((r) => r.migration_name);
  /** Applies the fixture's two migrations with Prisma directly (not counted), as an earlier release would have. */
  const deployedBefore = async (db: string, dir = 'test/fixtures/prisma') =>
    promisify(execFile)(process.execPath, [PRISMA_CLI, 'migrate', 'deploy'], {
      cwd: dir.startsWith('/') ? dir : join(REPO, dir),
      env: { ...process.env, ...prismaEnv(server.url(db)) },
    });

  test('a DROP COLUMN of a column an applied migration created blocks before Prisma starts; the applied ones are not linted', async () => {
    await deployedBefore('running');
    const blocked = await run('running');
    expect(blocked.exitCode).toBe(1);
    expect(JSON.parse(blocked.outputs['new-migrations'])).toEqual([DROP]);
    expect(blocked.stdout).toContain(`linted migrations/${DROP}/migration.sql`);
    expect(blocked.stdout).not.toContain('linted migrations/20250101000000_init');
    expect(JSON.parse(blocked.outputs['lint-findings'])).toEqual([
      expect.objectContaining({
        rule: 'drop-column',
        file: `migrations/${DROP}/migration.sql`,
        line: 2,
        allowed: null,
      }),
    ]);
    expect(blocked.outputs['lint-blocking-count']).toBe('1');
    expect(blocked.outputs['applied-count']).toBe('0');
    expect(blocked.stdout).toMatch(
      /::error::migrate failed: the safety lint found 1 blocking finding\(s\) in 1 pending migration\(s\); nothing was applied/,
    );
    expect(blocked.summary).toContain('Nothing was applied (nothing was started)');
    expect(await applied('running')).toEqual(APPLIED_BY_HAND);
    expect(await columns('running', 'User')).toContain('name');
    expect(blocked.prismaStarts).toEqual([]);
    expect(blocked.parserLoads).toBe(1);
  }, 120_000);

  test('all pending on a new database: linted as one batch (the DROP is exempt), applied with one Prisma start; again: one start, no parser', async () => {
    const fresh = await run('fresh');
    expect(fresh.exitCode).toBe(0);
    // All three applied: none left new (what was applied is applied-migrations, never both).
    expect(JSON.parse(fresh.outputs['new-migrations'])).toEqual([]);
    expect(fresh.outputs['lint-blocking-count']).toBe('0');
    expect(fresh.prismaStarts).toEqual([expect.stringMatching(/^migrate deploy/)]);
    expect(fresh.parserLoads).toBe(1);
    // The outputs are the database's own account.
    expect(JSON.parse(fresh.outputs['applied-migrations'])).toEqual(await applied('fresh'));
    expect(fresh.outputs['applied-count']).toBe('3');
    expect(fresh.outputs['pending-count']).toBe('0');
    expect(await columns('fresh', 'User')).not.toContain('name');

    const again = await run('fresh');
    expect(again.exitCode).toBe(0);
    expect(again.outputs['new-migrations']).toBe('[]');
    expect(again.outputs['applied-migrations']).toBe('[]');
    expect(again.outputs['pending-count']).toBe('0');
    expect(again.stdout).toContain('No pending migrations to apply.');
    expect(again.prismaStarts).toEqual([expect.stringMatching(/^migrate deploy/)]);
    expect(again.parserLoads).toBe(0);
    expect(await applied('fresh')).toEqual([...APPLIED_BY_HAND, DROP]);
  }, 180_000);

  test('only what is pending is linted: an applied migration that would block is not judged again', async () => {
    // The database already ran the DROP (it was fine when it shipped with the column's creation); a new migration
    // follows.
    await deployedBefore('partly', project);
    const next = makeProject({
      [DROP]: '-- AlterTable\nALTER TABLE "User" DROP COLUMN "name";\n',
      [NOTE]: '-- AlterTable\nALTER TABLE "User" ADD COLUMN "note" TEXT;\n',
    });
    const result = await run('partly', next);
    expect(result.exitCode).toBe(0);
    // Applied, so not new any more (applied-migrations says it, never both).
    expect(JSON.parse(result.outputs['new-migrations'])).toEqual([]);
    expect(result.outputs['lint-findings']).toBe('[]');
    expect(result.stdout).not.toContain(`linted migrations/${DROP}`);
    expect(JSON.parse(result.outputs['applied-migrations'])).toEqual([NOTE]);
    expect(result.outputs['pending-count']).toBe('0');
    expect(result.prismaStarts).toEqual([expect.stringMatching(/^migrate deploy/)]);
    expect(await applied('partly')).toEqual([...APPLIED_BY_HAND, DROP, NOTE]);
    expect(await columns('partly', 'User')).toContain('note');
  }, 180_000);

  test('a deploy that exits 0 yet leaves here what it was to apply (its Prisma reached another database) fails, naming them', async () => {
    const astray = makeProject({});
    await server.createDatabase('astray');
    // The project's Prisma is pointed at another database than the action's `database-url`.
    writeFileSync(
      join(astray, 'prisma.sh'),
      `#!/bin/sh\necho "$*" >> "${join(astray, 'prisma-starts.log')}"\nDATABASE_URL="${server.url('elsewhere')}" exec "${process.execPath}" "${PRISMA_CLI}" "$@"\n`,
    );
    const result = await run('astray', astray);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toMatch(
      /migrate deploy exited 0, but 2 migration\(s\) it was to apply are still pending here/,
    );
    expect(JSON.parse(result.outputs['applied-migrations'])).toEqual([]);
    expect(result.outputs['pending-count']).toBe('2');
    // Nothing reached the database the action names: not even the history table.
    expect(await columns('astray', '_prisma_migrations')).toEqual([]);
    expect(await applied('elsewhere')).toEqual(APPLIED_BY_HAND);
  }, 180_000);

  test('a failed migration row: P3009 explained with the resolve commands, and nothing runs (no Prisma, no lint)', async () => {
    await deployedBefore('failedrow');
    // What a deploy that died inside the DROP leaves behind: started, never finished, not rolled back.
    await query(
      'failedrow',
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ('5f1c1d4e-0000-4000-8000-000000000001', 'x', $1, now(), 0)",
      [DROP],
    );
    const result = await run('failedrow');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`::error::migrate failed: An earlier migration, ${DROP}, failed and blocks every deploy \\(P3009\\)`),
    );
    expect(result.stdout).toContain(`migrate resolve --rolled-back "${DROP}"`);
    expect(result.outputs['lint-findings']).toBe('[]');
    expect(result.outputs['applied-count']).toBe('0');
    expect(result.prismaStarts).toEqual([]);
    expect(result.parserLoads).toBe(0);
    expect(await columns('failedrow', 'User')).toContain('name');
    expect(
      await query(
        'failedrow',
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL',
      ),
    ).toEqual([{ migration_name: DROP }]);
  }, 180_000);

  test('a URL only Prisma reads (a socket folder): migrate status says what is pending instead, two starts', async () => {
    const url = `postgresql://postgres@localhost:${server.port}/viasocket?host=${encodeURIComponent(server.socketDir)}`;
    const result = await run('viasocket', project, url);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      'the migration history cannot be read directly (the URL sets `host`, which only Prisma reads here)',
    );
    expect(result.prismaStarts).toEqual([
      expect.stringMatching(/^migrate status/),
      expect.stringMatching(/^migrate deploy/),
    ]);
    expect(JSON.parse(result.outputs['applied-migrations'])).toEqual([...APPLIED_BY_HAND, DROP]);
    expect(await applied('viasocket')).toEqual([...APPLIED_BY_HAND, DROP]);
  }, 180_000);

  test('an unreachable database: the direct read fails without showing the password, and Prisma explains it (P1001)', async () => {
    const result = await run('nowhere', project, `postgresql://postgres:${PASSWORD}@127.0.0.1:1/nowhere`);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /the migration history cannot be read directly \(connect ECONNREFUSED 127\.0\.0\.1:1\)/,
    );
    expect(result.stdout).toMatch(/::error::migrate failed: Cannot reach the database server \(P1001\)/);
    expect(visible(result.stdout + result.stderr + result.summary)).not.toContain(PASSWORD);
    expect(result.prismaStarts).toEqual([expect.stringMatching(/^migrate status/)]);
  }, 120_000);
});
