// Mode `local` end to end: the bundled action runs the real Prisma 7 CLI (through `npx prisma`, as a project would)
// against a real PostgreSQL on loopback. Only the schema engine is the offline stand-in, passed through the environment.
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import pg from 'pg';
import { startMoto, TEST_REGION } from '../support/moto.js';
import { PRISMA_CLI, prismaEnv, startPostgres, type Postgres } from '../support/postgres.js';
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

function migrateLocal(fixture: string, db: string, inputs: Record<string, string> = { 'database-url': urlOf(db) }, env: Record<string, string> = {}) {
  return runDist('migrate', {
    inputs: { mode: 'local', 'working-directory': `test/fixtures/${fixture}`, ...inputs },
    env: { ...engineEnv(), ...env },
    timeoutMs: 90_000,
  });
}

const visible = (stdout: string) => stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');

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
  // status said it all: no deploy was started.
  expect(again.stdout).toContain('Database schema is up to date!');
  expect(again.stdout).not.toContain('migrate deploy\n');
  expect(again.summary).toContain('Nothing to lint: no migration is pending.');
}, 120_000);

test('a failing migration, then the P3009 state: explained, with the resolve commands, and nothing resolved', async () => {
  const failed = await migrateLocal('prisma-failing', 'broken');
  expect(failed.exitCode).toBe(1);
  expect(failed.stdout).toMatch(/::error::migrate failed: Migration 20250103000000_add_comments failed to apply \(P3018\)/);
  expect(failed.outputs['applied-migrations']).toBe('["20250101000000_init"]');
  expect(failed.outputs['pending-count']).toBe('0');

  const blocked = await migrateLocal('prisma-failing', 'broken');
  expect(blocked.exitCode).toBe(1);
  expect(blocked.stdout).toMatch(/::error::migrate failed: An earlier migration, 20250103000000_add_comments, failed and blocks every deploy \(P3009\)/);
  expect(blocked.stdout).toContain('npx prisma migrate resolve --rolled-back "20250103000000_add_comments"');
  expect(blocked.summary).toContain('npx prisma migrate resolve --applied "20250103000000_add_comments"');
  // Still failed afterwards: the action never resolves on its own.
  const client = new pg.Client({ connectionString: server.url('broken') });
  await client.connect();
  const rows = (await client.query('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations WHERE finished_at IS NULL')).rows;
  await client.end();
  expect(rows).toEqual([{ migration_name: '20250103000000_add_comments', finished_at: null, rolled_back_at: null }]);
}, 180_000);

test('drift: migrations in the database that the checkout lacks are reported by status', async () => {
  await migrateLocal('prisma', 'drifted');
  const run = await migrateLocal('prisma-failing', 'drifted');
  expect(run.exitCode).toBe(0);
  expect(run.outputs['applied-migrations']).toBe('["20250103000000_add_comments"]');
  expect(run.annotations.join('\n')).toMatch(/::warning::The database has migrations this checkout does not: 20250102000000_add_posts/);
  expect(run.summary).toContain('| Drift | in the database but not in this checkout: 20250102000000_add_posts |');
}, 180_000);

