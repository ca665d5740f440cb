// cold-start: time from `node <bundle>` starting to its first AWS request arriving, and the process's peak
// memory by then, for every action's bundle beside the official aws-actions/amazon-ecs-deploy-task-definition
// v2.6.3 and beside the action's floor, all run side by side in the same run.
//
// An action's floor is what no action making its first call can go below: the SDK client of that call and the
// one command, and the runner adapter (lib/core/io.ts's runnerIO over @actions/core) reading an input, bundled alone
// the way `npm run bundle` bundles (scripts/bundle.mjs: ES module builds of packages, minified, CommonJS output,
// @actions/core flagged side-effect free). Which call comes first is
// observed, not assumed: one warm-up run of each action names it, and FLOOR_CALLS says which client makes it.
// An action that must parse a user's YAML file before its first call (FILE_FIRST: release's first call reads the
// services its services file names; bake-and-promote checks every input, its smoke file included, before it
// contacts AWS, so a bad file fails without credentials and with every problem at once) has that parse in its
// floor too: the yaml package (the library we keep for line-numbered annotations, as the issue keeps @actions/core
// where it serves) parsing the same file the way the action does. Both floors are printed; the goal is judged on the
// one with the file. Goal: each action within 1.10x its floor.
//
// Beside them: deploy-ecs built other ways (tsc output unbundled; ncc over CommonJS or ES module builds, minified
// or not; ES module output; without the side-effect-free flag), to show what each choice buys, and the parts alone
// (@actions/core as published and as bundled, the SDK's ECS client, node itself).
//
// Each run starts a bundle as the runner does (INPUT_* variables, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY/GITHUB_STATE
// files) with AWS_ENDPOINT_URL pointing at a local HTTP server. When the first request's headers arrive, the
// server reads the child's VmHWM (peak resident set) from /proc/<pid>/status, then stops it by its PID.
// Runs are interleaved: each round runs every subject once, in an order rotated per round, so drift on a
// shared machine lands on all of them alike; ratios are also given as the median of per-round ratios.
// Median of BENCH_RUNS (default 15) rounds.
//
// Inputs are real: deploy-ecs and the official action get the same task-definition file, cluster and service
// (the official action's first request is RegisterTaskDefinition, deploy-ecs's DescribeServices: it reads
// before it writes); bake-and-promote bakes a blue/green pair under a smoke file, alarms and metrics, so its
// input reading (the smoke file parsed, alarm names resolved) is on the timed path.
//
// Run: bash bench/run.sh cold-start   (a few minutes; BENCH_VARIANTS=0 skips the deploy-ecs build variants,
//      BENCH_RUNS=n sets the rounds, BENCH_EXTRA=x.js,y.js adds entries of your own, BENCH_ANCHORS=dir says
//      where the official action is when not in ../shared/anchors, BENCH_NODE the node to run them on,
//      BENCH_SEED the order of each round, BENCH_JSON=file keeps every run)
// Fails (exit 1) when the official action's bundle is missing, or an action never reaches AWS.
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { BUNDLE_OPTIONS, bundleEntry, compileSources, overridePackages } from '../scripts/bundle.mjs';
import { sourceDigest } from '../scripts/source-digest.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const VARIANTS = process.env.BENCH_VARIANTS !== '0';
const GOAL = 1.1;
const NO_REQUEST_MS = 20_000;
// The official action sits beside the repository; a worktree one level deeper finds it two levels up.
const ANCHORS =
  process.env.BENCH_ANCHORS ??
  [resolve(root, '../shared/anchors'), resolve(root, '../../shared/anchors')].find((dir) => existsSync(dir)) ??
  resolve(root, '../shared/anchors');
const OFFICIAL = join(ANCHORS, 'amazon-ecs-deploy-task-definition-v2.6.3');
const officialEntry = join(OFFICIAL, 'dist', 'index.js');
// Every bundle here declares node24 (the official action too): children run on the Node scripts/dev-node.sh gives
// (the machine's when it is 22 or newer, else Node 24 from npm), or on BENCH_NODE.
const NODE =
  process.env.BENCH_NODE ?? execFileSync('bash', [join(root, 'scripts/dev-node.sh')], { encoding: 'utf8' }).trim();
