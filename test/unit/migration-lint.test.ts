import {
  LINT_RULES,
  type LintFinding,
  lintMigration,
  type LintRule,
  MigrationAllowCommentError,
  MigrationParseError,
  summariseFindings,
} from '../../lib/migrate/lint.js';

// The Prisma-shaped SQL below is what `prisma migrate diff --script` (Prisma 7) printed for the schema changes named,
// byte for byte, including the five spaces Prisma puts after ADD COLUMN.
const FILE = 'prisma/migrations/20250301000000_change/migration.sql';

const lint = (sql: string, newTables?: Set<string>) => lintMigration(FILE, sql, newTables ? { newTables } : undefined);
const hits = (findings: LintFinding[]) => findings.map((f) => [f.rule, f.line] as const);

const INIT = `-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "age" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
`;

// Field rename name -> fullName (seen by Prisma as drop + add), new enum column, Int -> BigInt, new index on an old
// table.
const RENAME_AND_RETYPE = `-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- AlterTable
ALTER TABLE "User" DROP COLUMN "name",
ADD COLUMN     "bio" TEXT,
ADD COLUMN     "fullName" TEXT NOT NULL,
ADD COLUMN     "role" "Role" NOT NULL DEFAULT 'USER',
ALTER COLUMN "age" SET DATA TYPE BIGINT;

-- CreateIndex
CREATE INDEX "User_age_idx" ON "User"("age");
`;

// The header `prisma migrate dev` writes above destructive changes.
const WARNINGS = `/*
  Warnings:

  - You are about to drop the column \`name\` on the \`User\` table. All the data in the column will be lost.
  - Added the required column \`fullName\` to the \`User\` table without a default value. This is not possible if the table is not empty.

*/
`;

// Enum value removed, optional field made required, relation to a brand-new model added on an old table.
const ENUM_AND_RELATION = `-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "bio" SET NOT NULL;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "categoryId" INTEGER;

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;
`;

// Model dropped, relation removed, Int autoincrement id turned into a String uuid id.
const DROP_AND_NEW_KEY = `-- DropForeignKey
ALTER TABLE "Post" DROP CONSTRAINT "Post_categoryId_fkey";

-- AlterTable
ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey",
DROP COLUMN "categoryId",
ALTER COLUMN "id" DROP DEFAULT,
ALTER COLUMN "id" SET DATA TYPE TEXT,
ADD CONSTRAINT "Post_pkey" PRIMARY KEY ("id");

-- DropTable
DROP TABLE "Category";
`;

describe('lintMigration on whole Prisma migrations', () => {
  test.each([
    { name: 'initial migration', sql: INIT, expected: [] },
    {
      name: 'rename as drop + add, NOT NULL column, type change, index',
      sql: RENAME_AND_RETYPE,
      expected: [
        ['drop-column', 5],
        ['add-column-not-null-without-default', 5],
        ['alter-column-type', 5],
        ['create-index-not-concurrently', 12],
      ],
    },
    {
      name: 'same behind the migrate dev warnings header',
      sql: WARNINGS + RENAME_AND_RETYPE,
      expected: [
        ['drop-column', 12],
        ['add-column-not-null-without-default', 12],
        ['alter-column-type', 12],
        ['create-index-not-concurrently', 19],
      ],
    },
    {
      name: 'enum value removal, SET NOT NULL, FK from an old table to a new one',
      sql: ENUM_AND_RELATION,
      expected: [
        ['alter-column-type', 5],
        ['set-not-null', 13],
        ['constraint-not-valid', 30],
      ],
    },
    {
      name: 'DROP TABLE and a primary key rebuilt in one ALTER',
      sql: DROP_AND_NEW_KEY,
      expected: [
        ['drop-column', 5],
        ['alter-column-type', 5],
        ['create-index-not-concurrently', 5],
        ['drop-table', 12],
      ],
    },
  ])('$name', async ({ sql, expected }) => {
    expect(hits(await lint(sql))).toEqual(expected);
  });

  test('a purely additive migration has no findings', async () => {
    const sql = `-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "body" TEXT NOT NULL,
    "postId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_postId_idx" ON "Comment"("postId");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "summary" TEXT;
`;
    expect(await lint(sql)).toEqual([]);
  });

  test('a multi-line statement reports where it starts and ends, and its text on one line', async () => {
    const [finding] = await lint(RENAME_AND_RETYPE);
    expect(finding).toMatchObject({ file: FILE, line: 5, column: 1, endLine: 9, rule: 'drop-column' });
    expect(finding.statement).toBe(
      'ALTER TABLE "User" DROP COLUMN "name", ADD COLUMN "bio" TEXT, ADD COLUMN "fullName" TEXT NOT NULL, ADD COLUMN "role" "Role" NOT NULL DEFAULT \'USER\', ALTER COLUMN "age" SET DATA TYPE BIGINT',
    );
  });

  test('the drop-column message explains that Prisma writes renames as drop + add', async () => {
    const [withAdd] = await lint(
      '-- AlterTable\nALTER TABLE "User" DROP COLUMN "name",\nADD COLUMN "fullName" TEXT;\n',
    );
    expect(withAdd.rule).toBe('drop-column');
    expect(withAdd.line).toBe(2);
    expect(withAdd.message).toMatch(/"fullName"/);
    expect(withAdd.message).toMatch(/DROP COLUMN \+ ADD COLUMN/);
    const [alone] = await lint('ALTER TABLE "User" DROP COLUMN "name";');
    expect(alone.message).toMatch(/DROP COLUMN \+ ADD COLUMN/);
  });
});

