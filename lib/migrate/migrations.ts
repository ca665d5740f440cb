/**
 * Finds a Prisma project's migrations and works out which are new since a base ref (through git, behind an
 * injectable runner). No SQL parser here: `batch-lint.ts` lints them, loaded only when there is something to lint.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { LintFinding } from './lint-rules.js';

export interface MigrationFile {
  /** The folder name Prisma records, e.g. 20250101000000_init. */
  name: string;
  /** Path of migration.sql relative to the repository root: where annotations point. */
  path: string;
  absolutePath: string;
}

/** The folder's migrations (`<name>/migration.sql`), oldest first, as Prisma orders them. */
export async function listMigrations(
  dir: string,
  repoRoot: string,
  input = 'migrations-dir',
): Promise<MigrationFile[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw ConfigurationError.value(
      input,
      relative(repoRoot, dir) || dir,
      'a folder of Prisma migrations (<timestamp>_<name>/migration.sql)',
      'run `prisma migrate dev` to create one, or point `migrations-dir` (or `working-directory`) at it',
    );
  }
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const absolutePath = join(dir, name, 'migration.sql');
      return { name, absolutePath, path: relative(repoRoot, absolutePath) };
    });
}

/** Runs git and hands back what it said; the action passes @actions/exec, tests pass a fake or real git. */
export type GitRunner = (args: string[], cwd: string) => Promise<{ exitCode: number; stdout: string; stderr: string }>;

/** What `lint-base` accepts, for messages. */
export const LINT_BASE_FORMS =
  '`all`, a commit SHA, or a branch, tag or remote ref such as origin/main (optionally with ~N or ^N)';

/**
 * True for `all`, a commit SHA, or a ref name git could accept (the rules of `git check-ref-format`, plus
 * `~N`/`^N` suffixes). Never true for anything starting with `-`: the base reaches git's command line.
 */
export function isLintBase(base: string): boolean {
  if (base === 'all') return true;
  if (base.length === 0 || base.length > 255 || base.startsWith('-')) return false;
  if (/^[0-9a-f]{7,64}$/.test(base)) return true;
  const name = base.replace(/(?:[~^]\d*)+$/, '');
  if (!/^[\p{L}\p{N}._/+#,@-]+$/u.test(name)) return false;
  if (name.includes('..') || name.includes('//') || name.includes('@{') || name === '@') return false;
  if (name.endsWith('/') || name.endsWith('.') || name.endsWith('.lock')) return false;
  return name.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.startsWith('-'));
}

/**
 * Names of migrations added between the merge base of `base` and HEAD (`git diff --diff-filter=A base...HEAD`).
 * A base missing from a shallow checkout is a ConfigurationError that says how to fetch enough history.
 */
export async function migrationsAddedSince(git: GitRunner, base: string, dir: string): Promise<Set<string>> {
  if (!isLintBase(base)) throw ConfigurationError.value('lint-base', base, LINT_BASE_FORMS);
  // --end-of-options: whatever the base is, git reads it as a revision, never as an option.
  const answer = await git(
    ['diff', '--name-only', '--diff-filter=A', '--end-of-options', `${base}...HEAD`, '--', '.'],
    dir,
  );
  if (answer.exitCode !== 0) {
    const shallow = await git(['rev-parse', '--is-shallow-repository'], dir).catch(() => undefined);
    const why = answer.stderr.trim().split('\n').pop() ?? `git exited with ${answer.exitCode}`;
    const hint =
      shallow?.stdout.trim() === 'true'
        ? 'this checkout is shallow: give actions/checkout `fetch-depth: 0` so the base and its merge base are here, or set `lint-base: all`'
        : 'fetch the base branch first (actions/checkout with `fetch-depth: 0`), or set `lint-base: all`';
    throw new ConfigurationError('lint-base', `cannot compare ${JSON.stringify(base)} with HEAD: ${why}`, hint);
  }
  const names = new Set<string>();
  for (const line of answer.stdout.split('\n')) {
    const path = line.trim();
    if (basename(path) === 'migration.sql') names.add(basename(dirname(path)));
  }
  return names;
}

/** A migration the lint could not read: bad SQL, or an allow comment it cannot understand. */
export interface LintProblem {
  file: string;
  line: number;
  message: string;
}

export interface BatchLint {
  /** The migration files that were linted, in order. */
  files: string[];
  findings: LintFinding[];
  problems: LintProblem[];
}

/** Reads the files a batch lint needs; an unreadable file is a ConfigurationError naming it. */
export async function readMigrationFiles(files: MigrationFile[]): Promise<{ path: string; sql: string }[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { path: file.path, sql: await readFile(file.absolutePath, 'utf8') };
      } catch (err) {
        throw new ConfigurationError('migrations-dir', `cannot read ${file.path}: ${errorMessage(err)}`);
      }
    }),
  );
}
