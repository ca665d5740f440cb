/**
 * Orchestration with the real SDK clients under aws-sdk-client-mock, where moto cannot show the behaviour:
 * ECR scans that move over time (not started, in progress, complete; enhanced PENDING then ACTIVE; unsupported),
 * and a buildx build whose login, secrets and digest travel the way they should.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  BatchGetImageCommand,
  DescribeImageScanFindingsCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  PutImageCommand,
  ScanNotFoundException,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';

import { buildPush } from '../../actions/build-push/src/main.js';
import { createAwsClients } from '../../lib/aws/clients.js';
import { memoryIO } from '../../lib/core/io.js';
import type { BuilderCommand } from '../../lib/image/builder-command.js';
import type { CommandOptions } from '../../lib/image/command-runner.js';
import { fakeClock } from '../support/clock.js';

const SHA = '0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5';
const ENV = {
  AWS_REGION: 'eu-west-1',
  GITHUB_SHA: SHA,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  RUNNER_TEMP: tmpdir(),
};
const AMD = `sha256:${'1'.repeat(64)}`;
const ARM = `sha256:${'2'.repeat(64)}`;
const INDEX = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: AMD,
      size: 1,
      platform: { os: 'linux', architecture: 'amd64' },
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: ARM,
      size: 1,
      platform: { os: 'linux', architecture: 'arm64' },
    },
  ],
});
const INDEX_DIGEST = `sha256:${'9'.repeat(64)}`;

const ecr = mockClient(ECRClient);

/** An ECR repository that already holds the SHA as a two-platform index. */
function repositoryWithIndex(): void {
  ecr.on(DescribeRepositoriesCommand).resolves({
    repositories: [
      {
        repositoryName: 'web',
        repositoryUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web',
        imageTagMutability: 'IMMUTABLE',
      },
    ],
  });
  ecr.on(BatchGetImageCommand).resolves({ images: [], failures: [{ failureCode: 'ImageNotFound' }] });
  ecr.on(BatchGetImageCommand, { imageIds: [{ imageTag: SHA }] }).resolves({
    images: [
      {
        imageId: { imageDigest: INDEX_DIGEST, imageTag: SHA },
        imageManifest: INDEX,
        imageManifestMediaType: 'application/vnd.oci.image.index.v1+json',
      },
    ],
  });
  ecr.on(PutImageCommand).resolves({});
}

const run = (inputs: Record<string, string>) => {
  const io = memoryIO({ repository: 'web', context: 'test/fixtures/build-push', ...inputs });
  const done = buildPush(
    { io, signal: new AbortController().signal },
    {
      clients: createAwsClients({ region: 'eu-west-1', action: 'build-push' }),
      env: ENV,
      clock: fakeClock(),
      runCommand: async () => {
        throw new Error('nothing should be built');
      },
    },
  );
  return { io, done };
};

beforeEach(() => ecr.reset());

test('basic scanning: waits through "not started" and IN_PROGRESS for each platform image, then fails at HIGH', async () => {
  repositoryWithIndex();
  ecr
    .on(DescribeImageScanFindingsCommand, { imageId: { imageDigest: AMD } })
    .rejectsOnce(new ScanNotFoundException({ message: 'no scan yet', $metadata: {} }))
    .resolvesOnce({ imageScanStatus: { status: 'IN_PROGRESS' } })
    .resolves({
      imageScanStatus: { status: 'COMPLETE', description: 'The scan was completed successfully.' },
      imageScanFindings: {
        findingSeverityCounts: { HIGH: 2, LOW: 1 },
        findings: [
          { name: 'CVE-2024-0001', severity: 'LOW', attributes: [{ key: 'package_name', value: 'zlib' }] },
          {
            name: 'CVE-2024-9999',
            severity: 'HIGH',
            uri: 'https://example.test/CVE-2024-9999',
            attributes: [{ key: 'package_name', value: 'openssl' }],
          },
        ],
      },
    });
  ecr
    .on(DescribeImageScanFindingsCommand, { imageId: { imageDigest: ARM } })
    .resolves({ imageScanStatus: { status: 'COMPLETE' }, imageScanFindings: { findingSeverityCounts: { MEDIUM: 1 } } });

  const { io, done } = run({ 'fail-on-severity': 'HIGH' });
  await expect(done).rejects.toThrow(
    'scan gate: 2 finding(s) at HIGH or above; the image is pushed and tagged but should not be deployed (see the job summary)',
  );
  // The index is never scanned itself: its platform images are.
  expect(ecr).not.toHaveReceivedCommandWith(DescribeImageScanFindingsCommand, {
    imageId: { imageDigest: INDEX_DIGEST },
  });
  expect(ecr).toHaveReceivedCommandTimes(DescribeImageScanFindingsCommand, 4);
  expect(io.log).toEqual(expect.arrayContaining(['linux/amd64: scan not started', 'linux/amd64: scan in progress']));
  // Outputs and the summary are there even though the gate failed: the next job can see what was found.
  expect(io.outputs).toMatchObject({ digest: INDEX_DIGEST, reused: 'true' });
  expect(io.summary).toContain('| linux/amd64 | COMPLETE: The scan was completed successfully. | 0 | 2 | 0 | 1 | 0 |');
  expect(io.summary).toContain(
    '| linux/amd64 | HIGH | [CVE-2024-9999](https://example.test/CVE-2024-9999) | openssl |',
  );
  expect(io.summary.indexOf('CVE-2024-9999')).toBeLessThan(io.summary.indexOf('CVE-2024-0001'));
});

