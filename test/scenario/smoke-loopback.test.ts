// Smoke checks and the command hook against real loopback HTTP servers standing in for the versions:
// healthy, answering 500s, slow (over budget), hanging (timeout), and gone (connection refused).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CancelledError } from '../../lib/core/errors.js';
import { parseSmokeFile } from '../../lib/smoke/file.js';
import { runSmokeHook } from '../../lib/smoke/hook.js';
import { runSmokeRound } from '../../lib/smoke/runner.js';
import { FailureTracker } from '../../lib/smoke/threshold.js';
import { freePort } from '../support/processes.js';
import { startVersion, type VersionServer } from '../support/versions.js';

const smoke = parseSmokeFile(
  `defaults:
  timeout: 800ms
  latency-budget: 300ms
  failure-threshold: 2
checks:
  - name: health
    path: /health
    expect:
      status: 200
      json:
        - path: $.status
          equals: ok
  - name: order
    method: POST
    path: /v1/orders
    body: { sku: abc }
    expect:
      body-contains: '"sku":"abc"'
    targets: [canary]
`,
  'smoke.yml',
);

let canary: VersionServer;
let stable: VersionServer;
beforeAll(async () => {
  canary = await startVersion('green');
  stable = await startVersion('blue');
});
afterAll(async () => {
  await canary.stop();
  await stable.stop();
});
beforeEach(() => {
  canary.setBehaviour({ mode: 'healthy' });
  stable.setBehaviour({ mode: 'healthy' });
});
const targets = () => [
  { name: 'canary' as const, baseUrl: canary.url },
  { name: 'production' as const, baseUrl: stable.url },
];

describe('a round of smoke checks', () => {
  test('healthy versions pass every check; canary-only checks run only on the canary', async () => {
    canary.resetCount();
    stable.resetCount();
    const results = await runSmokeRound(smoke, targets());
    expect(results.map((r) => [r.check, r.target, r.ok, r.status])).toEqual([
      ['health', 'canary', true, 200],
      ['health', 'production', true, 200],
      ['order', 'canary', true, 200],
    ]);
    expect(results[0].reason).toMatch(/^200 in \d+ms$/);
    expect(canary.byPath).toEqual({ '/health': 1, '/v1/orders': 1 });
    expect(stable.byPath).toEqual({ '/health': 1 });
  });

  test('a canary answering 500s fails with the status and its line, and trips the threshold on the second round', async () => {
    canary.setBehaviour({ mode: 'error' });
    const tracker = new FailureTracker(smoke.defaults.failureThreshold);
    const first = await runSmokeRound(smoke, targets());
    const failed = first.find((r) => r.check === 'health' && r.target === 'canary')!;
    expect(failed).toMatchObject({ ok: false, status: 500, line: 6 });
    expect(failed.reason).toBe('status 500, expected 200; $.status is missing, expected "ok"');
    expect(first.find((r) => r.target === 'production')!.ok).toBe(true);
    expect(tracker.record(first).outcome).toBe('failing');
    expect(tracker.record(await runSmokeRound(smoke, targets())).outcome).toBe('tripped');
  });

  test('a slow canary is a failure over its latency budget', async () => {
    canary.setBehaviour({ mode: 'slow', delayMs: 450 });
    const result = (await runSmokeRound(smoke, targets())).find((r) => r.check === 'health' && r.target === 'canary')!;
    expect(result.ok).toBe(false);
    expect(result.status).toBe(200);
    expect(result.latencyMs).toBeGreaterThanOrEqual(450);
    expect(result.reason).toMatch(/^took \d+ms, over the 300ms budget$/);
  });

  test('a hanging canary cannot decide, so it fails at the timeout instead of waiting', async () => {
    canary.setBehaviour({ mode: 'hang' });
    const started = Date.now();
    const results = await runSmokeRound(smoke, targets());
    expect(Date.now() - started).toBeLessThan(2000);
    const hung = results.filter((r) => r.target === 'canary');
    expect(hung.map((r) => [r.ok, r.reason])).toEqual([
      [false, 'no complete answer within the 800ms timeout'],
      [false, 'no complete answer within the 800ms timeout'],
    ]);
  });

  test('a version that is not listening fails with the connection error', async () => {
    const gone = `http://127.0.0.1:${await freePort()}`;
    const [result] = await runSmokeRound(smoke, [{ name: 'production', baseUrl: gone }]);
    expect(result).toMatchObject({ ok: false, target: 'production' });
    expect(result.reason).toMatch(/^request failed: ECONNREFUSED/);
  });

  test('cancelling a round stops the requests and is not a result', async () => {
    canary.setBehaviour({ mode: 'hang' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new CancelledError('job cancelled')), 100);
    await expect(runSmokeRound(smoke, targets(), { signal: controller.signal })).rejects.toThrow('job cancelled');
  });
});

