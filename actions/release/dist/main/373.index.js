"use strict";
exports.id = 373;
exports.ids = [373];
exports.modules = {

/***/ 6373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintMigrationBatch: () => (/* binding */ lintMigrationBatch)
});

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./build/lib/migrate/wasm-tiering.js
/**
 * Keeps V8 from recompiling the SQL parser's WebAssembly with its optimising compiler (TurboFan). After even one
 * short parse, V8 tiers the parser's hottest functions up in background threads, and a process cannot exit until
 * those compiles end: measured on this project's 2-core machine, a one-file lint then exited 1.1–1.3 s late on
 * Node 20 and 3–5 s late on Node 24 (the actions' runtime), and the compiles compete with the Prisma CLI for the CPU.
 * Baseline (Liftoff) code parses a migration in microseconds, so the budget that triggers tier-up is set out of
 * reach. V8 reads this flag at run time (unlike `--liftoff-only`, which Node 24 ignores once started); nothing else
 * in the actions runs WebAssembly. Imported by lint.ts before libpg-query, so it is set before the parser loads.
 */

(0,external_node_v8_.setFlagsFromString)('--wasm-tiering-budget=2000000000');

// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.js
var wasm = __webpack_require__(7300);
;// CONCATENATED MODULE: ./build/lib/migrate/lint-rules.js
/** What each rule guards against during a rolling deploy, and the expand-and-contract way round it. */
const LINT_RULES = {
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
const RULE_NAMES = Object.keys(LINT_RULES);
/** Totals for a report: blocking findings fail the check, allowed ones are only shown. */
function summariseFindings(findings) {
    const allowed = findings.filter((f) => f.allowed).length;
    return { total: findings.length, blocking: findings.length - allowed, allowed };
}

;// CONCATENATED MODULE: ./build/lib/migrate/sql-ast.js
/**
 * Positions in migration text: libpg-query reports UTF-8 byte offsets and code-point cursors, JS strings count UTF-16
 * units.
 */
class SourceText {
    text;
    byteAt = [];
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        let bytes = 0;
        for (let i = 0; i < text.length; i++) {
            this.byteAt[i] = bytes;
            const code = text.codePointAt(i) ?? 0;
            if (code > 0xffff)
                this.byteAt[++i] = bytes; // low surrogate: not a character of its own
            bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
            if (text[i] === '\n')
                this.lineStarts.push(i + 1);
        }
        this.byteAt[text.length] = bytes;
    }
    /** Index into the string of the character that starts at (or after) a UTF-8 byte offset. */
    charFromByte(byte) {
        let lo = 0;
        let hi = this.text.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.byteAt[mid] < byte)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** Index into the string of the Nth code point, which is how Postgres counts its error cursor. */
    charFromCodePoint(n) {
        let i = 0;
        for (let seen = 0; seen < n && i < this.text.length; seen++)
            i += (this.text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        return i;
    }
    /** 1-based line and column (in UTF-16 units) of a string index. */
    position(index) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: index - this.lineStarts[lo] + 1 };
    }
}
/** Table key as Prisma and callers write it: bare for the public schema, `schema.table` otherwise. */
function tableKey(schema, name) {
    return schema && schema !== 'public' ? `${schema}.${name}` : name;
}
const rel = (rv) => tableKey(rv?.schemaname, rv?.relname ?? '');
const q = (key) => key
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
/** Table a statement creates: later statements on it in the same batch touch nothing the running version uses. */
function createdTable(stmt) {
    if ('CreateStmt' in stmt)
        return rel(stmt.CreateStmt.relation);
    if ('CreateTableAsStmt' in stmt)
        return rel(stmt.CreateTableAsStmt.into?.rel);
    return undefined;
}
/** Key of one column of a table, for the set of columns a batch adds. */
function columnKey(table, column) {
    return `${table}\n${column}`;
}
/**
 * Columns an ALTER TABLE … ADD COLUMN adds, as [table, column]: the running version does not read them yet. Not with
 * IF NOT EXISTS, which may find the column there already.
 */
