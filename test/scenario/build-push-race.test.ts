/**
 * What moto cannot stage: two runs of one commit racing to push it to an immutable repository, and images that
 * are already there but lack platforms. Real SDK clients under aws-sdk-client-mock; a recording builder.
 * The loser of a race looks again and reuses the winner's image (if it fits); a tag copy that finds its tag
 * already put there by the other run counts as done; an image lacking a requested platform is never labelled with it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  BatchGetImageCommand,
  type BatchGetImageCommandOutput,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  ImageTagAlreadyExistsException,
  PutImageCommand,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';

import { buildPush } from '../../actions/build-push/src/main.js';
import { createAwsClients } from '../../lib/aws/clients.js';
import { memoryIO } from '../../lib/core/io.js';
import type { BuilderCommand } from '../../lib/image/builder-command.js';
import type { CommandResult } from '../../lib/image/command-runner.js';

const SHA = '0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5';
const SHORT = SHA.slice(0, 7);
const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const INDEX_TYPE = 'application/vnd.oci.image.index.v1+json';
const ENV = { AWS_REGION: 'eu-west-1', GITHUB_SHA: SHA, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' };

const ecr = mockClient(ECRClient);

function indexOf(...architectures: string[]): { digest: string; manifest: string } {
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: INDEX_TYPE,
    manifests: architectures.map((architecture, i) => ({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${String(i + 1).repeat(64)}`,
      size: 1,
      platform: { os: 'linux', architecture },
    })),
  });
  return { digest: `sha256:${architectures.length}${'9'.repeat(63)}`, manifest };
}
const WINNER = indexOf('amd64', 'arm64');

const found = (tag: string, image: { digest: string; manifest: string }): BatchGetImageCommandOutput => ({
  $metadata: {},
  images: [
    {
      imageId: { imageDigest: image.digest, imageTag: tag },
      imageManifest: image.manifest,
      imageManifestMediaType: INDEX_TYPE,
    },
  ],
});
const notFound: BatchGetImageCommandOutput = {
  $metadata: {},
  images: [],
  failures: [{ failureCode: 'ImageNotFound' }],
};
const tagAlreadyExists = () => new ImageTagAlreadyExistsException({ message: 'tag already exists', $metadata: {} });

function repository(tagMutability: 'IMMUTABLE' | 'MUTABLE', proxyEndpoint = `https://${REGISTRY}`): void {
  ecr.on(DescribeRepositoriesCommand).resolves({
    repositories: [{ repositoryName: 'web', repositoryUri: `${REGISTRY}/web`, imageTagMutability: tagMutability }],
  });
  ecr.on(BatchGetImageCommand).resolves(notFound);
  ecr.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [{ authorizationToken: Buffer.from('AWS:pa55word').toString('base64'), proxyEndpoint }],
  });
  ecr.on(PutImageCommand).resolves({});
}

/** A buildah that builds, and whose push of `failingTag` is refused as ECR refuses an immutable tag that exists. */
function builder(options: { failingTag?: string; firstPushDigest?: string } = {}) {
  const calls: BuilderCommand[] = [];
  const runCommand = async (command: BuilderCommand): Promise<CommandResult> => {
    calls.push(command);
    const target = command.args[command.args.length - 1];
    if (command.args.includes('push') && options.failingTag && target.endsWith(`:${options.failingTag}`)) {
      return {
        exitCode: 125,
        stdout: '',
        stderr: `Error: tag invalid: The image tag '${options.failingTag}' already exists in the 'web' repository and cannot be overwritten because the repository is immutable.`,
      };
    }
    const digestFile = command.args.indexOf('--digestfile');
    if (digestFile >= 0 && options.firstPushDigest)
      writeFileSync(command.args[digestFile + 1], options.firstPushDigest);
    return { exitCode: 0, stdout: '', stderr: '' };
  };
  return { calls, runCommand };
}

function run(
  inputs: Record<string, string>,
  runCommand: ReturnType<typeof builder>['runCommand'],
  signal = new AbortController().signal,
) {
  const io = memoryIO({ repository: 'web', builder: 'buildah', context: 'test/fixtures/build-push', ...inputs });
  const done = buildPush(
    { io, signal },
    {
      clients: createAwsClients({ region: 'eu-west-1', action: 'build-push' }),
      env: { ...ENV, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'bp-race-')) },
      runCommand,
    },
  );
  return { io, done };
}

beforeEach(() => ecr.reset());

