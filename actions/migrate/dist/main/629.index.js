"use strict";
exports.id = 629;
exports.ids = [629];
exports.modules = {

/***/ 4629:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  migrateLocally: () => (/* binding */ migrateLocally)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/lib/core/command.js
var core_command = __webpack_require__(6875);
// EXTERNAL MODULE: ./build/lib/core/errors.js
var errors = __webpack_require__(8083);
// EXTERNAL MODULE: ./build/lib/migrate/database-url.js
var database_url = __webpack_require__(705);
// EXTERNAL MODULE: ./build/lib/core/masking.js
var masking = __webpack_require__(5574);
;// CONCATENATED MODULE: ./build/lib/migrate/history.js


/** Applied and failed names, as `migrate deploy` sorts the rows: rolled-back rows do not count. */
function classify(history) {
    const applied = new Set();
    const failed = [];
    if (history.kind !== 'rows')
        return { applied, failed };
    for (const row of history.rows) {
        if (row.rolledBack)
            continue;
        if (row.finished)
            applied.add(row.name);
        else if (!failed.includes(row.name))
            failed.push(row.name);
    }
    return { applied, failed };
}
/**
 * What `migrate deploy` will do with this history and the checkout's migrations (`local`, oldest first): apply the
 * local ones no live row marks finished, in folder order, unless a live unfinished row makes it refuse (P3009).
 */
function pendingFromHistory(history, local) {
    if (history.kind === 'no-database')
        return { verdict: { kind: 'pending', names: [...local], freshDatabase: true }, drift: [] };
    const { applied, failed } = classify(history);
    const drift = [...applied].filter((name) => !local.includes(name));
    if (failed.length) {
        const name = failed[0];
        const text = `Error: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied.\nThe \`${name}\` migration failed (as _prisma_migrations records it: started, not finished, not rolled back)`;
        return { verdict: { kind: 'failed-migration', failed, error: { code: 'P3009', migration: name, text } }, drift };
    }
    const pending = local.filter((name) => !applied.has(name));
    return {
        verdict: pending.length ? { kind: 'pending', names: pending, freshDatabase: false } : { kind: 'up-to-date' },
        drift,
    };
}
/** What a deploy changed, from the history before and after it. */
function deployEffect(before, after, local) {
    const was = classify(before);
    const now = classify(after);
    const fresh = [...now.applied].filter((name) => !was.applied.has(name));
    const applied = [...local.filter((name) => fresh.includes(name)), ...fresh.filter((name) => !local.includes(name))];
    const failed = now.failed.filter((name) => !was.failed.includes(name));
    const pendingAfter = local.filter((name) => !now.applied.has(name) && !now.failed.includes(name)).length;
    return { applied, failed, pendingAfter };
}
/** Query parameters Prisma reads that change nothing for one short read (pool sizes, timeouts, pgbouncer). */
const HARMLESS = new Set([
    'connection_limit',
    'pool_timeout',
    'pgbouncer',
    'statement_cache_size',
    'socket_timeout',
    'max_connection_lifetime',
    'max_idle_connection_lifetime',
    'application_name',
    'single_use_connections',
]);
/**
 * Reads a PostgreSQL URL as Prisma does (`schema` defaults to public, `sslmode` to prefer, certificates not checked
 * unless `sslaccept=strict`, `connect_timeout` 5 s) into pg's settings, every field set so that no PG* environment
 * variable fills a gap. Anything else (client certificates, a socket `host`, an unknown parameter) is Prisma's alone.
 * No answer quotes the URL.
 */
function historyTarget(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { kind: 'prisma-only', why: 'the URL does not parse as a URL' };
    }
    const params = parsed.searchParams;
    for (const key of params.keys()) {
        if (!HARMLESS.has(key) && !['schema', 'sslmode', 'sslaccept', 'connect_timeout'].includes(key))
            return { kind: 'prisma-only', why: `the URL sets \`${key}\`, which only Prisma reads here` };
    }
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!host)
        return { kind: 'prisma-only', why: 'the URL names no host' };
    const decode = (text) => {
        try {
            return decodeURIComponent(text);
        }
        catch {
            return undefined;
        }
    };
    const user = decode(parsed.username);
    const password = decode(parsed.password);
    const database = decode(parsed.pathname.replace(/^\//, ''));
    if (!user)
        return { kind: 'prisma-only', why: 'the URL names no user' };
    if (password === undefined || database === undefined)
        return { kind: 'prisma-only', why: 'the URL has a malformed %-escape' };
    const sslmode = params.get('sslmode') ?? 'prefer';
    if (!['disable', 'prefer', 'require'].includes(sslmode))
        return { kind: 'prisma-only', why: `the URL sets sslmode=${sslmode}` };
    const sslaccept = params.get('sslaccept') ?? 'accept_invalid_certs';
    if (!['strict', 'accept_invalid_certs'].includes(sslaccept))
        return { kind: 'prisma-only', why: `the URL sets sslaccept=${sslaccept}` };
    const timeout = Number(params.get('connect_timeout') ?? 5);
    if (!Number.isFinite(timeout) || timeout < 0)
        return { kind: 'prisma-only', why: 'the URL sets connect_timeout to something other than seconds' };
    const tls = sslmode === 'disable' ? 'off' : sslmode === 'require' ? 'require' : 'prefer';
    return {
        kind: 'target',
        schema: params.get('schema') || 'public',
        tls,
        config: {
            host,
            port: parsed.port ? Number(parsed.port) : 5432,
            user,
            password: password || undefined,
            database: database || 'postgres',
            ssl: tls === 'off' ? false : { rejectUnauthorized: sslaccept === 'strict' },
            connectionTimeoutMillis: timeout * 1000,
            statement_timeout: 30_000,
            application_name: 'migrate-action',
        },
    };
}
/** Why the history could not be read, in one line that quotes no part of the URL. */
class HistoryUnavailable extends Error {
}
const quote = (name) => `"${name.replace(/"/g, '""')}"`;
/** PostgreSQL's codes for "that database does not exist" and "that table / schema does not exist". */
const NO_DATABASE = '3D000';
const NO_TABLE = new Set(['42P01', '3F000']);
/**
 * Connects (TLS first when `sslmode=prefer`, as Prisma does) and returns a reader; throws HistoryUnavailable with a
 * redacted reason. A database that does not exist yet is an answer (`no-database`), not a failure. The connection
 * stays open between reads (a lost one is opened again) until `close`.
 */
async function openHistory(url, target) {
    const { default: pg } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849));
    const hide = (err) => {
        const code = err.code;
        const text = (0,masking/* redact */.E$)((0,errors/* errorMessage */.gJ)(err), (0,masking/* secretForms */.eo)(url), '***');
        return new HistoryUnavailable(typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text);
    };
    let client;
    let lost = false;
    const connect = async (ssl) => {
        const made = new pg.Client({ ...target.config, ssl });
        // A connection dropped while Prisma runs must not crash the action: the next read opens another.
        made.on('error', () => {
            lost = true;
        });
        await made.connect();
        return made;
    };
    const open = async () => {
        try {
            try {
                return await connect(target.config.ssl);
            }
            catch (err) {
                // sslmode=prefer: a server without TLS answers the TLS request with "no"; then plain, as Prisma falls back.
                if (target.tls === 'prefer' && /does not support SSL/i.test((0,errors/* errorMessage */.gJ)(err)))
                    return await connect(false);
                throw err;
            }
        }
        catch (err) {
            if (err.code === NO_DATABASE)
                return 'no-database';
            throw hide(err);
        }
    };
    const table = `${quote(target.schema)}._prisma_migrations`;
    return {
        async read() {
            if (!client || lost) {
                await client?.end().catch(() => undefined);
                lost = false;
                const opened = await open();
                if (opened === 'no-database') {
                    client = undefined;
                    return { kind: 'no-database' };
                }
                client = opened;
            }
            try {
                const answer = await client.query(`SELECT migration_name AS name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM ${table} ORDER BY started_at, migration_name`);
                return {
                    kind: 'rows',
                    rows: answer.rows.map((row) => ({ name: row.name, finished: row.finished, rolledBack: row.rolled_back })),
                };
            }
            catch (err) {
                if (NO_TABLE.has(err.code ?? ''))
                    return { kind: 'no-table' };
                throw hide(err);
            }
        },
        async close() {
            await client?.end().catch(() => undefined);
            client = undefined;
        },
    };
}

