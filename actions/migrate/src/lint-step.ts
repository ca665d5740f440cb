/** The safety lint as the action runs it: pick the new migrations, lint them, annotate each finding on its line. */
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { ActionIO } from '../../../lib/core/io.js';
import { LINT_RULES, summariseFindings } from '../../../lib/migrate/lint.js';
import { lintMigrationBatch, listMigrations, migrationsAddedSince, readMigrationFiles, type BatchLint, type GitRunner, type MigrationFile } from '../../../lib/migrate/migrations.js';
import type { MigrateInputs } from './inputs.js';

export interface LintOutcome {
  policy: MigrateInputs['lint']['policy'];
  base: string;
  migrations: MigrationFile[];
  /** The migrations that were linted: those new since the base, or all. */
  selected: MigrationFile[];
  batch: BatchLint;
  /** Findings without a reasoned allow comment, plus migrations that could not be read. */
  blocking: number;
  allowed: number;
  /** Why nothing was linted although the policy is on: no migrations folder, and nothing needed one. */
  skipped?: string;
}

/**
 * Lists the migrations and lints the selected ones, unless the policy is off. A missing folder is an error
 * when the run needs it (`migrationsRequired`); otherwise (lint off, a recovery command) there is nothing to lint.
 */
export async function runLint(inputs: MigrateInputs, io: ActionIO, git: GitRunner): Promise<LintOutcome> {
  const { policy, base } = inputs.lint;
  const empty: BatchLint = { files: [], findings: [], problems: [] };
  const present = existsSync(inputs.migrationsDir) && statSync(inputs.migrationsDir).isDirectory();
  if (!present && !inputs.migrationsRequired) {
    const where = relative(inputs.repoRoot, inputs.migrationsDir) || inputs.migrationsDir;
    const skipped = policy === 'off' ? undefined : `no migrations folder at ${where}, and \`${inputs.ecs?.command.join(' ')}\` applies none`;
    if (skipped) io.info(`nothing to lint: ${skipped}`);
    return { policy, base, migrations: [], selected: [], batch: empty, blocking: 0, allowed: 0, skipped };
  }
  const migrations = await listMigrations(inputs.migrationsDir, inputs.repoRoot);
  if (policy === 'off') return { policy, base, migrations, selected: [], batch: empty, blocking: 0, allowed: 0 };

  const added = base === 'all' ? undefined : await migrationsAddedSince(git, base, inputs.migrationsDir);
  const selected = added ? migrations.filter((m) => added.has(m.name)) : migrations;
  const scope = added ? `${selected.length} migration(s) added since ${base}` : `all ${selected.length} migration(s)`;

  return io.group(`Lint ${scope}`, async () => {
    const batch = await lintMigrationBatch(await readMigrationFiles(selected));
    const totals = summariseFindings(batch.findings);
    const annotate = policy === 'fail' ? io.error.bind(io) : io.warning.bind(io);
    for (const finding of batch.findings) {
      const rule = LINT_RULES[finding.rule];
      const target = { file: finding.file, startLine: finding.line, endLine: finding.endLine, title: `migrate lint: ${rule.title}` };
      if (finding.allowed) {
        io.notice(`${finding.rule} allowed: ${finding.allowed.reason}`, target);
        continue;
      }
      annotate(`${finding.message} Why it hurts: ${rule.why} Safe way: ${rule.safe} To accept it, put "-- migrate-lint allow ${finding.rule}: <reason>" on the line before.`, target);
    }
    for (const problem of batch.problems) annotate(problem.message, { file: problem.file, startLine: problem.line, title: 'migrate lint: cannot read migration' });
    for (const file of selected) io.info(`linted ${file.path}`);
    const blocking = totals.blocking + batch.problems.length;
    io.info(`${blocking} blocking finding(s), ${totals.allowed} allowed, in ${selected.length} file(s); policy ${policy}`);
    return { policy, base, migrations, selected, batch, blocking, allowed: totals.allowed };
  });
}

/** The findings as the `lint-findings` output: one object per finding or unreadable migration. */
export function findingsJson(outcome: LintOutcome): string {
  return JSON.stringify([
    ...outcome.batch.findings.map((f) => ({ file: f.file, line: f.line, rule: f.rule, statement: f.statement, message: f.message, allowed: f.allowed?.reason ?? null })),
    ...outcome.batch.problems.map((p) => ({ file: p.file, line: p.line, rule: 'unreadable', statement: null, message: p.message, allowed: null })),
  ]);
}
