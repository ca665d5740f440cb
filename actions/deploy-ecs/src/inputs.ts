/** deploy-ecs's inputs, read and checked in one place; files are read here so a bad one fails before AWS is asked anything. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '../../../lib/core/errors.js';
import { InputReader } from '../../../lib/core/inputs.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { resolveRegion } from '../../../lib/aws/clients.js';
import { runUrl } from '../../../lib/report/github-deployment.js';
import { environmentSettingsFrom } from '../../../lib/taskdef/environment-file.js';
import type { ImageAssignment, RenderSpec } from '../../../lib/taskdef/render.js';
import { fillTemplate, parseTaskDefinitionJson } from '../../../lib/taskdef/source.js';
import type { TaskDefinitionDraft } from '../../../lib/taskdef/types.js';
import { isPinnedImage, isSecretReference } from '../../../lib/taskdef/validate.js';

export type TaskDefinitionSource =
  | { kind: 'document'; input: 'task-definition' | 'task-definition-template'; path: string; draft: TaskDefinitionDraft }
  | { kind: 'live' };

export interface DeployInputs {
  region: string;
  cluster: string;
  services: string[];
  source: TaskDefinitionSource;
  /** What to change in each task definition: images, environment, secrets, sizes, tags. */
  render: RenderSpec;
  desiredCount?: number;
  forceNewDeployment: boolean;
  wait: boolean;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  keepRevisions: number;
  verifySecrets: boolean;
  githubDeployment?: { token: string; environment: string; environmentUrl?: string };
}

const SERVICE_NAME = /^[A-Za-z0-9_-]{1,255}$/;

/** Reads every input; throws a ConfigurationError naming the first bad one. */
export function readDeployInputs(io: ActionIO, env: NodeJS.ProcessEnv = process.env): DeployInputs {
  const read = new InputReader(io);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const region = resolveRegion(read.optional('aws-region'), env);
  const cluster = read.required('cluster');

  const single = read.optional('service');
  const many = read.list('services');
  if (single && many.length) throw new ConfigurationError('services', 'set only one of `service` or `services`');
  const services = single ? [single] : many;
  if (services.length === 0) throw new ConfigurationError('service', 'is required: name the service (or list several in `services`)');
  for (const name of services) if (!SERVICE_NAME.test(name)) throw ConfigurationError.value(single ? 'service' : 'services', name, 'a service name of letters, digits, - and _');
  if (new Set(services).size !== services.length) throw new ConfigurationError('services', 'names a service twice');

  const source = readSource(read, workspace, env);
  const images = readImages(read);
  const fileSettings = readEnvironmentFile(read, workspace);
  const environment = merge(fileSettings.environment, read.keyValues('environment'));
  const secrets = merge(fileSettings.secrets, read.secretKeyValues('secrets', { valid: isSecretReference, expected: 'an SSM parameter name or ARN, or a Secrets Manager ARN' }));

  const tags = read.boolean('default-tags', true) ? defaultTags(env) : [];
  for (const [key, value] of read.keyValues('tags', /^[\w.:/=+@ -]{1,128}$/, 'a tag key')) {
    const at = tags.findIndex(([k]) => k === key);
    if (at >= 0) tags[at] = [key, value];
    else tags.push([key, value]);
  }

  const wait = read.boolean('wait', true);
  const waitTimeoutMs = read.duration('wait-timeout', '15m', { minMs: 10_000, maxMs: 6 * 3_600_000 });
  const pollIntervalMs = read.duration('poll-interval', '15s', { minMs: 1_000, maxMs: 300_000 });
  if (pollIntervalMs > waitTimeoutMs) throw new ConfigurationError('poll-interval', 'is longer than `wait-timeout`: nothing would be watched');

  const token = read.optional('github-token');
  if (token) io.setSecret(token);
  const ghEnvironment = read.optional('github-environment');
  if (ghEnvironment && !token) throw new ConfigurationError('github-token', 'is required when `github-environment` is set (pass ${{ github.token }})');

  return {
    region,
    cluster,
    services,
    source,
    render: { images, container: read.optional('container'), environment, secrets, cpu: read.optional('cpu'), memory: read.optional('memory'), tags },
    desiredCount: read.integer('desired-count', undefined, { min: 0, max: 5000 }),
    forceNewDeployment: read.boolean('force-new-deployment', false),
    wait,
    waitTimeoutMs,
    pollIntervalMs,
    keepRevisions: read.integer('keep-revisions', 0, { min: 0, max: 1000 }),
    verifySecrets: read.boolean('verify-secrets', true),
    githubDeployment: token && ghEnvironment ? { token, environment: ghEnvironment, environmentUrl: read.optional('environment-url') } : undefined,
  };
}