// EXTERNAL MODULE: ./build/lib/migrate/pending.js
var migrate_pending = __webpack_require__(6833);
// EXTERNAL MODULE: ./build/lib/migrate/prisma.js
var migrate_prisma = __webpack_require__(3624);
;// CONCATENATED MODULE: ./build/actions/migrate/src/local.js
/**
 * Mode `local`: the project's own Prisma CLI on the runner, started once. The pending set is read straight from the
 * database (the migrations folder against `_prisma_migrations`, lib/migrate/history.ts), the lint judges exactly
 * that, then one `prisma migrate deploy` runs, also with nothing pending (Prisma, not the action, has the last word on
 * what is applied), and one more read of `_prisma_migrations` says what it applied. A migration recorded as failed
 * stops the run before Prisma starts (deploy would refuse with P3009). Where the history cannot be read directly (a
 * URL parameter only Prisma understands, a failed connection), `prisma migrate status` says what is pending instead,
 * as before: two starts then.
 */







/** Read, lint, deploy; returns what was applied, or the failure explained (never throws for Prisma's failures). */
async function migrateLocally(inputs, local, io, deps, gate, migrations) {
    const url = await (0,database_url/* resolveDatabaseUrl */.N1)(local.databaseUrl, deps.clients, io);
    // The environment passes through untouched (PRISMA_* engine settings included); only DATABASE_URL is set.
    const env = (0,core_command/* definedEnv */.j)(deps.env, { DATABASE_URL: url });
    const [command, ...prefix] = local.prismaCommand;
    const shown = local.prismaCommand.join(' ');
    const prisma = async (sub) => io.group(`${shown} migrate ${sub}`, () => deps.run(command, [...prefix, 'migrate', sub, ...inputs.prismaArgs], {
        cwd: inputs.workingDirectory,
        env,
        onLine: (line) => io.info(line),
    }));
    // With the lint off nothing needs the pending set in advance: deploy alone, as a plain `prisma migrate deploy`.
    if (inputs.lint.policy === 'off')
        return { ...(await deploy(await gate({ kind: 'none', why: 'off' }), undefined, [])), source: 'none' };
    const history = await readHistory();
    if (!history)
        return viaStatus();
    try {
        return await fromHistory(history.reader, history.before);
    }
    finally {
        await history.reader.close();
    }
    /** The history table read once, or undefined (with the reason logged) when only Prisma can read it. */
    async function readHistory() {
        const target = historyTarget(url);
        const fallback = (why) => {
            io.info(`the migration history cannot be read directly (${why}): asking \`${shown} migrate status\` what is pending`);
            return undefined;
        };
        if (target.kind === 'prisma-only')
            return fallback(target.why);
        let reader;
        try {
            reader = await openHistory(url, target);
            return { reader, before: await reader.read() };
        }
        catch (err) {
            await reader?.close();
            return fallback((0,errors/* errorMessage */.gJ)(err));
        }
    }
    async function fromHistory(reader, before) {
        const { verdict, drift } = pendingFromHistory(before, migrations);
        if (drift.length)
            warnDrift(drift);
        switch (verdict.kind) {
            case 'failed-migration':
                io.info(`_prisma_migrations records ${verdict.failed.join(', ')} as started and never finished: migrate deploy would refuse (P3009), so it is not started`);
                return {
                    lint: await gate({
                        kind: 'none',
                        why: `migrate deploy applies nothing until ${verdict.failed[0]} is resolved`,
                    }),
                    applied: [],
                    drift,
                    source: 'history',
                    failure: (0,migrate_prisma/* explainPrismaError */.uT)(verdict.error, shown),
                };
            case 'up-to-date': {
                io.info('nothing is pending (read from _prisma_migrations); migrate deploy runs to confirm it');
                return afterDeploy(await gate({ kind: 'none', why: 'no migration is pending' }), [], drift);
            }
            case 'pending': {
                io.info(verdict.freshDatabase
                    ? `the database does not exist yet: migrate deploy creates it and applies all ${verdict.names.length} migration(s)`
                    : `${verdict.names.length} migration(s) pending (read from _prisma_migrations): ${verdict.names.join(', ')}`);
                const lint = await gate({ kind: 'pending', names: verdict.names });
                if (lint.stops)
                    return { lint, stoppedByLint: true, pending: verdict.names, applied: [], drift, source: 'history' };
                return afterDeploy(lint, verdict.names, drift);
            }
        }
        /**
         * One deploy, then what it did as the history table now says (deploy's own output when the table cannot be read).
         */
        async function afterDeploy(lint, pending, drift) {
            const deployed = await deploy(lint, pending, drift);
            let after;
            try {
                after = await reader.read();
            }
            catch (err) {
                io.warning(`migrate deploy ran, but _prisma_migrations could not be read again (${(0,errors/* errorMessage */.gJ)(err)}): the outputs come from its log`);
                return { ...deployed, source: 'history' };
            }
            const effect = deployEffect(before, after, migrations);
            const result = {
                ...deployed,
                applied: effect.applied,
                pendingAfter: effect.pendingAfter,
                source: 'history',
            };
            // Prisma applied what the lint never saw: it reads another migrations folder or database than this action.
            const unjudged = effect.applied.filter((name) => !pending.includes(name));
            if (unjudged.length && !result.failure) {
                result.failure = {
                    title: `migrate deploy applied ${unjudged.length} migration(s) the lint did not judge: ${unjudged.join(', ')}`,
                    explanation: `They were not pending when the action compared _prisma_migrations with ${(0,external_node_path_.relative)(inputs.repoRoot, inputs.migrationsDir) || inputs.migrationsDir}. ` +
                        'Prisma reads another migrations folder or database than this action: set `migrations-dir`, `schema` or `config` so both agree.',
                    commands: [],
                };
            }
            return result;
        }
    }
    function warnDrift(drift) {
        io.warning(`The database has migrations this checkout does not: ${drift.join(', ')}. The migration history has drifted (a newer deploy, or migrations deleted or renamed locally).`);
    }
    /** The pending set as `prisma migrate status` reports it: one start more, for what only Prisma can read. */
    async function viaStatus() {
        const answer = await prisma('status');
        const status = (0,migrate_prisma/* parseStatusOutput */.n4)(answer.stdout + answer.stderr);
        const drift = status.missingLocally;
        if (drift.length)
            warnDrift(drift);
        const verdict = (0,migrate_pending/* pendingFromStatus */._)(status, answer.exitCode, migrations);
        const result = (fields) => ({ ...fields, source: 'status' });
        switch (verdict.kind) {
            case 'error':
            case 'failed-migration': {
                const why = verdict.kind === 'error'
                    ? 'Prisma could not read the database'
                    : `migrate deploy applies nothing until ${verdict.failed[0]} is resolved`;
                return result({
                    lint: await gate({ kind: 'none', why }),
                    applied: [],
                    drift,
                    failure: (0,migrate_prisma/* explainPrismaError */.uT)(verdict.error, shown),
                });
            }
            case 'up-to-date':
                io.info('nothing is pending: migrate deploy is not needed');
                return result({
                    lint: await gate({ kind: 'none', why: 'no migration is pending' }),
                    pending: [],
                    applied: [],
                    pendingAfter: 0,
                    drift,
                });
            case 'unknown': {
                const lint = await gate({
                    kind: 'unknown',
                    why: `\`migrate status\` exited with ${answer.exitCode} and ${verdict.why}`,
                });
                return result(lint.stops ? { lint, stoppedByLint: true, applied: [], drift } : await deploy(lint, undefined, drift));
            }
            case 'pending': {
                io.info(verdict.freshDatabase
                    ? `the database does not exist yet: migrate deploy creates it and applies all ${verdict.names.length} migration(s)`
                    : `${verdict.names.length} migration(s) pending: ${verdict.names.join(', ')}`);
                const lint = await gate({ kind: 'pending', names: verdict.names });
                return result(lint.stops
                    ? { lint, stoppedByLint: true, pending: verdict.names, applied: [], drift }
                    : await deploy(lint, verdict.names, drift));
            }
        }
    }
    /** One `migrate deploy`, judged by its exit code and output. */
    async function deploy(lint, pending, drift) {
        const answer = await prisma('deploy');
        const deployed = (0,migrate_prisma/* parseDeployOutput */.oK)(answer.stdout + answer.stderr);
        if (answer.exitCode === 0)
            return { lint, pending, applied: deployed.applied, pendingAfter: 0, drift };
        const error = deployed.error ?? { text: `prisma migrate deploy exited with code ${answer.exitCode}` };
        const applied = pending && (0,migrate_pending/* appliedBeforeFailure */.J)(pending, error);
        // The migration that failed is recorded as failed, not pending.
        const pendingAfter = pending && applied ? pending.length - applied.length - 1 : undefined;
        return { lint, pending, applied: applied ?? [], pendingAfter, drift, failure: (0,migrate_prisma/* explainPrismaError */.uT)(error, shown) };
    }
}


