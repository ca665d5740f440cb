// cold-start: for each bundled action (actions/*/dist/main/index.js), its size and the time from
// `node dist/main/index.js` starting to its first AWS request arriving, beside the official
// aws-actions/amazon-ecs-deploy-task-definition's figures as the issue quotes them.
//
// Each run starts the bundle as the runner does (INPUT_* variables, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY/GITHUB_STATE
// files) with AWS_ENDPOINT_URL pointing at a local HTTP server that notes when the first request arrives and then
// stops the action by its PID. Median of BENCH_RUNS (default 10) runs. No build step: it measures what is committed.
//
// Run: node bench/cold-start.mjs     (about 15 s)
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const NO_REQUEST_MS = 20_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Inputs that take each action straight to its first AWS call (a read: nothing here is ever changed). */
const workspace = mkdtempSync(join(tmpdir(), 'cold-start-'));
cpSync(join(root, 'test/fixtures/prisma'), join(workspace, 'prisma'), { recursive: true });
const image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:c0ffee1';
const INPUTS = {
  'deploy-ecs': { cluster: 'bench', service: 'web', image },
  'build-push': { repository: 'bench/web', 'promote-from': 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', tags: 'production' },
  migrate: { mode: 'ecs-task', cluster: 'bench', service: 'web', image, 'lint-base': '' },
};

function dirBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

let onRequest = () => {};
const server = createServer((req, res) => {
  onRequest(req);
  res.statusCode = 400;
  res.setHeader('content-type', 'application/x-amz-json-1.1');
  res.end(JSON.stringify({ __type: 'AccessDeniedException', message: 'cold-start bench' }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${server.address().port}`;

/** One run: milliseconds from spawn to the first request, and what it asked for (or how it ended without asking). */
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
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout = (stdout + chunk).slice(-2000)));
    child.stderr.on('data', (chunk) => (stdout = (stdout + chunk).slice(-2000)));
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      resolve(result);
    };
    onRequest = (req) => finish({ ms: performance.now() - start, call: String(req.headers['x-amz-target'] ?? `${req.method} ${req.url}`).split('.').pop() });
    child.on('exit', (code) => setTimeout(() => finish({ ms: performance.now() - start, call: undefined, exit: code, tail: stdout.trim().split('\n').slice(-1)[0] }), 50));
    const timer = setTimeout(() => finish({ ms: NO_REQUEST_MS, call: undefined, tail: 'no request' }), NO_REQUEST_MS);
  });
}

const rows = [];
const baseline = [];
for (let i = 0; i < RUNS; i++) baseline.push((await firstRequest(['-e', `fetch(${JSON.stringify(endpoint)}, { method: 'POST' })`])).ms);
rows.push(['node itself (fetch, no SDK)', '-', '-', '-', `${Math.round(median(baseline))} ms`]);

for (const action of readdirSync(join(root, 'actions')).sort()) {
  const dist = join(root, 'actions', action, 'dist');
  const entry = join(dist, 'main', 'index.js');
  try {
    statSync(entry);
  } catch {
    continue;
  }
  const times = [];
  let call;
  let note;
  for (let i = 0; i < RUNS; i++) {
    const run = await firstRequest([entry], INPUTS[action] ?? {});
    if (!run.call) {
      note = `no AWS call: exit ${run.exit ?? '-'}, ${run.tail}`;
      break;
    }
    call = run.call;
    times.push(run.ms);
  }
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  rows.push([action, mb(statSync(entry).size), mb(dirBytes(dist)), call ?? '-', note ?? `${Math.round(median(times))} ms (${Math.round(Math.min(...times))}-${Math.round(Math.max(...times))})`]);
}
rows.push(['amazon-ecs-deploy-task-definition', '~3 MB', '-', '-', '~300 ms  (quoted by the issue; not measured)']);
server.close();
rmSync(workspace, { recursive: true, force: true });

const widths = [34, 11, 11, 22, 44];
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(`\ncold-start: bundle size and start-to-first-AWS-request, median of ${RUNS}, node ${process.version}`);
console.log('(the official action cannot be downloaded here: no network but npm and Debian; its row is the issue\'s figures)\n');
console.log(line(['bundle', 'index.js', 'dist/', 'first AWS call', 'start to first AWS request']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(line(row));
