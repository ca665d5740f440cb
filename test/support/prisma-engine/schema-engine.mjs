#!/usr/bin/env node
// Test-only stand-in for Prisma's native `schema-engine` binary (see README.md beside this file).
// The unmodified Prisma CLI runs it when PRISMA_SCHEMA_ENGINE_BINARY points here. It speaks the
// engine's stdio JSON-RPC protocol and forwards every call to @prisma/schema-engine-wasm, which reaches
// PostgreSQL through @prisma/adapter-pg. PostgreSQL only.

// stderr is parsed by the CLI as JSON log lines: no Node warning may ever be printed there.
process.noDeprecation = true;
process.removeAllListeners('warning');

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const pg = require('pg');

const TEXT_OID = 25;
const PG_CHAR_OID = 18; // pg_catalog "char": @prisma/adapter-pg has no column type for it.

// ---------------------------------------------------------------------------------------------------
// Arguments: [--datasource JSON] [--datamodels PATH]... [--enabled-preview-features X]
//            [--extension-types JSON] [cli <can-connect-to-database|create-database|drop-database>]
//            | --version | --help
function parseArgs(argv) {
  const out = { datamodels: [], datasource: undefined, positional: [], version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--version':
      case '-V':
        out.version = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--datasource':
        out.datasource = JSON.parse(value());
        break;
      case '--datamodels':
      case '--datamodel':
        out.datamodels.push(value());
        break;
      case '--enabled-preview-features':
      case '--extension-types':
        value();
        break;
      default:
        out.positional.push(arg);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The Wasm engine. Its package entry imports the .wasm as an ES module (a bundler convention Node 20
// cannot load), so instantiate it by hand with the generated glue.
let wasmGlue;
async function loadWasm() {
  if (wasmGlue) return wasmGlue;
  const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
  const module = await WebAssembly.compile(readFileSync(wasmPath));
  const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  wasmGlue = glue;
  return glue;
}

function engineVersion() {
  try {
    const glueFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const pkg = JSON.parse(readFileSync(new URL('package.json', pathToFileURL(glueFile)), 'utf8'));
    return pkg.version.split('.').pop();
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------------------------------------------
// Connection handling.
function splitUrl(url) {
  if (typeof url !== 'string' || url.length === 0) throw userError('P1012', 'The datasource url is empty.');
  const parsed = new URL(url);
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw userError('P1013', `This test schema engine only supports PostgreSQL URLs, got ${parsed.protocol}`);
  }
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  const database =
    decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres';
  return { connectionString: parsed.toString(), schema, database, parsed };
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

// Patches the adapter's (unexported) classes once: report pg_catalog "char" columns as text (the adapter
// has no column type for them and throws), and run a script the way the native engine does (one
// simple-query round trip, i.e. one implicit transaction) instead of splitting it at every ';'.
let patched = false;
let lastScriptError; // the raw pg error of the last failed script, to rebuild the native P3018 text
function patchAdapterClasses(adapter) {
  if (patched) return;
  patched = true;
  for (
    let proto = Object.getPrototypeOf(adapter);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    if (Object.hasOwn(proto, 'performIO')) {
      const performIO = proto.performIO;
      proto.performIO = async function patchedPerformIO(query) {
        const result = await performIO.call(this, query);
        for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = TEXT_OID;
        return result;
      };
    }
    if (Object.hasOwn(proto, 'executeScript')) {
      proto.executeScript = async function wholeScript(script) {
        try {
          await this.client.query(script);
        } catch (error) {
          lastScriptError = error;
          this.onError(error);
        }
      };
    }
  }
}

async function makeAdapterFactory(datasource) {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const main = splitUrl(datasource.url);
  // `?schema=` in the URL: the adapter only reports it, so also put it on the session's search_path
  // and create it (the native engine does both).
  const make = (connectionString, schema) =>
    schema
      ? new PrismaPg({ connectionString, options: `-c search_path=${quoteIdent(schema)}` }, { schema })
      : new PrismaPg({ connectionString });
  const ensureSchema = async (connectionString, schema) => {
    if (schema) await adminQuery(connectionString, [`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`]);
  };
  let mainSchemaReady = false;
  const mainFactory = make(main.connectionString, main.schema);
  return {
    provider: mainFactory.provider,
    adapterName: mainFactory.adapterName,
    async connect() {
      if (!mainSchemaReady) {
        await ensureSchema(main.connectionString, main.schema);
        mainSchemaReady = true;
      }
      const adapter = await mainFactory.connect();
      patchAdapterClasses(adapter);
      return adapter;
    },
    // PrismaPg's own connectToShadowDb passes `database` next to `connectionString`, and pg lets
    // the connection string win, so the "shadow" pool is the main database. Use a real separate database.
    async connectToShadowDb() {
      if (datasource.shadowDatabaseUrl) {
        // An explicit shadow database: wiped before use (the native engine resets it), kept afterwards.
        const shadow = splitUrl(datasource.shadowDatabaseUrl);
        await adminQuery(withDatabase(shadow.connectionString, 'postgres'), [
          `DROP DATABASE IF EXISTS ${quoteIdent(shadow.database)} WITH (FORCE)`,
          `CREATE DATABASE ${quoteIdent(shadow.database)}`,
        ]);
        await ensureSchema(shadow.connectionString, shadow.schema);
        const adapter = await make(shadow.connectionString, shadow.schema).connect();
        patchAdapterClasses(adapter);
        return adapter;
      }
      const shadowName = `${main.database}_shadow`;
      await adminQuery(main.connectionString, [
        `DROP DATABASE IF EXISTS ${quoteIdent(shadowName)} WITH (FORCE)`,
        `CREATE DATABASE ${quoteIdent(shadowName)}`,
      ]);
      await ensureSchema(withDatabase(main.connectionString, shadowName), main.schema);
      const adapter = await make(withDatabase(main.connectionString, shadowName), main.schema).connect();
      patchAdapterClasses(adapter);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adminQuery(main.connectionString, [`DROP DATABASE IF EXISTS ${quoteIdent(shadowName)} WITH (FORCE)`]);
      };
      return adapter;
    },
  };
}

// Runs statements, in order, on one plain `pg` connection to `url`.
async function adminQuery(url, statements) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results = [];
    for (const sql of statements) results.push(await client.query(sql));
    return results;
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------
// Errors, in the shape the CLI understands (same as the native engine's JSON-RPC errors).
function userError(code, message, meta = {}) {
  const error = new Error(message);
  error.engineError = { is_panic: false, message, meta, error_code: code };
  return error;
}

function connectionError(error, url) {
  let host = '127.0.0.1';
  let port = '5432';
  let database = 'postgres';
  try {
    const parts = splitUrl(url);
    host = parts.parsed.hostname;
    port = parts.parsed.port || '5432';
    database = parts.database;
  } catch {
    /* keep defaults */
  }
  if (error?.code === '3D000') {
    return userError(
      'P1003',
      `Database \`${database}\` does not exist on the database server at \`${host}:${port}\`.`,
      {
        database_name: database,
        database_host: host,
        database_port: port,
      },
    );
  }
  if (error?.code === 'ECONNREFUSED' || error?.code === 'ENOTFOUND' || error?.code === 'ETIMEDOUT') {
    return userError(
      'P1001',
      `Can't reach database server at \`${host}:${port}\`\n\nPlease make sure your database server is running at \`${host}:${port}\`.`,
      {
        database_host: host,
        database_port: port,
      },
    );
  }
  if (error?.code === '28P01' || error?.code === '28000') {
    return userError(
      'P1000',
      `Authentication failed against database server at \`${host}\`, the provided database credentials are not valid.`,
      {
        database_host: host,
      },
    );
  }
  return error;
}

// The Wasm engine reports a failing migration script as a bare "external connector error"; the native
// engine reports P3018 with the migration name and the database's own error. Rebuild that.
function migrationFailed(error) {
  const name = /migration_name="([^"]+)"/.exec(error?.message ?? '')?.[1];
  if (!name || (typeof error?.code === 'string' && /^P\d{4}$/.test(error.code))) return error;
  const dbError = lastScriptError;
  const dbCode = dbError?.code ?? 'unknown';
  const dbMessage = dbError ? `ERROR: ${dbError.message}` : error.message.split('\n').slice(0, 2).join('\n');
  const message =
    'A migration failed to apply. New migrations cannot be applied before the error is recovered from. ' +
    'Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n' +
    `Migration name: ${name}\n\nDatabase error code: ${dbCode}\n\nDatabase error:\n${dbMessage}\n`;
  return userError('P3018', message, { migration_name: name, database_error_code: dbCode, database_error: dbMessage });
}

// Whatever the Wasm engine (or the adapter) threw, as JSON-RPC `error.data`.
function toErrorData(error) {
  if (error?.engineError) return error.engineError;
  // The Wasm engine rejects with Error objects; known user-facing errors carry the code, e.g.
  // SchemaConnectorError { code: 'P3009' }.
  if (error instanceof Error && typeof error.code === 'string' && /^P\d{4}$/.test(error.code)) {
    return { is_panic: false, message: error.message, meta: error.meta ?? {}, error_code: error.code };
  }
  if (error && typeof error === 'object' && !(error instanceof Error)) {
    // The Wasm engine rejects with plain objects: { is_panic, message, meta, error_code, backtrace }.
    return {
      is_panic: Boolean(error.is_panic),
      message: String(error.message ?? JSON.stringify(error)),
      meta: error.meta ?? {},
      error_code: error.error_code ?? undefined,
      backtrace: error.backtrace ?? undefined,
    };
  }
  if (error instanceof Error && (error.name === 'RuntimeError' || /unreachable|panicked/i.test(error.message))) {
    return { is_panic: true, message: error.message, meta: {}, error: { message: error.message } };
  }
  return { is_panic: false, message: error instanceof Error ? error.message : String(error), meta: {} };
}

// ---------------------------------------------------------------------------------------------------
// `schema-engine cli <command>`: one-shot commands. Success: exit 0. Failure: exit 1 with JSON log
// lines on stderr (the CLI skips the first line and reads the ERROR line from schema_engine::logger).
async function runCliCommand(args) {
  const command = args.positional[1];
  const url = args.datasource?.url;
  const log = (level, fields) => ({
    timestamp: new Date().toISOString(),
    level,
    fields,
    target: 'schema_engine::logger',
  });
  try {
    if (!url) throw userError('P1012', 'No datasource url given (--datasource).');
    const { connectionString, database } = splitUrl(url);
    switch (command) {
      case 'can-connect-to-database':
        await probeDatabase(connectionString);
        process.stdout.write('Connection successful\n');
        break;
      case 'create-database':
        await adminQuery(withDatabase(connectionString, 'postgres'), [`CREATE DATABASE ${quoteIdent(database)}`]);
        process.stdout.write(`Database '${database}' was successfully created.\n`);
        break;
      case 'drop-database':
        await adminQuery(withDatabase(connectionString, 'postgres'), [
          `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`,
        ]);
        process.stdout.write(`The database was successfully dropped.\n`);
        break;
      default:
        throw userError('P1012', `Unknown cli command: ${command ?? '(none)'}`);
    }
    return 0;
  } catch (raw) {
    const error = raw?.engineError ? raw : connectionError(raw, url);
    const data = toErrorData(error);
    const lines = [
      log('INFO', { message: `Running schema-engine cli ${command ?? ''}`.trim() }),
      log('ERROR', { is_panic: false, error_code: data.error_code ?? '', message: data.message }),
    ];
    process.stderr.write(lines.map((line) => JSON.stringify(line)).join('\n'));
    return 1;
  }
}

async function probeDatabase(connectionString) {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------
// Stdio JSON-RPC server.
async function runRpcServer(args) {
  let enginePromise;
  let nextOwnId = 1_000_000_000;
  const pendingOwn = new Map();

  const send = (message) =>
    new Promise((resolve) => {
      process.stdout.write(`${JSON.stringify(message)}\n`, () => resolve());
    });

  // The engine asks the CLI to print something (diff output) with a `print` request.
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextOwnId++;
      pendingOwn.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  const logToStderr = (line) => {
    let parsed;
    try {
      parsed = typeof line === 'string' ? JSON.parse(line) : line;
    } catch {
      parsed = { level: 'INFO', fields: { message: String(line) }, target: 'schema_engine_wasm' };
    }
    if (parsed && typeof parsed === 'object' && parsed.fields && typeof parsed.fields.message === 'string') {
      process.stderr.write(`${JSON.stringify(parsed)}\n`);
    }
  };

  async function engine() {
    if (!enginePromise) {
      enginePromise = (async () => {
        if (!args.datasource?.url)
          throw userError('P1012', 'The schema engine was started without a datasource url (--datasource).');
        const glue = await loadWasm();
        const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
        const factory = await makeAdapterFactory(args.datasource);
        // The Wasm engine connects eagerly and words a missing database without its P1003 code.
        await probeDatabase(splitUrl(args.datasource.url).connectionString).catch((error) => {
          throw connectionError(error, args.datasource.url);
        });
        const datamodels = await Promise.all(args.datamodels.map(async (path) => [path, await readFile(path, 'utf8')]));
        return glue.SchemaEngine.new(
          { datamodels: datamodels.length ? datamodels : undefined },
          logToStderr,
          bindMigrationAwareSqlAdapterFactory(factory),
        );
      })();
    }
    return enginePromise;
  }

  async function createDatabase(params) {
    const url = params?.datasource?.url ?? args.datasource?.url;
    const { connectionString, database } = splitUrl(url);
    await adminQuery(withDatabase(connectionString, 'postgres'), [`CREATE DATABASE ${quoteIdent(database)}`]);
    return { databaseName: database };
  }

  async function handle(method, params) {
    switch (method) {
      case 'getDatabaseVersion': {
        const url = params?.datasource?.url ?? args.datasource?.url;
        const [result] = await adminQuery(splitUrl(url).connectionString, ['SELECT version()']);
        return result.rows[0].version;
      }
      case 'createDatabase':
        return createDatabase(params);
      case 'ensureConnectionValidity': {
        const url = params?.datasource?.url ?? args.datasource?.url;
        try {
          await probeDatabase(splitUrl(url).connectionString);
        } catch (error) {
          throw connectionError(error, url);
        }
        return {};
      }
      case 'diff': {
        const result = await (await engine()).diff(params);
        if (typeof result?.stdout === 'string') await print(result.stdout.replace(/\n$/, ''));
        return { exitCode: result.exitCode };
      }
      case 'applyMigrations':
        try {
          lastScriptError = undefined;
          return (await (await engine()).applyMigrations(params)) ?? {};
        } catch (error) {
          throw migrationFailed(error);
        }
      case 'debugPanic':
        (await engine()).debugPanic();
        return {};
      case 'createMigration':
      case 'dbExecute':
      case 'devDiagnostic':
      case 'diagnoseMigrationHistory':
      case 'evaluateDataLoss':
      case 'introspect':
      case 'introspectSql':
      case 'markMigrationApplied':
      case 'markMigrationRolledBack':
      case 'reset':
      case 'schemaPush': {
        const result = await (await engine())[method](params ?? {});
        return result ?? {};
      }
      default: {
        const error = new Error(`Method not found: ${method}`);
        error.rpcCode = -32601;
        throw error;
      }
    }
  }

  const inFlight = new Set();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    // A response to our own `print` request.
    if (message.method === undefined && pendingOwn.has(message.id)) {
      pendingOwn.get(message.id)();
      pendingOwn.delete(message.id);
      return;
    }
    const task = (async () => {
      try {
        const result = await handle(message.method, message.params);
        await send({ jsonrpc: '2.0', id: message.id, result });
      } catch (raw) {
        if (raw?.rpcCode) {
          await send({ jsonrpc: '2.0', id: message.id, error: { code: raw.rpcCode, message: raw.message } });
          return;
        }
        const data = toErrorData(raw?.engineError ? raw : connectionError(raw, args.datasource?.url));
        await send({
          jsonrpc: '2.0',
          id: message.id,
          error: { code: 4466, message: 'An error happened. Check the data field for details.', data },
        });
      }
    })();
    inFlight.add(task);
    task.finally(() => inFlight.delete(task));
  });

  await new Promise((resolve) => rl.on('close', resolve));
  await Promise.allSettled([...inFlight]);
  // The pools behind the adapter keep the event loop alive; the CLI waits for our exit.
  return 0;
}

// ---------------------------------------------------------------------------------------------------
const args = parseArgs(process.argv.slice(2));
let code = 0;
if (args.version) {
  process.stdout.write(`schema-engine-cli ${engineVersion()}\n`);
} else if (args.help) {
  process.stdout.write(
    'schema-engine (Wasm shim for tests)\n\nUSAGE: schema-engine [--datasource JSON] [--datamodels PATH]... [cli <can-connect-to-database|create-database|drop-database>]\n',
  );
} else if (args.positional[0] === 'cli') {
  code = await runCliCommand(args);
} else {
  code = await runRpcServer(args);
}
process.exit(code);