test('enhanced scanning: PENDING, then ACTIVE with findings below the threshold, passes', async () => {
  repositoryWithIndex();
  ecr
    .on(DescribeImageScanFindingsCommand)
    .resolvesOnce({ imageScanStatus: { status: 'PENDING' } })
    .resolves({
      imageScanStatus: { status: 'ACTIVE' },
      imageScanFindings: {
        findingSeverityCounts: { MEDIUM: 3 },
        enhancedFindings: [
          {
            severity: 'MEDIUM',
            title: 'x',
            packageVulnerabilityDetails: {
              vulnerabilityId: 'CVE-2023-1234',
              vulnerablePackages: [{ name: 'busybox' }],
            },
          },
        ],
      },
    });
  const { io, done } = run({ 'fail-on-severity': 'HIGH' });
  await expect(done).resolves.toMatchObject({ verdict: { passed: true, blocking: 0 } });
  expect(io.summary).toContain('Scan gate passed (fail at HIGH or above)');
  expect(io.summary).toContain('| linux/arm64 | MEDIUM | CVE-2023-1234 | busybox |');
});

test.each(['UNSUPPORTED_IMAGE', 'FAILED', 'FINDINGS_UNAVAILABLE', 'SCAN_ELIGIBILITY_EXPIRED', 'LIMIT_EXCEEDED'])(
  'a scan that ends %s fails the gate: nothing shows the image is clean',
  async (status) => {
    repositoryWithIndex();
    ecr.on(DescribeImageScanFindingsCommand).resolves({ imageScanStatus: { status: status as 'FAILED' } });
    await expect(run({ 'fail-on-severity': 'CRITICAL' }).done).rejects.toThrow(
      `scan gate: the scan of linux/amd64 ended ${status}, linux/arm64 ended ${status}, so nothing shows the image is clean`,
    );
  },
);

test('a scan that never finishes gives up at scan-timeout', async () => {
  repositoryWithIndex();
  ecr.on(DescribeImageScanFindingsCommand).resolves({ imageScanStatus: { status: 'IN_PROGRESS' } });
  await expect(run({ 'fail-on-severity': 'HIGH', 'scan-timeout': '2m' }).done).rejects.toThrow(
    'gave up waiting for the ECR scan of web after 120s',
  );
});

describe('a buildx build', () => {
  let registry: Server;
  let host: string;
  const PUSHED = `sha256:${'7'.repeat(64)}`;
  const MANIFEST = '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","layers":[]}';

  beforeAll(async () => {
    // Stands in for the registry's v2 API, which the action reads back after the push.
    registry = createServer((req, res) => {
      const ok =
        req.url === `/v2/web/manifests/${SHA}` &&
        req.headers.authorization === `Basic ${Buffer.from('AWS:pa55word').toString('base64')}`;
      res.writeHead(
        ok ? 200 : 404,
        ok ? { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': PUSHED } : {},
      );
      res.end(ok ? MANIFEST : '');
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(registry.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => registry.close(() => resolve())));

  test('logs in with the password on stdin, passes secrets by environment, and reports the registry digest', async () => {
    ecr
      .on(DescribeRepositoriesCommand)
      .resolves({ repositories: [{ repositoryName: 'web', repositoryUri: 'x/web', imageTagMutability: 'IMMUTABLE' }] });
    ecr.on(BatchGetImageCommand).resolves({ images: [], failures: [{ failureCode: 'ImageNotFound' }] });
    ecr.on(GetAuthorizationTokenCommand).resolves({
      // The token's own registry stands in on loopback: the only host the token may be sent to.
      authorizationData: [
        { authorizationToken: Buffer.from('AWS:pa55word').toString('base64'), proxyEndpoint: `http://${host}` },
      ],
    });
    const calls: { command: BuilderCommand; options?: CommandOptions; stateAtCall: Record<string, string> }[] = [];
    const io = memoryIO({
      repository: 'web',
      context: 'test/fixtures/build-push',
      secrets: 'npm_token=s3cret',
      cache: 'none',
    });
    const outcome = await buildPush(
      { io, signal: new AbortController().signal },
      {
        clients: createAwsClients({ region: 'eu-west-1', action: 'build-push' }),
        env: { ...ENV, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'bp-')) },
        runCommand: async (command, options) => {
          calls.push({ command, options, stateAtCall: { ...io.state } });
          const metadata = command.args[command.args.indexOf('--metadata-file') + 1];
          if (command.args[0] === 'buildx')
            writeFileSync(metadata, JSON.stringify({ 'containerimage.digest': PUSHED }));
          return { exitCode: 0, stdout: '', stderr: '' };
        },
      },
    );
    expect(calls.map((c) => `${c.command.tool} ${c.command.args[0]}`)).toEqual(['docker login', 'docker buildx']);
    expect(calls[0].options).toEqual({ input: 'pa55word', silent: true });
    expect(calls[0].stateAtCall).toEqual({ 'login-registry': host, 'login-builder': 'buildx' });
    expect(calls[1].options?.env).toEqual({ BUILD_SECRET_NPM_TOKEN: 's3cret' });
    expect(calls[1].command.args.join(' ')).not.toContain('s3cret');
    expect(io.secrets.sort()).toEqual(['pa55word', 's3cret']);
    expect(outcome).toMatchObject({ result: 'built', digest: PUSHED, platformDigests: { 'linux/amd64': PUSHED } });
    expect(io.outputs['image-ref']).toBe(`${host}/web@${PUSHED}`);
    expect(io.log.some((line) => line.startsWith('warning'))).toBe(false);
  });
});
