/**
 * Promotion from another registry, the pure parts: what `promote-from` accepts (and refuses, naming the forms),
 * which blobs an image needs (each once, foreign layers left out), and the plan: tags by the same rules as a
 * promotion in place, and no copy when production already holds the exact bytes.
 */
import { readInputs } from '../../actions/build-push/src/inputs.js';
import { type Observed, planBuildPush, type SourceImage } from '../../actions/build-push/src/plan.js';
import { ConfigurationError, PlanError } from '../../lib/core/errors.js';
import { memoryIO } from '../../lib/core/io.js';
import { type ImageTree, indexChildren, manifestBlobs, treeBlobs } from '../../lib/ecr/copy-image.js';
import type { EcrImage } from '../../lib/ecr/images.js';
import { parseEcrImageName } from '../../lib/ecr/registry-host.js';

const SHA = '8e7d6c5b4a39281706f5e4d3c2b1a09988776655';
const DIGEST = `sha256:${'a'.repeat(64)}`;
const STAGING = '111111111111.dkr.ecr.eu-west-1.amazonaws.com';
const ENV = {
  AWS_REGION: 'eu-west-1',
  GITHUB_SHA: SHA,
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_REF: 'refs/heads/main',
};
const inputs = (given: Record<string, string>) =>
  readInputs(memoryIO({ repository: 'rides/trip-service', ...given }), ENV);

const blob = (c: string, size = 10, urls?: string[]) => ({
  mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
  digest: `sha256:${c.repeat(64)}`,
  size,
  ...(urls ? { urls } : {}),
});
const imageManifest = (config: string, layers: ReturnType<typeof blob>[]) =>
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { ...blob(config, 5), mediaType: 'application/vnd.oci.image.config.v1+json' },
    layers,
  });

describe('promote-from names an image in another registry', () => {
  test.each([
    [
      `${STAGING}/rides/trip-service:${SHA}`,
      {
        repository: 'rides/trip-service',
        reference: SHA,
        registry: { accountId: '111111111111', region: 'eu-west-1' },
      },
    ],
    [`${STAGING}/rides/trip-service@${DIGEST}`, { repository: 'rides/trip-service', reference: DIGEST }],
    [
      '111111111111.dkr-ecr.us-east-1.on.aws/web:v1',
      { repository: 'web', reference: 'v1', registry: { region: 'us-east-1', dualStack: true } },
    ],
  ])('%s', (raw, expected) => {
    expect(parseEcrImageName(raw)).toMatchObject(expected);
  });

  test.each([
    `ghcr.io/rides/trip-service:${SHA}`,
    `${STAGING}/rides/trip-service`,
    `${STAGING}/Rides/Trip:${SHA}`,
    `${STAGING}/rides/trip-service@sha256:short`,
    `${STAGING}:443/rides/trip-service:${SHA}`,
    `https://${STAGING}/rides/trip-service:${SHA}`,
  ])('%s is not an ECR image name', (raw) => {
    expect(parseEcrImageName(raw)).toBeUndefined();
  });

  test('a full name is split into where the image is and which tag, a tag stays a tag', () => {
    expect(inputs({ 'promote-from': `${STAGING}/rides/trip-service:${SHA}`, tags: 'production' })).toMatchObject({
      promoteFrom: SHA,
      promoteSource: { repository: 'rides/trip-service', registry: { host: STAGING } },
    });
    expect(inputs({ 'promote-from': SHA, tags: 'production' })).toMatchObject({
      promoteFrom: SHA,
      promoteSource: undefined,
    });
  });

  test.each([`docker.io/library/node:${SHA}`, 'trip-service@latest', 'two words'])(
    'promote-from %j fails naming both accepted forms',
    (raw) => {
      expect(() => inputs({ 'promote-from': raw, tags: 'production' })).toThrow(ConfigurationError);
      expect(() => inputs({ 'promote-from': raw, tags: 'production' })).toThrow(
        /Invalid `promote-from` ".*": expected a tag or sha256: digest in `repository`, or <account>\.dkr\.ecr\.<region>\.amazonaws\.com\/<repository>:<tag> \(or @sha256:<digest>\)/,
      );
    },
  );

  test('when promoting, the tags are exactly `tags`: the SHA is tagged when asked for, and not otherwise', () => {
    const source = sourceImage();
    const asked = planBuildPush(
      inputs({ 'promote-from': `${STAGING}/rides/trip-service:${SHA}`, tags: `${SHA}, production` }),
      observed({ source }),
    );
    expect(asked.tags).toEqual([SHA, 'production']);
    const notAsked = planBuildPush(
      inputs({ 'promote-from': `${STAGING}/rides/trip-service:${SHA}`, tags: 'production' }),
      observed({ source }),
    );
    expect(notAsked.tags).toEqual(['production']);
  });
});

