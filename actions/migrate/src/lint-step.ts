/**
 * The safety lint as the action runs it: on exactly the migrations about to be applied (the pending set read from
 * the database), or, where that set cannot be known, on those added since `lint-base`, each judged on its own. The
 * SQL parser loads only when there is a migration to lint.
 */
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';

import type { ActionIO } from '../../../lib/core/io.js';
import { LINT_RULES, summariseFindings } from '../../../lib/migrate/lint-rules.js';
import {
  type BatchLint,
  type GitRunner,
  type LintProblem,
  listMigrations,
  type MigrationFile,
  migrationsAddedSince,
  readMigrationFiles,
} from '../../../lib/migrate/migrations.js';
import type { MigrateInputs } from './inputs.js';

/** What is about to be applied, as far as the action could learn it. */
export type LintScope =
  /** Read from the database before anything was applied: exactly these, applied together in this order. */
  | { kind: 'pending'; names: string[] }
  /**
   * Not knowable here (no database in lint-only, output that cannot be read): lint-base's selection, each file alone.
   */
  | { kind: 'unknown'; why: string }
  /** Nothing will be applied, or it is not this run's to judge. */
  | { kind: 'none'; why: string };

export interface LintOutcome {
  policy: MigrateInputs['lint']['policy'];
  scope: LintScope['kind'];
  /** The linted set in words, e.g. "2 pending migration(s)", "all 5 migration(s), each on its own". */
  described: string;
  /** The migrations that were linted (the pending ones, or lint-base's selection). */
  selected: MigrationFile[];
  batch: BatchLint;
  /** Findings without a reasoned allow comment, plus migrations that could not be read. */
  blocking: number;
  allowed: number;
  /** Why nothing was linted although the policy is on. */
  skipped?: string;
  /** Set when the policy is `fail` and something blocks: nothing may be applied. */
  stops: boolean;
}

/** Lints one scope; bound by main to the run's inputs, checkout and git. */
export type LintGate = (scope: LintScope) => Promise<LintOutcome>;

/**
 * The checkout's migrations, oldest first; a missing folder is an error when the run needs it
 * (`migrationsRequired`), otherwise (lint off, a recovery command) there are none.
 */
export async function checkoutMigrations(inputs: MigrateInputs): Promise<MigrationFile[]> {
  const present = existsSync(inputs.migrationsDir) && statSync(inputs.migrationsDir).isDirectory();
  if (!present && !inputs.migrationsRequired) return [];
  return listMigrations(inputs.migrationsDir, inputs.repoRoot);
}

/** The gate main hands to each mode: it lints what the mode says is about to be applied. */
export function lintGate(inputs: MigrateInputs, io: ActionIO, git: GitRunner, migrations: MigrationFile[]): LintGate {
  return (scope) => runLint(inputs, io, git, migrations, scope);
}

const EMPTY: BatchLint = { files: [], findings: [], problems: [] };