describe('lintMigration per rule', () => {
  test.each<{ sql: string; rule: LintRule; line: number }>([
    { rule: 'drop-table', line: 2, sql: '-- DropTable\nDROP TABLE "Post";\n' },
    { rule: 'drop-table', line: 2, sql: '-- DropTable\nDROP TABLE IF EXISTS "public"."Post" CASCADE;\n' },
    { rule: 'drop-column', line: 2, sql: '-- AlterTable\nALTER TABLE "User" DROP COLUMN "name";\n' },
    { rule: 'rename', line: 1, sql: 'ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";\n' },
    { rule: 'rename', line: 1, sql: 'ALTER TABLE "User" RENAME TO "Account";\n' },
    {
      rule: 'alter-column-type',
      line: 2,
      sql: '-- AlterTable\nALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE BIGINT;\n',
    },
    { rule: 'set-not-null', line: 2, sql: '-- AlterTable\nALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;\n' },
    {
      rule: 'add-column-not-null-without-default',
      line: 2,
      sql: '-- AlterTable\nALTER TABLE "User" ADD COLUMN "x" TEXT NOT NULL;\n',
    },
    {
      rule: 'add-column-not-null-without-default',
      line: 1,
      sql: 'ALTER TABLE "User" ADD COLUMN "uuid" TEXT PRIMARY KEY;\n',
    },
    {
      rule: 'create-index-not-concurrently',
      line: 2,
      sql: '-- CreateIndex\nCREATE UNIQUE INDEX "User_email_key" ON "User"("email");\n',
    },
    {
      rule: 'create-index-not-concurrently',
      line: 2,
      sql: '-- CreateIndex\nCREATE INDEX "User_name_idx" ON "User" USING HASH ("name");\n',
    },
    {
      rule: 'create-index-not-concurrently',
      line: 1,
      sql: 'ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");\n',
    },
    {
      rule: 'constraint-not-valid',
      line: 2,
      sql: '-- AddForeignKey\nALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;\n',
    },
    {
      rule: 'constraint-not-valid',
      line: 1,
      sql: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_title_check" CHECK (char_length("title") > 0);\n',
    },
    { rule: 'truncate', line: 1, sql: 'TRUNCATE TABLE "Session";\n' },
    { rule: 'truncate', line: 1, sql: 'TRUNCATE "Session", "Token" RESTART IDENTITY CASCADE;\n' },
    { rule: 'delete-without-where', line: 1, sql: 'DELETE FROM "Session";\n' },
    { rule: 'update-without-where', line: 1, sql: 'UPDATE "User" SET "role" = \'USER\';\n' },
  ])('$rule: $sql', async ({ sql, rule, line }) => {
    const findings = await lint(sql);
    expect(hits(findings)).toEqual([[rule, line]]);
    expect(findings[0].allowed).toBeUndefined();
  });

  test.each([
    { name: 'CREATE INDEX CONCURRENTLY', sql: 'CREATE INDEX CONCURRENTLY "User_name_idx" ON "User"("name");' },
    {
      name: 'unique index CONCURRENTLY',
      sql: 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "User_email_key" ON "User"("email");',
    },
    {
      name: 'unique constraint on a prebuilt index',
      sql: 'ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE USING INDEX "User_email_key";',
    },
    {
      name: 'FK with NOT VALID',
      sql: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;',
    },
    {
      name: 'CHECK with NOT VALID',
      sql: 'ALTER TABLE "Post" ADD CONSTRAINT "Post_title_check" CHECK (char_length("title") > 0) NOT VALID;',
    },
    { name: 'VALIDATE CONSTRAINT', sql: 'ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_authorId_fkey";' },
    {
      name: 'NOT NULL with a constant default',
      sql: 'ALTER TABLE "User" ADD COLUMN     "role" "Role" NOT NULL DEFAULT \'USER\';',
    },
    {
      name: 'NOT NULL with a volatile default',
      sql: 'ALTER TABLE "User" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;',
    },
    {
      name: 'NOT NULL with a function default',
      sql: 'ALTER TABLE "User" ADD COLUMN "token" UUID NOT NULL DEFAULT gen_random_uuid();',
    },
    { name: 'NOT NULL SERIAL', sql: 'ALTER TABLE "User" ADD COLUMN "seq" SERIAL NOT NULL;' },
    {
      name: 'NOT NULL identity',
      sql: 'ALTER TABLE "User" ADD COLUMN "n" INTEGER NOT NULL GENERATED ALWAYS AS IDENTITY;',
    },
    { name: 'nullable column', sql: '-- AlterTable\nALTER TABLE "User" ADD COLUMN     "bio" TEXT;' },
    { name: 'DELETE with WHERE', sql: 'DELETE FROM "Session" WHERE "expiresAt" < now();' },
    { name: 'UPDATE with WHERE', sql: 'UPDATE "User" SET "role" = \'USER\' WHERE "role" IS NULL;' },
    { name: 'enum value added', sql: '-- AlterEnum\nALTER TYPE "Role" ADD VALUE \'ADMIN\';' },
    { name: 'index renamed', sql: '-- RenameIndex\nALTER INDEX "Post_authorId_index" RENAME TO "Post_authorId_idx";' },
    { name: 'foreign key dropped', sql: '-- DropForeignKey\nALTER TABLE "Post" DROP CONSTRAINT "Post_authorId_fkey";' },
    { name: 'empty file', sql: '' },
    { name: 'comments only', sql: '-- This is an empty migration.\n' },
  ])('not a finding: $name', async ({ sql }) => {
    expect(await lint(sql)).toEqual([]);
  });
});