describe('two runs of one commit push to an immutable repository at once', () => {
  test('the run whose push is refused looks again, finds the winner under the SHA tag and reuses it', async () => {
    repository('IMMUTABLE');
    // Not there when this run looked; there after its push failed. The winner also put the short SHA on it.
    ecr
      .on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] })
      .resolvesOnce(notFound)
      .resolves(found(SHA, WINNER));
    ecr
      .on(BatchGetImageCommand, { imageIds: [{ imageTag: SHORT }] })
      .resolvesOnce(notFound)
      .resolves(found(SHORT, WINNER));
    const { calls, runCommand } = builder({ failingTag: SHA });
    const { io, done } = run({ tags: 'staging', platforms: 'linux/amd64,linux/arm64' }, runCommand);

    await expect(done).resolves.toMatchObject({
      result: 'reused',
      digest: WINNER.digest,
      lostRace: { error: expect.stringContaining('already exists') },
    });
    expect(calls.map((c) => `${c.tool} ${c.args[0]}`)).toEqual(['buildah login', 'buildah bud', 'buildah manifest']);
    // Only the tag the winner had not put yet is copied, with the winner's exact manifest.
    expect(ecr).toHaveReceivedCommandTimes(PutImageCommand, 1);
    expect(ecr).toHaveReceivedCommandWith(PutImageCommand, {
      imageTag: 'staging',
      imageDigest: WINNER.digest,
      imageManifest: WINNER.manifest,
    });
    expect(io.outputs).toMatchObject({
      digest: WINNER.digest,
      'image-ref': `${REGISTRY}/web@${WINNER.digest}`,
      result: 'reused',
      reused: 'true',
    });
    expect(JSON.parse(io.outputs['platform-digests'])).toEqual({
      'linux/amd64': `sha256:${'1'.repeat(64)}`,
      'linux/arm64': `sha256:${'2'.repeat(64)}`,
    });
    expect(io.log).toContainEqual(
      expect.stringMatching(/^warning.*another run of this commit pushed first; reusing its image/),
    );
    expect(io.summary).toContain('a concurrent run of this commit pushed first: its image reused');
  });

  test('a winner that lacks a platform this run asked for is not labelled with it: the run fails and tags nothing', async () => {
    repository('IMMUTABLE');
    ecr
      .on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] })
      .resolvesOnce(notFound)
      .resolves(found(SHA, indexOf('amd64')));
    const { runCommand } = builder({ failingTag: SHA });
    await expect(run({ platforms: 'linux/amd64,linux/arm64' }, runCommand).done).rejects.toThrow(
      `\`platforms\` asks for linux/amd64, linux/arm64, but web:${SHA} already exists with linux/amd64 only and the repository's tags are immutable`,
    );
    expect(ecr).not.toHaveReceivedCommand(PutImageCommand);
  });

  test("a push that fails while the SHA is still absent fails with the builder's own error", async () => {
    repository('IMMUTABLE');
    const { runCommand } = builder({ failingTag: SHA });
    await expect(run({}, runCommand).done).rejects.toThrow(/^buildah push .* exited with 125: Error: tag invalid/);
    expect(ecr).not.toHaveReceivedCommand(PutImageCommand);
  });

  test('when the SHA tag names the image this run pushed, a later failed push is reported, not passed off as a race', async () => {
    repository('IMMUTABLE');
    const ours = indexOf('amd64');
    ecr
      .on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] })
      .resolvesOnce(notFound)
      .resolves(found(SHA, ours));
    const { runCommand } = builder({ failingTag: SHORT, firstPushDigest: ours.digest });
    await expect(run({}, runCommand).done).rejects.toThrow(new RegExp(`^buildah push .*:${SHORT} exited with 125`));
  });

  test('a push that fails because the job was cancelled is reported as failed, even when the SHA tag meanwhile names another image', async () => {
    repository('IMMUTABLE');
    ecr
      .on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] })
      .resolvesOnce(notFound)
      .resolves(found(SHA, WINNER));
    const cancel = new AbortController();
    const { runCommand } = builder({ failingTag: SHA });
    // The runner's cancel reaches the builder and the action together: the push dies, the signal is aborted.
    const cancelledPush: typeof runCommand = async (command) => {
      if (command.args.includes('push')) cancel.abort(new Error('job cancelled (SIGINT)'));
      return runCommand(command);
    };
    await expect(run({}, cancelledPush, cancel.signal).done).rejects.toThrow(/exited with 125/);
    expect(ecr).not.toHaveReceivedCommand(PutImageCommand);
  });

  test('when the push itself succeeded but its digest cannot be learned, the run fails: its own image is not taken for a winner', async () => {
    // No digest file from the builder, and the registry the token names refuses connections: nothing says the image is
    // ours.
    repository('IMMUTABLE', 'http://127.0.0.1:1');
    ecr
      .on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] })
      .resolvesOnce(notFound)
      .resolves(found(SHA, WINNER));
    const { calls, runCommand } = builder();
    const { io, done } = run({}, runCommand);
    await expect(done).rejects.toThrow(/^could not learn the pushed digest/);
    expect(calls.map((c) => `${c.tool} ${c.args[0]}`)).toEqual([
      'buildah login',
      'buildah bud',
      'buildah push',
      'buildah push',
    ]);
    expect(io.log).not.toContainEqual(expect.stringMatching(/another run of this commit pushed first/));
    expect(ecr).not.toHaveReceivedCommand(PutImageCommand);
  });

  test('in a mutable repository a failed push is never taken for a lost race', async () => {
    repository('MUTABLE');
    ecr
      .on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] })
      .resolvesOnce(notFound)
      .resolves(found(SHA, WINNER));
    const { runCommand } = builder({ failingTag: SHA });
    await expect(run({}, runCommand).done).rejects.toThrow(/exited with 125/);
  });
});