const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();

if (!existsSync(officialEntry) || !existsSync(join(OFFICIAL, 'action.yml'))) {
  console.error(`cold-start: the official action's bundle is missing: expected ${officialEntry} (set BENCH_ANCHORS).`);
  console.error('It is the yardstick of this benchmark; without it there is nothing honest to print.');
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const RULE =
  'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee';
const image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:c0ffee1';

/** The client and one command that make each first call an action may make: the floor's AWS part. */
const FLOOR_CALLS = {
  DescribeServices: ['@aws-sdk/client-ecs', 'ECSClient', { cluster: 'bench', services: ['web'] }],
  DescribeTaskDefinition: ['@aws-sdk/client-ecs', 'ECSClient', { taskDefinition: 'web:42' }],
  DescribeRepositories: ['@aws-sdk/client-ecr', 'ECRClient', { repositoryNames: ['bench/web'] }],
  BatchGetImage: [
    '@aws-sdk/client-ecr',
    'ECRClient',
    { repositoryName: 'bench/web', imageIds: [{ imageTag: 'c0ffee1' }] },
  ],
  DescribeAlarms: ['@aws-sdk/client-cloudwatch', 'CloudWatchClient', { AlarmNames: ['web-5xx'] }],
  DescribeRules: ['@aws-sdk/client-elastic-load-balancing-v2', 'ElasticLoadBalancingV2Client', { RuleArns: [RULE] }],
};

/**
 * The YAML file an action parses before its first call, and how (the same yaml call as the action's): its floor
 * parses the same file the same way.
 */
const FILE_FIRST = {
  'bake-and-promote': {
    file: 'smoke.yml',
    lines: [
      "import { LineCounter, parseDocument } from 'yaml';",
      "const doc = parseDocument(readFileSync('smoke.yml', 'utf8'), { lineCounter: new LineCounter(), prettyErrors: false });",
      'if (doc.errors.length) throw doc.errors[0];',
    ],
  },
  release: {
    file: '.github/release-services.yml',
    lines: [
      "import { parse } from 'yaml';",
      "const doc = parse(readFileSync('.github/release-services.yml', 'utf8'));",
      "if (typeof doc !== 'object') throw new Error('no services');",
    ],
  },
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
    containerDefinitions: [{ name: 'web', image, essential: true, portMappings: [{ containerPort: 3000 }] }],
  }),
);
cpSync(join(root, 'test/fixtures/prisma'), join(workspace, 'prisma'), { recursive: true });
copyFileSync(join(root, 'examples/trip-service/smoke.yml'), join(workspace, 'smoke.yml'));
// release reads its services file (the example's three services) before it observes production.
mkdirSync(join(workspace, '.github'));
copyFileSync(join(root, 'examples/release-services.yml'), join(workspace, '.github/release-services.yml'));
const DEPLOY_INPUTS = { 'task-definition': 'taskdef.json', cluster: 'bench', service: 'web' };
const INPUTS = {
  'deploy-ecs': DEPLOY_INPUTS,
  'build-push': {
    repository: 'bench/web',
    'promote-from': 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    tags: 'production',
  },
  migrate: { mode: 'ecs-task', cluster: 'bench', service: 'web', image, 'lint-base': '' },
  rollback: { cluster: 'bench', service: 'web' },
  release: {
    command: 'plan',
    'services-file': '.github/release-services.yml',
    'git-sha': 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    cluster: 'bench',
    'staging-cluster': 'bench-staging',
  },
  'bake-and-promote': {
    cluster: 'bench',
    services: 'web-blue, web-green',
    'listener-rule-arn': RULE,
    'task-definition': 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:42',
    steps: '10%:5m, 50%:5m, 100%',
    'smoke-file': 'smoke.yml',
    'canary-url': 'http://127.0.0.1:9/',
    'production-url': 'http://127.0.0.1:9/',
    alarms: 'web-5xx\nweb-latency-p99\nweb-prod-*',
    metrics: 'true',
  },
};

function dirBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

/**
 * CPU time a live process has used, all its threads, in ms (Linux): steadier than wall time on a shared machine,
 * where a run may wait for a core.
 */
function cpuMs(pid) {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`))
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return undefined;
  }
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

/**
 * The operation a request asks for, in each protocol the SDK speaks: JSON (target header), CBOR (path), query (body).
 */
function operationOf(req, body) {
  const target = req.headers['x-amz-target'];
  if (target) return String(target).split('.').pop();
  return (
    /\/operation\/(\w+)/.exec(req.url ?? '')?.[1] ?? /(?:^|&)Action=(\w+)/.exec(body)?.[1] ?? `${req.method} ${req.url}`
  );
}

/**
 * One run: ms from spawn to the first request, peak RSS by then, and what it asked for (or how it ended).
 * Each run has its own server, so a request a stopped child still had on the wire cannot count for the next one.
 */
async function firstRequest(args, inputs = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cold-start-run-'));
  for (const name of ['output', 'summary', 'state']) writeFileSync(join(dir, name), '');
  let seen; // the time and peak memory when the first request's headers arrived; its body only names the call
  let named = () => {};
  let child;
  let start;
  const server = createServer((req, res) => {
    seen ??= { ms: performance.now() - start, rss: peakRss(child.pid), cpu: cpuMs(child.pid), req };
    let body = '';
    req.on('data', (chunk) => (body = (body + chunk).slice(0, 4096)));
    req.on('end', () => {
      if (seen.req === req) named(operationOf(req, body));
      res.statusCode = 400;
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      res.end(JSON.stringify({ __type: 'AccessDeniedException', message: 'cold-start bench' }));
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
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
    AWS_ENDPOINT_URL: `http://127.0.0.1:${server.address().port}`,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = await new Promise((done) => {
    start = performance.now();
    child = spawn(NODE, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    child.stdout.on('data', (chunk) => (tail = (tail + chunk).slice(-2000)));
    child.stderr.on('data', (chunk) => (tail = (tail + chunk).slice(-2000)));
    let finished = false;
    const finish = (outcome) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      done(outcome);
    };
    named = (call) => finish({ ms: seen.ms, rss: seen.rss, cpu: seen.cpu, call });
    child.on('exit', (code) =>
      setTimeout(
        () => finish({ ms: performance.now() - start, exit: code, tail: tail.trim().split('\n').slice(-1)[0] }),
        50,
      ),
    );
    const timer = setTimeout(() => finish({ ms: NO_REQUEST_MS, tail: 'no request' }), NO_REQUEST_MS);
  });
  if (child.exitCode === null && child.signalCode === null) await new Promise((done) => child.once('exit', done));
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** What gets run: a label, node's arguments, the inputs, the folder whose size is shown. */
const subjects = [];
const add = (label, entry, inputs, dir, note = '') => {
  const subject = { label, args: [entry], inputs, dir, entry, note, runs: [] };
  subjects.push(subject);
  return subject;
};
const official = add(
  'official amazon-ecs-deploy-task-definition v2.6.3',
  officialEntry,
  DEPLOY_INPUTS,
  join(OFFICIAL, 'dist'),
);
const actions = [];
for (const action of readdirSync(join(root, 'actions')).sort()) {
  const dist = join(root, 'actions', action, 'dist');
  const entry = join(dist, 'main', 'index.js');
  if (!existsSync(entry)) continue;
  const fresh = readFileSync(join(dist, 'source.sha256'), 'utf8').trim() === sourceDigest(action);
  actions.push({
    action,
    subject: add(
      `${action} (dist)`,
      entry,
      INPUTS[action] ?? {},
      dist,
      fresh ? '' : 'dist is older than the source: npm run bundle',
    ),
  });
}

