// chunks: what a run pays to load the parts of an action that come after its first AWS call. Everything a run
// reaches only later (the apply stage, each AWS client after the first, the GitHub deployment client) is a chunk
// that `import()` loads: node reads and compiles it when the run first gets there. ncc minifies the entry it writes
// but leaves the chunks as webpack wrote them; scripts/bundle.mjs minifies them as well. This builds every action
// both ways from the same source in the same run and times, side by side, loading all of its chunks in a fresh node
// process (read and compile every chunk's module table; a run loads a subset, so this is the most a run can pay).
//
// Run: bash bench/run.sh chunks   (about two minutes: twelve builds; BENCH_RUNS=n sets the rounds, default 11)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { BUNDLE_OPTIONS, bundleEntry, compileSources, overridePackages } from '../scripts/bundle.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const NODE = execFileSync('bash', [join(root, 'scripts/dev-node.sh')], { encoding: 'utf8' }).trim();

mkdirSync(join(root, 'build'), { recursive: true });
const scratch = mkdtempSync(join(root, 'build', 'chunks-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const built = join(scratch, 'tsc');
compileSources(built);
writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');
overridePackages(scratch);

const VARIANTS = [
  ['chunks minified (npm run bundle)', BUNDLE_OPTIONS],
  ['chunks as ncc writes them', { ...BUNDLE_OPTIONS, minifyChunks: false }],
];
const chunksOf = (dir) => readdirSync(dir).filter((file) => /^\d+\.index\.js$/.test(file));
const subjects = [];
for (const action of readdirSync(join(root, 'actions')).sort()) {
  const entry = join(built, 'actions', action, 'src', 'index.js');
  for (const [label, options] of VARIANTS) {
    const out = join(scratch, action, label.replace(/\W+/g, '-'));
    await bundleEntry(entry, out, options);
    const files = chunksOf(out);
    const bytes = files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
    subjects.push({ action, label, out, files: files.length, bytes, runs: [] });
  }
}

// Each round loads every subject's chunks once, in a fresh process each, in an order rotated per round.
const LOAD =
  "const { readdirSync } = require('node:fs'); const { join } = require('node:path'); const dir = process.argv[1];" +
  'const t0 = process.hrtime.bigint();' +
  'for (const f of readdirSync(dir).filter((f) => /^\\d+\\.index\\.js$/.test(f))) require(join(dir, f));' +
  'console.log(Number(process.hrtime.bigint() - t0) / 1e6);';
for (let round = 0; round < RUNS; round++) {
  for (let i = 0; i < subjects.length; i++) {
    const subject = subjects[(i + round) % subjects.length];
    const run = spawnSync(NODE, ['-e', LOAD, subject.out], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${subject.action} (${subject.label}): ${run.stderr}`);
    subject.runs.push(Number(run.stdout.trim()));
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nchunks: ms to read and compile every chunk of an action, median of ${RUNS} rounds, fresh node each\n`);
console.log('action             | chunks | minified: size, load | as ncc writes them: size, load | load ratio');
console.log('-------------------|--------|----------------------|--------------------------------|-----------');
for (const action of [...new Set(subjects.map((s) => s.action))]) {
  const [ours, raw] = VARIANTS.map(([label]) => subjects.find((s) => s.action === action && s.label === label));
  const cell = (s) => `${(s.bytes / 1e6).toFixed(2)} MB, ${median(s.runs).toFixed(0)} ms`;
  console.log(
    `${action.padEnd(18)} | ${String(ours.files).padEnd(6)} | ${cell(ours).padEnd(20)} | ${cell(raw).padEnd(30)} | ` +
      `${(median(ours.runs) / median(raw.runs)).toFixed(2)}x`,
  );
}
