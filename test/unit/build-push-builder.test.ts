import type { BuilderKind } from '../../lib/image/builder-command.js';
import { buildCommands, type BuildSpec, loginCommand, normalizePlatform } from '../../lib/image/builder-command.js';
import { cacheFlags, type CachePreset } from '../../lib/image/cache.js';
import { describeStages, findStage, parseStages } from '../../lib/image/dockerfile.js';

const REG = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const spec = (over: Partial<BuildSpec> = {}): BuildSpec => ({
  builder: 'buildx',
  context: '.',
  dockerfile: 'Dockerfile',
  target: 'production',
  platforms: ['linux/amd64'],
  buildArgs: [['NODE_ENV', 'production']],
  secrets: [{ id: 'npm_token', env: 'BUILD_SECRET_NPM_TOKEN' }],
  labels: [['org.opencontainers.image.revision', 'abc']],
  imageRefs: [`${REG}/web:abc`, `${REG}/web:ab`],
  cache: { from: [] },
  provenance: false,
  sbom: false,
  metadataFile: '/tmp/m.json',
  digestFile: '/tmp/d',
  localName: 'localhost/build-push/web:1',
  ...over,
});
const argv = (s: BuildSpec) => buildCommands(s).map((c) => [c.tool, ...c.args].join(' '));

describe('builder command lines', () => {
  test('buildx: one command that builds every platform and pushes every tag, attestations off, secrets by variable', () => {
    expect(argv(spec({ platforms: ['linux/amd64', 'linux/arm64'] }))).toEqual([
      `docker buildx build --file Dockerfile --target production --platform linux/amd64,linux/arm64 --build-arg NODE_ENV=production --secret id=npm_token,env=BUILD_SECRET_NPM_TOKEN --label org.opencontainers.image.revision=abc --tag ${REG}/web:abc --tag ${REG}/web:ab --provenance=false --sbom=false --metadata-file /tmp/m.json --push .`,
    ]);
  });

  test('buildx with provenance and SBOM asked for', () => {
    expect(argv(spec({ provenance: true, sbom: true }))[0]).toContain('--provenance=mode=max --sbom=true');
  });

  test.each<[BuilderKind, string]>([
    ['buildah', 'bud'],
    ['podman', 'build'],
  ])('%s, one platform: build an image, push each tag, the first with a digest file', (builder, verb) => {
    expect(argv(spec({ builder, secrets: [{ id: 'cert', file: 'ca.pem' }] }))).toEqual([
      `${builder} ${verb} --file Dockerfile --target production --platform linux/amd64 --build-arg NODE_ENV=production --secret id=cert,src=ca.pem --label org.opencontainers.image.revision=abc --tag localhost/build-push/web:1 .`,
      `${builder} push --digestfile /tmp/d localhost/build-push/web:1 docker://${REG}/web:abc`,
      `${builder} push localhost/build-push/web:1 docker://${REG}/web:ab`,
    ]);
  });

  test('buildah, two platforms: a manifest list pushed with all its images', () => {
    const commands = argv(spec({ builder: 'buildah', platforms: ['linux/amd64', 'linux/arm64'] }));
    expect(commands[0]).toContain('--platform linux/amd64,linux/arm64 --build-arg NODE_ENV=production');
    expect(commands[0]).toMatch(/--manifest localhost\/build-push\/web:1 \.$/);
    expect(commands[1]).toBe(
      `buildah manifest push --all --digestfile /tmp/d localhost/build-push/web:1 docker://${REG}/web:abc`,
    );
  });

  test('a loopback registry is spoken to over HTTP by the daemonless builders, as Docker does', () => {
    const commands = argv(spec({ builder: 'podman', imageRefs: ['127.0.0.1:5000/web:abc'] }));
    expect(commands[1]).toBe(
      'podman push --tls-verify=false --digestfile /tmp/d localhost/build-push/web:1 docker://127.0.0.1:5000/web:abc',
    );
    expect(loginCommand('podman', '127.0.0.1:5000', 'AWS').args).toEqual([
      'login',
      '--tls-verify=false',
      '--username',
      'AWS',
      '--password-stdin',
      '127.0.0.1:5000',
    ]);
    expect(loginCommand('buildx', REG, 'AWS')).toMatchObject({
      tool: 'docker',
      args: ['login', '--username', 'AWS', '--password-stdin', REG],
    });
  });

  test('an unnamed last stage is built without --target', () => {
    expect(argv(spec({ target: undefined }))[0]).not.toContain('--target');
  });
});

