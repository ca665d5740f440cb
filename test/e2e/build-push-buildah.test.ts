/**
 * A real build and push: the bundled action builds a multi-stage Dockerfile with buildah (vfs, chroot) and
 * pushes it to a real registry on loopback, logging in with the credentials ECR (moto) hands out. A front puts
 * moto and the registry under one host, as ECR is one service (support/build-push-ecr-front.ts), so the action
 * finds the registry as it finds ECR's: from the token's proxy endpoint, with no `registry` input. The registry's
 * own answers, and skopeo's, are the judges of tags and digest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

import { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';

import { type EcrFront, startEcrFront } from '../support/build-push-ecr-front.js';
import { type BuildahStore, prepareBuildahStore } from '../support/buildah.js';
import { type Moto, startMoto } from '../support/moto.js';
import { type Registry, startRegistry } from '../support/registry.js';
import { type DistRun, runDist } from '../support/run-dist.js';

const SHA = '0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5';
const REPOSITORY = 'rides/user-service';
const SECRET = 'npm-t0ken-never-printed';
const FIXTURE = 'test/fixtures/build-push';

let moto: Moto;
let front: EcrFront;
let registry: Registry;
let store: BuildahStore;
let built: DistRun;
let ecr: ECRClient;

const env = () => ({ ...front.env, ...store.env, GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main' });
const buildInputs = (extra: Record<string, string> = {}) => ({
  repository: REPOSITORY,
  builder: 'buildah',
  context: FIXTURE,
  'build-args': 'APP_VERSION=1.4.2',
  secrets: `npm_token=${SECRET}`,
  tags: 'staging',
  ...extra,
});

function skopeoInspect(reference: string): { Digest: string; Labels: Record<string, string> } {
  const out = execFileSync(
    'skopeo',
    [
      'inspect',
      '--tls-verify=false',
      '--creds',
      `${registry.username}:${registry.password}`,
      `docker://${registry.host}/${reference}`,
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(out);
}

beforeAll(async () => {
  moto = await startMoto();
  // moto's ECR hands out AWS:123456789012-auth-token; the registry accepts exactly that login.
  registry = await startRegistry({ username: 'AWS', password: '123456789012-auth-token' });
  front = await startEcrFront(moto, registry);
  store = prepareBuildahStore();
  ecr = new ECRClient({
    region: moto.env.AWS_REGION,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  await ecr.send(new CreateRepositoryCommand({ repositoryName: REPOSITORY, imageTagMutability: 'IMMUTABLE' }));
  built = await runDist('build-push', { inputs: buildInputs(), env: env(), timeoutMs: 240_000 });
}, 300_000);

afterAll(async () => {
  ecr?.destroy();
  await front?.stop();
  await registry?.stop();
  await moto?.stop();
  store?.remove();
});

test('builds the production stage and pushes the SHA, short SHA and extra tags to the registry', async () => {
  expect({ exitCode: built.exitCode, stderr: built.stderr }).toMatchObject({ exitCode: 0 });
  expect(await registry.tags(REPOSITORY)).toEqual([SHA.slice(0, 7), SHA, 'staging'].sort());
  const answer = await registry.manifest(REPOSITORY, SHA);
  expect(built.outputs.digest).toBe(answer!.digest);
  for (const tag of [SHA.slice(0, 7), 'staging'])
    expect((await registry.manifest(REPOSITORY, tag))!.digest).toBe(answer!.digest);
  expect(built.outputs).toMatchObject({
    registry: front.host,
    image: `${front.host}/${REPOSITORY}:${SHA}`,
    'image-ref': `${front.host}/${REPOSITORY}@${answer!.digest}`,
    tags: `${SHA},${SHA.slice(0, 7)},staging`,
    reused: 'false',
    result: 'built',
  });
  expect(JSON.parse(built.outputs['platform-digests'])).toEqual({ 'linux/amd64': answer!.digest });
});

test('skopeo agrees on the digest, and the image carries the production stage and the OCI labels', () => {
  const inspected = skopeoInspect(`${REPOSITORY}:${SHA}`);
  expect(inspected.Digest).toBe(built.outputs.digest);
  // Without a target, the action builds `production`, not `development`, the Dockerfile's last stage.
  expect(inspected.Labels).toMatchObject({
    stage: 'production',
    'org.opencontainers.image.revision': SHA,
    'org.opencontainers.image.source': 'https://github.com/acme/rides',
  });
});

test('the registry password and the build secret are masked and never printed', () => {
  // The runner consumes ::add-mask:: lines; everything else it prints must not carry the values.
  const masks = built.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
  expect(masks.sort()).toEqual([`::add-mask::123456789012-auth-token`, `::add-mask::${SECRET}`]);
  const printed = built.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  expect(printed).not.toContain('123456789012-auth-token');
  expect(printed).not.toContain(SECRET);
  expect(built.summary).toContain('built and pushed');
});

test('the post step logs out, and a second run of it says there was nothing left to do', async () => {
  const authFile = store.env.REGISTRY_AUTH_FILE;
  expect(readFileSync(authFile, 'utf8')).toContain(front.host);
  const first = await runDist('build-push', { entry: 'post', state: built.state, env: env() });
  expect(first.exitCode).toBe(0);
  expect(first.stdout).toContain(`Logged buildah out of ${front.host}`);
  expect(existsSync(authFile) ? readFileSync(authFile, 'utf8') : '').not.toContain(front.host);
  const second = await runDist('build-push', { entry: 'post', state: built.state, env: env() });
  expect(second.exitCode).toBe(0);
  expect(second.stdout).toContain('Already logged out');
});

test('a target stage the Dockerfile lacks fails at once, on the Dockerfile, and pushes nothing', async () => {
  const before = await registry.tags(REPOSITORY);
  const run = await runDist('build-push', {
    inputs: buildInputs({ target: 'prod', tags: 'candidate' }),
    env: { ...env(), GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff' },
  });
  expect(run.exitCode).toBe(1);
  expect(run.annotations).toEqual([
    expect.stringMatching(
      /^::error title=Target stage not found,file=test\/fixtures\/build-push\/Dockerfile,line=18::Invalid `target` "prod": expected a stage of .* \(deps, builder, production, development\)/,
    ),
    expect.stringMatching(/^::error::build-push: Invalid `target` "prod"/),
  ]);
  expect(run.stdout).not.toContain('buildah bud');
  expect(await registry.tags(REPOSITORY)).toEqual(before);
  expect(run.state).toEqual({});
});

test('a missing repository is created when asked, with the settings given, before the push', async () => {
  const run = await runDist('build-push', {
    inputs: buildInputs({
      repository: 'rides/driver-service',
      'create-repository': 'true',
      'tag-mutability': 'MUTABLE',
      'scan-on-push': 'false',
      tags: '',
    }),
    env: env(),
    timeoutMs: 240_000,
  });
  expect({ exitCode: run.exitCode, stdout: run.stdout }).toMatchObject({ exitCode: 0 });
  const described = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['rides/driver-service'] }));
  expect(described.repositories?.[0]).toMatchObject({
    imageTagMutability: 'MUTABLE',
    imageScanningConfiguration: { scanOnPush: false },
  });
  expect(await registry.tags('rides/driver-service')).toEqual([SHA.slice(0, 7), SHA].sort());
  expect(run.summary).toMatch(/Created repository \| rides\/driver-service/);
}, 240_000);

describe('the ECR token goes only to the registry ECR named', () => {
  test.each([
    [
      'a host that is not an ECR registry',
      'registry.example.com',
      /^::error::build-push: Invalid `registry` "registry\.example\.com": expected an ECR registry host: /,
    ],
    [
      'an ECR name of another registry than the token is for',
      '123456789012.dkr.ecr-fips.eu-west-1.amazonaws.com',
      /^::error::build-push: Invalid `registry` "123456789012\.dkr\.ecr-fips\.eu-west-1\.amazonaws\.com": expected another name of 127\.0\.0\.1:\d+, the registry ECR issued the login token for/,
    ],
  ])('%s (%s) fails with one line before any login or build, and pushes nothing', async (_why, host, message) => {
    const before = await registry.tags(REPOSITORY);
    const run = await runDist('build-push', {
      inputs: buildInputs({ registry: host, tags: 'candidate' }),
      env: { ...env(), GITHUB_SHA: 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([expect.stringMatching(message)]);
    expect(run.stdout).not.toMatch(/buildah (login|bud)/);
    expect(run.stdout).not.toContain(`${host}/`);
    expect(run.state).toEqual({});
    expect(await registry.tags(REPOSITORY)).toEqual(before);
  });
});

test('two runs of one commit race into an immutable repository: one pushes, the other is refused, looks again and reuses that image', async () => {
  const raceSha = '1234567890abcdef1234567890abcdef12345678';
  const otherRunner = prepareBuildahStore();
  try {
    const start = (runnerEnv: Record<string, string>) =>
      runDist('build-push', {
        inputs: buildInputs({ tags: 'race' }),
        env: { ...front.env, ...runnerEnv, GITHUB_SHA: raceSha, GITHUB_REF: 'refs/heads/main' },
        timeoutMs: 240_000,
      });
    // Both look before either has pushed (the build takes seconds), so both build; the registry takes one SHA tag.
    const runs = await Promise.all([start(store.env), start(otherRunner.env)]);
    for (const run of runs)
      expect({ exitCode: run.exitCode, stdout: run.exitCode ? run.stdout : '' }).toEqual({ exitCode: 0, stdout: '' });
    expect(runs.map((run) => run.outputs.result).sort()).toEqual(['built', 'reused']);
    const [winner, loser] = runs[0].outputs.result === 'built' ? runs : [runs[1], runs[0]];
    expect(loser.stdout).toMatch(
      /^::warning::The push failed \(.*\), but rides\/user-service:1234567890abcdef1234567890abcdef12345678 now exists as sha256:[0-9a-f]{64}: another run of this commit pushed first; reusing its image$/m,
    );
    expect(loser.summary).toContain('a concurrent run of this commit pushed first: its image reused');
    expect(loser.outputs.digest).toBe(winner.outputs.digest);
    // Every tag, in the registry, names the winner's image.
    for (const tag of [raceSha, raceSha.slice(0, 7), 'race'])
      expect((await registry.manifest(REPOSITORY, tag))?.digest).toBe(winner.outputs.digest);
  } finally {
    otherRunner.remove();
  }
}, 300_000);
