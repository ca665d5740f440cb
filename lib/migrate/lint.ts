/**
 * The SQL safety lint of one migration file: parses it with libpg-query, asks `sql-ast.ts` which rules each
 * statement breaks, places each finding at its line, and honours `-- migrate-lint allow <rule>: <reason>` comments
 * written above a statement (one without a reason does not count). This module loads the SQL parser.
 */
import './wasm-tiering.js';

import { parse, type RawStmt, scan, type ScanToken } from 'libpg-query';

import { type LintFinding, type LintRule, RULE_NAMES } from './lint-rules.js';
import { addedColumns, checkStatement, columnKey, createdTable, SourceText, tableKey } from './sql-ast.js';

export {
  LINT_RULES,
  type LintFinding,
  type LintRule,
  type LintRuleInfo,
  RULE_NAMES,
  summariseFindings,
} from './lint-rules.js';

export interface LintOptions {
  /** Tables created by earlier migrations of the same batch: no running code uses them yet. */
  newTables?: Set<string>;
  /**
   * Columns (`columnKey(table, column)`) added by earlier migrations of the same batch: no running code reads them yet.
   */
  newColumns?: Set<string>;
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
    super(
      `${file}:${line}: ${problem}. Write it as "-- migrate-lint allow <rule>[, <rule>]: <reason>"; rules: ${RULE_NAMES.join(', ')}`,
    );
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
  return (await lintMigrationOfBatch(file, sql, options)).findings;
}

/**
 * What one file of a batch leaves to the files after it: the tables it creates and the columns it adds, on top of the
 * earlier ones'.
 */
export interface BatchState {
  newTables: Set<string>;
  newColumns: Set<string>;
}

/** `lintMigration`, also handing back the batch's new tables and columns after this file (one parse for both). */
export async function lintMigrationOfBatch(
  file: string,
  sql: string,
  options: LintOptions = {},
): Promise<{ findings: LintFinding[]; after: BatchState }> {
  const fresh = new Set(
    [...(options.newTables ?? [])].map((t) => (t.startsWith('public.') ? tableKey('public', t.slice(7)) : t)),
  );
  // Columns count as new only from the statement after the one adding them: Prisma writes an incompatible type
  // change as DROP COLUMN "a", ADD COLUMN "a" in one statement, and that drop removes a column the running version
  // reads.
  const freshColumns = new Set(options.newColumns ?? []);
  const findings: LintFinding[] = [];
  if (sql.trim() === '') return { findings, after: { newTables: fresh, newColumns: freshColumns } };
  const src = new SourceText(sql);
  const stmts = await parseOrThrow(file, src);
  const tokens = (await scan(sql)).tokens;
  const allows = readAllowComments(file, src, tokens);

  for (const raw of stmts) {
    const created = raw.stmt && createdTable(raw.stmt);
    if (created) fresh.add(created);
  }
  for (const raw of stmts) {
    const hits = raw.stmt
      ? checkStatement(
          raw.stmt,
          (t) => fresh.has(t),
          (t, c) => freshColumns.has(columnKey(t, c)),
        )
      : [];
    for (const [table, column] of raw.stmt ? addedColumns(raw.stmt) : []) freshColumns.add(columnKey(table, column));
    if (hits.length === 0) continue;
    const span = locate(src, tokens, raw);
    const directives = directivesBefore(src, tokens, span.firstToken, allows);
    for (const hit of hits) {
      const finding: LintFinding = {
        file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        rule: hit.rule,
        statement: span.text,
        message: hit.message,
      };
      const matching = directives.filter((d) => d.rules.includes(hit.rule));
      const reasoned = matching.find((d) => d.reason !== '');
      if (reasoned) finding.allowed = { reason: reasoned.reason };
      else if (matching.length > 0) {
        finding.message += ` The allow comment on line ${matching[0].line} gives no reason, so it does not count: write "-- migrate-lint allow ${hit.rule}: <why this is safe>".`;
      }
      findings.push(finding);
    }
  }
  return { findings, after: { newTables: fresh, newColumns: freshColumns } };
}

async function parseOrThrow(file: string, src: SourceText): Promise<RawStmt[]> {
  try {
    return (await parse(src.text)).stmts ?? [];
  } catch (err) {
    // The error cursor counts code points, unlike statement locations (bytes); its lineNumber is a line of scan.l, not
    // of the SQL.
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
  const startChar =
    firstToken < tokens.length ? src.charFromByte(tokens[firstToken].start) : src.charFromByte(startByte);
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
    if (!match)
      throw new MigrationAllowCommentError(file, line, `cannot read the migrate-lint comment "${token.text.trim()}"`);
    const names = match[1]
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    if (names.length === 0) throw new MigrationAllowCommentError(file, line, 'the allow comment names no rule');
    const unknown = names.filter((n) => !RULE_NAMES.includes(n as LintRule));
    if (unknown.length > 0) {
      throw new MigrationAllowCommentError(
        file,
        line,
        `unknown rule ${unknown.map((n) => `"${n}"`).join(', ')} in the allow comment`,
      );
    }
    allows.set(index, { line, rules: names as LintRule[], reason: (match[2] ?? '').trim() });
  });
  return allows;
}

function directivesBefore(
  src: SourceText,
  tokens: ScanToken[],
  firstToken: number,
  allows: Map<number, AllowDirective>,
): AllowDirective[] {
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
