/**
 * The ECR login token is a password for one registry: `registry` accepts only ECR's own host names for it
 * (IPv4, China, FIPS, dual-stack), in the token's account and region; anything else fails before any call.
 * And an image that is already there is reused only when it has every platform asked for.
 */
import { readInputs } from '../../actions/build-push/src/inputs.js';
import { type Observed, planBuildPush } from '../../actions/build-push/src/plan.js';
import { ConfigurationError, PlanError } from '../../lib/core/errors.js';
import { memoryIO } from '../../lib/core/io.js';
import type { EcrImage } from '../../lib/ecr/images.js';
import { isSameRegistry, parseEcrRegistryHost } from '../../lib/ecr/registry-host.js';
import { parseStages } from '../../lib/image/dockerfile.js';

const SHA = '0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5';
const TOKEN_REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const ENV = { AWS_REGION: 'eu-west-1', GITHUB_SHA: SHA, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' };

const inputs = (given: Record<string, string>, env: Record<string, string> = ENV) =>
  readInputs(memoryIO({ repository: 'web', ...given }), env);
const observed = (over: Partial<Observed> = {}): Observed => ({
  tokenRegistry: TOKEN_REGISTRY,
  repository: { name: 'web', uri: `${TOKEN_REGISTRY}/web`, tagMutability: 'IMMUTABLE', scanOnPush: true },
  stages: parseStages('FROM node AS production\n'),
  images: new Map(),
  workDir: '/tmp/w',
  now: new Date('2025-06-01T12:00:00Z'),
  ...over,
});

describe('ECR registry host names', () => {
  test.each([
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      { accountId: '123456789012', region: 'eu-west-1', fips: false, dualStack: false },
    ],
    [
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn',
      { accountId: '123456789012', region: 'cn-north-1', fips: false, dualStack: false },
    ],
    [
      '123456789012.dkr.ecr-fips.us-east-1.amazonaws.com',
      { accountId: '123456789012', region: 'us-east-1', fips: true, dualStack: false },
    ],
    [
      '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
      { accountId: '123456789012', region: 'us-gov-west-1', fips: true, dualStack: false },
    ],
    [
      '123456789012.dkr-ecr.eu-west-1.on.aws',
      { accountId: '123456789012', region: 'eu-west-1', fips: false, dualStack: true },
    ],
    [
      '123456789012.dkr-ecr-fips.us-east-2.on.aws',
      { accountId: '123456789012', region: 'us-east-2', fips: true, dualStack: true },
    ],
    [
      '123456789012.DKR.ECR.EU-WEST-1.AMAZONAWS.COM',
      { host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', region: 'eu-west-1' },
    ],
  ])('%s is an ECR registry', (host, expected) => {
    expect(parseEcrRegistryHost(host)).toMatchObject(expected);
  });

  test.each([
    ['a registry elsewhere', 'registry.example.com'],
    ['loopback', '127.0.0.1:5000'],
    ['a port', '123456789012.dkr.ecr.eu-west-1.amazonaws.com:443'],
    ['a scheme', 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com'],
    ['a path', '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web'],
    ['a look-alike suffix', '123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.example'],
    ['a look-alike prefix', 'x123456789012.dkr.ecr.eu-west-1.amazonaws.com'],
    ['an 11-digit account', '12345678901.dkr.ecr.eu-west-1.amazonaws.com'],
    ['the ECR API host', 'api.ecr.eu-west-1.amazonaws.com'],
    ['ECR Public', 'public.ecr.aws'],
    ['a China region under .com', '123456789012.dkr.ecr.cn-north-1.amazonaws.com'],
    ['another region under .com.cn', '123456789012.dkr.ecr.eu-west-1.amazonaws.com.cn'],
    ['FIPS in China', '123456789012.dkr.ecr-fips.cn-north-1.amazonaws.com.cn'],
    ['an S3 dual-stack look-alike', '123456789012.dkr.ecr.eu-west-1.on.aws'],
  ])('%s (%s) is not', (_why, host) => {
    expect(parseEcrRegistryHost(host)).toBeUndefined();
  });

  test.each([
    ['123456789012.dkr.ecr-fips.eu-west-1.amazonaws.com', true],
    ['123456789012.dkr-ecr.eu-west-1.on.aws', true],
    ['210987654321.dkr.ecr.eu-west-1.amazonaws.com', false],
    ['123456789012.dkr.ecr.eu-central-1.amazonaws.com', false],
  ])('%s is another name of the token registry: %s', (host, same) => {
    expect(isSameRegistry(host, TOKEN_REGISTRY)).toBe(same);
  });

  test('a token registry that is not an ECR name (a test double) matches only itself', () => {
    expect(isSameRegistry('127.0.0.1:5000', '127.0.0.1:5000')).toBe(true);
    expect(isSameRegistry(TOKEN_REGISTRY, '127.0.0.1:5000')).toBe(false);
  });
});

describe('`registry` fails with one line naming it, before any AWS call', () => {
  test.each<[Record<string, string>, string]>([
    [
      { registry: 'registry.example.com' },
      'Invalid `registry` "registry.example.com": expected an ECR registry host: <account>.dkr.ecr.<region>.amazonaws.com',
    ],
    [{ registry: '127.0.0.1:5000' }, 'Invalid `registry` "127.0.0.1:5000": expected an ECR registry host'],
    [
      { registry: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com' },
      'no scheme, port or path (hint: the ECR login token is sent to this host, so nothing else is accepted)',
    ],
    [
      { registry: '123456789012.dkr.ecr-fips.us-east-1.amazonaws.com' },
      'Invalid `registry` "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com": expected a registry in eu-west-1, the region of `aws-region`',
    ],
    [
      { registry: '123456789012.dkr-ecr.eu-west-1.on.aws', 'registry-id': '210987654321' },
      'expected a registry of account 210987654321 (`registry-id`)',
    ],
  ])('%j', (given, message) => {
    expect(() => inputs(given)).toThrow(ConfigurationError);
    expect(() => inputs(given)).toThrow(message);
    expect(() => inputs(given)).not.toThrow(/\n/);
  });

  test('a well-formed name of another account than the token is for is refused by the plan, before any login', () => {
    expect(() =>
      planBuildPush(inputs({ registry: '210987654321.dkr.ecr.eu-west-1.amazonaws.com' }), observed()),
    ).toThrow(
      new ConfigurationError(
        'registry',
        '"210987654321.dkr.ecr.eu-west-1.amazonaws.com": expected another name of 123456789012.dkr.ecr.eu-west-1.amazonaws.com, the registry ECR issued the login token for (same account and region)',
        'set registry-id for a registry in another account',
      ),
    );
  });

  test.each([
    '123456789012.dkr.ecr-fips.eu-west-1.amazonaws.com',
    '123456789012.dkr-ecr.eu-west-1.on.aws',
    '123456789012.dkr-ecr-fips.eu-west-1.on.aws',
  ])('the FIPS or dual-stack name %s of the token registry is pushed to and logged in to', (registry) => {
    const plan = planBuildPush(inputs({ registry }), observed());
    expect(plan.registry).toBe(registry);
    const argv = plan.step.kind === 'build' ? plan.step.commands.flatMap((c) => c.args) : [];
    expect(argv).toContain(`${registry}/web:${SHA}`);
  });

  test('without `registry`, the token registry is the only one used', () => {
    expect(planBuildPush(inputs({}), observed()).registry).toBe(TOKEN_REGISTRY);
  });
});

describe('reusing an image checks its platforms', () => {
  const INDEX_TYPE = 'application/vnd.oci.image.index.v1+json';
  const index = (...architectures: string[]): EcrImage => ({
    digest: `sha256:${'9'.repeat(64)}`,
    mediaType: INDEX_TYPE,
    manifest: JSON.stringify({
      schemaVersion: 2,
      mediaType: INDEX_TYPE,
      manifests: [
        ...architectures.map((architecture, i) => ({
          digest: `sha256:${String(i + 1).repeat(64)}`,
          platform: { os: 'linux', architecture, ...(architecture === 'arm64' ? { variant: 'v8' } : {}) },
        })),
        {
          digest: `sha256:${'f'.repeat(64)}`,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
        },
      ],
    }),
  });
  const single: EcrImage = {
    digest: `sha256:${'a'.repeat(64)}`,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    manifest: '{"schemaVersion":2,"layers":[]}',
  };
  const mutable = { name: 'web', uri: `${TOKEN_REGISTRY}/web`, tagMutability: 'MUTABLE' as const, scanOnPush: true };

  test.each<[string, EcrImage, string]>([
    [
      'an index with both platforms (arm64 written with its v8 variant)',
      index('amd64', 'arm64'),
      'linux/amd64,linux/arm64',
    ],
    ['an index with more platforms than asked for', index('amd64', 'arm64'), 'linux/arm64'],
    ['a single-platform image, for one platform', single, 'linux/amd64'],
  ])('%s is reused', (_name, existing, platforms) => {
    expect(planBuildPush(inputs({ platforms }), observed({ images: new Map([[SHA, existing]]) })).step.kind).toBe(
      'reuse',
    );
  });

  test.each<[string, string, EcrImage, string]>([
    ['an amd64-only index', 'linux/amd64,linux/arm64', index('amd64'), 'already exists with linux/amd64 only'],
    ['a single-platform image', 'linux/amd64,linux/arm64', single, 'already exists with linux/amd64 only'],
    ['an arm64-only index', 'linux/amd64', index('arm64'), 'already exists with linux/arm64 only'],
  ])(
    '%s, asked for %s in an immutable repository, fails before any tag is added',
    (_name, platforms, existing, says) => {
      const run = () =>
        planBuildPush(inputs({ platforms, tags: 'staging' }), observed({ images: new Map([[SHA, existing]]) }));
      expect(run).toThrow(PlanError);
      expect(run).toThrow(
        `\`platforms\` asks for ${platforms.split(',').join(', ')}, but web:${SHA} ${says} and the repository's tags are immutable, so it cannot be rebuilt; nothing was built or tagged`,
      );
    },
  );

  test('in a mutable repository it is rebuilt for every platform asked for, and the plan names the image it replaces', () => {
    const plan = planBuildPush(
      inputs({ platforms: 'linux/amd64,linux/arm64' }),
      observed({ repository: mutable, images: new Map([[SHA, index('amd64')]]) }),
    );
    expect(plan.step).toMatchObject({
      kind: 'build',
      replaces: { digest: index('amd64').digest, platforms: ['linux/amd64'] },
    });
    const argv = plan.step.kind === 'build' ? plan.step.commands[0].args.join(' ') : '';
    expect(argv).toContain('--platform linux/amd64,linux/arm64');
  });
});
