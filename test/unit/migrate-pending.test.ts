// The pending set and the batch it makes: what status says is pending, what a failed deploy applied, which command
// asks, and which earlier files of a batch may exempt a later one.
import { type LintOutcome, newMigrationsJson } from '../../actions/migrate/src/lint-step.js';
import { lintMigrationBatch } from '../../lib/migrate/batch-lint.js';
import { isRecoveryCommand, statusCommandOf } from '../../lib/migrate/command.js';
import { appliedBeforeFailure, pendingFromStatus } from '../../lib/migrate/pending.js';
import { parseStatusOutput } from '../../lib/migrate/prisma.js';

const LOCAL = ['20250101000000_init', '20250102000000_add_posts', '20250103000000_drop'];
const status = (text: string) => parseStatusOutput(text);

describe('pendingFromStatus', () => {
  test.each([
    [
      "pending ones, in the folder's order",
      'Following migrations have not yet been applied:\n20250103000000_drop\n20250102000000_add_posts\n',
      1,
      { kind: 'pending', names: ['20250102000000_add_posts', '20250103000000_drop'], freshDatabase: false },
    ],
    [
      'a database that does not exist yet: all of them',
      'Error: P1003: Database `app` does not exist on the database server at `db:5432`.',
      1,
      { kind: 'pending', names: LOCAL, freshDatabase: true },
    ],
    [
      'up to date',
      '2 migrations found in prisma/migrations\n\nDatabase schema is up to date!\n',
      0,
      { kind: 'up-to-date' },
    ],
    [
      'only drift (the database has more): nothing to apply',
      'The migration from the database is not found locally in prisma/migrations:\n20241201000000_hotfix\n',
      1,
      { kind: 'up-to-date' },
    ],
    ['no output, exit 0: up to date (Prisma exits 0 for that alone)', '', 0, { kind: 'up-to-date' }],
    ['no output, exit 1: unknown', '', 1, { kind: 'unknown', why: 'no log' }],
  ])('%s', (_name, text, exitCode, expected) => {
    expect(pendingFromStatus(status(text), exitCode, LOCAL, 'no log')).toEqual(expected);
  });

  test('a failed migration: P3009 with its name, so the advice names the resolve commands', () => {
    const verdict = pendingFromStatus(
      status(
        'Following migration have failed:\n20250102000000_add_posts\n\nThe failed migration(s) can be marked as rolled back or applied:\n',
      ),
      1,
      LOCAL,
    );
    expect(verdict).toMatchObject({
      kind: 'failed-migration',
      failed: ['20250102000000_add_posts'],
      error: { code: 'P3009', migration: '20250102000000_add_posts' },
    });
  });

  test('Prisma could not look: its error', () => {
    expect(pendingFromStatus(status("Error: P1001: Can't reach database server at `db:5432`"), 1, LOCAL)).toMatchObject(
      { kind: 'error', error: { code: 'P1001' } },
    );
  });
});

test.each([
  [
    'the one Prisma names failed: those before it were applied',
    ['a1', 'b2', 'c3'],
    { code: 'P3018', migration: 'b2', text: '' },
    ['a1'],
  ],
  ['the first failed: none', ['a1', 'b2'], { code: 'P3018', migration: 'a1', text: '' }, []],
  ['no migration named: unknown', ['a1', 'b2'], { code: 'P1001', text: '' }, undefined],
])('appliedBeforeFailure: %s', (_name, pending, error, expected) => {
  expect(appliedBeforeFailure(pending, error)).toEqual(expected);
});

test.each([
  [
    ['npx', 'prisma', 'migrate', 'deploy'],
    ['npx', 'prisma', 'migrate', 'status'],
  ],
  [
    ['npx', 'prisma', 'migrate', 'deploy', '--schema', 'db/schema.prisma'],
    ['npx', 'prisma', 'migrate', 'status', '--schema', 'db/schema.prisma'],
  ],
  [
    ['pnpm', 'exec', 'prisma@7.10.1', 'migrate', 'deploy', '--config', 'prisma.config.ts'],
    ['pnpm', 'exec', 'prisma@7.10.1', 'migrate', 'status', '--config', 'prisma.config.ts'],
  ],
  [['sh', '-c', 'npx prisma migrate deploy && node seed.js'], undefined],
  [['npx', 'prisma', 'migrate', 'deploy', '&&', 'node', 'seed.js'], undefined],
  [['node', 'scripts/migrate.js'], undefined],
  [['npx', 'prisma', 'migrate', 'resolve', '--applied', 'x'], undefined],
])('statusCommandOf(%j)', (words, expected) => {
  expect(statusCommandOf(words)).toEqual(expected);
});

