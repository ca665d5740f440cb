import { parse, scan, type RawStmt, type ScanToken } from 'libpg-query';
import { SourceText, checkStatement, createdTable, tableKey } from './sql-ast.js';

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
    why: 'It scans the whole table under an ACCESS EXCLUSIVE lock, and fails, or breaks the running version\'s writes, while anything still writes NULL.',
    safe: 'Once every writer sets the column, backfill, add CHECK ("col" IS NOT NULL) NOT VALID, VALIDATE it in a separate migration, then SET NOT NULL (Postgres 12+ trusts the check and skips the scan) and drop the check.',
  },
  'add-column-not-null-without-default': {
    title: 'ADD COLUMN NOT NULL without DEFAULT',
    why: 'The ALTER fails outright on a table with rows, and once it exists the running version\'s INSERTs, which do not know the column, fail too.',
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
    why: 'It rewrites every row in one transaction, locking them all against the running version\'s writes and bloating the table.',
    safe: 'Backfill in batches by primary-key range (from a job, or with WHERE clauses), so each transaction locks only a slice of the table.',
  },
};

const RULE_NAMES = Object.keys(LINT_RULES) as LintRule[];

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

export interface LintOptions {
  /** Tables created by earlier migrations of the same batch: no running code uses them yet. */
  newTables?: Set<string>;
}

/** The migration is not valid PostgreSQL; `line` is 1-based in the file. */
export class MigrationParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly parserMessage: string,
  ) {
    super(`${file}:${line}:${column}: ${parserMessage}`);
    this.name = 'MigrationParseError';
  }
}