/** Picks the migrations the scope names, lints them (loading the parser only then) and annotates each finding. */
export async function runLint(
  inputs: MigrateInputs,
  io: ActionIO,
  git: GitRunner,
  migrations: MigrationFile[],
  scope: LintScope,
): Promise<LintOutcome> {
  const { policy, base } = inputs.lint;
  const outcome = (fields: Partial<LintOutcome> & Pick<LintOutcome, 'described'>): LintOutcome => ({
    policy,
    scope: scope.kind,
    selected: [],
    batch: EMPTY,
    blocking: 0,
    allowed: 0,
    stops: false,
    ...fields,
  });
  if (policy === 'off') return outcome({ described: 'nothing (`lint-policy: off`)' });
  const present = existsSync(inputs.migrationsDir) && statSync(inputs.migrationsDir).isDirectory();
  if (!present && !inputs.migrationsRequired) {
    const where = relative(inputs.repoRoot, inputs.migrationsDir) || inputs.migrationsDir;
    const skipped = `no migrations folder at ${where}, and \`${inputs.ecs?.command.join(' ')}\` applies none`;
    io.info(`nothing to lint: ${skipped}`);
    return outcome({ described: 'nothing', skipped });
  }
  if (scope.kind === 'none') {
    io.info(`nothing to lint: ${scope.why}`);
    return outcome({ described: 'nothing', skipped: scope.why });
  }

  let selected: MigrationFile[];
  let described: string;
  const problems: LintProblem[] = [];
  if (scope.kind === 'pending') {
    const byName = new Map(migrations.map((m) => [m.name, m]));
    selected = scope.names.flatMap((name) => byName.get(name) ?? []);
    // The image's migrations are applied, not the checkout's: one the checkout lacks cannot be judged, so it counts
    // against the run.
    const where = relative(inputs.repoRoot, inputs.migrationsDir) || inputs.migrationsDir;
    for (const name of scope.names.filter((n) => !byName.has(n))) {
      problems.push({
        file: `${where}/${name}/migration.sql`,
        line: 1,
        message: `is pending in the database but not in this checkout, so the lint cannot judge it: check out the commit the image was built from`,
      });
    }
    described = `${scope.names.length} pending migration(s)`;
  } else {
    const added = base === 'all' ? undefined : await migrationsAddedSince(git, base, inputs.migrationsDir);
    selected = added ? migrations.filter((m) => added.has(m.name)) : migrations;
    described = `${added ? `${selected.length} migration(s) added since \`${base}\`` : `all ${selected.length} migration(s)`}, each on its own`;
    io.info(
      `the pending set is not known (${scope.why}): linting ${described}, so that none leans on another being applied with it`,
    );
  }
  if (selected.length === 0 && problems.length === 0) {
    io.info(
      `nothing to lint: ${scope.kind === 'pending' ? 'no migration is pending' : `no migration ${base === 'all' ? 'in the folder' : `added since ${base}`}`}`,
    );
    return outcome({ described });
  }

  return io.group(`Lint ${described}`, async () => {
    const { lintMigrationBatch } = await import('../../../lib/migrate/batch-lint.js');
    const linted = await lintMigrationBatch(await readMigrationFiles(selected), {
      acrossFiles: scope.kind === 'pending',
    });
    const batch = { ...linted, problems: [...problems, ...linted.problems] };
    annotate(batch, policy, io);
    for (const file of selected) io.info(`linted ${file.path}`);
    const totals = summariseFindings(batch.findings);
    const blocking = totals.blocking + batch.problems.length;
    io.info(
      `${blocking} blocking finding(s), ${totals.allowed} allowed, in ${selected.length} file(s); policy ${policy}`,
    );
    return outcome({
      described,
      selected,
      batch,
      blocking,
      allowed: totals.allowed,
      stops: policy === 'fail' && blocking > 0,
    });
  });
}

function annotate(batch: BatchLint, policy: LintOutcome['policy'], io: ActionIO): void {
  const report = policy === 'fail' ? io.error.bind(io) : io.warning.bind(io);
  for (const finding of batch.findings) {
    const rule = LINT_RULES[finding.rule];
    const target = {
      file: finding.file,
      startLine: finding.line,
      endLine: finding.endLine,
      title: `migrate lint: ${rule.title}`,
    };
    if (finding.allowed) {
      io.notice(`${finding.rule} allowed: ${finding.allowed.reason}`, target);
      continue;
    }
    report(
      `${finding.message} Why it hurts: ${rule.why} Safe way: ${rule.safe} To accept it, put "-- migrate-lint allow ${finding.rule}: <reason>" on the line before.`,
      target,
    );
  }
  for (const problem of batch.problems)
    report(problem.message, {
      file: problem.file,
      startLine: problem.line,
      title: 'migrate lint: cannot read migration',
    });
}

/** The findings as the `lint-findings` output: one object per finding or unreadable migration. */
export function findingsJson(outcome: LintOutcome): string {
  return JSON.stringify([
    ...outcome.batch.findings.map((f) => ({
      file: f.file,
      line: f.line,
      rule: f.rule,
      statement: f.statement,
      message: f.message,
      allowed: f.allowed?.reason ?? null,
    })),
    ...outcome.batch.problems.map((p) => ({
      file: p.file,
      line: p.line,
      rule: 'unreadable',
      statement: null,
      message: p.message,
      allowed: null,
    })),
  ]);
}

/**
 * The `new-migrations` output: of the migrations pending before the run, those it did not apply (the lint stopped
 * them, or a migration failed first); none once nothing is pending after it: those it applied are
 * `applied-migrations`, never both. Where the pending set could not be read, what the lint looked at. Pure.
 */
export function newMigrationsJson(
  outcome: LintOutcome,
  pending: string[] | undefined,
  applied: string[] = [],
  pendingAfter?: number,
): string {
  const names = pending ?? outcome.selected.map((m) => m.name);
  return JSON.stringify(pendingAfter === 0 ? [] : names.filter((name) => !applied.includes(name)));
}