/***/ }),

/***/ 6833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ appliedBeforeFailure),
/* harmony export */   _: () => (/* binding */ pendingFromStatus)
/* harmony export */ });
/**
 * Reads status's answer. Its words decide when it has any; without them, only exit code 0 means something (Prisma
 * exits 0 for "up to date" alone). `local` is the checkout's migrations, oldest first: a database that does not
 * exist yet gets them all.
 */
function pendingFromStatus(status, exitCode, local, unreadable = 'its output names no pending migration and no verdict') {
    if (status.error?.code === 'P1003')
        return { kind: 'pending', names: [...local], freshDatabase: true };
    if (status.failed.length > 0) {
        const name = status.failed[0];
        const text = `Error: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied.\nThe \`${name}\` migration failed (as \`prisma migrate status\` reports it)`;
        return { kind: 'failed-migration', failed: status.failed, error: { code: 'P3009', migration: name, text } };
    }
    if (status.pending.length > 0) {
        // Prisma applies in the folder's order; keep that order whatever order status printed.
        const pending = new Set(status.pending);
        const ordered = local.filter((name) => pending.has(name));
        return {
            kind: 'pending',
            names: [...ordered, ...status.pending.filter((name) => !local.includes(name))],
            freshDatabase: false,
        };
    }
    if (status.upToDate || status.missingLocally.length > 0)
        return { kind: 'up-to-date' };
    if (status.error)
        return { kind: 'error', error: status.error };
    if (exitCode === 0)
        return { kind: 'up-to-date' };
    return { kind: 'unknown', why: unreadable };
}
/**
 * What a failed `migrate deploy` applied before it stopped: the pending migrations before the one Prisma names
 * (it applies them in order and stops at the first failure). Undefined when Prisma named none.
 */
