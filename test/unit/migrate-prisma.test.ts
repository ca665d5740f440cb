import {
  explainPrismaError,
  parseDeployOutput,
  parsePrismaError,
  parseStatusOutput,
} from '../../lib/migrate/prisma.js';

// What the real Prisma 7.10.1 CLI printed against PostgreSQL 15 (stdout and stderr joined, as the action reads them).
const HEAD =
  'Loaded Prisma config from prisma.config.ts.\n\nPrisma schema loaded from schema.prisma.\nDatasource "db": PostgreSQL database "t1", schema "public" at "127.0.0.1:55432"\n\n';
const APPLIED = `${HEAD}2 migrations found in prisma/migrations


The following migration(s) have been applied:

migrations/
  └─ 20250101000000_init/
    └─ migration.sql
  └─ 20250102000000_add_posts/
    └─ migration.sql

All migrations have been successfully applied.
`;
const NOTHING = `${HEAD}2 migrations found in prisma/migrations


No pending migrations to apply.
`;
const P3018 = `${HEAD}2 migrations found in prisma/migrations

Error: P3018

A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve

Migration name: 20250103000000_add_comments

Database error code: 42P01

Database error:
ERROR: relation "Post" does not exist


`;
const P3009 = `${HEAD}2 migrations found in prisma/migrations

Error: P3009

migrate found failed migrations in the target database, new migrations will not be applied. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve
The \`20250103000000_add_comments\` migration started at 2026-11-25 22:11:38.627 UTC failed
`;
const P1001 = `${HEAD}Error: P1001: Can't reach database server at \`127.0.0.1:1\`

Please make sure your database server is running at \`127.0.0.1:1\`.`;
// Prisma's advisory-lock timeout, as its docs (pris.ly/d/migrate-advisory-locking) and issue reports show it.
const LOCK = `${HEAD}Error: P1002

The database server at \`db.internal:5432\` was reached but timed out.

Please try again.

Please make sure your database server is running at \`db.internal:5432\`.

Context: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369)). Timeout: 10000ms. See https://pris.ly/d/migrate-advisory-locking for details.`;

const STATUS_PENDING = `${HEAD}2 migrations found in prisma/migrations
Following migrations have not yet been applied:
20250101000000_init
20250102000000_add_posts

To apply migrations in development run prisma migrate dev.
To apply migrations in production run prisma migrate deploy.`;
const STATUS_FAILED = `${HEAD}2 migrations found in prisma/migrations
Following migration have failed:
20250103000000_add_comments

During development if the failed migration(s) have not been deployed to a production database you can then fix the migration(s) and run prisma migrate dev.
`;
const STATUS_DRIFT = `${HEAD}2 migrations found in prisma/migrations
Your local migration history and the migrations table from your database are different:

The last common migration is: 20250101000000_init

The migration have not yet been applied:
20250103000000_add_comments

The migration from the database are not found locally in prisma/migrations:
20250102000000_add_posts`;
const STATUS_OK = `${HEAD}2 migrations found in prisma/migrations

Database schema is up to date!`;

describe('parseDeployOutput', () => {
  test.each([
    [
      'applied two',
      APPLIED,
      {
        found: 2,
        applied: ['20250101000000_init', '20250102000000_add_posts'],
        nothingPending: false,
        code: undefined,
      },
    ],
    ['nothing pending', NOTHING, { found: 2, applied: [], nothingPending: true, code: undefined }],
    ['P3018', P3018, { found: 2, applied: [], nothingPending: false, code: 'P3018' }],
    ['P3009', P3009, { found: 2, applied: [], nothingPending: false, code: 'P3009' }],
    ['unreachable', P1001, { found: undefined, applied: [], nothingPending: false, code: 'P1001' }],
  ])('%s', (_name, output, expected) => {
    const result = parseDeployOutput(output);
    expect({
      found: result.found,
      applied: result.applied,
      nothingPending: result.nothingPending,
      code: result.error?.code,
    }).toEqual(expected);
  });

  test('reads through colour codes', () => {
    expect(parseDeployOutput(APPLIED.replace('All migrations', '\x1b[32mAll migrations\x1b[39m')).applied).toHaveLength(
      2,
    );
  });
});

describe('parsePrismaError', () => {
  test('P3018 names the migration and the database error', () => {
    expect(parsePrismaError(P3018)).toMatchObject({
      code: 'P3018',
      migration: '20250103000000_add_comments',
      databaseErrorCode: '42P01',
      databaseError: 'ERROR: relation "Post" does not exist',
    });
  });
  test('P3009 names the failed migration', () => {
    expect(parsePrismaError(P3009)).toMatchObject({ code: 'P3009', migration: '20250103000000_add_comments' });
  });
  test('no error block, no error', () => {
    expect(parsePrismaError(APPLIED)).toBeUndefined();
  });
});

describe('parseStatusOutput', () => {
  test.each([
    ['up to date', STATUS_OK, { upToDate: true, pending: [], failed: [], missingLocally: [] }],
    [
      'pending',
      STATUS_PENDING,
      { upToDate: false, pending: ['20250101000000_init', '20250102000000_add_posts'], failed: [], missingLocally: [] },
    ],
    [
      'failed',
      STATUS_FAILED,
      { upToDate: false, pending: [], failed: ['20250103000000_add_comments'], missingLocally: [] },
    ],
    [
      'drift',
      STATUS_DRIFT,
      {
        upToDate: false,
        pending: ['20250103000000_add_comments'],
        failed: [],
        missingLocally: ['20250102000000_add_posts'],
      },
    ],
  ])('%s', (_name, output, expected) => {
    const { upToDate, pending, failed, missingLocally, error } = parseStatusOutput(output);
    expect({ upToDate, pending, failed, missingLocally }).toEqual(expected);
    expect(error).toBeUndefined();
  });

  test('an unreachable database is an error, not "nothing pending"', () => {
    expect(parseStatusOutput(P1001).error?.code).toBe('P1001');
  });
});

describe('explainPrismaError', () => {
  test.each([
    [
      'P3018',
      P3018,
      /failed to apply \(P3018\)/,
      [
        'npx prisma migrate resolve --rolled-back "20250103000000_add_comments"',
        'npx prisma migrate resolve --applied "20250103000000_add_comments"',
      ],
    ],
    [
      'P3009',
      P3009,
      /earlier migration, 20250103000000_add_comments, failed and blocks every deploy \(P3009\)/,
      [
        'npx prisma migrate resolve --rolled-back "20250103000000_add_comments"',
        'npx prisma migrate resolve --applied "20250103000000_add_comments"',
      ],
    ],
    ['P1001', P1001, /Cannot reach the database server/, []],
    ['lock', LOCK, /Another migration holds the migration lock/, []],
  ])('%s', (_name, output, title, commands) => {
    const advice = explainPrismaError(parsePrismaError(output)!);
    expect(advice.title).toMatch(title);
    expect(advice.commands).toEqual(commands);
  });

  test('P3018 quotes the database error', () => {
    expect(explainPrismaError(parsePrismaError(P3018)!).explanation).toContain(
      'relation "Post" does not exist (SQLSTATE 42P01)',
    );
  });

  test("the resolve command uses the project's own CLI spelling", () => {
    expect(explainPrismaError(parsePrismaError(P3009)!, 'pnpm exec prisma').commands[0]).toBe(
      'pnpm exec prisma migrate resolve --rolled-back "20250103000000_add_comments"',
    );
  });
});