// Builds from the working tree, under build/ (ignored by git) so tsc's output finds node_modules the way node does.
mkdirSync(join(root, 'build'), { recursive: true });
// Package copies left in build/node_modules by an interrupted `npm run bundle` would be found first by every probe
// below, the "as published" one included.
rmSync(join(root, 'build', 'node_modules'), { recursive: true, force: true });
const scratch = mkdtempSync(join(root, 'build', 'cold-start-'));
const probe = async (name, lines) => {
  const dir = join(scratch, name.replace(/\W+/g, '-'));
  mkdirSync(dir);
  writeFileSync(join(dir, 'probe.js'), `${lines.join('\n')}\n`);
  await bundleEntry(join(dir, 'probe.js'), join(dir, 'dist'), BUNDLE_OPTIONS);
  return join(dir, 'dist', 'index.js');
};
const coreAlone = [
  "import * as core from '@actions/core';",
  "import { request } from 'node:http';",
  "core.getInput('cluster');",
  "request(process.env.AWS_ENDPOINT_URL, { method: 'POST' }).end();",
];

// What the side-effect-free flag on @actions/core buys, built before the package overrides are put in place
// (scripts/bundle.mjs): everything bundled from `scratch` after that line sees @actions/core and yaml as
// `npm run bundle` does.
const built = join(scratch, 'tsc');
compileSources(built);
writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');
const deployInput = join(built, 'actions', 'deploy-ecs', 'src', 'index.js');
if (VARIANTS) {
  const out = join(scratch, 'unflagged');
  await bundleEntry(deployInput, out, BUNDLE_OPTIONS);
  add(
    'deploy-ecs: npm run bundle, @actions/core as published',
    join(out, 'index.js'),
    DEPLOY_INPUTS,
    out,
    'its OIDC client (undici) and platform (@actions/exec) at start',
  );
}
add(
  '@actions/core as published, getInput, one HTTP request',
  await probe('core as published', coreAlone),
  DEPLOY_INPUTS,
  join(scratch, 'core-as-published', 'dist'),
);
overridePackages(scratch);
add(
  '@actions/core as bundled, getInput, one HTTP request',
  await probe('core as bundled', coreAlone),
  DEPLOY_INPUTS,
  join(scratch, 'core-as-bundled', 'dist'),
);

if (VARIANTS) {
  add(
    'deploy-ecs: tsc output, unbundled',
    deployInput,
    DEPLOY_INPUTS,
    join(scratch, 'tsc'),
    'entry and our files only: node_modules is read at run time',
  );
  for (const [name, options] of [
    ['ncc, CommonJS builds of packages', { minify: false, mainFields: ['main'] }],
    ['ncc --minify, CommonJS builds', { minify: true, mainFields: ['main'] }],
    ['ncc, ES module builds of packages', { minify: false, mainFields: ['module', 'main'] }],
    ['ncc --minify, ES module builds, ES module output', { ...BUNDLE_OPTIONS, esm: true }],
    ['ncc --minify, ES module builds (npm run bundle)', BUNDLE_OPTIONS],
  ]) {
    const out = join(scratch, name.replace(/\W+/g, '-'));
    await bundleEntry(deployInput, out, options);
    add(`deploy-ecs: ${name}`, join(out, 'index.js'), DEPLOY_INPUTS, out);
  }
}
const ecsAlone = [
  "import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';",
  "await new ECSClient({ region: 'eu-west-1' }).send(new DescribeServicesCommand({ cluster: 'bench', services: ['web'] })).catch(() => {});",
];
add(
  'SDK ECSClient DescribeServices alone',
  await probe('ecs alone', ecsAlone),
  DEPLOY_INPUTS,
  join(scratch, 'ecs-alone', 'dist'),
);

