/**
 * build-push benchmarks, figures side by side with the alternative:
 *   1. a second run for the same SHA (lookup, build skipped) against the first run and against a plain rebuild;
 *   2. promotion by manifest copy (ECR API) against pull, tag and push of the same image.
 * Real processes throughout: the bundled action, moto for the ECR API, docker-registry with login, buildah (vfs);
 * a front (test/support/build-push-ecr-front.ts) puts the API and the registry under one host, as ECR does.
 *
 * Run (Node 20 has no --experimental-strip-types; the hook transpiles TypeScript on load):
 *   node scripts/bundle.mjs build-push && node --import ./scripts/register-ts.mjs bench/build-push.ts
 * Knobs: BENCH_IMAGE_MB (size of the image's payload layer, default 50), BENCH_ROUNDS (default 3).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';

import { startEcrFront } from '../test/support/build-push-ecr-front.js';
import { BASE_IMAGE, prepareBuildahStore } from '../test/support/buildah.js';
import { startMoto } from '../test/support/moto.js';
import { startRegistry } from '../test/support/registry.js';
import { type DistRun, runDist } from '../test/support/run-dist.js';

const execFileAsync = promisify(execFile);
const IMAGE_MB = Number(process.env.BENCH_IMAGE_MB ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REPOSITORY = 'bench/service';
const sha = (n: number) => n.toString(16).padStart(40, 'c');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}
function ensure(run: DistRun, result: string): void {
  if (run.exitCode !== 0 || run.outputs.result !== result)
    throw new Error(`expected ${result}, got exit ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
}

const moto = await startMoto();
const registry = await startRegistry({ username: 'AWS', password: '123456789012-auth-token' });
const front = await startEcrFront(moto, registry);
const store = prepareBuildahStore();
const context = mkdtempSync(join(tmpdir(), 'bench-context-'));
const ecr = new ECRClient({
  region: moto.env.AWS_REGION,
  endpoint: moto.endpoint,
  credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
});
try {
  writeFileSync(
    join(context, 'Dockerfile'),
    `FROM ${BASE_IMAGE} AS builder\nRUN head -c ${IMAGE_MB}000000 /dev/urandom > /payload\nFROM ${BASE_IMAGE} AS production\nCOPY --from=builder /payload /app/payload\n`,
  );
  await ecr.send(new CreateRepositoryCommand({ repositoryName: REPOSITORY }));
  const env = (commit: string) => ({ ...front.env, ...store.env, GITHUB_SHA: commit });
  const build = (commit: string) =>
    runDist('build-push', {
      inputs: { repository: REPOSITORY, builder: 'buildah', context },
      env: env(commit),
      timeoutMs: 600_000,
    });

  // 1. First run builds and pushes (the front records the pushed tags in moto, as ECR holds them after a push).
  const [firstMs, first] = await timed(() => build(sha(1)));
  ensure(first, 'built');
  const secondRuns: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const [ms, again] = await timed(() => build(sha(1)));
    ensure(again, 'reused');
    secondRuns.push(ms);
  }
  // What a second run costs without the lookup: the same Dockerfile built again (a new SHA, nothing skipped).
  const [rebuildMs, rebuilt] = await timed(() => build(sha(2)));
  ensure(rebuilt, 'built');

  // 2. Promotion: the action's manifest copy, against pull + tag + push from a fresh store (a fresh runner).
  const copies: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const [ms, promoted] = await timed(() =>
      runDist('build-push', {
        inputs: { repository: REPOSITORY, 'promote-from': sha(1), tags: `production-${i}` },
        env: env(sha(1)),
      }),
    );
    ensure(promoted, 'promoted');
    copies.push(ms);
  }
  const pulls: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const fresh = mkdtempSync(join(tmpdir(), 'bench-pull-'));
    writeFileSync(
      join(fresh, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${join(fresh, 'g')}"\nrunroot = "${join(fresh, 'r')}"\n`,
    );
    const freshEnv = { ...process.env, ...store.env, CONTAINERS_STORAGE_CONF: join(fresh, 'storage.conf') };
    // Asynchronous: the ECR front answers from this process, so a blocking child would wait for it forever.
    const buildah = (args: string[]) => execFileAsync('buildah', args, { env: freshEnv });
    const source = `${front.host}/${REPOSITORY}`;
    const [ms] = await timed(async () => {
      await buildah(['pull', '--tls-verify=false', '--quiet', `docker://${source}:${sha(1)}`]);
      await buildah(['tag', `${source}:${sha(1)}`, `${source}:pulled-${i}`]);
      await buildah([
        'push',
        '--tls-verify=false',
        '--quiet',
        `${source}:pulled-${i}`,
        `docker://${source}:pulled-${i}`,
      ]);
    });
    pulls.push(ms);
    rmSync(fresh, { recursive: true, force: true });
  }

  const rows = [
    [
      'Second run, same SHA',
      `${seconds(median(secondRuns))} (lookup, build skipped)`,
      `${seconds(firstMs)} first run / ${seconds(rebuildMs)} rebuild`,
      `${(rebuildMs / median(secondRuns)).toFixed(1)}x`,
    ],
    [
      'Promote to a new tag',
      `${seconds(median(copies))} (manifest copy)`,
      `${seconds(median(pulls))} (pull, tag, push)`,
      `${(median(pulls) / median(copies)).toFixed(1)}x`,
    ],
  ];
  console.log(
    `\nbuild-push, ${IMAGE_MB} MB payload layer, median of ${ROUNDS}, loopback registry and moto, node ${process.version}`,
  );
  console.log('action timings include starting the bundled action (node + AWS SDK load)\n');
  const widths = [22, 36, 36, 8];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  console.log(line(['', 'build-push', 'alternative', 'factor']));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
} finally {
  ecr.destroy();
  await front.stop();
  await registry.stop();
  await moto.stop();
  store.remove();
  rmSync(context, { recursive: true, force: true });
}
