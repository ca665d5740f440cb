// Benchmarks for the migrate action. Run from the repository root (`bash bench/run.sh migrate` does both steps):
//   node scripts/bundle.mjs migrate && node bench/migrate.mjs [--files 1000] [--runs 5]
// (this imports the compiled build/ and runs the bundled dist, as the runner does).
//
// 1. Lint throughput over a thousand Prisma-shaped migration files: the libpg-query lint (real parse trees)
//    against a regex lint of the same rules (what a grep in CI would do), with how many findings each reports.
// 2. The bundled action in local mode against a plain `npx prisma migrate deploy`, on the same database states,
//    interleaved: with work to do (the 2 fixture migrations, a fresh database each run) and with nothing to do
//    (the same database again). min/median/max of N runs, and how many times each started the Prisma CLI
//    (counted by a wrapper both go through, so both pay its few milliseconds). The action reads the pending set from
//    _prisma_migrations itself, lints it, then starts Prisma once for `migrate deploy` in both cases.
//    Needs PostgreSQL (npm run setup); runs the real Prisma CLI offline through the test schema-engine shim.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { lintMigrationBatch } from '../build/lib/migrate/batch-lint.js';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1] || fallback);
const FILES = process.argv.includes('--files') ? arg('files') : 1000;
const RUNS = process.argv.includes('--runs') ? arg('runs') : 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- 1. lint throughput -------------------------------------------------------------------------------
function migrationSql(i) {
  const t = `"Table${i % 50}"`;
  switch (i % 5) {
    case 0:
      return `-- CreateTable\nCREATE TABLE "New${i}" (\n    "id" SERIAL NOT NULL,\n    "name" TEXT NOT NULL,\n    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n\n    CONSTRAINT "New${i}_pkey" PRIMARY KEY ("id")\n);\n\n-- CreateIndex\nCREATE UNIQUE INDEX "New${i}_name_key" ON "New${i}"("name");\n`;
    case 1:
      return `-- AlterTable\nALTER TABLE ${t} ADD COLUMN     "note${i}" TEXT,\nADD COLUMN     "flag${i}" BOOLEAN NOT NULL DEFAULT false;\n`;
    case 2:
      return `-- CreateIndex\nCREATE INDEX "idx${i}" ON ${t}("col${i}");\n`;
    case 3:
      return `-- AlterTable\nALTER TABLE ${t} DROP COLUMN "old${i}",\nADD COLUMN     "new${i}" TEXT NOT NULL;\n`;
    default:
      return `-- A comment that mentions DROP COLUMN and UPDATE without doing either\nUPDATE ${t} SET "flag" = true WHERE "id" < 100;\nINSERT INTO "Log" ("text") VALUES ('DROP TABLE "x"; DELETE FROM y');\n`;
  }
}

// The regex alternative: one pattern per rule, as a CI grep would do it.
const REGEX_RULES = {
  'drop-table': /\bDROP\s+TABLE\b/i,
  'drop-column': /\bDROP\s+COLUMN\b/i,
  rename: /\bRENAME\s+(COLUMN|TO)\b/i,
  'alter-column-type': /\bALTER\s+COLUMN\s+\S+\s+(SET\s+DATA\s+)?TYPE\b/i,
  'set-not-null': /\bSET\s+NOT\s+NULL\b/i,
  'add-column-not-null-without-default': /\bADD\s+COLUMN\b(?![^,;]*\bDEFAULT\b)[^,;]*\bNOT\s+NULL\b/i,
  'create-index-not-concurrently': /\bCREATE\s+(UNIQUE\s+)?INDEX\s+(?!CONCURRENTLY)/i,
  truncate: /\bTRUNCATE\b/i,
  'delete-without-where': /\bDELETE\s+FROM\b(?![^;]*\bWHERE\b)/i,
  'update-without-where': /\bUPDATE\s+\S+\s+SET\b(?![^;]*\bWHERE\b)/i,
};
const regexLint = (files) =>
  files.flatMap((f) =>
    Object.entries(REGEX_RULES)
      .filter(([, re]) => re.test(f.sql))
      .map(([rule]) => ({ file: f.path, rule })),
  );