describe('tables created in the same batch', () => {
  test.each([
    {
      name: 'plain names',
      create: 'CREATE TABLE "Tag" ("id" SERIAL NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));',
      table: '"Tag"',
    },
    { name: 'public-qualified create', create: 'CREATE TABLE "public"."Tag" ("id" SERIAL NOT NULL);', table: '"Tag"' },
    { name: 'public-qualified use', create: 'CREATE TABLE "Tag" ("id" SERIAL NOT NULL);', table: '"public"."Tag"' },
    { name: 'other schema', create: 'CREATE TABLE "billing"."Tag" ("id" SERIAL NOT NULL);', table: '"billing"."Tag"' },
  ])('statements on a table created earlier in the file are fine ($name)', async ({ create, table }) => {
    const sql = `-- CreateTable
${create}

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON ${table}("name");

-- AlterTable
ALTER TABLE ${table} ADD COLUMN "slug" TEXT NOT NULL,
ALTER COLUMN "name" SET NOT NULL;

-- AddForeignKey
ALTER TABLE ${table} ADD CONSTRAINT "Tag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
`;
    expect(await lint(sql)).toEqual([]);
  });

  test('a same-named table in another schema is not new', async () => {
    const sql = 'CREATE TABLE "billing"."Tag" ("id" SERIAL NOT NULL);\nCREATE INDEX "Tag_name_idx" ON "Tag"("name");\n';
    expect(hits(await lint(sql))).toEqual([['create-index-not-concurrently', 2]]);
  });

  test.each([
    {
      name: 'without newTables',
      newTables: undefined,
      expected: [
        ['create-index-not-concurrently', 2],
        ['add-column-not-null-without-default', 5],
      ],
    },
    { name: 'with the table in newTables', newTables: new Set(['Tag']), expected: [] },
    { name: 'with a public-qualified name in newTables', newTables: new Set(['public.Tag']), expected: [] },
    {
      name: 'with another table in newTables',
      newTables: new Set(['Label']),
      expected: [
        ['create-index-not-concurrently', 2],
        ['add-column-not-null-without-default', 5],
      ],
    },
  ])('a table created by an earlier migration of the batch ($name)', async ({ newTables, expected }) => {
    const sql =
      '-- CreateIndex\nCREATE INDEX "Tag_name_idx" ON "Tag"("name");\n\n-- AlterTable\nALTER TABLE "Tag" ADD COLUMN "slug" TEXT NOT NULL;\n';
    expect(hits(await lint(sql, newTables))).toEqual(expected);
  });
});

