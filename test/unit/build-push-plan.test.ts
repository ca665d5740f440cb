import { readInputs } from '../../actions/build-push/src/inputs.js';
import { type Observed, type Plan, planBuildPush, TargetStageError } from '../../actions/build-push/src/plan.js';
import { ConfigurationError, PlanError } from '../../lib/core/errors.js';
import { memoryIO } from '../../lib/core/io.js';
import type { EcrImage } from '../../lib/ecr/images.js';
import type { EcrRepository } from '../../lib/ecr/repositories.js';
import { parseStages } from '../../lib/image/dockerfile.js';

const SHA = '0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5';
const REG = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const ENV = { AWS_REGION: 'eu-west-1', GITHUB_SHA: SHA, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' };
const DOCKERFILE = 'FROM node AS deps\nFROM deps AS builder\nFROM node AS production\nFROM production AS development\n';

const image = (c: string): EcrImage => ({
  digest: `sha256:${c.repeat(64)}`,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  manifest: `{"layers":["${c}"]}`,
});
const repo = (tagMutability: 'MUTABLE' | 'IMMUTABLE' = 'IMMUTABLE'): EcrRepository => ({
  name: 'web',
  uri: `${REG}/web`,
  tagMutability,
  scanOnPush: true,
});

const inputs = (given: Record<string, string> = {}) => readInputs(memoryIO({ repository: 'web', ...given }), ENV);
const observed = (over: Partial<Observed> = {}): Observed => ({
  tokenRegistry: REG,
  repository: repo(),
  stages: parseStages(DOCKERFILE),
  images: new Map(),
  workDir: '/tmp/w',
  now: new Date('2025-06-01T12:00:00Z'),
  ...over,
});
const plan = (given: Record<string, string>, over: Partial<Observed> = {}): Plan =>
  planBuildPush(inputs(given), observed(over));

describe('build, reuse or promote', () => {
  test('a new SHA is built from the production stage, not the development stage that comes last', () => {
    const result = plan({});
    expect(result.step).toMatchObject({ kind: 'build', target: 'production' });
    expect(result.tags).toEqual([SHA, SHA.slice(0, 7)]);
    expect(result.create).toEqual([]);
  });

  test('a SHA already in ECR is reused: only missing tags are added, by copy', () => {
    const result = plan({ tags: 'staging' }, { images: new Map([[SHA, image('a')]]) });
    expect(result.step).toMatchObject({
      kind: 'reuse',
      source: image('a'),
      copy: { add: [SHA.slice(0, 7), 'staging'], present: [SHA], elsewhere: [], move: [] },
    });
  });

  test('in a mutable repository a reused image takes `latest` over from an older image', () => {
    const result = plan(
      { tags: 'latest' },
      {
        repository: repo('MUTABLE'),
        images: new Map([
          [SHA, image('a')],
          ['latest', image('b')],
        ]),
      },
    );
    expect(result.step).toMatchObject({ kind: 'reuse', copy: { add: [SHA.slice(0, 7)], move: ['latest'] } });
  });

  test('in an immutable repository that is a conflict, found before anything changes', () => {
    expect(() =>
      plan(
        { tags: 'latest' },
        {
          images: new Map([
            [SHA, image('a')],
            ['latest', image('b')],
          ]),
        },
      ),
    ).toThrow(
      new PlanError(`tag already points at another image in web: latest → sha256:bbbbbbbbbbbb…; no tag was changed`),
    );
  });

  test('building into an immutable repository where an extra tag is taken stops before the build', () => {
    expect(() => plan({ tags: 'v1' }, { images: new Map([['v1', image('b')]]) })).toThrow(
      /tag v1 already exists in web and its tags are immutable; nothing was built/,
    );
  });

  test('promotion copies the source under exactly the new tags; identical tags count as done', () => {
    const result = plan(
      { 'promote-from': SHA, tags: 'production, v2' },
      {
        stages: undefined,
        images: new Map([
          [SHA, image('a')],
          ['v2', image('a')],
        ]),
      },
    );
    expect(result.tags).toEqual(['production', 'v2']);
    expect(result.step).toMatchObject({
      kind: 'promote',
      sourceReference: SHA,
      copy: { add: ['production'], present: ['v2'] },
    });
  });

  test('promotion never moves a tag, even in a mutable repository', () => {
    expect(() =>
      plan(
        { 'promote-from': SHA, tags: 'production' },
        {
          repository: repo('MUTABLE'),
          images: new Map([
            [SHA, image('a')],
            ['production', image('b')],
          ]),
        },
      ),
    ).toThrow(PlanError);
  });

  test('a missing repository is created first when asked, and the registry cache repository with it (mutable)', () => {
    const result = plan(
      { 'create-repository': 'true', cache: 'registry', 'scan-on-push': 'false' },
      { repository: undefined },
    );
    expect(result.create).toEqual([
      { repositoryName: 'web', tagMutability: 'IMMUTABLE', scanOnPush: false },
      { repositoryName: 'web-cache', tagMutability: 'MUTABLE', scanOnPush: false },
    ]);
  });

  test('the scan gate is planned only when a severity is given', () => {
    expect(plan({}).scanGate).toBeUndefined();
    expect(plan({ 'fail-on-severity': 'HIGH', 'scan-timeout': '5m' }).scanGate).toEqual({
      threshold: 'HIGH',
      timeoutMs: 300_000,
    });
  });
});

describe('bad input changes nothing and says what is accepted', () => {
  test.each<[string, Record<string, string>, Partial<Observed>, string]>([
    [
      'unknown repository',
      {},
      { repository: undefined },
      'Invalid `repository` "web": expected an existing ECR repository in eu-west-1 (hint: set create-repository: true, or create it first)',
    ],
    [
      'missing Dockerfile',
      { dockerfile: 'svc/Dockerfile' },
      { stages: undefined },
      'Invalid `dockerfile` "svc/Dockerfile": expected a Dockerfile that exists',
    ],
    [
      'promotion without tags',
      { 'promote-from': SHA },
      { images: new Map([[SHA, image('a')]]) },
      'Invalid `tags`: is required with `promote-from`',
    ],
    [
      'promotion of a tag that is not there',
      { 'promote-from': 'v0', tags: 'production' },
      {},
      'Invalid `promote-from` "v0": expected a tag or digest that exists in web',
    ],
    [
      'registry cache without its repository',
      { cache: 'registry' },
      {},
      'Invalid `cache-repository` "web-cache": expected an existing ECR repository for the registry cache',
    ],
  ])('%s', (_name, given, over, message) => {
    expect(() => plan(given, over)).toThrow(ConfigurationError);
    expect(() => plan(given, over)).toThrow(message);
  });

  test('a target stage the Dockerfile lacks is an error that points at the Dockerfile', () => {
    let error: unknown;
    try {
      plan({ target: 'prod', dockerfile: 'svc/Dockerfile' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TargetStageError);
    expect((error as TargetStageError).message).toBe(
      'Invalid `target` "prod": expected a stage of svc/Dockerfile (deps, builder, production, development) (hint: name a stage with FROM … AS <name>)',
    );
    expect((error as TargetStageError).annotation).toEqual({
      title: 'Target stage not found',
      file: 'svc/Dockerfile',
      startLine: 4,
    });
  });

  test.each<[Record<string, string>, string]>([
    [
      { platforms: 'linux/amd64,linux/riscv64' },
      'Invalid `platforms` "linux/riscv64": expected one or more of linux/amd64, linux/arm64',
    ],
    [{ builder: 'kaniko' }, 'Invalid `builder` "kaniko": expected one of buildx, buildah, podman'],
    [{ builder: 'buildah', cache: 'gha' }, 'Invalid `cache` "gha": expected registry or none with builder buildah'],
    [{ builder: 'podman', sbom: 'true' }, 'Invalid `sbom`: needs builder buildx (got podman)'],
    [
      { repository: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web' },
      'Invalid `repository` "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web": expected an ECR repository name',
    ],
    [{ 'git-sha': 'abc123' }, 'Invalid `git-sha` "abc123": expected a full git commit SHA'],
    [
      { 'promote-from': SHA, target: 'production' },
      'Invalid `promote-from`: cannot be combined with build inputs (`target`)',
    ],
    [
      { 'fail-on-severity': 'SEVERE' },
      'Invalid `fail-on-severity` "SEVERE": expected one of none, CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL',
    ],
    [{ secrets: 'npm token=x' }, 'Invalid `secrets`: line 1: the part before = is not a secret id'],
    [{ tags: '///' }, 'Invalid `tags` "///"'],
  ])('%j', (given, message) => {
    expect(() => plan(given)).toThrow(message);
  });
});

describe('the build step', () => {
  test('secrets reach the builder by variable name only; labels say where the image came from', () => {
    const result = planBuildPush(
      readInputs(memoryIO({ repository: 'web', secrets: 'npm_token=s3cr3t', labels: 'team=rides' }), ENV),
      observed({ sourceUrl: 'https://github.com/acme/rides' }),
    );
    if (result.step.kind !== 'build') throw new Error('expected a build');
    expect(result.step.secretEnv).toEqual([['npm_token', 'BUILD_SECRET_NPM_TOKEN']]);
    const argv = result.step.commands.flatMap((c) => c.args).join(' ');
    expect(argv).not.toContain('s3cr3t');
    expect(argv).toContain('--secret id=npm_token,env=BUILD_SECRET_NPM_TOKEN');
    expect(argv).toContain(
      `--label org.opencontainers.image.revision=${SHA} --label org.opencontainers.image.created=2025-06-01T12:00:00.000Z --label org.opencontainers.image.source=https://github.com/acme/rides --label team=rides`,
    );
    expect(argv).toContain(`--tag ${REG}/web:${SHA} --tag ${REG}/web:${SHA.slice(0, 7)}`);
  });

  test('the GitHub Actions cache is read on pull requests but written only from the default branch', () => {
    const onPr = planBuildPush(
      readInputs(memoryIO({ repository: 'web' }), {
        ...ENV,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REF: 'refs/pull/3/merge',
      }),
      observed(),
    );
    const args = onPr.step.kind === 'build' ? onPr.step.commands[0].args : [];
    expect(args).toContain('type=gha,scope=web/production');
    expect(args).not.toContain('--cache-to');
  });
});