// Each action's floor, from the call it makes first (one warm-up run each, which also warms the page cache).
const floors = new Map();
for (const item of actions) {
  const warm = await firstRequest(item.subject.args, item.subject.inputs);
  item.firstCall = warm.call;
  const spec = warm.call && FLOOR_CALLS[warm.call];
  if (!spec) {
    item.noFloor = warm.call
      ? `no floor for ${warm.call}: add its client to FLOOR_CALLS`
      : `no AWS request: exit ${warm.exit ?? '-'}, ${warm.tail}`;
    continue;
  }
  const [pkg, client, input] = spec;
  const floorOf = async (key, label, parse = []) => {
    if (!floors.has(key)) {
      const imports = parse.filter((line) => line.startsWith('import '));
      const lines = [
        `import { runnerIO } from ${JSON.stringify(join(built, 'lib', 'core', 'io.js'))};`,
        ...(parse.length ? ["import { readFileSync } from 'node:fs';", ...imports] : []),
        `import { ${client}, ${warm.call}Command } from '${pkg}';`,
        `const input = { ...${JSON.stringify(input)} };`,
        "runnerIO().getInput('cluster');",
        ...parse.filter((line) => !line.startsWith('import ')),
        `await new ${client}({ region: 'eu-west-1' }).send(new ${warm.call}Command(input)).catch(() => {});`,
      ];
      const name = `floor ${key}`;
      floors.set(
        key,
        add(label, await probe(name, lines), item.subject.inputs, join(scratch, name.replace(/\W+/g, '-'), 'dist')),
      );
    }
    return floors.get(key);
  };
  item.clientFloor = await floorOf(warm.call, `floor: runnerIO + ${client.replace(/Client$/, '')} ${warm.call}`);
  const file = FILE_FIRST[item.action];
  item.floor = file
    ? await floorOf(
        `${warm.call} ${file.file}`,
        `floor: runnerIO + yaml ${basename(file.file)} + ${client.replace(/Client$/, '')} ${warm.call}`,
        file.lines,
      )
    : item.clientFloor;
}

// BENCH_EXTRA=a.js,b.js adds entries of your own (run with deploy-ecs's inputs), to try an idea against the yardstick.
for (const entry of (process.env.BENCH_EXTRA ?? '').split(',').filter(Boolean))
  add(entry, resolve(entry), DEPLOY_INPUTS, resolve(entry, '..'));
const baseline = {
  label: 'node itself: one HTTP request, nothing loaded',
  args: ['-e', "require('node:http').request(process.env.AWS_ENDPOINT_URL, { method: 'POST' }).end()"],
  inputs: {},
  runs: [],
};
subjects.push(baseline);

// A fresh order each round (seeded, so a run can be repeated): no subject always follows the same one.
let seed = Number(process.env.BENCH_SEED ?? 21);
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
for (let round = 0; round < RUNS; round++) {
  const order = subjects.map((subject) => ({ subject, key: random() })).sort((a, b) => a.key - b.key);
  for (const { subject } of order) subject.runs.push(await firstRequest(subject.args, subject.inputs));
}
rmSync(workspace, { recursive: true, force: true });
// BENCH_JSON=file keeps every run (label, ms, cpu, rss, call) for a closer look.
if (process.env.BENCH_JSON)
  writeFileSync(
    process.env.BENCH_JSON,
    JSON.stringify(
      subjects.map(({ label, runs }) => ({ label, runs })),
      null,
      1,
    ),
  );
// Sizes are read from the builds when printed; they go when the process does.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const mb = (bytes) => (bytes === undefined ? '-' : `${(bytes / 1e6).toFixed(1)} MB`);
const stats = (subject) => {
  const good = subject.runs.filter((r) => r.call);
  if (good.length < subject.runs.length) {
    const bad = subject.runs.find((r) => !r.call);
    return {
      failed: `no AWS request in ${subject.runs.length - good.length} of ${subject.runs.length} runs: exit ${bad.exit ?? '-'}, ${bad.tail}`,
    };
  }
  return {
    ms: median(good.map((r) => r.ms)),
    min: Math.min(...good.map((r) => r.ms)),
    max: Math.max(...good.map((r) => r.ms)),
    rss: median(good.map((r) => r.rss ?? NaN)),
    call: good[0].call,
  };
};
/** The median of per-round ratios of `what` (both ran in the same round, so machine drift cancels). */
const paired = (a, b, what = 'ms') => median(a.runs.map((r, i) => r[what] / b.runs[i][what]));
/** The middle half of the per-round ratios (25th to 75th percentile): how far one run's median can be trusted. */
const spread = (a, b) => {
  const ratios = a.runs.map((r, i) => r.ms / b.runs[i].ms).sort((x, y) => x - y);
  const at = (q) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))];
  return `${at(0.25).toFixed(2)}-${at(0.75).toFixed(2)}`;
};
const officialStats = stats(official);
if (officialStats.failed) {
  console.error(`cold-start: the official action did not reach AWS: ${officialStats.failed}`);
  process.exit(1);
}

