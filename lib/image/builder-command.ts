/**
 * Command lines for the three builders: `docker buildx` (the runner's builder) and the daemonless
 * `buildah` and `podman` for self-hosted runners without a Docker engine. Pure: argv in, argv out.
 */
import type { CacheFlags } from './cache.js';
import { isLoopbackRegistry } from './registry-api.js';

export const BUILDERS = ['buildx', 'buildah', 'podman'] as const;
export type BuilderKind = (typeof BUILDERS)[number];

/** Platforms Fargate runs (X86_64 and ARM64), with the spellings people use for them. */
const PLATFORM_ALIASES: Record<string, string> = {
  'linux/amd64': 'linux/amd64',
  amd64: 'linux/amd64',
  'linux/x86_64': 'linux/amd64',
  'linux/arm64': 'linux/arm64',
  'linux/arm64/v8': 'linux/arm64',
  arm64: 'linux/arm64',
};

export const ACCEPTED_PLATFORMS = ['linux/amd64', 'linux/arm64'];

/** The canonical platform for a spelling, or undefined when Fargate cannot run it. */
export function normalizePlatform(raw: string): string | undefined {
  return PLATFORM_ALIASES[raw.trim().toLowerCase()];
}

/** A build secret: its id inside the build, and the variable that carries its value to the builder. */
export interface BuildSecret {
  id: string;
  /** Either an environment variable name (the value never appears in argv) or a file. */
  env?: string;
  file?: string;
}

export interface BuildSpec {
  builder: BuilderKind;
  context: string;
  dockerfile: string;
  /** Unset for a Dockerfile whose last stage has no name: the builders then build that last stage. */
  target?: string;
  platforms: string[];
  buildArgs: [string, string][];
  secrets: BuildSecret[];
  labels: [string, string][];
  /** Full references to push, registry/repository:tag; the first is the SHA tag. */
  imageRefs: string[];
  cache: CacheFlags;
  provenance: boolean;
  sbom: boolean;
  /** Where buildx writes its metadata (the pushed digest). */
  metadataFile: string;
  /** Where buildah/podman write the digest of the first push. */
  digestFile: string;
  /** The local image or manifest-list name buildah/podman build into before pushing. */
  localName: string;
}

/** One process to run. */
export interface BuilderCommand {
  tool: string;
  args: string[];
  /** What this step is, for the log group title. */
  title: string;
}

/** The processes that build and push the image, in order. */
export function buildCommands(spec: BuildSpec): BuilderCommand[] {
  return spec.builder === 'buildx' ? [buildxCommand(spec)] : daemonlessCommands(spec);
}

function commonFlags(spec: BuildSpec): string[] {
  const args = [
    '--file',
    spec.dockerfile,
    ...(spec.target ? ['--target', spec.target] : []),
    '--platform',
    spec.platforms.join(','),
  ];
  for (const [key, value] of spec.buildArgs) args.push('--build-arg', `${key}=${value}`);
  for (const secret of spec.secrets) {
    args.push('--secret', secret.env ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.file}`);
  }
  for (const [key, value] of spec.labels) args.push('--label', `${key}=${value}`);
  return args;
}

function buildxCommand(spec: BuildSpec): BuilderCommand {
  const args = ['buildx', 'build', ...commonFlags(spec)];
  for (const ref of spec.imageRefs) args.push('--tag', ref);
  for (const from of spec.cache.from) args.push('--cache-from', from);
  if (spec.cache.to) args.push('--cache-to', spec.cache.to);
  // buildx attaches provenance by default; in ECR that turns every image into an index with an untagged
  // attestation manifest and a digest that changes on every build, so it is off unless asked for.
  args.push(`--provenance=${spec.provenance ? 'mode=max' : 'false'}`, `--sbom=${spec.sbom}`);
  args.push('--metadata-file', spec.metadataFile, '--push', spec.context);
  return { tool: 'docker', args, title: `docker buildx build ${describeBuild(spec)}` };
}

function daemonlessCommands(spec: BuildSpec): BuilderCommand[] {
  const tool = spec.builder;
  const multiPlatform = spec.platforms.length > 1;
  const build = [tool === 'buildah' ? 'bud' : 'build', ...commonFlags(spec)];
  // Several platforms go into a manifest list; one platform stays a plain image, as buildx would push it.
  build.push(multiPlatform ? '--manifest' : '--tag', spec.localName);
  if (spec.cache.from.length || spec.cache.to)
    build.push('--layers', ...plainHttp(spec.cache.from[0] ?? spec.cache.to!));
  for (const from of spec.cache.from) build.push('--cache-from', from);
  if (spec.cache.to) build.push('--cache-to', spec.cache.to);
  build.push(spec.context);
  const commands: BuilderCommand[] = [{ tool, args: build, title: `${tool} build ${describeBuild(spec)}` }];
  spec.imageRefs.forEach((ref, i) => {
    // Only the first push uploads layers; later tags find every blob present and send just the manifest.
    const digest = i === 0 ? ['--digestfile', spec.digestFile] : [];
    const push = [...(multiPlatform ? ['manifest', 'push', '--all'] : ['push']), ...plainHttp(ref), ...digest];
    commands.push({ tool, args: [...push, spec.localName, `docker://${ref}`], title: `${tool} push ${ref}` });
  });
  return commands;
}

function describeBuild(spec: BuildSpec): string {
  return `${spec.target ? `--target ${spec.target} ` : ''}(${spec.platforms.join(', ')})`;
}

/**
 * buildah and podman insist on HTTPS even for loopback registries, where Docker assumes plain HTTP;
 * follow Docker's rule so a local mirror or test registry works the same with every builder.
 */
function plainHttp(refOrRegistry: string): string[] {
  return isLoopbackRegistry(refOrRegistry.split('/')[0]) ? ['--tls-verify=false'] : [];
}

/** Logs the builder in; the password goes on standard input, never in argv. */
export function loginCommand(builder: BuilderKind, registry: string, username: string): BuilderCommand {
  const tool = builder === 'buildx' ? 'docker' : builder;
  const tls = builder === 'buildx' ? [] : plainHttp(registry);
  return {
    tool,
    args: ['login', ...tls, '--username', username, '--password-stdin', registry],
    title: `${tool} login ${registry}`,
  };
}

export function logoutCommand(builder: BuilderKind, registry: string): BuilderCommand {
  const tool = builder === 'buildx' ? 'docker' : builder;
  return { tool, args: ['logout', registry], title: `${tool} logout ${registry}` };
}

/** The argv as a person would type it, for the log. */
export function displayCommand(command: BuilderCommand): string {
  return [command.tool, ...command.args]
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg)))
    .join(' ');
}
