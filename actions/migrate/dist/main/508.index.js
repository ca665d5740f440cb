"use strict";
exports.id = 508;
exports.ids = [508];
exports.modules = {

/***/ 3508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   migrateLocally: () => (/* binding */ migrateLocally)
/* harmony export */ });
/* harmony import */ var _lib_core_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6875);
/* harmony import */ var _lib_migrate_database_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(705);
/* harmony import */ var _lib_migrate_pending_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6833);
/* harmony import */ var _lib_migrate_prisma_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3624);




/** Status, lint, deploy; returns what was applied, or the failure explained (never throws for Prisma's failures). */
async function migrateLocally(inputs, local, io, deps, gate, migrations) {
    const url = await (0,_lib_migrate_database_url_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveDatabaseUrl */ .N1)(local.databaseUrl, deps.clients, io);
    // The environment passes through untouched (PRISMA_* engine settings included); only DATABASE_URL is set.
    const env = (0,_lib_core_command_js__WEBPACK_IMPORTED_MODULE_1__/* .definedEnv */ .j)(deps.env, { DATABASE_URL: url });
    const [command, ...prefix] = local.prismaCommand;
    const shown = local.prismaCommand.join(' ');
    const prisma = async (sub) => io.group(`${shown} migrate ${sub}`, () => deps.run(command, [...prefix, 'migrate', sub, ...inputs.prismaArgs], { cwd: inputs.workingDirectory, env, onLine: (line) => io.info(line) }));
    // With the lint off nothing needs the pending set in advance: deploy alone, as a plain `prisma migrate deploy`.
    if (inputs.lint.policy === 'off')
        return deploy(await gate({ kind: 'none', why: 'off' }), undefined, []);
    const answer = await prisma('status');
    const status = (0,_lib_migrate_prisma_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStatusOutput */ .n4)(answer.stdout + answer.stderr);
    const drift = status.missingLocally;
    if (drift.length) {
        io.warning(`The database has migrations this checkout does not: ${drift.join(', ')}. The migration history has drifted (a newer deploy, or migrations deleted or renamed locally).`);
    }
    const verdict = (0,_lib_migrate_pending_js__WEBPACK_IMPORTED_MODULE_3__/* .pendingFromStatus */ ._)(status, answer.exitCode, migrations);
    switch (verdict.kind) {
        case 'error':
        case 'failed-migration': {
            const why = verdict.kind === 'error' ? 'Prisma could not read the database' : `migrate deploy applies nothing until ${verdict.failed[0]} is resolved`;
            return { lint: await gate({ kind: 'none', why }), applied: [], drift, failure: (0,_lib_migrate_prisma_js__WEBPACK_IMPORTED_MODULE_2__/* .explainPrismaError */ .uT)(verdict.error, shown) };
        }
        case 'up-to-date':
            io.info('nothing is pending: migrate deploy is not needed');
            return { lint: await gate({ kind: 'none', why: 'no migration is pending' }), pending: [], applied: [], pendingAfter: 0, drift };
        case 'unknown': {
            const lint = await gate({ kind: 'unknown', why: `\`migrate status\` exited with ${answer.exitCode} and ${verdict.why}` });
            return lint.stops ? { lint, stoppedByLint: true, applied: [], drift } : deploy(lint, undefined, drift);
        }
        case 'pending': {
            io.info(verdict.freshDatabase ? `the database does not exist yet: migrate deploy creates it and applies all ${verdict.names.length} migration(s)` : `${verdict.names.length} migration(s) pending: ${verdict.names.join(', ')}`);
            const lint = await gate({ kind: 'pending', names: verdict.names });
            return lint.stops ? { lint, stoppedByLint: true, pending: verdict.names, applied: [], drift } : deploy(lint, verdict.names, drift);
        }
    }
    async function deploy(lint, pending, drift) {
        const answer = await prisma('deploy');
        const deployed = (0,_lib_migrate_prisma_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDeployOutput */ .oK)(answer.stdout + answer.stderr);
        if (answer.exitCode === 0)
            return { lint, pending, applied: deployed.applied, pendingAfter: 0, drift };
        const error = deployed.error ?? { text: `prisma migrate deploy exited with code ${answer.exitCode}` };
        const applied = pending && (0,_lib_migrate_pending_js__WEBPACK_IMPORTED_MODULE_3__/* .appliedBeforeFailure */ .J)(pending, error);
        // The migration that failed is recorded as failed, not pending.
        const pendingAfter = pending && applied ? pending.length - applied.length - 1 : undefined;
        return { lint, pending, applied: applied ?? [], pendingAfter, drift, failure: (0,_lib_migrate_prisma_js__WEBPACK_IMPORTED_MODULE_2__/* .explainPrismaError */ .uT)(error, shown) };
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
        return { kind: 'pending', names: [...ordered, ...status.pending.filter((name) => !local.includes(name))], freshDatabase: false };
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
    return output.replace(ANSI, '').split(/\r?\n/).map((line) => line.trimEnd());
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
    error.migration = /^Migration name:\s*(\S+)/m.exec(text)?.[1] ?? /The `([^`]+)` migration started at .* failed/.exec(text)?.[1];
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
    const dbError = error.databaseError ? ` The database said: ${error.databaseError.split('\n')[0]}${error.databaseErrorCode ? ` (SQLSTATE ${error.databaseErrorCode})` : ''}.` : '';
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
            return { title: 'The database rejected the credentials (P1000)', explanation: 'Check the user and password in DATABASE_URL (or the secret it came from); a rotated secret needs the new value.', commands: [] };
        case 'P1003':
            return { title: 'The database does not exist (P1003)', explanation: 'The database named in DATABASE_URL is missing on the server: check its name, or create it first.', commands: [] };
        case 'P1002':
            if (/advisory lock/i.test(error.text)) {
                return {
                    title: 'Another migration holds the migration lock (P1002, advisory lock timeout)',
                    explanation: 'Prisma takes a PostgreSQL advisory lock so that two deploys never migrate at once, and gave up waiting for it after 10 s. Another `migrate deploy` is running ' +
                        '(a parallel job, another service sharing this database, or a stuck session). Wait for it to end, or find the session holding pg_advisory_lock(72707369) in pg_locks, then run again.',
                    commands: [],
                };
            }
            return { title: 'The database server timed out (P1002)', explanation: 'The server was reached but did not answer in time: it may be overloaded, or a lock is held. Try again, and check long-running sessions.', commands: [] };
        case 'P3005':
            return {
                title: 'The database is not empty and has no migration history (P3005)',
                explanation: 'Prisma will not migrate a database it did not create. Baseline it: mark the migrations that already match the schema as applied, one by one.',
                commands: [`${prisma} migrate resolve --applied "<migration that matches the live schema>"`],
            };
        default:
            return { title: error.code ? `Prisma failed with ${error.code}` : 'Prisma failed', explanation: error.text.split('\n').slice(0, 6).join(' ').trim(), commands: [] };
    }
}


/***/ })

};
;