/** Prints rows of cells padded to `widths`; cells past the last width (a note, a failure) follow as they are. */
const table = (widths, header, rows) => {
  const line = (cells) =>
    [
      cells
        .slice(0, widths.length)
        .map((c, i) => String(c).padEnd(widths[i]))
        .join(' | '),
      ...cells.slice(widths.length),
    ]
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
};
console.log(
  `\ncold-start: spawn to first AWS request and peak RSS by then; median of ${RUNS} interleaved rounds; node ${NODE_VERSION}, ${process.platform}`,
);
console.log(`yardstick: ${OFFICIAL} (run from its published bundle, same inputs, same run)\n`);
table(
  [66, 9, 9, 22, 20, 7, 9],
  ['bundle', 'entry', 'all files', 'first AWS call', 'spawn to request', 'vs off.', 'peak RSS'],
  subjects.map((subject) => {
    const s = stats(subject);
    const size = subject.entry ? [mb(statSync(subject.entry).size), mb(dirBytes(subject.dir))] : ['-', '-'];
    if (s.failed) return [subject.label, ...size, '-', '-', '-', '-', s.failed];
    return [
      subject.label,
      ...size,
      s.call,
      `${Math.round(s.ms)} ms (${Math.round(s.min)}-${Math.round(s.max)})`,
      `${(s.ms / officialStats.ms).toFixed(2)}x`,
      mb(s.rss),
      subject.note ?? '',
    ];
  }),
);

console.log(
  `\nper action: ratios are medians of per-round ratios (wall time; CPU time of all its threads beside it); its floor is`,
);
console.log(
  `the runner adapter (runnerIO) reading an input plus the SDK client and command of its first call, bundled alone, and`,
);
console.log(
  `the yaml parse of the file it must read before that call where it has one (goal <= ${GOAL.toFixed(2)}x, on that floor);`,
);
console.log(
  '"vs client" is the time against the floor without the file; "vs floor" gives the middle half of the rounds\n',
);
let failed = false;
table(
  [18, 22, 7, 8, 8, 9, 56, 19, 8, 9, 6],
  [
    'action',
    'first AWS call',
    'time',
    'peak RSS',
    'vs off.',
    'RSS/off.',
    'floor',
    'vs floor',
    'CPU',
    'vs client',
    'goal',
  ],
  actions.map(({ action, subject, floor, clientFloor, noFloor }) => {
    const s = stats(subject);
    if (s.failed || noFloor) {
      failed = true;
      return [action, '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', s.failed ?? noFloor];
    }
    const f = stats(floor);
    const vsFloor = paired(subject, floor);
    const what = floor.label.replace(/^floor: runnerIO \+ /, '');
    return [
      action,
      s.call,
      `${Math.round(s.ms)} ms`,
      mb(s.rss),
      `${paired(subject, official).toFixed(2)}x`,
      `${(s.rss / officialStats.rss).toFixed(2)}x`,
      `${what}, ${Math.round(f.ms)} ms`,
      `${vsFloor.toFixed(2)}x (${spread(subject, floor)})`,
      `${paired(subject, floor, 'cpu').toFixed(2)}x`,
      `${paired(subject, clientFloor).toFixed(2)}x`,
      vsFloor <= GOAL ? 'met' : 'MISSED',
    ];
  }),
);
if (failed) {
  console.error('\ncold-start: an action did not reach AWS (or made a first call without a floor); see above');
  process.exit(1);
}