describe('the command hook', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'smoke-hook-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('the script sees the URLs and the weight, and exit 0 passes', async () => {
    const lines: string[] = [];
    const result = await runSmokeHook(
      'curl -fsS "$BAKE_CANARY_URL/health" >/dev/null && echo "weight=$BAKE_WEIGHT prod=$BAKE_PRODUCTION_URL step=$BAKE_STEP"',
      { canaryUrl: canary.url, productionUrl: stable.url, weight: 10, step: 1 },
      { timeoutMs: 5000, onLine: (l) => lines.push(l) },
    );
    expect(result).toMatchObject({ ok: true, exitCode: 0, reason: 'exit 0' });
    expect(lines).toEqual([`weight=10 prod=${stable.url} step=1`]);
  });

  test('a failing script fails with its exit code and output', async () => {
    canary.setBehaviour({ mode: 'error' });
    const result = await runSmokeHook(
      'curl -fsS "$BAKE_CANARY_URL/health" || { echo "canary is down" >&2; exit 3; }',
      { canaryUrl: canary.url, weight: 10 },
      { timeoutMs: 5000 },
    );
    expect(result).toMatchObject({ ok: false, exitCode: 3, reason: 'exit 3' });
    expect(result.outputTail).toContain('canary is down');
  });

  test('a hanging script fails at its timeout, and the children it started are stopped too', async () => {
    const pidFile = join(dir, 'child.pid');
    const started = Date.now();
    const result = await runSmokeHook(
      `sleep 60 & echo $! > ${pidFile}; wait`,
      { weight: 10 },
      { timeoutMs: 500, killGraceMs: 200 },
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result).toMatchObject({ ok: false, reason: 'did not finish within the 500ms timeout' });
    const childPid = Number(readFileSync(pidFile, 'utf8'));
    // Gone, or a zombie nobody has reaped yet (killed all the same: in a container, PID 1 may never reap it).
    const gone = () => {
      try {
        process.kill(childPid, 0);
      } catch {
        return true;
      }
      return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${childPid}/stat`, 'utf8'));
    };
    for (let waited = 0; !gone() && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(gone()).toBe(true);
  });

  test('a script that exits while its background child holds the output does not wait for that child', async () => {
    const started = Date.now();
    const result = await runSmokeHook('sleep 60 & echo started', { weight: 10 }, { timeoutMs: 5000 });
    expect(result).toMatchObject({ ok: true, reason: 'exit 0' });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('the identity probe', () => {
  test('a JSON field or a header names the version; another version, or none, fails with what answered', async () => {
    const { parseIdentitySource, probeIdentity } = await import('../../lib/smoke/identity.js');
    const target = { name: 'canary' as const, baseUrl: canary.url };
    const json = parseIdentitySource('/health $.version')!;
    const header = parseIdentitySource('/health header:X-Version')!;
    expect(await probeIdentity(target, { source: json, expected: 'green' }, { timeoutMs: 2000 })).toEqual({
      ok: true,
      reason: '/health $.version on canary: green',
    });
    expect(await probeIdentity(target, { source: header, expected: 'green' }, { timeoutMs: 2000 })).toMatchObject({
      ok: true,
    });
    expect(
      await probeIdentity(
        { ...target, baseUrl: stable.url },
        { source: header, expected: 'green' },
        { timeoutMs: 2000 },
      ),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^answered by version "blue", not the release being baked \(green\)/),
    });
    expect(
      await probeIdentity(
        target,
        { source: parseIdentitySource('/health $.commit')!, expected: 'green' },
        { timeoutMs: 2000 },
      ),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('names no version') });
  });
});