describe('positions', () => {
  test.each([
    {
      name: 'statements after blank lines and comments',
      sql: '-- DropTable\nDROP TABLE "A";\n\n\n-- DropTable\n\nDROP TABLE "B";\n',
      expected: [
        [2, 1],
        [7, 1],
      ],
    },
    {
      name: 'several statements on one line',
      sql: 'DROP TABLE "A"; DROP TABLE "B";\n',
      expected: [
        [1, 1],
        [1, 17],
      ],
    },
    { name: 'indented statement', sql: '-- DropTable\n    DROP TABLE "A";\n', expected: [[2, 5]] },
    {
      name: 'leading comment block',
      sql: '/*\n * Hand-written.\n * Reviewed by the DBA.\n */\n\n-- DropTable\nDROP TABLE "A";\n',
      expected: [[7, 1]],
    },
    {
      name: 'comment between keyword and statement start',
      sql: '/* a */ /* b */ DROP TABLE "A";\n',
      expected: [[1, 17]],
    },
    {
      name: 'last statement without a semicolon',
      sql: 'DROP TABLE "A";\nDROP TABLE "B"',
      expected: [
        [1, 1],
        [2, 1],
      ],
    },
    {
      name: 'CRLF line endings',
      sql: '-- DropTable\r\nDROP TABLE "A";\r\n\r\n-- DropTable\r\nDROP TABLE "B";\r\n',
      expected: [
        [2, 1],
        [5, 1],
      ],
    },
    // Statement locations are UTF-8 byte offsets: read as characters, these would land lines or columns too far.
    {
      name: 'multibyte comment before a statement',
      sql: '-- 日本語のコメント日本語\nDROP TABLE "A";\nDROP TABLE "B";\n',
      expected: [
        [2, 1],
        [3, 1],
      ],
    },
    // Columns count UTF-16 units, as editors do: the emoji is two, each accented letter one (bytes would say 25 and
    // 67).
    { name: 'emoji and accents on the same line', sql: '/* 🚀 déploiement */ DROP TABLE "A";\n', expected: [[1, 22]] },
    {
      name: 'multibyte text inside an earlier statement',
      sql: 'UPDATE "User" SET "name" = \'Zoë Ångström 🚀\' WHERE "id" = 1; DROP TABLE "A";\n',
      expected: [[1, 62]],
    },
  ])('$name', async ({ sql, expected }) => {
    expect((await lint(sql)).map((f) => [f.line, f.column])).toEqual(expected);
  });

  test('long statements are cut to about 200 characters', async () => {
    const columns = Array.from({ length: 40 }, (_, i) => `DROP COLUMN "column_number_${i}"`).join(',\n');
    const findings = await lint(`ALTER TABLE "User" ${columns};`);
    expect(findings).toHaveLength(40);
    expect(findings[0]).toMatchObject({ line: 1, endLine: 40 });
    expect(findings[0].statement.length).toBeLessThanOrEqual(200);
    expect(findings[0].statement).toMatch(/^ALTER TABLE "User" DROP COLUMN "column_number_0", .*…$/);
  });
});