test('a recovery command is still recognised', () => {
  expect(isRecoveryCommand(['npx', 'prisma', 'migrate', 'resolve', '--rolled-back', 'x'])).toBe(true);
  expect(isRecoveryCommand(['sh', '-c', 'npx prisma migrate resolve --rolled-back x'])).toBe(false);
});

describe('a batch: what earlier files may exempt', () => {
  const files = [
    { path: 'm/1/migration.sql', sql: 'CREATE TABLE "Tag" ("id" SERIAL NOT NULL, "name" TEXT);\n' },
    { path: 'm/2/migration.sql', sql: 'ALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n' },
    {
      path: 'm/3/migration.sql',
      sql: 'CREATE INDEX "Tag_name_idx" ON "Tag"("name");\nALTER TABLE "User" DROP COLUMN "nickname";\nALTER TABLE "User" DROP COLUMN "email";\n',
    },
  ];
  const rules = (batch: Awaited<ReturnType<typeof lintMigrationBatch>>) =>
    batch.findings.map((f) => `${f.rule}@${f.line}`);

  test('applied together (the pending set): the new table and the new column are exempt, the old column is not', async () => {
    expect(rules(await lintMigrationBatch(files, { acrossFiles: true }))).toEqual(['drop-column@3']);
  });

  test('each on its own (the pending set unknown): nothing leans on another file', async () => {
    expect(rules(await lintMigrationBatch(files, { acrossFiles: false }))).toEqual([
      'create-index-not-concurrently@1',
      'drop-column@2',
      'drop-column@3',
    ]);
  });

  test('within one file, a column added by an earlier statement may be dropped later; IF NOT EXISTS does not count as adding', async () => {
    const sql =
      'ALTER TABLE "User" ADD COLUMN "a" TEXT;\nALTER TABLE "User" DROP COLUMN "a";\nALTER TABLE "User" ADD COLUMN IF NOT EXISTS "b" TEXT;\nALTER TABLE "User" DROP COLUMN "b";\n';
    expect(rules(await lintMigrationBatch([{ path: 'm/1/migration.sql', sql }], { acrossFiles: false }))).toEqual([
      'drop-column@4',
    ]);
  });

  test("Prisma's drop-and-re-add of a column in one statement still drops the column the running version reads", async () => {
    const sql = '-- AlterTable\nALTER TABLE "User" DROP COLUMN "age",\nADD COLUMN     "age" TEXT;\n';
    expect(rules(await lintMigrationBatch([{ path: 'm/1/migration.sql', sql }], { acrossFiles: true }))).toEqual([
      'drop-column@2',
    ]);
  });

  test('renaming a column the batch added breaks nothing; renaming an old one does', async () => {
    const batch = [
      files[1],
      {
        path: 'm/4/migration.sql',
        sql: 'ALTER TABLE "User" RENAME COLUMN "nickname" TO "handle";\nALTER TABLE "User" RENAME COLUMN "email" TO "mail";\n',
      },
    ];
    expect(rules(await lintMigrationBatch(batch, { acrossFiles: true }))).toEqual(['rename@2']);
  });
});

describe('the new-migrations output: pending before, not applied by the run; empty once nothing is pending', () => {
  const linted = (...names: string[]) => ({ selected: names.map((name) => ({ name })) }) as unknown as LintOutcome;
  test('the pending set read: what the run did not apply', () => {
    expect(newMigrationsJson(linted('a', 'b'), ['a', 'b'], ['a'], 1)).toBe('["b"]');
    expect(newMigrationsJson(linted('a', 'b'), ['a', 'b'], ['a', 'b'], 0)).toBe('[]');
  });
  test('the pending set unknown (the lint looked at its own selection): the same rule, not the selection as it was', () => {
    expect(newMigrationsJson(linted('a', 'b'), undefined, ['a', 'b'], 0)).toBe('[]');
    expect(newMigrationsJson(linted('a', 'b'), undefined, ['a'])).toBe('["b"]');
    expect(newMigrationsJson(linted('a', 'b'), undefined)).toBe('["a","b"]');
  });
});
