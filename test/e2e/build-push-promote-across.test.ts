/**
 * Promotion across accounts, run as the runner runs the bundle: the staging account's registry and production's
 * are two real registries (docker-registry) on loopback. Production's is behind the ECR front (moto answers the
 * ECR API, its token answer names each account's registry); staging's serves blobs the way ECR does, through a
 * redirect to an S3 stand-in that refuses a forwarded registry token. The image is a two-platform index whose
 * platforms share a layer, as buildx pushes it.
 */
import { createHash } from 'node:crypto';

import { BatchGetImageCommand, CreateRepositoryCommand, DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';

import { hasBlob } from '../../lib/image/registry-api.js';
import { type EcrFront, startEcrFront } from '../support/build-push-ecr-front.js';
import { type EcrBlobFront, startEcrBlobFront } from '../support/ecr-blob-front.js';
import { type Moto, startMoto, TEST_REGION } from '../support/moto.js';
import { OCI_INDEX, type PushedImage, pushMultiPlatformImage } from '../support/oci-image.js';
import { type Registry, startRegistry } from '../support/registry.js';
import { type DistRun, runDist } from '../support/run-dist.js';

const STAGING_ACCOUNT = '111111111111';
/** An account whose registry does not let production's role in. */
const CLOSED_ACCOUNT = '222222222222';
const REPOSITORY = 'rides/trip-service';
const SHA = '8e7d6c5b4a39281706f5e4d3c2b1a09988776655';
const NEXT_SHA = '1f2e3d4c5b6a79880716253443526170f8e9dacb';
const stagingName = (account: string, reference: string, repository = REPOSITORY) =>
  `${account}.dkr.ecr.${TEST_REGION}.amazonaws.com/${repository}:${reference}`;

let moto: Moto;
let production: Registry;
let staging: Registry;
let stagingFront: EcrBlobFront;
let front: EcrFront;
let ecr: ECRClient;
let released: PushedImage;

/** A base layer every release shares (the Node runtime), big enough that copying it twice would be waste. */
const BASE_LAYER = Buffer.from('node:24-slim base layer '.repeat(20_000));

const env = () => ({ ...front.env, GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA });
const promote = (promoteFrom: string, tags = `${SHA}, production`, extra: Record<string, string> = {}) =>
  runDist('build-push', {
    inputs: { repository: REPOSITORY, 'promote-from': promoteFrom, tags, ...extra },
    env: env(),
  });

function expectSuccess(run: DistRun): void {
  if (run.exitCode !== 0) throw new Error(`the action exited ${run.exitCode}:\n${run.stdout}`);
}

async function productionTags(digest: string): Promise<string[]> {
  const answer = await ecr.send(
    new DescribeImagesCommand({ repositoryName: REPOSITORY, imageIds: [{ imageDigest: digest }] }),
  );
  return (answer.imageDetails?.[0]?.imageTags ?? []).sort();
}

beforeAll(async () => {
  moto = await startMoto();
  // moto's ECR hands out AWS:<account>-auth-token for each registry asked for; each registry accepts only its own.
  production = await startRegistry({ username: 'AWS', password: '123456789012-auth-token' });
  staging = await startRegistry({ username: 'AWS', password: `${STAGING_ACCOUNT}-auth-token` });
  stagingFront = await startEcrBlobFront(staging);
  front = await startEcrFront(moto, production, {
    [STAGING_ACCOUNT]: stagingFront.host,
    [CLOSED_ACCOUNT]: stagingFront.host,
  });
  ecr = new ECRClient({
    region: TEST_REGION,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  await ecr.send(new CreateRepositoryCommand({ repositoryName: REPOSITORY, imageTagMutability: 'IMMUTABLE' }));
  released = await pushMultiPlatformImage(staging, REPOSITORY, SHA, {
    platforms: ['linux/amd64', 'linux/arm64'],
    sharedLayers: [BASE_LAYER],
    seed: SHA,
  });
}, 90_000);

afterAll(async () => {
  ecr?.destroy();
  await front?.stop();
  await stagingFront?.stop();
  await production?.stop();
  await staging?.stop();
  await moto?.stop();
});

test('the staging-tested image lands in production byte for byte: same digest, both platforms, every layer, tagged in ECR', async () => {
  const run = await promote(stagingName(STAGING_ACCOUNT, SHA));
  expectSuccess(run);

  expect(run.outputs).toMatchObject({
    digest: released.digest,
    'image-ref': `${front.host}/${REPOSITORY}@${released.digest}`,
    result: 'promoted',
    tags: `${SHA},production`,
  });
  expect(JSON.parse(run.outputs['platform-digests'])).toEqual(released.platforms);
  // Production's own registry serves the index under both tags, and each platform image (its layers checked by the
  // registry).
  for (const tag of [SHA, 'production'])
    expect((await production.manifest(REPOSITORY, tag))?.digest).toBe(released.digest);
  for (const digest of Object.values(released.platforms))
    expect((await production.manifest(REPOSITORY, digest))?.digest).toBe(digest);
  // ECR's API knows the tags (what ECS resolves an image from).
  expect(await productionTags(released.digest)).toEqual([SHA, 'production'].sort());
  const read = await ecr.send(
    new BatchGetImageCommand({
      repositoryName: REPOSITORY,
      imageIds: [{ imageTag: 'production' }],
      acceptedMediaTypes: [OCI_INDEX],
    }),
  );
  expect(read.images?.[0]?.imageId?.imageDigest).toBe(released.digest);

  // Each blob crossed once (the shared base layer too), downloaded through S3 without the registry token.
  expect([...stagingFront.downloads].sort()).toEqual(released.blobs.map((b) => b.digest).sort());
  expect(stagingFront.refusedWithAuthorization).toBe(0);
  expect(run.summary).toContain(`Copied from \`${stagingFront.host}/${REPOSITORY}\``);
  expect(run.summary).toMatch(new RegExp(`\\| copied across \\| ${released.blobs.length} \\|`));
  // Both registries' tokens are masked before anything could print them.
  expect(run.stdout).toContain(`::add-mask::${STAGING_ACCOUNT}-auth-token`);
  expect(
    run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
  ).not.toContain('-auth-token');

  // A re-run (the release job retried) moves nothing: the tags already name this image.
  const downloads = stagingFront.downloads.length;
  const again = await promote(stagingName(STAGING_ACCOUNT, SHA));
  expectSuccess(again);
  expect(again.outputs).toMatchObject({ digest: released.digest, result: 'promoted' });
  expect(stagingFront.downloads.length).toBe(downloads);
  expect(again.summary).toMatch(/`production` \| already here/);
});

test('the next release copies only the layers production lacks: the shared base layer stays', async () => {
  const next = await pushMultiPlatformImage(staging, REPOSITORY, NEXT_SHA, {
    platforms: ['linux/amd64', 'linux/arm64'],
    sharedLayers: [BASE_LAYER],
    seed: NEXT_SHA,
  });
  const before = stagingFront.downloads.length;
  const run = await promote(stagingName(STAGING_ACCOUNT, NEXT_SHA), `${NEXT_SHA}, production-${NEXT_SHA.slice(0, 7)}`);
  expectSuccess(run);
  const crossed = stagingFront.downloads.slice(before);
  expect(crossed.length).toBeGreaterThan(0);
  expect(crossed).not.toContain(`sha256:${createHash('sha256').update(BASE_LAYER).digest('hex')}`);
  expect(run.summary).toMatch(/\| already here \| 1 \|/);
  expect((await production.manifest(REPOSITORY, NEXT_SHA))?.digest).toBe(next.digest);
});

test('a SHA staging never built stops before production changes, naming the input', async () => {
  const tagsBefore = await production.tags(REPOSITORY);
  const run = await promote(stagingName(STAGING_ACCOUNT, 'f'.repeat(40)), `${'f'.repeat(40)}, production-fffffff`);
  expect(run.exitCode).toBe(1);
  expect(run.annotations.join('\n')).toContain(
    `::error::build-push: Invalid \`promote-from\` "${'f'.repeat(40)}": expected a tag or digest that exists in ${STAGING_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/${REPOSITORY} (hint: promote the SHA your staging deploy used)`,
  );
  expect(await production.tags(REPOSITORY)).toEqual(tagsBefore);
});

test('a registry that does not let this role pull says what to grant, and nothing changes', async () => {
  const tagsBefore = await production.tags(REPOSITORY);
  const run = await promote(stagingName(CLOSED_ACCOUNT, SHA), 'production-closed');
  expect(run.exitCode).toBe(1);
  expect(run.annotations.join('\n')).toMatch(
    /Invalid `promote-from` "8e7d6c5b4a39281706f5e4d3c2b1a09988776655": expected an image of 222222222222\.dkr\.ecr\.eu-west-1\.amazonaws\.com\/rides\/trip-service this run may read \(its registry answered 401\).*repository policy in account 222222222222 allowing ecr:BatchGetImage and ecr:GetDownloadUrlForLayer/,
  );
  expect(await production.tags(REPOSITORY)).toEqual(tagsBefore);
});

test('from another repository of the same registry, layers are mounted, not copied', async () => {
  const source = 'rides/trip-service-candidates';
  const mountSha = '3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f';
  const image = await pushMultiPlatformImage(production, source, mountSha, {
    platforms: ['linux/amd64'],
    sharedLayers: [Buffer.from('candidate layer '.repeat(500))],
    seed: mountSha,
  });
  const downloads = stagingFront.downloads.length;
  const run = await promote(`123456789012.dkr.ecr.${TEST_REGION}.amazonaws.com/${source}:${mountSha}`, mountSha);
  expectSuccess(run);
  expect(run.outputs.digest).toBe(image.digest);
  expect((await production.manifest(REPOSITORY, mountSha))?.digest).toBe(image.digest);
  expect(run.summary).toMatch(new RegExp(`\\| mounted from the same registry \\| ${image.blobs.length} \\|`));
  expect(stagingFront.downloads.length).toBe(downloads);
});

test('a blob check against a registry that redirects to storage: the redirect means "held", a 404 means "not"', async () => {
  const credentials = { registry: stagingFront.host, username: staging.username, password: staging.password };
  expect(await hasBlob(credentials, REPOSITORY, released.blobs[0].digest)).toBe(true);
  expect(await hasBlob(credentials, REPOSITORY, `sha256:${'0'.repeat(64)}`)).toBe(false);
  expect(stagingFront.refusedWithAuthorization).toBe(0);
});

test.each([
  [
    'ghcr.io/rides/trip-service:abc',
    /expected a tag or sha256: digest in `repository`, or <account>\.dkr\.ecr\.<region>\.amazonaws\.com\/<repository>:<tag>/,
  ],
  [
    `${STAGING_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/rides/trip-service`,
    /Invalid `promote-from` ".*rides\/trip-service": expected a tag or sha256: digest/,
  ],
])('promote-from %s is refused with the forms it accepts', async (value, message) => {
  const run = await promote(value, 'production-x');
  expect(run.exitCode).toBe(1);
  expect(run.annotations.join('\n')).toMatch(message);
});
