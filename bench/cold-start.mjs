// cold-start: time from `node <bundle>` starting to its first AWS request arriving, and the process's peak
// memory by then, for deploy-ecs beside the official aws-actions/amazon-ecs-deploy-task-definition v2.6.3,
// run side by side in the same run; then the other bundled actions, deploy-ecs built other ways (tsc output
// unbundled; ncc over the packages' CommonJS or ES module builds, minified or not) to show what bundling and
// minifying buy, and the floors: @actions/core alone, the SDK's ECS client alone, and both, bundled as we bundle.
//
// Each run starts a bundle as the runner does (INPUT_* variables, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY/GITHUB_STATE
// files) with AWS_ENDPOINT_URL pointing at a local HTTP server. When the first request's headers arrive, the
// server reads the child's VmHWM (peak resident set) from /proc/<pid>/status, then stops it by its PID.
// Runs are interleaved: each round runs every subject once, in an order rotated per round, so drift on a
// shared machine lands on all of them alike. Median of BENCH_RUNS (default 15) rounds.
//
// Both deploy actions get the same task-definition file, cluster and service: the official action's first
// request is RegisterTaskDefinition, deploy-ecs's is DescribeServices (it reads before it writes).
//
// Run: node bench/cold-start.mjs            (a few minutes; BENCH_VARIANTS=0 skips the builds: variants and floors,
//      BENCH_RUNS=n sets the rounds, BENCH_EXTRA=x.js,y.js adds entries of your own)
// Fails (exit 1) when the official action's bundle is missing: it never quotes figures instead.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUNDLE_OPTIONS, bundleEntry } from '../scripts/bundle.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const VARIANTS = process.env.BENCH_VARIANTS !== '0';
const NO_REQUEST_MS = 20_000;
const OFFICIAL = resolve(root, '../shared/anchors/amazon-ecs-deploy-task-definition-v2.6.3');
const officialEntry = join(OFFICIAL, 'dist', 'index.js');