const files = Array.from({ length: FILES }, (_, i) => ({
  path: `prisma/migrations/${String(20250101000000 + i)}_m${i}/migration.sql`,
  sql: migrationSql(i),
}));
// Load the WebAssembly parser once, outside the timing.
await lintMigrationBatch(files.slice(0, 5), { acrossFiles: true });

let t0 = performance.now();
const ast = await lintMigrationBatch(files, { acrossFiles: true });
const astMs = performance.now() - t0;
t0 = performance.now();
const rx = regexLint(files);
const rxMs = performance.now() - t0;

console.log(
  `\nLint ${FILES} Prisma-shaped migration files (${(files.reduce((n, f) => n + f.sql.length, 0) / 1024).toFixed(0)} KiB)`,
);
console.log('  lint                      time       files/s   findings');
console.log(
  `  libpg-query (this action) ${astMs.toFixed(0).padStart(6)} ms ${String(Math.round(FILES / (astMs / 1000))).padStart(9)} ${String(ast.findings.length).padStart(10)}`,
);
console.log(
  `  regex grep                ${rxMs.toFixed(0).padStart(6)} ms ${String(Math.round(FILES / (rxMs / 1000))).padStart(9)} ${String(rx.length).padStart(10)}`,
);
console.log(
  '  (the regex also fires on words in comments and string literals, and on indexes of tables the same batch creates,',
);
console.log('   which no running version uses yet; it has no lines to annotate and no allow comments)');

// ---- 2. the action's overhead around prisma migrate deploy ----------------------------------------------
const PG_BIN = (() => {
  // The newest installed server: 15 on Debian 12, 16 on Ubuntu 24.04.
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
    : [];
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0] ?? '15', 'bin');
})();
const asPostgres = (bin, args) => {
  const isRoot = process.getuid?.() === 0;
  return execFileSync(
    isRoot ? 'runuser' : join(PG_BIN, bin),
    isRoot ? ['-u', 'postgres', '--', join(PG_BIN, bin), ...args] : args,
    { cwd: tmpdir(), stdio: 'pipe' },
  );
};
const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
if (process.getuid?.() === 0)
  chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'])), Number(execFileSync('id', ['-g', 'postgres'])));