describe('allow comments', () => {
  test.each([
    {
      name: 'directly above the statement',
      sql: '-- AlterTable\n-- migrate-lint allow drop-column: removed from the code in release 41\nALTER TABLE "User" DROP COLUMN "legacy";\n',
      expected: [['drop-column', 3, 'removed from the code in release 41']],
    },
    {
      name: 'above the Prisma step comment',
      sql: '-- migrate-lint allow drop-table: model deleted two releases ago\n-- DropTable\nDROP TABLE "Category";\n',
      expected: [['drop-table', 3, 'model deleted two releases ago']],
    },
    {
      name: 'several rules, reason with a colon and emoji',
      sql:
        WARNINGS +
        RENAME_AND_RETYPE.replace(
          '-- AlterTable\n',
          '-- AlterTable\n-- migrate-lint allow drop-column, add-column-not-null-without-default: table is empty: feature never shipped 🚀\n',
        ),
      expected: [
        ['drop-column', 13, 'table is empty: feature never shipped 🚀'],
        ['add-column-not-null-without-default', 13, 'table is empty: feature never shipped 🚀'],
        ['alter-column-type', 13, undefined],
        ['create-index-not-concurrently', 20, undefined],
      ],
    },
    {
      name: 'only for the next statement',
      sql: '-- migrate-lint allow drop-table: obsolete\nDROP TABLE "A";\nDROP TABLE "B";\n',
      expected: [
        ['drop-table', 2, 'obsolete'],
        ['drop-table', 3, undefined],
      ],
    },
    {
      name: 'not across a blank line',
      sql: '-- migrate-lint allow drop-table: obsolete\n\nDROP TABLE "A";\n',
      expected: [['drop-table', 3, undefined]],
    },
    {
      name: "not from the end of the previous statement's line",
      sql: 'DROP TABLE "A"; -- migrate-lint allow drop-table: obsolete\nDROP TABLE "B";\n',
      expected: [
        ['drop-table', 1, undefined],
        ['drop-table', 2, undefined],
      ],
    },
    {
      name: 'not for another rule',
      sql: '-- migrate-lint allow drop-column: obsolete\nDROP TABLE "A";\n',
      expected: [['drop-table', 2, undefined]],
    },
  ])('$name', async ({ sql, expected }) => {
    expect((await lint(sql)).map((f) => [f.rule, f.line, f.allowed?.reason])).toEqual(expected);
  });

  test.each([
    { name: 'no colon', comment: '-- migrate-lint allow drop-table' },
    { name: 'empty reason', comment: '-- migrate-lint allow drop-table:   ' },
  ])('without a reason it does not allow, and says why ($name)', async ({ comment }) => {
    const [finding] = await lint(`-- DropTable\n${comment}\nDROP TABLE "A";\n`);
    expect(finding).toMatchObject({ rule: 'drop-table', line: 3 });
    expect(finding.allowed).toBeUndefined();
    expect(finding.message).toMatch(/allow comment on line 2 gives no reason/);
  });

  test('an unknown rule name throws with the file, line and accepted rules', async () => {
    const sql = '-- DropTable\nDROP TABLE "A";\n\n-- migrate-lint allow drop-tables: obsolete\nDROP TABLE "B";\n';
    const error = await lint(sql).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationAllowCommentError);
    expect(error).toMatchObject({ file: FILE, line: 4 });
    expect((error as Error).message).toContain(`${FILE}:4:`);
    expect((error as Error).message).toContain('"drop-tables"');
    expect((error as Error).message).toContain(Object.keys(LINT_RULES).join(', '));
  });

  test.each([
    { name: 'no rule at all', comment: '-- migrate-lint allow: because' },
    { name: 'another verb', comment: '-- migrate-lint ignore drop-table: because' },
  ])('a malformed migrate-lint comment throws ($name)', async ({ comment }) => {
    await expect(lint(`${comment}\nDROP TABLE "A";\n`)).rejects.toMatchObject({
      name: 'MigrationAllowCommentError',
      file: FILE,
      line: 1,
    });
  });
});

describe('syntax errors', () => {
  test.each([
    {
      name: 'Prisma-shaped file',
      sql: '-- CreateTable\nCREATE TABLE "A" ("id" INTEGER NOT NULL);\n\n-- AlterTable\nALTER TABLE "A" ADD COLUMN "x" TEXT NOT NUL;\n',
      line: 5,
      column: 41,
    },
    { name: 'first line', sql: 'CREAT TABLE "A" ();', line: 1, column: 1 },
    // The parser's cursor counts code points: read as bytes or UTF-16 units it would point into line 2.
    { name: 'after emoji', sql: '-- 🚀🚀🚀\nSELECT 1;\nFOO;\n', line: 3, column: 1 },
    { name: 'unterminated string', sql: 'UPDATE "User" SET "name" = \'x WHERE "id" = 1;\n', line: 1, column: 28 },
  ])('$name', async ({ sql, line, column }) => {
    const error = await lint(sql).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationParseError);
    expect(error).toMatchObject({ file: FILE, line, column });
    expect((error as Error).message).toMatch(new RegExp(`^${FILE}:${line}:${column}: .*(syntax error|unterminated)`));
  });
});

describe('rule catalogue and summary', () => {
  test('every rule explains why it hurts and how to do it safely', () => {
    expect(Object.keys(LINT_RULES).sort()).toEqual(
      [
        'add-column-not-null-without-default',
        'alter-column-type',
        'constraint-not-valid',
        'create-index-not-concurrently',
        'delete-without-where',
        'drop-column',
        'drop-table',
        'rename',
        'set-not-null',
        'truncate',
        'update-without-where',
      ].sort(),
    );
    for (const info of Object.values(LINT_RULES)) {
      expect(info.title).not.toBe('');
      expect(info.why).toMatch(/\.$/);
      expect(info.safe).toMatch(/\.$/);
    }
  });

  test('summariseFindings counts blocking and allowed findings', async () => {
    const findings = await lint(
      '-- migrate-lint allow drop-table: obsolete\nDROP TABLE "A";\nDROP TABLE "B";\nTRUNCATE "C";\n',
    );
    expect(summariseFindings(findings)).toEqual({ total: 3, blocking: 2, allowed: 1 });
    expect(summariseFindings([])).toEqual({ total: 0, blocking: 0, allowed: 0 });
  });
});
