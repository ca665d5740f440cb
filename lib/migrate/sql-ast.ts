/**
 * What the lint reads in libpg-query's parse trees: the rules (`lint-rules.ts`) a statement breaks while the running
 * version still uses the schema or its tables take writes, the tables and columns a statement adds, and positions in
 * the migration text. Pure: parse trees in, rule hits out; the parser itself is loaded by `lint.ts`.
 */
import type { AlterTableCmd, ColumnDef, Constraint, Node, RangeVar } from 'libpg-query';

import type { LintRule } from './lint-rules.js';

/** A rule a statement breaks, before it is placed in the file and matched against allow comments. */
export interface RuleHit {
  rule: LintRule;
  message: string;
}

/**
 * Positions in migration text: libpg-query reports UTF-8 byte offsets and code-point cursors, JS strings count UTF-16
 * units.
 */
export class SourceText {
  private readonly byteAt: number[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      this.byteAt[i] = bytes;
      const code = text.codePointAt(i) ?? 0;
      if (code > 0xffff) this.byteAt[++i] = bytes; // low surrogate: not a character of its own
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      if (text[i] === '\n') this.lineStarts.push(i + 1);
    }
    this.byteAt[text.length] = bytes;
  }

  /** Index into the string of the character that starts at (or after) a UTF-8 byte offset. */
  charFromByte(byte: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.byteAt[mid] < byte) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index into the string of the Nth code point, which is how Postgres counts its error cursor. */
  charFromCodePoint(n: number): number {
    let i = 0;
    for (let seen = 0; seen < n && i < this.text.length; seen++) i += (this.text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    return i;
  }

  /** 1-based line and column (in UTF-16 units) of a string index. */
  position(index: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - this.lineStarts[lo] + 1 };
  }
}

/** Table key as Prisma and callers write it: bare for the public schema, `schema.table` otherwise. */
export function tableKey(schema: string | undefined, name: string): string {
  return schema && schema !== 'public' ? `${schema}.${name}` : name;
}

const rel = (rv: RangeVar | undefined): string => tableKey(rv?.schemaname, rv?.relname ?? '');
const q = (key: string): string =>
  key
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');

/** Table a statement creates: later statements on it in the same batch touch nothing the running version uses. */
export function createdTable(stmt: Node): string | undefined {
  if ('CreateStmt' in stmt) return rel(stmt.CreateStmt.relation);
  if ('CreateTableAsStmt' in stmt) return rel(stmt.CreateTableAsStmt.into?.rel);
  return undefined;
}

/** Key of one column of a table, for the set of columns a batch adds. */
export function columnKey(table: string, column: string): string {
  return `${table}\n${column}`;
}

/**
 * Columns an ALTER TABLE … ADD COLUMN adds, as [table, column]: the running version does not read them yet. Not with
 * IF NOT EXISTS, which may find the column there already.
 */
export function addedColumns(stmt: Node): [string, string][] {
  if (!('AlterTableStmt' in stmt) || stmt.AlterTableStmt.objtype !== 'OBJECT_TABLE') return [];
  const table = rel(stmt.AlterTableStmt.relation);
  const adds = (stmt.AlterTableStmt.cmds ?? []).flatMap((c) =>
    'AlterTableCmd' in c && c.AlterTableCmd.subtype === 'AT_AddColumn' && !c.AlterTableCmd.missing_ok
      ? [c.AlterTableCmd]
      : [],
  );
  return adds.map((cmd) => [table, columnDef(cmd)?.colname ?? '']);
}

/**
 * Rules one parsed statement breaks. `isNew` tells whether a table was created in this batch, `isNewColumn` whether
 * a column was added in it: neither is used by the running version yet, so dropping or renaming them breaks nothing.
 * (Rewrites and scans of an old table still lock it, new column or not.)
 */
