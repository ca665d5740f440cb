// "New migrations since a base ref" with real git: a feature branch adds migrations on top of main, and a shallow
// clone (actions/checkout's default) says how to fetch enough history instead of linting the wrong set.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { migrate } from '../../actions/migrate/src/main.js';
import { execCommand } from '../../lib/core/command.js';
import { memoryIO } from '../../lib/core/io.js';
import { lintMigrationBatch } from '../../lib/migrate/batch-lint.js';
import { type GitRunner, migrationsAddedSince } from '../../lib/migrate/migrations.js';

const git: GitRunner = (args, cwd) =>
  execCommand('git', args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), GIT_CONFIG_NOSYSTEM: '1' } });
const sh = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  });

let root: string;
let repo: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'migrate-git-'));
  repo = join(root, 'repo');
  mkdirSync(repo);
  sh(repo, 'init', '-q', '-b', 'main');
  cpSync('test/fixtures/prisma', join(repo, 'prisma'), { recursive: true });
  sh(repo, 'add', '.');
  sh(repo, 'commit', '-q', '-m', 'init');
  sh(repo, 'checkout', '-q', '-b', 'feature');
  const add = (name: string, sql: string) => {
    mkdirSync(join(repo, 'prisma/migrations', name));
    writeFileSync(join(repo, 'prisma/migrations', name, 'migration.sql'), sql);
  };
  add(
    '20250301000000_add_tags',
    'CREATE TABLE "Tag" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));\n',
  );
  add(
    '20250302000000_tag_index',
    '-- CreateIndex\nCREATE INDEX "Tag_name_idx" ON "Tag"("name");\n\n-- CreateIndex\nCREATE INDEX "User_name_idx" ON "User"("name");\n',
  );
  sh(repo, 'add', '.');
  sh(repo, 'commit', '-q', '-m', 'feature');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('only the migrations the branch adds are linted, each on its own: without a database, no file leans on another being applied with it', async () => {
  const io = memoryIO({ mode: 'lint-only', 'lint-base': 'main' });
  await migrate({ io, signal: new AbortController().signal }, { env: { GITHUB_WORKSPACE: repo }, git }).catch(
    (err: Error) => io.setFailed(err.message),
  );
  expect(JSON.parse(io.outputs['new-migrations'])).toEqual(['20250301000000_add_tags', '20250302000000_tag_index']);
  // Both indexes block: the one on "User", which main already has, and the one on "Tag", which an earlier file of the
  // branch creates, since lint-only cannot know that both will be pending together (migrate at deploy time does).
  expect(JSON.parse(io.outputs['lint-findings'])).toEqual([
    expect.objectContaining({
      rule: 'create-index-not-concurrently',
      file: 'prisma/migrations/20250302000000_tag_index/migration.sql',
      line: 2,
    }),
    expect.objectContaining({
      rule: 'create-index-not-concurrently',
      file: 'prisma/migrations/20250302000000_tag_index/migration.sql',
      line: 5,
    }),
  ]);
  expect(io.failed).toMatch(
    /^the safety lint found 2 blocking finding\(s\) in 2 migration\(s\) added since `main`, each on its own \(see/,
  );
});

test('a migration that creates a table and indexes it in one file passes lint-only: a file is applied whole', async () => {
  const one = join(root, 'one-file');
  sh(root, 'clone', '-q', `file://${repo}`, one);
  sh(one, 'checkout', '-q', 'main');
  sh(one, 'checkout', '-q', '-b', 'squashed');
  mkdirSync(join(one, 'prisma/migrations/20250301000000_tags'));
  writeFileSync(
    join(one, 'prisma/migrations/20250301000000_tags/migration.sql'),
    'CREATE TABLE "Tag" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL);\n\nCREATE INDEX "Tag_name_idx" ON "Tag"("name");\n',
  );
  sh(one, 'add', '.');
  sh(one, 'commit', '-q', '-m', 'tags');
  const io = memoryIO({ mode: 'lint-only', 'lint-base': 'main' });
  await migrate({ io, signal: new AbortController().signal }, { env: { GITHUB_WORKSPACE: one }, git });
  expect(io.outputs['lint-findings']).toBe('[]');
});

test('on a pull request the base branch is the default base', async () => {
  sh(repo, 'update-ref', 'refs/remotes/origin/main', 'main');
  const io = memoryIO({ mode: 'lint-only', 'lint-policy': 'warn' });
  await migrate(
    { io, signal: new AbortController().signal },
    { env: { GITHUB_WORKSPACE: repo, GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' }, git },
  );
  expect(io.failed).toBeUndefined();
  expect(io.outputs['new-migrations']).toBe('["20250301000000_add_tags","20250302000000_tag_index"]');
  expect(io.annotations.filter((a) => a.level === 'warning')).toHaveLength(2);
  expect(io.summary).toContain('added since `origin/main`');
});

test('a shallow clone says to fetch more history', async () => {
  const shallow = join(root, 'shallow');
  sh(root, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo}`, shallow);
  await expect(migrationsAddedSince(git, 'origin/main', join(shallow, 'prisma/migrations'))).rejects.toThrow(
    /^Invalid `lint-base`: cannot compare "origin\/main" with HEAD: .*\(hint: this checkout is shallow: give actions\/checkout `fetch-depth: 0`/,
  );
});

test('a migration that does not parse is reported on its line, not thrown', async () => {
  const batch = await lintMigrationBatch(
    [{ path: 'm/1/migration.sql', sql: 'CREATE TABLE "A" ("id" INT);\n\nALTER TABEL "A" ADD COLUMN "b" INT;\n' }],
    { acrossFiles: true },
  );
  expect(batch.problems).toEqual([
    expect.objectContaining({
      file: 'm/1/migration.sql',
      line: 3,
      message: expect.stringMatching(/does not parse as PostgreSQL: syntax error at or near "TABEL"/),
    }),
  ]);
});

describe('a lint base can never become a git option', () => {
  test('`--output=…` as lint-base is refused before git runs, and git writes no file', async () => {
    const target = join(root, 'owned');
    const io = memoryIO({ mode: 'lint-only', 'lint-base': `--output=${target}` });
    await migrate({ io, signal: new AbortController().signal }, { env: { GITHUB_WORKSPACE: repo }, git }).catch(
      (err: Error) => io.setFailed(err.message),
    );
    expect(io.failed).toMatch(
      /^Invalid `lint-base` "--output=.*": expected `all`, a commit SHA, or a branch, tag or remote ref/,
    );
    expect(existsSync(`${target}...HEAD`)).toBe(false);
    expect(existsSync(target)).toBe(false);
  });

  test('the library refuses it too, and passes any base after --end-of-options', async () => {
    const seen: string[][] = [];
    const recording: GitRunner = async (args, cwd) => {
      seen.push(args);
      return git(args, cwd);
    };
    await expect(migrationsAddedSince(recording, '-p', join(repo, 'prisma/migrations'))).rejects.toThrow(
      /^Invalid `lint-base` "-p"/,
    );
    expect(seen).toEqual([]);
    await migrationsAddedSince(recording, 'main', join(repo, 'prisma/migrations'));
    expect(seen[0].indexOf('--end-of-options')).toBeGreaterThan(-1);
    expect(seen[0].indexOf('--end-of-options')).toBe(seen[0].indexOf('main...HEAD') - 1);
  });
});
