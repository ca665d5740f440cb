/**
 * The lint's rules and findings as plain data, without the SQL parser: what the action needs to report on a lint
 * it may never run (the parser, 1.7 MB of WebAssembly, loads only when there is a migration to lint).
 */
export type LintRule =
  | 'drop-table'
  | 'drop-column'
  | 'rename'
  | 'alter-column-type'
  | 'set-not-null'
  | 'add-column-not-null-without-default'
  | 'create-index-not-concurrently'
  | 'constraint-not-valid'
  | 'truncate'
  | 'delete-without-where'
  | 'update-without-where';

export interface LintRuleInfo {
  title: string;
  why: string;
  safe: string;
}

/** What each rule guards against during a rolling deploy, and the expand-and-contract way round it. */
export const LINT_RULES: Record<LintRule, LintRuleInfo> = {
  'drop-table': {
    title: 'DROP TABLE',
    why: 'The old tasks keep querying the table until the deploy replaces them, so their requests fail mid-rollout, and the data is gone for good.',
    safe: 'Ship code that no longer uses the table first, then drop it in a migration of a later deploy, once no running task references it.',
  },
  'drop-column': {
    title: 'DROP COLUMN',
    why: 'Prisma names every scalar column of a model in its SELECTs and RETURNING clauses, so the running version fails on this table with "column does not exist" until its tasks are replaced.',
    safe: 'Ship code that no longer reads or writes the column first and drop it in a later deploy; for a rename, add the new column, dual-write and backfill, switch reads, then drop the old one (or keep the column and rename only the field with @map).',
  },
  rename: {
    title: 'RENAME table or column',
    why: 'The running version keeps using the old name, so every query touching it fails from the moment the migration commits until the new tasks take over.',
    safe: 'Rename only in code with Prisma @map/@@map, or expand and contract: add the new column, dual-write and backfill, move reads over, and drop the old one in a later deploy.',
  },
  'alter-column-type': {
    title: 'ALTER COLUMN TYPE',
    why: 'Most type changes rewrite the whole table under an ACCESS EXCLUSIVE lock, blocking every read and write meanwhile, and the running version may not cope with the new type.',
    safe: 'Add a column of the new type, dual-write and backfill it in batches, switch reads, then drop the old column in a later deploy; only binary-compatible changes (such as widening a VARCHAR) avoid the rewrite.',
  },
  'set-not-null': {
    title: 'SET NOT NULL',
    why: "It scans the whole table under an ACCESS EXCLUSIVE lock, and fails, or breaks the running version's writes, while anything still writes NULL.",
    safe: 'Once every writer sets the column, backfill, add CHECK ("col" IS NOT NULL) NOT VALID, VALIDATE it in a separate migration, then SET NOT NULL (Postgres 12+ trusts the check and skips the scan) and drop the check.',
  },
  'add-column-not-null-without-default': {
    title: 'ADD COLUMN NOT NULL without DEFAULT',
    why: "The ALTER fails outright on a table with rows, and once it exists the running version's INSERTs, which do not know the column, fail too.",
    safe: 'Add the column nullable or with a DEFAULT (a constant default is instant since Postgres 11), backfill, and tighten to NOT NULL in a later deploy once every writer sets it.',
  },
  'create-index-not-concurrently': {
    title: 'CREATE INDEX without CONCURRENTLY',
    why: 'A plain index build holds a lock that blocks every INSERT, UPDATE and DELETE on the table until it finishes, which stalls a busy service.',
    safe: 'Use CREATE INDEX CONCURRENTLY, alone in its own migration file since it cannot run inside a transaction; for a unique constraint, build the unique index concurrently and then ADD CONSTRAINT ... USING INDEX.',
  },
  'constraint-not-valid': {
    title: 'Constraint added without NOT VALID',
    why: 'Adding a FOREIGN KEY or CHECK validates every existing row while holding a lock that blocks writes to the table (and, for a foreign key, to the referenced table).',
    safe: 'Add it with NOT VALID, which is instant and already enforced for new rows, then run ALTER TABLE ... VALIDATE CONSTRAINT in a later migration, which does not block writes.',
  },
  truncate: {
    title: 'TRUNCATE',
    why: 'It takes an ACCESS EXCLUSIVE lock and deletes every row the running version is serving, with no way back.',
    safe: 'Keep data removal out of schema migrations: stop using the table and drop it in a later deploy, or delete the rows in batches from a one-off job.',
  },
  'delete-without-where': {
    title: 'DELETE without WHERE',
    why: 'It removes every row the running version relies on, in one long transaction that locks them all and floods the WAL on a big table.',
    safe: 'Give it a WHERE clause that selects exactly the rows to go, and move large deletes into a batched job outside the migration.',
  },
  'update-without-where': {
    title: 'UPDATE without WHERE',
    why: "It rewrites every row in one transaction, locking them all against the running version's writes and bloating the table.",
    safe: 'Backfill in batches by primary-key range (from a job, or with WHERE clauses), so each transaction locks only a slice of the table.',
  },
};

/** Every rule's name, as allow comments spell them. */
export const RULE_NAMES = Object.keys(LINT_RULES) as LintRule[];

export interface LintFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  rule: LintRule;
  statement: string;
  message: string;
  allowed?: { reason: string };
}

/** Totals for a report: blocking findings fail the check, allowed ones are only shown. */
export function summariseFindings(findings: readonly LintFinding[]): {
  total: number;
  blocking: number;
  allowed: number;
} {
  const allowed = findings.filter((f) => f.allowed).length;
  return { total: findings.length, blocking: findings.length - allowed, allowed };
}