const port = 20000 + Math.floor(Math.random() * 20000);
asPostgres('initdb', ['-D', join(dir, 'data'), '--auth=trust', '-U', 'postgres', '--no-sync']);
asPostgres('pg_ctl', [
  '-D',
  join(dir, 'data'),
  '-o',
  `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
  '-l',
  join(dir, 'log'),
  '-w',
  'start',
]);
try {
  const project = mkdtempSync(join(tmpdir(), 'bench-project-'));
  cpSync(join(root, 'test/fixtures/prisma'), project, { recursive: true });
  writeFileSync(join(project, 'package.json'), '{"private":true}');
  mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
  execFileSync('ln', ['-s', join(root, 'node_modules/prisma'), join(project, 'node_modules/prisma')]);
  execFileSync('ln', ['-s', '../prisma/build/index.js', join(project, 'node_modules/.bin/prisma')]);
  const engine = {
    PRISMA_SCHEMA_ENGINE_BINARY: join(root, 'test/support/prisma-engine/schema-engine.mjs'),
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1',
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    NO_COLOR: '1',
  };
  // Both sides start the project's CLI through this wrapper, which counts the starts: one line each.
  const starts = join(project, 'starts.log');
  writeFileSync(join(project, 'prisma.sh'), `#!/bin/sh\necho "$*" >> "${starts}"\nexec npx prisma "$@"\n`);
  chmodSync(join(project, 'prisma.sh'), 0o755);
  const url = (db) => `postgresql://postgres@127.0.0.1:${port}/${db}`;
  /** ms and CLI starts of one run; throws when it fails. */
  const time = (fn) => {
    writeFileSync(starts, '');
    const s = performance.now();
    const r = fn();
    const ms = performance.now() - s;
    if (r.status !== 0) throw new Error(String(r.stdout) + String(r.stderr));
    return { ms, starts: readFileSync(starts, 'utf8').split('\n').filter(Boolean).length };
  };
  const plain = (db) =>
    time(() =>
      spawnSync('sh', [join(project, 'prisma.sh'), 'migrate', 'deploy'], {
        cwd: project,
        env: { ...process.env, ...engine, DATABASE_URL: url(db) },
      }),
    );
  const action = (db) => {
    const out = mkdtempSync(join(tmpdir(), 'bench-out-'));
    writeFileSync(join(out, 'o'), '');
    try {
      return time(() =>
        spawnSync(process.execPath, [join(root, 'actions/migrate/dist/main/index.js')], {
          cwd: project,
          env: {
            ...process.env,
            ...engine,
            GITHUB_WORKSPACE: project,
            GITHUB_OUTPUT: join(out, 'o'),
            INPUT_MODE: 'local',
            'INPUT_DATABASE-URL': url(db),
            'INPUT_WORKING-DIRECTORY': '.',
            'INPUT_PRISMA-COMMAND': `sh ${join(project, 'prisma.sh')}`,
          },
        }),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
  const rows = { plainWork: [], actionWork: [], plainNone: [], actionNone: [] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so a drift of the shared machine lands on both alike.
    const pair =
      i % 2
        ? [
            ['actionWork', () => action(`a${i}`)],
            ['plainWork', () => plain(`p${i}`)],
          ]
        : [
            ['plainWork', () => plain(`p${i}`)],
            ['actionWork', () => action(`a${i}`)],
          ];
    for (const [key, fn] of pair) rows[key].push(fn());
    const again =
      i % 2
        ? [
            ['actionNone', () => action(`a${i}`)],
            ['plainNone', () => plain(`p${i}`)],
          ]
        : [
            ['plainNone', () => plain(`p${i}`)],
            ['actionNone', () => action(`a${i}`)],
          ];
    for (const [key, fn] of again) rows[key].push(fn());
  }
  const stat = (runs) => {
    const ms = runs.map((r) => r.ms);
    return {
      min: Math.min(...ms),
      median: median(ms),
      max: Math.max(...ms),
      starts: [...new Set(runs.map((r) => r.starts))].join('/'),
    };
  };
  const s = (x) => `${(x / 1000).toFixed(2)} s`;
  const line = (label, st) =>
    `  ${label.padEnd(50)} ${s(st.median).padStart(7)}  (${s(st.min)}–${s(st.max)})   ${String(st.starts).padStart(3)}`;
  console.log(
    `\nmigrate (local mode, bundled) vs a plain \`prisma migrate deploy\`, same database states, ${RUNS} interleaved runs`,
  );
  console.log(`  ${''.padEnd(50)} ${'median'.padStart(7)}  (min–max)          CLI starts`);
  for (const [title, plainKey, actionKey] of [
    ['with work to do (2 migrations, fresh database)', 'plainWork', 'actionWork'],
    ['with nothing to do (the same database again)', 'plainNone', 'actionNone'],
  ]) {
    const p = stat(rows[plainKey]);
    const a = stat(rows[actionKey]);
    console.log(` ${title}`);
    console.log(line('npx prisma migrate deploy', p));
    console.log(line('migrate action (read history, lint, deploy)', a));
    console.log(`  ${'ratio (median)'.padEnd(50)} ${(a.median / p.median).toFixed(2)}x   (+${s(a.median - p.median)})`);
  }
  console.log('  goals (issue 21): <= 1.1x with work to do; one CLI start with nothing to do');
  rmSync(project, { recursive: true, force: true });
} finally {
  asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
  rmSync(dir, { recursive: true, force: true });
}
