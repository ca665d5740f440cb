// Mode `local` end to end: the bundled action runs the real Prisma 7 CLI (through `npx prisma`, as a project would)
// against a real PostgreSQL on loopback. Only the schema engine is the offline stand-in, passed through the environment.
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import pg from 'pg';
import { startMoto, TEST_REGION } from '../support/moto.js';
import { prismaEnv, startPostgres, type Postgres } from '../support/postgres.js';
import { runDist } from '../support/run-dist.js';

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
  expect(again.stdout).toContain('No pending migrations to apply.');
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