/** A `-- migrate-lint` comment that cannot be read, so it must not silently allow (or fail to allow) anything. */
export class MigrationAllowCommentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}. Write it as "-- migrate-lint allow <rule>[, <rule>]: <reason>"; rules: ${RULE_NAMES.join(', ')}`);
    this.name = 'MigrationAllowCommentError';
  }
}

interface AllowDirective {
  line: number;
  rules: LintRule[];
  reason: string;
}

const isComment = (t: ScanToken): boolean => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT';
const MAX_STATEMENT = 200;

/** Findings for one migration file, in statement order; throws MigrationParseError on SQL that does not parse. */
export async function lintMigration(file: string, sql: string, options: LintOptions = {}): Promise<LintFinding[]> {
  if (sql.trim() === '') return [];
  const src = new SourceText(sql);
  const stmts = await parseOrThrow(file, src);
  const tokens = (await scan(sql)).tokens;
  const allows = readAllowComments(file, src, tokens);

  const fresh = new Set([...(options.newTables ?? [])].map((t) => (t.startsWith('public.') ? tableKey('public', t.slice(7)) : t)));
  for (const raw of stmts) {
    const created = raw.stmt && createdTable(raw.stmt);
    if (created) fresh.add(created);
  }

  const findings: LintFinding[] = [];
  for (const raw of stmts) {
    const hits = raw.stmt ? checkStatement(raw.stmt, (t) => fresh.has(t)) : [];
    if (hits.length === 0) continue;
    const span = locate(src, tokens, raw);
    const directives = directivesBefore(src, tokens, span.firstToken, allows);
    for (const hit of hits) {
      const finding: LintFinding = { file, line: span.line, column: span.column, endLine: span.endLine, rule: hit.rule, statement: span.text, message: hit.message };
      const matching = directives.filter((d) => d.rules.includes(hit.rule));
      const reasoned = matching.find((d) => d.reason !== '');
      if (reasoned) finding.allowed = { reason: reasoned.reason };
      else if (matching.length > 0) {
        finding.message += ` The allow comment on line ${matching[0].line} gives no reason, so it does not count: write "-- migrate-lint allow ${hit.rule}: <why this is safe>".`;
      }
      findings.push(finding);
    }
  }
  return findings;
}

/** Totals for a report: blocking findings fail the check, allowed ones are only shown. */
export function summariseFindings(findings: readonly LintFinding[]): { total: number; blocking: number; allowed: number } {
  const allowed = findings.filter((f) => f.allowed).length;
  return { total: findings.length, blocking: findings.length - allowed, allowed };
}

async function parseOrThrow(file: string, src: SourceText): Promise<RawStmt[]> {
  try {
    return (await parse(src.text)).stmts ?? [];
  } catch (err) {
    // The error cursor counts code points, unlike statement locations (bytes); its lineNumber is a line of scan.l, not of the SQL.
    const details = (err as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    const at = src.position(Math.min(src.charFromCodePoint(details?.cursorPosition ?? 0), src.text.length));
    throw new MigrationParseError(file, at.line, at.column, err instanceof Error ? err.message : String(err));
  }
}

function locate(src: SourceText, tokens: ScanToken[], raw: RawStmt) {
  // Zero-valued fields are left out of the JSON: no stmt_location means 0, no stmt_len means "to the end of the text".
  const startByte = raw.stmt_location ?? 0;
  const endChar = raw.stmt_len ? src.charFromByte(startByte + raw.stmt_len) : src.text.length;
  // Leading comments and whitespace may belong to the statement's span; point at its first real token instead.
  let firstToken = tokens.findIndex((t) => t.start >= startByte && !isComment(t));
  if (firstToken < 0) firstToken = tokens.length;
  const startChar = firstToken < tokens.length ? src.charFromByte(tokens[firstToken].start) : src.charFromByte(startByte);
  const body = src.text.slice(startChar, endChar).trimEnd();
  const { line, column } = src.position(startChar);
  const endLine = src.position(startChar + Math.max(body.length - 1, 0)).line;
  const flat = body.replace(/\s+/g, ' ').trim();
  const text = flat.length > MAX_STATEMENT ? `${flat.slice(0, MAX_STATEMENT - 1)}…` : flat;
  return { line, column, endLine, text, firstToken };
}

function readAllowComments(file: string, src: SourceText, tokens: ScanToken[]): Map<number, AllowDirective> {
  const allows = new Map<number, AllowDirective>();
  tokens.forEach((token, index) => {
    if (token.tokenName !== 'SQL_COMMENT') return;
    const body = token.text.replace(/^--\s*/, '');
    if (!/^migrate-lint\b/i.test(body)) return;
    const line = src.position(src.charFromByte(token.start)).line;
    // A malformed directive fails loudly: silently ignoring it would block (or allow) without the author knowing why.
    const match = /^migrate-lint\s+allow\b\s*([^:]*)(?::(.*))?$/i.exec(body.trim());
    if (!match) throw new MigrationAllowCommentError(file, line, `cannot read the migrate-lint comment "${token.text.trim()}"`);
    const names = match[1].split(',').map((n) => n.trim()).filter(Boolean);
    if (names.length === 0) throw new MigrationAllowCommentError(file, line, 'the allow comment names no rule');
    const unknown = names.filter((n) => !RULE_NAMES.includes(n as LintRule));
    if (unknown.length > 0) {
      throw new MigrationAllowCommentError(file, line, `unknown rule ${unknown.map((n) => `"${n}"`).join(', ')} in the allow comment`);
    }
    allows.set(index, { line, rules: names as LintRule[], reason: (match[2] ?? '').trim() });
  });
  return allows;
}

function directivesBefore(src: SourceText, tokens: ScanToken[], firstToken: number, allows: Map<number, AllowDirective>): AllowDirective[] {
  const lineOfByte = (byte: number) => src.position(src.charFromByte(byte)).line;
  const found: AllowDirective[] = [];
  let below = firstToken < tokens.length ? lineOfByte(tokens[firstToken].start) : Infinity;
  // Walk up the unbroken block of comments just above the statement; a blank line or code ends it.
  for (let i = firstToken - 1; i >= 0 && isComment(tokens[i]); i--) {
    const top = lineOfByte(tokens[i].start);
    if (lineOfByte(tokens[i].end - 1) < below - 1) break;
    // A comment trailing the previous statement's code on the same line belongs to that statement.
    if (i > 0 && !isComment(tokens[i - 1]) && lineOfByte(tokens[i - 1].end - 1) === top) break;
    const directive = allows.get(i);
    if (directive) found.push(directive);
    below = top;
  }
  return found;
}