function readSource(read: InputReader, workspace: string, env: NodeJS.ProcessEnv): TaskDefinitionSource {
  const file = read.optional('task-definition');
  const template = read.optional('task-definition-template');
  if (file && template) throw new ConfigurationError('task-definition-template', 'set only one of `task-definition` or `task-definition-template`');
  const vars = Object.fromEntries(read.keyValues('template-vars'));
  if (!template && Object.keys(vars).length) throw new ConfigurationError('template-vars', 'is only used with `task-definition-template`');
  if (!file && !template) return { kind: 'live' };
  const input = file ? 'task-definition' : 'task-definition-template';
  const path = (file ?? template)!;
  let text = readText(input, path, workspace);
  if (template) {
    const filled = fillTemplate(text, vars, env);
    if (filled.missing.length) {
      throw new ConfigurationError('template-vars', `${path} uses ${filled.missing.map((n) => `\${${n}}`).join(', ')} but no value was given`, 'add NAME=value lines to `template-vars` or set them in `env:`');
    }
    text = filled.text;
  }
  return { kind: 'document', input, path, draft: parseTaskDefinitionJson(text, input, path) };
}

function readImages(read: InputReader): ImageAssignment {
  const image = read.optional('image');
  const images = read.keyValues('images', /^[A-Za-z0-9_-]{1,255}$/, 'a container name');
  if (image && images.length) throw new ConfigurationError('images', 'set only one of `image` or `images`');
  const check = (input: string, value: string) => {
    if (!isPinnedImage(value)) throw ConfigurationError.value(input, value, 'an image with a tag or digest', 'pin the git SHA tag or the digest build-push outputs as image-ref');
  };
  if (image) {
    check('image', image);
    return { kind: 'single', image, container: read.optional('container') };
  }
  for (const [, value] of images) check('images', value);
  return images.length ? { kind: 'per-container', images } : { kind: 'none' };
}

function readEnvironmentFile(read: InputReader, workspace: string) {
  const path = read.optional('environment-file');
  const name = read.optional('environment-name');
  if (!path) {
    if (name) throw new ConfigurationError('environment-name', 'is only used with `environment-file`');
    return { environment: [], secrets: [], flags: [] };
  }
  return environmentSettingsFrom(readText('environment-file', path, workspace), path, name, (value) => read.mask(value));
}

function readText(input: string, path: string, workspace: string): string {
  try {
    return readFileSync(resolve(workspace, path), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw ConfigurationError.value(input, path, 'a readable file in the workspace', code === 'ENOENT' ? `no such file under ${workspace}` : code);
  }
}

function merge(base: [string, string][], overrides: [string, string][]): [string, string][] {
  const map = new Map(base);
  for (const [key, value] of overrides) map.set(key, value);
  return [...map];
}

/** The git SHA and the run that deployed it, so a revision says where it came from. */
export function defaultTags(env: NodeJS.ProcessEnv): [string, string][] {
  const tags: [string, string][] = [];
  if (env.GITHUB_SHA) tags.push(['git-sha', env.GITHUB_SHA]);
  const url = runUrl(env);
  if (url) tags.push(['deployed-by', url]);
  return tags;
}

