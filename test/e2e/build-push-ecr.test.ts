/**
 * The ECR flows of the bundled action against moto on loopback: an existing SHA is reused without a build,
 * promotion copies exact manifest bytes (an image index too), collisions change nothing, bad input changes nothing.
 */
import { createHash } from 'node:crypto';

import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  PutImageCommand,
} from '@aws-sdk/client-ecr';

import { type Moto, startMoto } from '../support/moto.js';
import { runDist } from '../support/run-dist.js';

const REPOSITORY = 'rides/trip-service';
const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const STAGING_SHA = '5b4a39281706f5e4d3c2b1a0998877665544aabb';
const INDEX_TYPE = 'application/vnd.oci.image.index.v1+json';
const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json';

let moto: Moto;
let ecr: ECRClient;

const digestOf = (bytes: string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const hex = (c: string) => c.repeat(64);

/** A single-platform manifest; its bytes are not JSON.stringify-canonical on purpose, as builders' are not. */
function imageManifest(seed: string): string {
  return `{\n   "schemaVersion": 2,\n   "mediaType": "${MANIFEST_TYPE}",\n   "config": { "mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:${hex(seed)}", "size": 1 },\n   "layers": [ { "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "sha256:${hex(seed === 'a' ? 'b' : 'c')}", "size": 2 } ]\n}`;
}

function indexManifest(): string {
  const entry = (d: string, architecture: string) => ({
    mediaType: MANIFEST_TYPE,
    digest: `sha256:${hex(d)}`,
    size: 500,
    platform: { os: 'linux', architecture },
  });
  const attestation = {
    mediaType: MANIFEST_TYPE,
    digest: `sha256:${hex('f')}`,
    size: 300,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
  };
  return JSON.stringify(
    { schemaVersion: 2, mediaType: INDEX_TYPE, manifests: [entry('1', 'amd64'), entry('2', 'arm64'), attestation] },
    null,
    2,
  );
}

/** Puts an image as a push would, with its true digest (moto would otherwise make one up for an index). */
async function seed(tag: string, manifest: string, mediaType: string): Promise<string> {
  const digest = digestOf(manifest);
  await ecr.send(
    new PutImageCommand({
      repositoryName: REPOSITORY,
      imageTag: tag,
      imageManifest: manifest,
      imageManifestMediaType: mediaType,
      imageDigest: digest,
    }),
  );
  return digest;
}

async function tagsOf(digest: string): Promise<string[]> {
  const answer = await ecr.send(
    new DescribeImagesCommand({ repositoryName: REPOSITORY, imageIds: [{ imageDigest: digest }] }),
  );
  return (answer.imageDetails?.[0]?.imageTags ?? []).sort();
}

/** Fails with the action's own log, so a failure explains itself. */
function expectSuccess(run: { exitCode: number; stdout: string }): void {
  if (run.exitCode !== 0) throw new Error(`the action exited ${run.exitCode}:\n${run.stdout}`);
}

const env = (extra: Record<string, string> = {}) => ({ ...moto.env, GITHUB_REF: 'refs/heads/main', ...extra });

beforeAll(async () => {
  moto = await startMoto();
  ecr = new ECRClient({
    region: moto.env.AWS_REGION,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
}, 60_000);

beforeEach(async () => {
  await moto.reset();
  await ecr.send(new CreateRepositoryCommand({ repositoryName: REPOSITORY, imageTagMutability: 'IMMUTABLE' }));
});

afterAll(async () => {
  ecr?.destroy();
  await moto?.stop();
});

test('an image for the SHA that lacks a requested platform is not reused under that label: the run fails and adds no tag', async () => {
  const digest = await seed(STAGING_SHA, imageManifest('a'), MANIFEST_TYPE);
  const run = await runDist('build-push', {
    inputs: {
      repository: REPOSITORY,
      builder: 'buildah',
      context: 'test/fixtures/build-push',
      platforms: 'linux/amd64,linux/arm64',
      tags: 'staging',
    },
    env: env({ GITHUB_SHA: STAGING_SHA }),
  });
  expect(run.exitCode).toBe(1);
  expect(run.annotations).toEqual([
    `::error::build-push failed: \`platforms\` asks for linux/amd64, linux/arm64, but ${REPOSITORY}:${STAGING_SHA} already exists with linux/amd64 only and the repository's tags are immutable, so it cannot be rebuilt; nothing was built or tagged (ask for the platforms it has, or build a new commit)`,
  ]);
  expect(await tagsOf(digest)).toEqual([STAGING_SHA]);
  expect(run.outputs).toEqual({});
  expect(run.state).toEqual({});
});

test('a SHA that is already in ECR is not built again: its digest comes back and missing tags are added', async () => {
  const digest = await seed(STAGING_SHA, imageManifest('a'), MANIFEST_TYPE);
  const run = await runDist('build-push', {
    inputs: { repository: REPOSITORY, builder: 'buildah', context: 'test/fixtures/build-push', tags: 'staging' },
    env: env({ GITHUB_SHA: STAGING_SHA }),
  });
  expectSuccess(run);
  expect(run.outputs).toMatchObject({
    digest,
    'image-ref': `${REGISTRY}/${REPOSITORY}@${digest}`,
    image: `${REGISTRY}/${REPOSITORY}:${STAGING_SHA}`,
    tags: `${STAGING_SHA},${STAGING_SHA.slice(0, 7)},staging`,
    reused: 'true',
    result: 'reused',
  });
  expect(await tagsOf(digest)).toEqual([STAGING_SHA, STAGING_SHA.slice(0, 7), 'staging'].sort());
  // Nothing was built, so there was no login and nothing for the post step to undo.
  expect(run.stdout).not.toMatch(/buildah (bud|login)/);
  expect(run.state).toEqual({});
  expect(run.summary).toContain('already built: reused, nothing was built');
});

test('promotion copies an image index byte for byte under new tags, with its per-platform digests', async () => {
  const manifest = indexManifest();
  const digest = await seed(STAGING_SHA, manifest, INDEX_TYPE);
  const run = await runDist('build-push', {
    inputs: { repository: REPOSITORY, 'promote-from': STAGING_SHA, tags: 'production, v1.4.2' },
    env: env(),
  });
  expectSuccess(run);
  expect(run.outputs).toMatchObject({
    digest,
    'image-ref': `${REGISTRY}/${REPOSITORY}@${digest}`,
    tags: 'production,v1.4.2',
    result: 'promoted',
    reused: 'true',
  });
  expect(JSON.parse(run.outputs['platform-digests'])).toEqual({
    'linux/amd64': `sha256:${hex('1')}`,
    'linux/arm64': `sha256:${hex('2')}`,
  });
  const read = await ecr.send(
    new BatchGetImageCommand({
      repositoryName: REPOSITORY,
      imageIds: [{ imageTag: 'production' }],
      acceptedMediaTypes: [INDEX_TYPE],
    }),
  );
  expect(read.images?.[0]).toMatchObject({
    imageManifest: manifest,
    imageManifestMediaType: INDEX_TYPE,
    imageId: { imageDigest: digest },
  });
  expect(await tagsOf(digest)).toEqual([STAGING_SHA, 'production', 'v1.4.2'].sort());

  // Promoting again is a no-op that succeeds: the tags already name this exact image.
  const again = await runDist('build-push', {
    inputs: { repository: REPOSITORY, 'promote-from': STAGING_SHA, tags: 'production, v1.4.2' },
    env: env(),
  });
  expectSuccess(again);
  expect(again.summary).toMatch(/`production` \| already here/);
});

test('a tag that already names another image stops the promotion before any tag changes', async () => {
  const staging = await seed(STAGING_SHA, imageManifest('a'), MANIFEST_TYPE);
  const older = await seed('production', imageManifest('d'), MANIFEST_TYPE);
  const run = await runDist('build-push', {
    inputs: { repository: REPOSITORY, 'promote-from': STAGING_SHA, tags: 'v1.4.2\nproduction' },
    env: env(),
  });
  expect(run.exitCode).toBe(1);
  expect(run.annotations).toEqual([
    expect.stringMatching(
      /^::error::build-push failed: tag already points at another image in rides\/trip-service: production → sha256:/,
    ),
  ]);
  expect(await tagsOf(staging)).toEqual([STAGING_SHA]);
  expect(await tagsOf(older)).toEqual(['production']);
});

test('promoting a tag that does not exist names the input and what is accepted', async () => {
  const run = await runDist('build-push', {
    inputs: { repository: REPOSITORY, 'promote-from': 'deadbee', tags: 'production' },
    env: env(),
  });
  expect(run.exitCode).toBe(1);
  expect(run.annotations).toEqual([
    '::error::build-push: Invalid `promote-from` "deadbee": expected a tag or digest that exists in rides/trip-service (hint: promote the SHA your staging deploy used)',
  ]);
});

test.each([
  [
    { repository: 'rides/unknown-service' },
    /^::error::build-push: Invalid `repository` "rides\/unknown-service": expected an existing ECR repository in eu-west-1 \(hint: set create-repository: true/,
  ],
  [
    { platforms: 'linux/amd64, linux/s390x' },
    /^::error::build-push: Invalid `platforms` "linux\/s390x": expected one or more of linux\/amd64, linux\/arm64/,
  ],
  [
    { dockerfile: 'services/missing/Dockerfile' },
    /^::error::build-push: Invalid `dockerfile` "services\/missing\/Dockerfile": expected a Dockerfile that exists/,
  ],
  [
    { 'promote-from': STAGING_SHA, tags: 'production', 'build-args': 'A=1' },
    /^::error::build-push: Invalid `promote-from`: cannot be combined with build inputs \(`context`, `build-args`\)/,
  ],
  [
    { registry: '127.0.0.1:5000' },
    /^::error::build-push: Invalid `registry` "127\.0\.0\.1:5000": expected an ECR registry host: .*\(hint: the ECR login token is sent to this host, so nothing else is accepted\)$/,
  ],
  [
    {
      registry: '210987654321.dkr.ecr.eu-west-1.amazonaws.com',
      'create-repository': 'true',
      repository: 'rides/new-service',
    },
    /^::error::build-push: Invalid `registry` "210987654321\.dkr\.ecr\.eu-west-1\.amazonaws\.com": expected another name of 123456789012\.dkr\.ecr\.eu-west-1\.amazonaws\.com, the registry ECR issued the login token for/,
  ],
])('bad input %j fails with one error and creates nothing', async (inputs, message) => {
  const run = await runDist('build-push', {
    inputs: {
      repository: REPOSITORY,
      builder: 'buildah',
      context: 'test/fixtures/build-push',
      'create-repository': 'false',
      ...inputs,
    },
    env: env({ GITHUB_SHA: STAGING_SHA }),
  });
  expect(run.exitCode).toBe(1);
  expect(run.annotations).toEqual([expect.stringMatching(message)]);
  const repositories = await ecr.send(new DescribeRepositoriesCommand({}));
  expect(repositories.repositories?.map((r) => r.repositoryName)).toEqual([REPOSITORY]);
  expect(run.state).toEqual({});
});
