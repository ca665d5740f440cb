/**
 * Promotion across accounts, build-push beside `skopeo copy --all` (what a team without a Docker engine would put in
 * a run step; docker pull/tag/push needs an engine this machine lacks), in the same run, on the same registries:
 * staging's (serving blobs through a 307 to an S3 stand-in, as ECR does) and production's behind the ECR front.
 * Three releases of a two-platform image whose platforms share a base layer, each into an empty repository of its
 * own per tool, then a re-run of the last one. Figures: wall time, and bytes pulled from staging's S3.
 *
 * Run: node scripts/bundle.mjs build-push && node --import ./scripts/register-ts.mjs bench/promote-across.ts
 * Knobs: BENCH_BASE_MB (shared base layer, default 40), BENCH_APP_MB (each release's own layer, default 4).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';

import { startEcrFront } from '../test/support/build-push-ecr-front.js';
import { startEcrBlobFront } from '../test/support/ecr-blob-front.js';
import { startMoto, TEST_REGION } from '../test/support/moto.js';
import { type PushedImage, pushMultiPlatformImage } from '../test/support/oci-image.js';
import { startRegistry } from '../test/support/registry.js';
import { runDist } from '../test/support/run-dist.js';

const execFileAsync = promisify(execFile);
const BASE_MB = Number(process.env.BENCH_BASE_MB ?? 40);
const APP_MB = Number(process.env.BENCH_APP_MB ?? 4);
const STAGING_ACCOUNT = '111111111111';
const SOURCE = 'rides/trip-service';
const sha = (n: number) => n.toString(16).padStart(40, 'd');
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const moto = await startMoto();
const production = await startRegistry({ username: 'AWS', password: '123456789012-auth-token' });
const staging = await startRegistry({ username: 'AWS', password: `${STAGING_ACCOUNT}-auth-token` });
const stagingFront = await startEcrBlobFront(staging);
const front = await startEcrFront(moto, production, { [STAGING_ACCOUNT]: stagingFront.host });
const ecr = new ECRClient({
  region: TEST_REGION,
  endpoint: moto.endpoint,
  credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
});

try {
  const base = randomBytes(BASE_MB * 1_000_000);
  const sizes = new Map<string, number>();
  const releases: PushedImage[] = [];
  for (let n = 1; n <= 3; n++) {
    const image = await pushMultiPlatformImage(staging, SOURCE, sha(n), {
      platforms: ['linux/amd64', 'linux/arm64'],
      sharedLayers: [base, randomBytes(APP_MB * 1_000_000)],
      seed: sha(n),
    });
    for (const blob of image.blobs) sizes.set(blob.digest, blob.size);
    releases.push(image);
  }
  for (const repositoryName of ['bench/ours', 'bench/skopeo'])
    await ecr.send(new CreateRepositoryCommand({ repositoryName }));

  /** Runs one copy; returns its wall time and the bytes it pulled from staging's S3. */
  const measure = async (copy: () => Promise<void>) => {
    const before = stagingFront.downloads.length;
    const start = performance.now();
    await copy();
    const ms = performance.now() - start;
    return {
      ms,
      bytes: stagingFront.downloads.slice(before).reduce((sum, digest) => sum + (sizes.get(digest) ?? 0), 0),
    };
  };
  const ours = (n: number) => async () => {
    const run = await runDist('build-push', {
      inputs: {
        repository: 'bench/ours',
        'promote-from': `${STAGING_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/${SOURCE}:${sha(n)}`,
        tags: sha(n),
      },
      env: { ...front.env, GITHUB_SHA: sha(n) },
      timeoutMs: 300_000,
    });
    if (run.exitCode !== 0 || run.outputs.digest !== releases[n - 1].digest)
      throw new Error(`build-push failed:\n${run.stdout}`);
  };
  const skopeo = (n: number) => async () => {
    await execFileAsync(
      'skopeo',
      [
        'copy',
        '--all',
        '--quiet',
        '--preserve-digests',
        '--src-creds',
        `AWS:${STAGING_ACCOUNT}-auth-token`,
        '--src-tls-verify=false',
        '--dest-creds',
        'AWS:123456789012-auth-token',
        '--dest-tls-verify=false',
        `docker://${stagingFront.host}/${SOURCE}:${sha(n)}`,
        `docker://${front.host}/bench/skopeo:${sha(n)}`,
      ],
      { maxBuffer: 1 << 24 },
    );
    const landed = await production.manifest('bench/skopeo', sha(n));
    if (landed?.digest !== releases[n - 1].digest)
      throw new Error(`skopeo landed ${landed?.digest}, not ${releases[n - 1].digest}`);
  };

  const rows: [string, Awaited<ReturnType<typeof measure>>, Awaited<ReturnType<typeof measure>>][] = [];
  const cases: [string, number][] = [
    ['release 1 (empty production repository)', 1],
    ['release 2 (base layer already there)', 2],
    ['release 3', 3],
    ['re-run of release 3', 3],
  ];
  for (const [label, n] of cases) {
    // Alternate which tool goes first, so neither always meets a warm registry.
    const oursFirst = n % 2 === 1;
    const a = oursFirst ? await measure(ours(n)) : undefined;
    const b = await measure(skopeo(n));
    rows.push([label, a ?? (await measure(ours(n))), b]);
  }

  const total = releases[0].blobs.reduce((sum, blob) => sum + blob.size, 0);
  console.log(
    `two-platform image: ${mb(total)} in ${releases[0].blobs.length} blobs (a ${BASE_MB} MB base layer shared by both platforms and every release, a ${APP_MB} MB layer per release and platform)`,
  );
  console.log(
    '| copy into production | build-push time | build-push pulled | skopeo copy --all time | skopeo pulled |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const [label, a, b] of rows)
    console.log(`| ${label} | ${seconds(a.ms)} | ${mb(a.bytes)} | ${seconds(b.ms)} | ${mb(b.bytes)} |`);
  console.log(
    'Both keep the digest. build-push also checks tags before copying and records them in ECR through the API; skopeo pushes tags through the registry.',
  );
} finally {
  ecr.destroy();
  await front.stop();
  await stagingFront.stop();
  await production.stop();
  await staging.stop();
  await moto.stop();
}