function appliedBeforeFailure(pending, error) {
    const at = error?.migration ? pending.indexOf(error.migration) : -1;
    return at < 0 ? undefined : pending.slice(0, at);
}


/***/ }),

/***/ 3624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n4: () => (/* binding */ parseStatusOutput),
/* harmony export */   oK: () => (/* binding */ parseDeployOutput),
/* harmony export */   uT: () => (/* binding */ explainPrismaError)
/* harmony export */ });
/* unused harmony export parsePrismaError */
/**
 * Reads what `prisma migrate deploy` and `prisma migrate status` print (Prisma 7) and says what a failure
 * means in words, with the exact `prisma migrate resolve` command to run. It never resolves anything itself:
 * only a person can know whether a failed migration was rolled back or finished by hand.
 */
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const MIGRATION_NAME = /^\d{4,}[A-Za-z0-9_-]*$/;
function clean(output) {
    return output
        .replace(ANSI, '')
        .split(/\r?\n/)
        .map((line) => line.trimEnd());
}
function foundCount(lines) {
    for (const line of lines) {
        const match = /^(\d+) migrations? found in /.exec(line.trim());
        if (match)
            return Number(match[1]);
    }
    return undefined;
}
/** Names listed one a line right after a heading, until the first line that is not a migration name. */
function namesAfter(lines, heading) {
    const at = lines.findIndex((line) => heading.test(line.trim()));
    if (at < 0)
        return [];
    const names = [];
    for (const line of lines.slice(at + 1)) {
        const name = line.trim();
        if (name === '' && names.length === 0)
            continue;
        if (!MIGRATION_NAME.test(name))
            break;
        names.push(name);
    }
    return names;
}
/** The `Error: Pxxxx` block Prisma prints, or a plain `Error:` without a code. */
function parsePrismaError(output) {
    const lines = clean(output);
    const at = lines.findIndex((line) => /^Error:/.test(line.trim()));
    if (at < 0)
        return undefined;
    const text = lines.slice(at).join('\n').trim();
    const code = /^Error:\s*(P\d{4})\b/.exec(lines[at].trim())?.[1];
    const error = { code, text };
    error.migration =
        /^Migration name:\s*(\S+)/m.exec(text)?.[1] ?? /The `([^`]+)` migration started at .* failed/.exec(text)?.[1];
    error.databaseErrorCode = /^Database error code:\s*(\S+)/m.exec(text)?.[1];
    const dbError = /^Database error:\s*\n([\s\S]*?)(\n\s*\n|$)/m.exec(text)?.[1];
    if (dbError)
        error.databaseError = dbError.trim();
    return error;
}
/** What `prisma migrate deploy` applied, or why it stopped. */
function parseDeployOutput(output) {
    const lines = clean(output);
    const applied = [];
    const at = lines.findIndex((line) => /^The following migrations?(\(s\))? ha(ve|s) been applied:/.test(line.trim()));
    if (at >= 0) {
        // The tree: "migrations/", "  └─ 20250101000000_init/", "    └─ migration.sql"; any other unindented line ends it.
        for (const line of lines.slice(at + 1)) {
            const match = /^\s*└─ ([^/\s]+)\/$/.exec(line);
            if (match && MIGRATION_NAME.test(match[1]))
                applied.push(match[1]);
            else if (/^\S/.test(line) && line !== 'migrations/')
                break;
        }
    }
    return {
        found: foundCount(lines),
        applied,
        nothingPending: lines.some((line) => line.trim() === 'No pending migrations to apply.'),
        error: parsePrismaError(output),
    };
}
/** Pending, failed and drifted migrations from `prisma migrate status` (which exits 1 for all but "up to date"). */
function parseStatusOutput(output) {
    const lines = clean(output);
    const upToDate = lines.some((line) => line.trim() === 'Database schema is up to date!');
    const pending = [
        ...namesAfter(lines, /^Following migrations?(\(s\))? ha(ve|s) not yet been applied:$/),
        ...namesAfter(lines, /^The migrations?(\(s\))? ha(ve|s) not yet been applied:$/),
    ];
    const failed = namesAfter(lines, /^Following migrations?(\(s\))? ha(ve|s) failed:$/);
    const missingLocally = namesAfter(lines, /^The migrations?(\(s\))? from the database (are|is) not found locally/);
    // Without a recognisable verdict, an `Error:` block is the answer (status prints none when all is well).
    const error = upToDate || pending.length || failed.length || missingLocally.length ? undefined : parsePrismaError(output);
    return { found: foundCount(lines), upToDate, pending, failed, missingLocally, error };
}
/** Turns a Prisma error into advice; `prisma` is how the user invokes the CLI (e.g. `npx prisma`). */
function explainPrismaError(error, prisma = 'npx prisma') {
    const name = error.migration;
    const resolve = (how) => `${prisma} migrate resolve --${how} "${name}"`;
    const resolveCommands = name ? [resolve('rolled-back'), resolve('applied')] : [];
    const dbError = error.databaseError
        ? ` The database said: ${error.databaseError.split('\n')[0]}${error.databaseErrorCode ? ` (SQLSTATE ${error.databaseErrorCode})` : ''}.`
        : '';
    switch (error.code) {
        case 'P3018':
            return {
                title: `Migration ${name ?? '(unnamed)'} failed to apply (P3018)`,
                explanation: `Prisma stopped at this migration and recorded it as failed, so every later deploy stops with P3009 until it is resolved.${dbError} ` +
                    'PostgreSQL ran it in one transaction, so usually nothing of it was applied: fix the migration, then mark it rolled back and deploy again. ' +
                    'If part of it did apply (statements that cannot run in a transaction, such as CREATE INDEX CONCURRENTLY), finish or undo it by hand first.',
                commands: resolveCommands,
            };
        case 'P3009':
            return {
                title: `An earlier migration${name ? `, ${name},` : ''} failed and blocks every deploy (P3009)`,
                explanation: 'The database records a migration that started and failed, and Prisma refuses to apply anything until a person says what happened to it. ' +
                    'Check the database: if the failed migration left no trace (or you undid it), mark it rolled back and fix it; if you completed it by hand, mark it applied.',
                commands: resolveCommands,
            };
        case 'P1001':
            return {
                title: 'Cannot reach the database server (P1001)',
                explanation: 'Nothing answered at the host and port of DATABASE_URL. From a runner, a private RDS instance is unreachable by design: use mode ecs-task, which runs inside the VPC. ' +
                    'Otherwise check the host, the port, the security group and that the database is running.',
                commands: [],
            };
        case 'P1000':
            return {
                title: 'The database rejected the credentials (P1000)',
                explanation: 'Check the user and password in DATABASE_URL (or the secret it came from); a rotated secret needs the new value.',
                commands: [],
            };
        case 'P1003':
            return {
                title: 'The database does not exist (P1003)',
                explanation: 'The database named in DATABASE_URL is missing on the server: check its name, or create it first.',
                commands: [],
            };
        case 'P1002':
            if (/advisory lock/i.test(error.text)) {
                return {
                    title: 'Another migration holds the migration lock (P1002, advisory lock timeout)',
                    explanation: 'Prisma takes a PostgreSQL advisory lock so that two deploys never migrate at once, and gave up waiting for it after 10 s. Another `migrate deploy` is running ' +
                        '(a parallel job, another service sharing this database, or a stuck session). Wait for it to end, or find the session holding pg_advisory_lock(72707369) in pg_locks, then run again.',
                    commands: [],
                };
            }
            return {
                title: 'The database server timed out (P1002)',
                explanation: 'The server was reached but did not answer in time: it may be overloaded, or a lock is held. Try again, and check long-running sessions.',
                commands: [],
            };
        case 'P3005':
            return {
                title: 'The database is not empty and has no migration history (P3005)',
                explanation: 'Prisma will not migrate a database it did not create. Baseline it: mark the migrations that already match the schema as applied, one by one.',
                commands: [`${prisma} migrate resolve --applied "<migration that matches the live schema>"`],
            };
        default:
            return {
                title: error.code ? `Prisma failed with ${error.code}` : 'Prisma failed',
                explanation: error.text.split('\n').slice(0, 6).join(' ').trim(),
                commands: [],
            };
    }
}


/***/ })

};
;