describe('the blobs an image needs', () => {
  test('config first, then layers; a foreign layer (with urls) is left to its own server', () => {
    expect(
      manifestBlobs(imageManifest('c', [blob('1', 100), blob('2', 200, ['https://example.invalid/layer'])])),
    ).toEqual([
      { digest: `sha256:${'c'.repeat(64)}`, size: 5 },
      { digest: `sha256:${'1'.repeat(64)}`, size: 100 },
    ]);
  });

  test('a layer two platforms share is listed once', () => {
    const amd = imageManifest('c', [blob('1'), blob('9')]);
    const arm = imageManifest('d', [blob('2'), blob('9')]);
    expect(treeBlobs([amd, arm]).map((b) => b.digest[7])).toEqual(['c', '1', '9', 'd', '2']);
  });

  test('an index lists its platform manifests in order; an image manifest lists none', () => {
    const index = JSON.stringify({
      schemaVersion: 2,
      manifests: [{ digest: `sha256:${'1'.repeat(64)}` }, { digest: `sha256:${'2'.repeat(64)}` }],
    });
    expect(indexChildren(index)).toEqual([`sha256:${'1'.repeat(64)}`, `sha256:${'2'.repeat(64)}`]);
    expect(indexChildren(imageManifest('c', []))).toEqual([]);
  });
});

describe('the plan of a promotion from another registry', () => {
  test('blobs are copied when production lacks the image; the tags are added to its manifest bytes', () => {
    const result = planBuildPush(
      inputs({ 'promote-from': `${STAGING}/rides/trip-service:${SHA}`, tags: `${SHA}, production` }),
      observed({ source: sourceImage() }),
    );
    expect(result.step).toMatchObject({
      kind: 'promote',
      sourceReference: `${STAGING}/rides/trip-service:${SHA}`,
      source: { digest: TOP.digest, manifest: TOP.manifest },
      copy: { add: [SHA, 'production'] },
    });
    expect(result.step.kind === 'promote' && result.step.transfer?.tree.blobs.length).toBe(3);
  });

  test('production already holding the exact image (under other tags) copies nothing, only tags', () => {
    const result = planBuildPush(
      inputs({ 'promote-from': `${STAGING}/rides/trip-service:${SHA}`, tags: 'production' }),
      observed({ source: sourceImage(), images: new Map([[TOP.digest, TOP]]) }),
    );
    expect(result.step).toMatchObject({ kind: 'promote', copy: { add: ['production'] } });
    expect(result.step.kind === 'promote' && result.step.transfer).toBeUndefined();
  });

  test('a production tag on another image stops it before anything is copied', () => {
    const other: EcrImage = { ...TOP, digest: `sha256:${'e'.repeat(64)}` };
    expect(() =>
      planBuildPush(
        inputs({ 'promote-from': `${STAGING}/rides/trip-service:${SHA}`, tags: 'production' }),
        observed({ source: sourceImage(), images: new Map([['production', other]]) }),
      ),
    ).toThrow(PlanError);
  });

  test('a production repository that does not exist is created on request, and refused otherwise', () => {
    const missing = observed({ source: sourceImage(), repository: undefined });
    expect(
      planBuildPush(
        inputs({
          'promote-from': `${STAGING}/rides/trip-service:${SHA}`,
          tags: 'production',
          'create-repository': 'true',
        }),
        missing,
      ).create,
    ).toEqual([expect.objectContaining({ repositoryName: 'rides/trip-service' })]);
    expect(() =>
      planBuildPush(inputs({ 'promote-from': `${STAGING}/rides/trip-service:${SHA}`, tags: 'production' }), missing),
    ).toThrow(/Invalid `repository` "rides\/trip-service": expected an existing ECR repository/);
  });
});

const CHILD = imageManifest('c', [blob('1'), blob('2')]);
const TOP: EcrImage = {
  digest: DIGEST,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifest: JSON.stringify({ schemaVersion: 2, manifests: [{ digest: `sha256:${'b'.repeat(64)}` }] }),
};

function sourceImage(): SourceImage {
  const tree: ImageTree = {
    top: TOP,
    children: [
      { digest: `sha256:${'b'.repeat(64)}`, mediaType: 'application/vnd.oci.image.manifest.v1+json', manifest: CHILD },
    ],
    blobs: treeBlobs([CHILD]),
  };
  return { registry: STAGING, repository: 'rides/trip-service', reference: SHA, sameRegistry: false, tree };
}

function observed(over: Partial<Observed> = {}): Observed {
  return {
    tokenRegistry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    repository: {
      name: 'rides/trip-service',
      uri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/rides/trip-service',
      tagMutability: 'IMMUTABLE',
      scanOnPush: true,
    },
    images: new Map(),
    workDir: '/tmp/w',
    now: new Date('2026-11-30T12:00:00Z'),
    ...over,
  };
}