export function checkStatement(
  stmt: Node,
  isNew: (table: string) => boolean,
  isNewColumn: (table: string, column: string) => boolean = () => false,
): RuleHit[] {
  if ('DropStmt' in stmt) {
    if (stmt.DropStmt.removeType !== 'OBJECT_TABLE') return [];
    const tables = (stmt.DropStmt.objects ?? []).map(qualifiedName).filter((t) => !isNew(t));
    return tables.map((t) => ({
      rule: 'drop-table',
      message: `Drops table ${q(t)}, which the running version still queries.`,
    }));
  }
  if ('AlterTableStmt' in stmt) {
    const alter = stmt.AlterTableStmt;
    const table = rel(alter.relation);
    if (alter.objtype !== 'OBJECT_TABLE' || isNew(table)) return [];
    const cmds = (alter.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
    const added = cmds.filter((c) => c.subtype === 'AT_AddColumn').map((c) => columnDef(c)?.colname ?? '');
    const droppable = (cmd: AlterTableCmd) => !(cmd.subtype === 'AT_DropColumn' && isNewColumn(table, cmd.name ?? ''));
    return cmds.filter(droppable).flatMap((cmd) => checkAlterCmd(q(table), cmd, added));
  }
  if ('RenameStmt' in stmt) {
    const r = stmt.RenameStmt;
    const table = rel(r.relation);
    if (isNew(table)) return [];
    if (r.renameType === 'OBJECT_COLUMN' && r.relationType === 'OBJECT_TABLE') {
      if (isNewColumn(table, r.subname ?? '')) return [];
      return [
        {
          rule: 'rename',
          message: `Renames column "${r.subname}" of ${q(table)} to "${r.newname}" while the running version still uses the old name.`,
        },
      ];
    }
    if (r.renameType === 'OBJECT_TABLE') {
      return [
        {
          rule: 'rename',
          message: `Renames table ${q(table)} to "${r.newname}" while the running version still uses the old name.`,
        },
      ];
    }
    return [];
  }
  if ('IndexStmt' in stmt) {
    const idx = stmt.IndexStmt;
    const table = rel(idx.relation);
    if (idx.concurrent || isNew(table)) return [];
    const name = idx.idxname ? `index "${idx.idxname}"` : 'an index';
    return [
      {
        rule: 'create-index-not-concurrently',
        message: `Builds ${name} on ${q(table)} without CONCURRENTLY, blocking writes to the table until it is built.`,
      },
    ];
  }
  if ('TruncateStmt' in stmt) {
    const tables = (stmt.TruncateStmt.relations ?? []).flatMap((n) => ('RangeVar' in n ? [rel(n.RangeVar)] : []));
    const old = tables.filter((t) => !isNew(t));
    return old.length
      ? [
          {
            rule: 'truncate',
            message: `Truncates ${old.map(q).join(', ')}, deleting every row the running version serves.`,
          },
        ]
      : [];
  }
  if ('DeleteStmt' in stmt) {
    const table = rel(stmt.DeleteStmt.relation);
    if (stmt.DeleteStmt.whereClause || isNew(table)) return [];
    return [
      { rule: 'delete-without-where', message: `Deletes every row of ${q(table)}: the DELETE has no WHERE clause.` },
    ];
  }
  if ('UpdateStmt' in stmt) {
    const table = rel(stmt.UpdateStmt.relation);
    if (stmt.UpdateStmt.whereClause || isNew(table)) return [];
    return [
      {
        rule: 'update-without-where',
        message: `Rewrites every row of ${q(table)} in one transaction: the UPDATE has no WHERE clause.`,
      },
    ];
  }
  return [];
}

function checkAlterCmd(table: string, cmd: AlterTableCmd, added: string[]): RuleHit[] {
  switch (cmd.subtype) {
    case 'AT_DropColumn': {
      const also = added
        .filter(Boolean)
        .map((c) => `"${c}"`)
        .join(', ');
      const rename = also
        ? ` The same statement adds ${also}: if this is a rename, Prisma wrote it as DROP COLUMN + ADD COLUMN, which also throws the data away.`
        : ' If this is meant as a rename, note that Prisma writes renames as DROP COLUMN + ADD COLUMN, which throws the data away.';
      return [
        {
          rule: 'drop-column',
          message: `Drops column "${cmd.name}" from ${table} while the running version still selects it.${rename}`,
        },
      ];
    }
    case 'AT_AlterColumnType':
      return [
        {
          rule: 'alter-column-type',
          message: `Changes the type of column "${cmd.name}" on ${table}, which usually rewrites the table under an ACCESS EXCLUSIVE lock.`,
        },
      ];
    case 'AT_SetNotNull':
      return [
        {
          rule: 'set-not-null',
          message: `Sets column "${cmd.name}" on ${table} NOT NULL, scanning the whole table under an ACCESS EXCLUSIVE lock.`,
        },
      ];
    case 'AT_AddColumn': {
      const def = columnDef(cmd);
      if (!def || !isNotNullWithoutDefault(def)) return [];
      return [
        {
          rule: 'add-column-not-null-without-default',
          message: `Adds NOT NULL column "${def.colname}" to ${table} without a DEFAULT: it fails if the table has rows, and the running version's INSERTs do not set it.`,
        },
      ];
    }
    case 'AT_AddConstraint': {
      const c = cmd.def && 'Constraint' in cmd.def ? cmd.def.Constraint : undefined;
      return c ? checkAddConstraint(table, c) : [];
    }
    default:
      return [];
  }
}

function checkAddConstraint(table: string, c: Constraint): RuleHit[] {
  const name = c.conname ? ` "${c.conname}"` : '';
  if ((c.contype === 'CONSTR_FOREIGN' || c.contype === 'CONSTR_CHECK') && !c.skip_validation) {
    const kind = c.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check constraint';
    return [
      {
        rule: 'constraint-not-valid',
        message: `Adds ${kind}${name} on ${table} without NOT VALID, validating every existing row while writes are blocked.`,
      },
    ];
  }
  // UNIQUE/PRIMARY KEY/EXCLUDE build an index under the ALTER's lock unless they adopt one built beforehand (USING
  // INDEX).
  const indexed = c.contype === 'CONSTR_UNIQUE' || c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_EXCLUSION';
  if (indexed && !c.indexname) {
    return [
      {
        rule: 'create-index-not-concurrently',
        message: `Adds constraint${name} on ${table}, which builds its index while blocking writes; build it CONCURRENTLY and attach it with USING INDEX.`,
      },
    ];
  }
  return [];
}

const SERIAL_TYPES = new Set(['smallserial', 'serial', 'bigserial', 'serial2', 'serial4', 'serial8']);

function isNotNullWithoutDefault(def: ColumnDef): boolean {
  const cons = (def.constraints ?? []).flatMap((n) => ('Constraint' in n ? [n.Constraint] : []));
  const notNull = def.is_not_null || cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
  // Identity, generated and serial columns fill existing rows themselves, just as a DEFAULT would.
  const filled =
    def.raw_default !== undefined ||
    cons.some(
      (c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED',
    ) ||
    SERIAL_TYPES.has(typeBaseName(def));
  return Boolean(notNull) && !filled;
}

function typeBaseName(def: ColumnDef): string {
  const last = def.typeName?.names?.at(-1);
  return last && 'String' in last ? (last.String.sval ?? '') : '';
}

function columnDef(cmd: AlterTableCmd): ColumnDef | undefined {
  return cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
}

function qualifiedName(node: Node): string {
  const parts =
    'List' in node ? (node.List.items ?? []).flatMap((i) => ('String' in i ? [i.String.sval ?? ''] : [])) : [];
  return parts.length > 1 ? tableKey(parts.at(-2), parts.at(-1) ?? '') : (parts[0] ?? '');
}