describe('cache presets', () => {
  const request = (preset: CachePreset, builder: BuilderKind, write: boolean) =>
    cacheFlags({ preset, builder, write, scope: 'rides/web/production', cacheRepository: `${REG}/rides/web-cache` });
  test.each<[CachePreset, BuilderKind, boolean, ReturnType<typeof cacheFlags>]>([
    ['none', 'buildx', true, { from: [] }],
    [
      'gha',
      'buildx',
      true,
      { from: ['type=gha,scope=rides/web/production'], to: 'type=gha,scope=rides/web/production,mode=max' },
    ],
    ['gha', 'buildx', false, { from: ['type=gha,scope=rides/web/production'], to: undefined }],
    [
      'registry',
      'buildx',
      true,
      {
        from: [`type=registry,ref=${REG}/rides/web-cache:buildcache`],
        to: `type=registry,ref=${REG}/rides/web-cache:buildcache,mode=max,image-manifest=true,oci-mediatypes=true`,
      },
    ],
    ['registry', 'buildx', false, { from: [`type=registry,ref=${REG}/rides/web-cache:buildcache`], to: undefined }],
    ['registry', 'buildah', true, { from: [`${REG}/rides/web-cache`], to: `${REG}/rides/web-cache` }],
    ['registry', 'podman', false, { from: [`${REG}/rides/web-cache`], to: undefined }],
  ])('%s with %s, writing %s', (preset, builder, write, flags) =>
    expect(request(preset, builder, write)).toEqual(flags),
  );

  test('buildah turns on layer caching when a cache is used', () => {
    const commands = argv(spec({ builder: 'buildah', cache: request('registry', 'buildah', true) }));
    expect(commands[0]).toContain(`--layers --cache-from ${REG}/rides/web-cache --cache-to ${REG}/rides/web-cache .`);
  });
});

describe('platforms', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['amd64', 'linux/amd64'],
    ['linux/x86_64', 'linux/amd64'],
    ['ARM64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/arm/v7', undefined],
    ['windows/amd64', undefined],
    ['linux/s390x', undefined],
  ])('%s → %s', (raw, platform) => expect(normalizePlatform(raw)).toBe(platform));
});

describe('Dockerfile stages', () => {
  const dockerfile = [
    'ARG BASE=node:22-alpine',
    'FROM ${BASE} AS deps',
    'RUN npm ci',
    '# FROM commented AS nothing',
    'FROM --platform=$BUILDPLATFORM deps as Builder',
    'RUN npm run build \\',
    '  && echo done',
    'FROM \\',
    '  ${BASE} AS production',
    'FROM production AS development',
    'FROM scratch',
  ].join('\n');

  test('finds every stage with its line, named or not, continuation lines and flags included', () => {
    expect(parseStages(dockerfile)).toEqual([
      { name: 'deps', base: '${BASE}', line: 2, index: 0 },
      { name: 'builder', base: 'deps', line: 5, index: 1 },
      { name: 'production', base: '${BASE}', line: 8, index: 2 },
      { name: 'development', base: 'production', line: 10, index: 3 },
      { name: undefined, base: 'scratch', line: 11, index: 4 },
    ]);
  });

  test('targets match case-insensitively, as the builders do', () => {
    const stages = parseStages(dockerfile);
    expect(findStage(stages, 'BUILDER')?.line).toBe(5);
    expect(findStage(stages, 'prod')).toBeUndefined();
    expect(describeStages(stages)).toBe('deps, builder, production, development, #4');
  });
});