function addedColumns(stmt) {
    if (!('AlterTableStmt' in stmt) || stmt.AlterTableStmt.objtype !== 'OBJECT_TABLE')
        return [];
    const table = rel(stmt.AlterTableStmt.relation);
    const adds = (stmt.AlterTableStmt.cmds ?? []).flatMap((c) => 'AlterTableCmd' in c && c.AlterTableCmd.subtype === 'AT_AddColumn' && !c.AlterTableCmd.missing_ok
        ? [c.AlterTableCmd]
        : []);
    return adds.map((cmd) => [table, columnDef(cmd)?.colname ?? '']);
}
/**
 * Rules one parsed statement breaks. `isNew` tells whether a table was created in this batch, `isNewColumn` whether
 * a column was added in it: neither is used by the running version yet, so dropping or renaming them breaks nothing.
 * (Rewrites and scans of an old table still lock it, new column or not.)
 */
function checkStatement(stmt, isNew, isNewColumn = () => false) {
    if ('DropStmt' in stmt) {
        if (stmt.DropStmt.removeType !== 'OBJECT_TABLE')
            return [];
        const tables = (stmt.DropStmt.objects ?? []).map(qualifiedName).filter((t) => !isNew(t));
        return tables.map((t) => ({
            rule: 'drop-table',
            message: `Drops table ${q(t)}, which the running version still queries.`,
        }));
    }
    if ('AlterTableStmt' in stmt) {
        const alter = stmt.AlterTableStmt;
        const table = rel(alter.relation);
        if (alter.objtype !== 'OBJECT_TABLE' || isNew(table))
            return [];
        const cmds = (alter.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
        const added = cmds.filter((c) => c.subtype === 'AT_AddColumn').map((c) => columnDef(c)?.colname ?? '');
        const droppable = (cmd) => !(cmd.subtype === 'AT_DropColumn' && isNewColumn(table, cmd.name ?? ''));
        return cmds.filter(droppable).flatMap((cmd) => checkAlterCmd(q(table), cmd, added));
    }
    if ('RenameStmt' in stmt) {
        const r = stmt.RenameStmt;
        const table = rel(r.relation);
        if (isNew(table))
            return [];
        if (r.renameType === 'OBJECT_COLUMN' && r.relationType === 'OBJECT_TABLE') {
            if (isNewColumn(table, r.subname ?? ''))
                return [];
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
        if (idx.concurrent || isNew(table))
            return [];
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
        if (stmt.DeleteStmt.whereClause || isNew(table))
            return [];
        return [
            { rule: 'delete-without-where', message: `Deletes every row of ${q(table)}: the DELETE has no WHERE clause.` },
        ];
    }
    if ('UpdateStmt' in stmt) {
        const table = rel(stmt.UpdateStmt.relation);
        if (stmt.UpdateStmt.whereClause || isNew(table))
            return [];
        return [
            {
                rule: 'update-without-where',
                message: `Rewrites every row of ${q(table)} in one transaction: the UPDATE has no WHERE clause.`,
            },
        ];
    }
    return [];
}
function checkAlterCmd(table, cmd, added) {
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
            if (!def || !isNotNullWithoutDefault(def))
                return [];
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
function checkAddConstraint(table, c) {
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
function isNotNullWithoutDefault(def) {
    const cons = (def.constraints ?? []).flatMap((n) => ('Constraint' in n ? [n.Constraint] : []));
    const notNull = def.is_not_null || cons.some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
    // Identity, generated and serial columns fill existing rows themselves, just as a DEFAULT would.
    const filled = def.raw_default !== undefined ||
        cons.some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED') ||
        SERIAL_TYPES.has(typeBaseName(def));
    return Boolean(notNull) && !filled;
}
function typeBaseName(def) {
    const last = def.typeName?.names?.at(-1);
    return last && 'String' in last ? (last.String.sval ?? '') : '';
}
function columnDef(cmd) {
    return cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
}
function qualifiedName(node) {
    const parts = 'List' in node ? (node.List.items ?? []).flatMap((i) => ('String' in i ? [i.String.sval ?? ''] : [])) : [];
    return parts.length > 1 ? tableKey(parts.at(-2), parts.at(-1) ?? '') : (parts[0] ?? '');
}

;// CONCATENATED MODULE: ./build/lib/migrate/lint.js
/**
 * The SQL safety lint of one migration file: parses it with libpg-query, asks `sql-ast.ts` which rules each
 * statement breaks, places each finding at its line, and honours `-- migrate-lint allow <rule>: <reason>` comments
 * written above a statement (one without a reason does not count). This module loads the SQL parser.
 */





/** The migration is not valid PostgreSQL; `line` is 1-based in the file. */
class MigrationParseError extends Error {
    file;
    line;
    column;
    parserMessage;
    constructor(file, line, column, parserMessage) {
        super(`${file}:${line}:${column}: ${parserMessage}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.parserMessage = parserMessage;
        this.name = 'MigrationParseError';
    }
}
/** A `-- migrate-lint` comment that cannot be read, so it must not silently allow (or fail to allow) anything. */
class MigrationAllowCommentError extends Error {
    file;
    line;
    constructor(file, line, problem) {
        super(`${file}:${line}: ${problem}. Write it as "-- migrate-lint allow <rule>[, <rule>]: <reason>"; rules: ${RULE_NAMES.join(', ')}`);
        this.file = file;
        this.line = line;
        this.name = 'MigrationAllowCommentError';
    }
}
const isComment = (t) => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT';
const MAX_STATEMENT = 200;
/** Findings for one migration file, in statement order; throws MigrationParseError on SQL that does not parse. */
async function lintMigration(file, sql, options = {}) {
    return (await lintMigrationOfBatch(file, sql, options)).findings;
}
/** `lintMigration`, also handing back the batch's new tables and columns after this file (one parse for both). */
async function lintMigrationOfBatch(file, sql, options = {}) {
    const fresh = new Set([...(options.newTables ?? [])].map((t) => (t.startsWith('public.') ? tableKey('public', t.slice(7)) : t)));
    // Columns count as new only from the statement after the one adding them: Prisma writes an incompatible type
    // change as DROP COLUMN "a", ADD COLUMN "a" in one statement, and that drop removes a column the running version
    // reads.
    const freshColumns = new Set(options.newColumns ?? []);
    const findings = [];
    if (sql.trim() === '')
        return { findings, after: { newTables: fresh, newColumns: freshColumns } };
    const src = new SourceText(sql);
    const stmts = await parseOrThrow(file, src);
    const tokens = (await (0,wasm/* scan */.SQ)(sql)).tokens;
    const allows = readAllowComments(file, src, tokens);
    for (const raw of stmts) {
        const created = raw.stmt && createdTable(raw.stmt);
        if (created)
            fresh.add(created);
    }
    for (const raw of stmts) {
        const hits = raw.stmt
            ? checkStatement(raw.stmt, (t) => fresh.has(t), (t, c) => freshColumns.has(columnKey(t, c)))
            : [];
        for (const [table, column] of raw.stmt ? addedColumns(raw.stmt) : [])
            freshColumns.add(columnKey(table, column));
        if (hits.length === 0)
            continue;
        const span = locate(src, tokens, raw);
        const directives = directivesBefore(src, tokens, span.firstToken, allows);
        for (const hit of hits) {
            const finding = {
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
            if (reasoned)
                finding.allowed = { reason: reasoned.reason };
            else if (matching.length > 0) {
                finding.message += ` The allow comment on line ${matching[0].line} gives no reason, so it does not count: write "-- migrate-lint allow ${hit.rule}: <why this is safe>".`;
            }
            findings.push(finding);
        }
    }
    return { findings, after: { newTables: fresh, newColumns: freshColumns } };
}
async function parseOrThrow(file, src) {
    try {
        return (await (0,wasm/* parse */.qg)(src.text)).stmts ?? [];
    }
    catch (err) {
        // The error cursor counts code points, unlike statement locations (bytes); its lineNumber is a line of scan.l, not
        // of the SQL.
        const details = err.sqlDetails;
        const at = src.position(Math.min(src.charFromCodePoint(details?.cursorPosition ?? 0), src.text.length));
        throw new MigrationParseError(file, at.line, at.column, err instanceof Error ? err.message : String(err));
    }
}
function locate(src, tokens, raw) {
    // Zero-valued fields are left out of the JSON: no stmt_location means 0, no stmt_len means "to the end of the text".
    const startByte = raw.stmt_location ?? 0;
    const endChar = raw.stmt_len ? src.charFromByte(startByte + raw.stmt_len) : src.text.length;
    // Leading comments and whitespace may belong to the statement's span; point at its first real token instead.
    let firstToken = tokens.findIndex((t) => t.start >= startByte && !isComment(t));
    if (firstToken < 0)
        firstToken = tokens.length;
    const startChar = firstToken < tokens.length ? src.charFromByte(tokens[firstToken].start) : src.charFromByte(startByte);
    const body = src.text.slice(startChar, endChar).trimEnd();
    const { line, column } = src.position(startChar);
    const endLine = src.position(startChar + Math.max(body.length - 1, 0)).line;
    const flat = body.replace(/\s+/g, ' ').trim();
    const text = flat.length > MAX_STATEMENT ? `${flat.slice(0, MAX_STATEMENT - 1)}…` : flat;
    return { line, column, endLine, text, firstToken };
}
function readAllowComments(file, src, tokens) {
    const allows = new Map();
    tokens.forEach((token, index) => {
        if (token.tokenName !== 'SQL_COMMENT')
            return;
        const body = token.text.replace(/^--\s*/, '');
        if (!/^migrate-lint\b/i.test(body))
            return;
        const line = src.position(src.charFromByte(token.start)).line;
        // A malformed directive fails loudly: silently ignoring it would block (or allow) without the author knowing why.
        const match = /^migrate-lint\s+allow\b\s*([^:]*)(?::(.*))?$/i.exec(body.trim());
        if (!match)
            throw new MigrationAllowCommentError(file, line, `cannot read the migrate-lint comment "${token.text.trim()}"`);
        const names = match[1]
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean);
        if (names.length === 0)
            throw new MigrationAllowCommentError(file, line, 'the allow comment names no rule');
        const unknown = names.filter((n) => !RULE_NAMES.includes(n));
        if (unknown.length > 0) {
            throw new MigrationAllowCommentError(file, line, `unknown rule ${unknown.map((n) => `"${n}"`).join(', ')} in the allow comment`);
        }
        allows.set(index, { line, rules: names, reason: (match[2] ?? '').trim() });
    });
    return allows;
}
function directivesBefore(src, tokens, firstToken, allows) {
    const lineOfByte = (byte) => src.position(src.charFromByte(byte)).line;
    const found = [];
    let below = firstToken < tokens.length ? lineOfByte(tokens[firstToken].start) : Infinity;
    // Walk up the unbroken block of comments just above the statement; a blank line or code ends it.
    for (let i = firstToken - 1; i >= 0 && isComment(tokens[i]); i--) {
        const top = lineOfByte(tokens[i].start);
        if (lineOfByte(tokens[i].end - 1) < below - 1)
            break;
        // A comment trailing the previous statement's code on the same line belongs to that statement.
        if (i > 0 && !isComment(tokens[i - 1]) && lineOfByte(tokens[i - 1].end - 1) === top)
            break;
        const directive = allows.get(i);
        if (directive)
            found.push(directive);
        below = top;
    }
    return found;
}

;// CONCATENATED MODULE: ./build/lib/migrate/batch-lint.js
/**
 * Lints a batch of migrations in the order Prisma applies them. Within a batch that is applied together (the
 * pending set read from the database), a table created or a column added by an earlier file is new to every later
 * one: the running version cannot use it yet. This module loads the SQL parser: import it only to lint.
 */

/** Lints files in order; never throws for a migration that cannot be read (it becomes a problem on its line). */
async function lintMigrationBatch(files, options) {
    const result = { files: files.map((f) => f.path), findings: [], problems: [] };
    let batch = { newTables: new Set(), newColumns: new Set() };
    for (const file of files) {
        try {
            const earlier = options.acrossFiles ? batch : { newTables: new Set(), newColumns: new Set() };
            const { findings, after } = await lintMigrationOfBatch(file.path, file.sql, {
                newTables: new Set(earlier.newTables),
                newColumns: new Set(earlier.newColumns),
            });
            result.findings.push(...findings);
            if (options.acrossFiles)
                batch = after;
        }
        catch (err) {
            if (err instanceof MigrationParseError)
                result.problems.push({
                    file: file.path,
                    line: err.line,
                    message: `does not parse as PostgreSQL: ${err.parserMessage}`,
                });
            else if (err instanceof MigrationAllowCommentError)
                result.problems.push({ file: file.path, line: err.line, message: err.message.replace(/^[^:]+:\d+: /, '') });
            else
                throw err;
        }
    }
    return result;
}


/***/ })

};
;