test('the URL can come from a JSON secret in Secrets Manager, masked before Prisma runs', async () => {
  const moto = await startMoto();
  try {
    const secrets = new SecretsManagerClient({ region: TEST_REGION, endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    const { ARN } = await secrets.send(new CreateSecretCommand({ Name: 'staging/api-db', SecretString: JSON.stringify({ url: urlOf('from_secret'), note: 'rotated monthly' }) }));
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

describe('the pending set: exactly what migrate deploy will apply is linted, with the fewest Prisma CLI starts', () => {
  const DROP = '20250104000000_drop_user_name';
  let project: string;
  let starts: string;

  beforeAll(() => {
    // A project outside the repository: the fixture's migrations plus one that drops a column the first one created.
    project = mkdtempSync(join(tmpdir(), 'migrate-pending-'));
    cpSync('test/fixtures/prisma', project, { recursive: true });
    mkdirSync(join(project, 'migrations', DROP));
    writeFileSync(join(project, 'migrations', DROP, 'migration.sql'), '-- AlterTable\nALTER TABLE "User" DROP COLUMN "name";\n');
    // The project's Prisma CLI, behind a wrapper that counts its starts: one line per start.
    starts = join(project, 'prisma-starts.log');
    writeFileSync(join(project, 'prisma.sh'), `#!/bin/sh\necho "$*" >> "${starts}"\nexec "${process.execPath}" "${PRISMA_CLI}" "$@"\n`);
    chmodSync(join(project, 'prisma.sh'), 0o755);
  });
  afterAll(() => project && rmSync(project, { recursive: true, force: true }));

  const run = (db: string) => {
    writeFileSync(starts, '');
    return runDist('migrate', {
      cwd: project,
      inputs: { mode: 'local', 'database-url': server.url(db), 'prisma-command': `sh ${join(project, 'prisma.sh')}` },
      env: engineEnv(),
      timeoutMs: 90_000,
    });
  };
  const prismaStarts = () => readFileSync(starts, 'utf8').split('\n').filter(Boolean);
  const columns = async (db: string, table: string) => {
    const client = new pg.Client({ connectionString: server.url(db) });
    await client.connect();
    try {
      return (await client.query('SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name', [table])).rows.map((r: { column_name: string }) => r.column_name);
    } finally {
      await client.end();
    }
  };
  const applied = async (db: string) => {
    const client = new pg.Client({ connectionString: server.url(db) });
    await client.connect();
    try {
      return (await client.query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name')).rows.map((r: { migration_name: string }) => r.migration_name);
    } finally {
      await client.end();
    }
  };

  test('a DROP COLUMN of a column an applied migration created blocks, and nothing is applied', async () => {
    // The database already runs the first two migrations, as production would.
    await promisify(execFile)(process.execPath, [PRISMA_CLI, 'migrate', 'deploy'], { cwd: join(REPO, 'test/fixtures/prisma'), env: { ...process.env, ...prismaEnv(server.url('running')) } });
    const blocked = await run('running');
    expect(blocked.exitCode).toBe(1);
    expect(JSON.parse(blocked.outputs['new-migrations'])).toEqual([DROP]);
    expect(JSON.parse(blocked.outputs['lint-findings'])).toEqual([expect.objectContaining({ rule: 'drop-column', file: `migrations/${DROP}/migration.sql`, line: 2, allowed: null })]);
    expect(blocked.outputs['lint-blocking-count']).toBe('1');
    expect(blocked.outputs['applied-count']).toBe('0');
    expect(blocked.stdout).toMatch(/::error::migrate failed: the safety lint found 1 blocking finding\(s\) in 1 pending migration\(s\); nothing was applied/);
    expect(await applied('running')).toEqual(['20250101000000_init', '20250102000000_add_posts']);
    expect(await columns('running', 'User')).toContain('name');
    // Only `migrate status` ran: the deploy never started.
    expect(prismaStarts()).toEqual([expect.stringMatching(/^migrate status/)]);
  }, 120_000);

  test('the same DROP COLUMN with the migration that created the column, both pending: exempt, and applied with two CLI starts', async () => {
    const fresh = await run('fresh');
    expect(fresh.exitCode).toBe(0);
    // All three applied: none left new (what was applied is applied-migrations, never both).
    expect(JSON.parse(fresh.outputs['new-migrations'])).toEqual([]);
    expect(fresh.outputs['lint-blocking-count']).toBe('0');
    expect(JSON.parse(fresh.outputs['applied-migrations'])).toEqual(['20250101000000_init', '20250102000000_add_posts', DROP]);
    expect(fresh.outputs['pending-count']).toBe('0');
    expect(await columns('fresh', 'User')).not.toContain('name');
    expect(prismaStarts()).toEqual([expect.stringMatching(/^migrate status/), expect.stringMatching(/^migrate deploy/)]);

    // Nothing left to apply: one start, nothing linted, nothing new.
    const again = await run('fresh');
    expect(again.exitCode).toBe(0);
    expect(again.outputs['new-migrations']).toBe('[]');
    expect(again.outputs['applied-migrations']).toBe('[]');
    expect(again.outputs['pending-count']).toBe('0');
    expect(prismaStarts()).toEqual([expect.stringMatching(/^migrate status/)]);
  }, 180_000);
});