if (!existsSync(officialEntry) || !existsSync(join(OFFICIAL, 'action.yml'))) {
  console.error(`cold-start: the official action's bundle is missing: expected ${officialEntry}.`);
  console.error('It is the yardstick of this benchmark; without it there is nothing honest to print.');
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A workspace the actions read their files from; nothing in AWS is ever changed (the server answers errors). */
const workspace = mkdtempSync(join(tmpdir(), 'cold-start-'));
writeFileSync(
  join(workspace, 'taskdef.json'),
  JSON.stringify({
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'web', image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:c0ffee1', essential: true, portMappings: [{ containerPort: 3000 }] }],
  }),
);
cpSync(join(root, 'test/fixtures/prisma'), join(workspace, 'prisma'), { recursive: true });
const image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:c0ffee1';
const DEPLOY_INPUTS = { 'task-definition': 'taskdef.json', cluster: 'bench', service: 'web' };
const INPUTS = {
  'deploy-ecs': DEPLOY_INPUTS,
  'build-push': { repository: 'bench/web', 'promote-from': 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', tags: 'production' },
  migrate: { mode: 'ecs-task', cluster: 'bench', service: 'web', image, 'lint-base': '' },
  rollback: { cluster: 'bench', service: 'web' },
};

function dirBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

/** Peak resident set of a live process, in bytes (Linux). */
function peakRss(pid) {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

let onRequest = () => {};
const server = createServer((req, res) => {
  onRequest(req);
  res.statusCode = 400;
  res.setHeader('content-type', 'application/x-amz-json-1.1');
  res.end(JSON.stringify({ __type: 'AccessDeniedException', message: 'cold-start bench' }));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const endpoint = `http://127.0.0.1:${server.address().port}`;

/** One run: ms from spawn to the first request, peak RSS by then, and what it asked for (or how it ended). */
function firstRequest(args, inputs = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cold-start-run-'));
  for (const name of ['output', 'summary', 'state']) writeFileSync(join(dir, name), '');
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/rides',
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL: endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    child.stdout.on('data', (chunk) => (tail = (tail + chunk).slice(-2000)));
    child.stderr.on('data', (chunk) => (tail = (tail + chunk).slice(-2000)));
    let finished = false;
    const finish = (result) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      child.once('close', () => {
        rmSync(dir, { recursive: true, force: true });
        done(result);
      });
      if (child.exitCode !== null || child.signalCode !== null) child.emit('close');
    };
    onRequest = (req) => {
      const ms = performance.now() - start;
      finish({ ms, rss: peakRss(child.pid), call: String(req.headers['x-amz-target'] ?? `${req.method} ${req.url}`).split('.').pop() });
    };
    child.on('exit', (code) => setTimeout(() => finish({ ms: performance.now() - start, exit: code, tail: tail.trim().split('\n').slice(-1)[0] }), 50));
    const timer = setTimeout(() => finish({ ms: NO_REQUEST_MS, tail: 'no request' }), NO_REQUEST_MS);
  });
}

/** What gets run: [label, node arguments, inputs, folder whose size is shown, whether it is compared]. */
const subjects = [];
const add = (label, entry, inputs, dir, note = '') => subjects.push({ label, args: [entry], inputs, dir, entry, note, runs: [] });
add('official amazon-ecs-deploy-task-definition v2.6.3', officialEntry, DEPLOY_INPUTS, join(OFFICIAL, 'dist'));
for (const action of readdirSync(join(root, 'actions')).sort()) {
  const dist = join(root, 'actions', action, 'dist');
  const entry = join(dist, 'main', 'index.js');
  if (existsSync(entry)) add(`${action} (committed dist)`, entry, INPUTS[action] ?? {}, dist);
}

// The same deploy-ecs source built several ways, from the working tree (so these rows follow the source even
// when the committed dist is stale). The unbundled row is what `node` does with tsc's output and node_modules.
let scratch;
if (VARIANTS) {
  // Under build/ (ignored by git) so the unbundled output finds node_modules the way node resolves it.
  mkdirSync(join(root, 'build'), { recursive: true });
  scratch = mkdtempSync(join(root, 'build', 'cold-start-'));
  const built = join(scratch, 'tsc');
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noCheck', '--outDir', built], { cwd: root, stdio: 'inherit' });
  writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');
  const input = join(built, 'actions', 'deploy-ecs', 'src', 'index.js');
  add('deploy-ecs: tsc output, unbundled', input, DEPLOY_INPUTS, built, 'entry and our files only: node_modules is read at run time');
  for (const [name, options] of [
    ['ncc, CommonJS builds of packages', { minify: false, mainFields: ['main'] }],
    ['ncc --minify, CommonJS builds', { minify: true, mainFields: ['main'] }],
    ['ncc, ES module builds of packages', { minify: false, mainFields: ['module', 'main'] }],
    ['ncc --minify, ES module builds (npm run bundle)', BUNDLE_OPTIONS],
  ]) {
    const out = join(scratch, name.replace(/\W+/g, '-'));
    await bundleEntry(input, out, options);
    add(`deploy-ecs: ${name}`, join(out, 'index.js'), DEPLOY_INPUTS, out);
  }
  // Floors: what the libraries deploy-ecs stands on cost by themselves, bundled the same way. No action that
  // reads its inputs through @actions/core and calls ECS through the SDK can start faster than the third row.
  const floors = {
    'floor: @actions/core getInput, then one HTTP request': [
      "import * as core from '@actions/core';",
      "import { request } from 'node:http';",
      "core.getInput('cluster');",
      "request(process.env.AWS_ENDPOINT_URL, { method: 'POST' }).end();",
    ],
    'floor: SDK ECSClient DescribeServices alone': [
      "import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';",
      "await new ECSClient({ region: 'eu-west-1' }).send(new DescribeServicesCommand({ cluster: 'bench', services: ['web'] })).catch(() => {});",
    ],
    'floor: @actions/core + SDK ECSClient DescribeServices': [
      "import * as core from '@actions/core';",
      "import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';",
      "await new ECSClient({ region: 'eu-west-1' }).send(new DescribeServicesCommand({ cluster: core.getInput('cluster'), services: ['web'] })).catch(() => {});",
    ],
  };
  for (const [name, lines] of Object.entries(floors)) {
    const dir = join(scratch, name.replace(/\W+/g, '-'));
    mkdirSync(dir);
    writeFileSync(join(dir, 'probe.js'), `${lines.join('\n')}\n`);
    await bundleEntry(join(dir, 'probe.js'), join(dir, 'dist'), BUNDLE_OPTIONS);
    add(name, join(dir, 'dist', 'index.js'), DEPLOY_INPUTS, join(dir, 'dist'));
  }
}
// BENCH_EXTRA=a.js,b.js adds entries of your own (run with deploy-ecs's inputs), to try an idea against the yardstick.
for (const entry of (process.env.BENCH_EXTRA ?? '').split(',').filter(Boolean)) add(entry, resolve(entry), DEPLOY_INPUTS, resolve(entry, '..'));
const baseline = { label: 'node itself: one HTTP request, nothing loaded', args: ['-e', `require('node:http').request(${JSON.stringify(endpoint)}, { method: 'POST' }).end()`], inputs: {}, runs: [] };
subjects.push(baseline);

for (let round = 0; round < RUNS; round++) {
  for (let k = 0; k < subjects.length; k++) {
    const subject = subjects[(k + round) % subjects.length];
    subject.runs.push(await firstRequest(subject.args, subject.inputs));
  }
}
server.close();
rmSync(workspace, { recursive: true, force: true });

const official = subjects[0];
const ours = subjects.find((s) => s.label === 'deploy-ecs (committed dist)');
const mb = (bytes) => (bytes === undefined ? '-' : `${(bytes / 1e6).toFixed(1)} MB`);
const stats = (subject) => {
  const good = subject.runs.filter((r) => r.call);
  if (good.length < subject.runs.length) {
    const bad = subject.runs.find((r) => !r.call);
    return { failed: `no AWS request in ${subject.runs.length - good.length} of ${subject.runs.length} runs: exit ${bad.exit ?? '-'}, ${bad.tail}` };
  }
  return { ms: median(good.map((r) => r.ms)), min: Math.min(...good.map((r) => r.ms)), max: Math.max(...good.map((r) => r.ms)), rss: median(good.map((r) => r.rss ?? NaN)), call: good[0].call };
};
const officialStats = stats(official);
if (officialStats.failed) {
  console.error(`cold-start: the official action did not reach AWS: ${officialStats.failed}`);
  process.exit(1);
}

const widths = [54, 9, 9, 24, 22, 8, 10];
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(`\ncold-start: spawn to first AWS request and peak RSS by then; median of ${RUNS} interleaved rounds; node ${process.version}, ${process.platform}`);
console.log(`yardstick: ${OFFICIAL} (run from its published bundle, same inputs, same run)\n`);
console.log(line(['bundle', 'entry', 'all files', 'first AWS call', 'spawn to request', 'vs off.', 'peak RSS']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const subject of subjects) {
  const s = stats(subject);
  const size = subject.entry ? [mb(statSync(subject.entry).size), mb(dirBytes(subject.dir))] : ['-', '-'];
  if (s.failed) {
    console.log(line([subject.label, ...size, '-', s.failed]));
    continue;
  }
  const ratio = `${(s.ms / officialStats.ms).toFixed(2)}x`;
  console.log(line([subject.label, ...size, s.call, `${Math.round(s.ms)} ms (${Math.round(s.min)}-${Math.round(s.max)})`, ratio, mb(s.rss)]) + (subject.note ? `  ${subject.note}` : ''));
}

if (scratch) rmSync(scratch, { recursive: true, force: true });

const oursStats = ours && stats(ours);
if (!oursStats || oursStats.failed) {
  console.error('\ncold-start: deploy-ecs (committed dist) did not reach AWS; no ratio to give');
  process.exit(1);
}
const paired = ours.runs.map((r, i) => r.ms / official.runs[i].ms);
console.log(
  `\ndeploy-ecs vs official: time ${(oursStats.ms / officialStats.ms).toFixed(2)}x (median of paired per-round ratios ${median(paired).toFixed(2)}x; goal <= 0.5x), ` +
    `peak RSS ${mb(oursStats.rss)} vs ${mb(officialStats.rss)} (${(oursStats.rss / officialStats.rss).toFixed(2)}x; goal <= 1x)`,
);
