/**
 * Lints a batch of migrations in the order Prisma applies them. Within a batch that is applied together (the
 * pending set read from the database), a table created or a column added by an earlier file is new to every later
 * one: the running version cannot use it yet. This module loads the SQL parser: import it only to lint.
 */
import { type BatchState, lintMigrationOfBatch, MigrationAllowCommentError, MigrationParseError } from './lint.js';
import type { BatchLint } from './migrations.js';

export interface BatchOptions {
  /**
   * Whether earlier files' new tables and columns count for later files: only when the files are known to be
   * applied together. Otherwise each file is judged alone (what it creates itself still counts: a file applies whole).
   */
  acrossFiles: boolean;
}

/** Lints files in order; never throws for a migration that cannot be read (it becomes a problem on its line). */
export async function lintMigrationBatch(
  files: { path: string; sql: string }[],
  options: BatchOptions,
): Promise<BatchLint> {
  const result: BatchLint = { files: files.map((f) => f.path), findings: [], problems: [] };
  let batch: BatchState = { newTables: new Set(), newColumns: new Set() };
  for (const file of files) {
    try {
      const earlier = options.acrossFiles ? batch : { newTables: new Set<string>(), newColumns: new Set<string>() };
      const { findings, after } = await lintMigrationOfBatch(file.path, file.sql, {
        newTables: new Set(earlier.newTables),
        newColumns: new Set(earlier.newColumns),
      });
      result.findings.push(...findings);
      if (options.acrossFiles) batch = after;
    } catch (err) {
      if (err instanceof MigrationParseError)
        result.problems.push({
          file: file.path,
          line: err.line,
          message: `does not parse as PostgreSQL: ${err.parserMessage}`,
        });
      else if (err instanceof MigrationAllowCommentError)
        result.problems.push({ file: file.path, line: err.line, message: err.message.replace(/^[^:]+:\d+: /, '') });
      else throw err;
    }
  }
  return result;
}