describe('adding a tag that a concurrent run added first', () => {
  test('ECR refuses the immutable tag; looked up again, it names this very image, so the tag counts as already there', async () => {
    repository('IMMUTABLE');
    ecr.on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] }).resolves(found(SHA, WINNER));
    ecr
      .on(BatchGetImageCommand, { imageIds: [{ imageTag: 'staging' }] })
      .resolvesOnce(notFound)
      .resolves(found('staging', WINNER));
    ecr.on(PutImageCommand, { imageTag: 'staging' }).rejects(tagAlreadyExists());
    const { calls, runCommand } = builder();
    const { io, done } = run({ tags: 'staging', platforms: 'linux/amd64,linux/arm64' }, runCommand);
    await expect(done).resolves.toMatchObject({
      result: 'reused',
      tags: [
        { tag: SHA, outcome: 'already-present' },
        { tag: SHORT, outcome: 'added' },
        { tag: 'staging', outcome: 'already-present' },
      ],
    });
    expect(calls).toEqual([]);
    expect(io.summary).toMatch(/`staging` \| already here/);
  });

  test('a tag that meanwhile went to another image is a conflict that names that image', async () => {
    repository('IMMUTABLE');
    const other = indexOf('arm64');
    ecr.on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] }).resolves(found(SHA, WINNER));
    ecr
      .on(BatchGetImageCommand, { imageIds: [{ imageTag: 'staging' }] })
      .resolvesOnce(notFound)
      .resolves(found('staging', other));
    ecr.on(PutImageCommand, { imageTag: 'staging' }).rejects(tagAlreadyExists());
    await expect(
      run({ tags: 'staging', platforms: 'linux/amd64,linux/arm64' }, builder().runCommand).done,
    ).rejects.toThrow(
      `tag staging in web already points at another image (${other.digest}) and the repository's tags are immutable`,
    );
  });
});

describe('an image already pushed for this SHA is reused only with every requested platform', () => {
  test('it is read with the index media types, and an amd64-only image asked for arm64 too fails in an immutable repository, before any login', async () => {
    repository('IMMUTABLE');
    ecr.on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] }).resolves(found(SHA, indexOf('amd64')));
    const { calls, runCommand } = builder();
    await expect(run({ platforms: 'linux/amd64,linux/arm64', tags: 'staging' }, runCommand).done).rejects.toThrow(
      `\`platforms\` asks for linux/amd64, linux/arm64, but web:${SHA} already exists with linux/amd64 only and the repository's tags are immutable, so it cannot be rebuilt; nothing was built or tagged`,
    );
    expect(ecr).toHaveReceivedCommandWith(BatchGetImageCommand, {
      imageIds: [{ imageTag: SHA }],
      acceptedMediaTypes: expect.arrayContaining([
        INDEX_TYPE,
        'application/vnd.docker.distribution.manifest.list.v2+json',
      ]),
    });
    expect(ecr).not.toHaveReceivedCommand(PutImageCommand);
    expect(ecr).not.toHaveReceivedCommand(GetAuthorizationTokenCommand);
    expect(calls).toEqual([]);
  });

  describe('in a mutable repository', () => {
    let registry: Server;
    let host: string;
    const REBUILT = indexOf('amd64', 'arm64');

    beforeAll(async () => {
      // The registry the token is for, which the action reads the pushed index back from.
      registry = createServer((req, res) => {
        const ok = req.url === `/v2/web/manifests/${SHA}`;
        res.writeHead(
          ok ? 200 : 404,
          ok ? { 'content-type': INDEX_TYPE, 'docker-content-digest': REBUILT.digest } : {},
        );
        res.end(ok ? REBUILT.manifest : '');
      });
      await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
      host = `127.0.0.1:${(registry.address() as { port: number }).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => registry.close(() => resolve())));

    test('it is rebuilt for every platform asked for, and the run says which image it replaced', async () => {
      repository('MUTABLE', `http://${host}`);
      const old = indexOf('amd64');
      ecr.on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] }).resolves(found(SHA, old));
      const { calls, runCommand } = builder({ firstPushDigest: REBUILT.digest });
      const { io, done } = run({ platforms: 'linux/amd64,linux/arm64' }, runCommand);
      await expect(done).resolves.toMatchObject({ result: 'built', digest: REBUILT.digest });
      expect(calls[1].args.join(' ')).toContain('--platform linux/amd64,linux/arm64');
      expect(calls.slice(2).map((c) => c.args[c.args.length - 1])).toEqual([
        `docker://${host}/web:${SHA}`,
        `docker://${host}/web:${SHORT}`,
      ]);
      expect(JSON.parse(io.outputs['platform-digests'])).toEqual({
        'linux/amd64': `sha256:${'1'.repeat(64)}`,
        'linux/arm64': `sha256:${'2'.repeat(64)}`,
      });
      expect(io.log).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^notice.*web:${SHA} has only linux/amd64 \\(${old.digest}\\); the repository is mutable, so it is rebuilt`,
          ),
        ),
      );
      expect(io.summary).toContain(
        `| Replaced | \`${old.digest}\` (linux/amd64 only; still pullable by digest, now untagged) |`,
      );
    });
  });
});
