/**
 * deploy-ecs's inputs, read and checked in one place; files are read here so a bad one fails before AWS is asked
 * anything.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { resolveRegion } from '../../../lib/aws/clients.js';
import { ConfigurationError } from '../../../lib/core/errors.js';
import {
  type GithubDeploymentSettings,
  readGithubDeploymentSettings,
  readServiceNames,
  readWaitSettings,
} from '../../../lib/core/input-groups.js';
import { InputReader } from '../../../lib/core/inputs.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { TASK_DEFINITION_REF } from '../../../lib/ecs/arns.js';
import { runUrl } from '../../../lib/report/github-deployment.js';
import { environmentSettingsFrom } from '../../../lib/taskdef/environment-file.js';
import type { ImageAssignment, RenderSpec } from '../../../lib/taskdef/render.js';
import { fillTemplate, parseTaskDefinitionJson } from '../../../lib/taskdef/source.js';
import type { TaskDefinitionDraft } from '../../../lib/taskdef/types.js';
import { isPinnedImage, isSecretReference } from '../../../lib/taskdef/validate.js';

export type TaskDefinitionSource =
  | {
      kind: 'document';
      input: 'task-definition' | 'task-definition-template';
      path: string;
      draft: TaskDefinitionDraft;
    }
  /** A revision already registered (by `register-only`, or by hand): deployed exactly as it is. */
  | { kind: 'registered'; reference: string }
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
  /** Register (or reuse) the release's revision and stop: no service is touched. */
  registerOnly: boolean;
  wait: boolean;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  keepRevisions: number;
  verifySecrets: boolean;
  githubDeployment?: GithubDeploymentSettings;
}

/** Inputs that change what is rendered: none may be set when `task-definition` names a registered revision. */
const RENDERING_INPUTS = [
  'image',
  'images',
  'container',
  'environment',
  'secrets',
  'environment-file',
  'cpu',
  'memory',
  'tags',
  'template-vars',
] as const;

/** Reads every input; throws a ConfigurationError naming the first bad one. */
export function readDeployInputs(io: ActionIO, env: NodeJS.ProcessEnv = process.env): DeployInputs {
  const read = new InputReader(io);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const region = resolveRegion(read.optional('aws-region'), env);
  const cluster = read.required('cluster');

  const services = readServiceNames(read);
  const source = readSource(read, workspace, env);
  if (source.kind === 'registered') {
    const given = RENDERING_INPUTS.find((name) => read.optional(name) !== undefined);
    if (given)
      throw new ConfigurationError(
        given,
        `cannot change a registered revision: \`task-definition\` names ${source.reference}, which is deployed exactly as it is`,
        'render it in the `register-only` step instead',
      );
  }
  const images = readImages(read);
  const fileSettings = readEnvironmentFile(read, workspace);
  const environment = merge(fileSettings.environment, read.keyValues('environment'));
  const secrets = merge(
    fileSettings.secrets,
    read.secretKeyValues('secrets', {
      valid: isSecretReference,
      expected: 'an SSM parameter name or ARN, or a Secrets Manager ARN',
    }),
  );

  const givenSha = read.optional('git-sha');
  if (givenSha !== undefined && !/^[0-9a-f]{7,40}$/.test(givenSha))
    throw ConfigurationError.value('git-sha', givenSha, 'a git commit SHA (7 to 40 lowercase hex digits)');
  const gitSha = givenSha ?? env.GITHUB_SHA;
  const tags = read.boolean('default-tags', true) ? defaultTags({ ...env, GITHUB_SHA: gitSha }) : [];
  for (const [key, value] of read.keyValues('tags', /^[\w.:/=+@ -]{1,128}$/, 'a tag key')) {
    const at = tags.findIndex(([k]) => k === key);
    if (at >= 0) tags[at] = [key, value];
    else tags.push([key, value]);
  }

  const waitSettings = readWaitSettings(read);
  const githubDeployment = readGithubDeploymentSettings(read);
  const registerOnly = read.boolean('register-only', false);
  const desiredCount = read.integer('desired-count', undefined, { min: 0, max: 5000 });
  const forceNewDeployment = read.boolean('force-new-deployment', false);
  if (registerOnly) {
    if (source.kind === 'registered')
      throw new ConfigurationError(
        'register-only',
        '`task-definition` already names a registered revision: there is nothing to register',
      );
    const conflict =
      desiredCount !== undefined
        ? 'desired-count'
        : forceNewDeployment
          ? 'force-new-deployment'
          : githubDeployment
            ? 'github-environment'
            : undefined;
    if (conflict)
      throw new ConfigurationError(
        conflict,
        'does nothing with `register-only: true`, which touches no service',
        'set it on the step that deploys the registered revision',
      );
  }

  return {
    region,
    cluster,
    services,
    source,
    render: {
      images,
      container: read.optional('container'),
      environment,
      secrets,
      cpu: read.optional('cpu'),
      memory: read.optional('memory'),
      tags,
    },
    desiredCount,
    forceNewDeployment,
    registerOnly,
    ...waitSettings,
    keepRevisions: read.integer('keep-revisions', 0, { min: 0, max: 1000 }),
    verifySecrets: read.boolean('verify-secrets', true),
    githubDeployment,
  };
}

function readSource(read: InputReader, workspace: string, env: NodeJS.ProcessEnv): TaskDefinitionSource {
  const file = read.optional('task-definition');
  const template = read.optional('task-definition-template');
  if (file && template)
    throw new ConfigurationError(
      'task-definition-template',
      'set only one of `task-definition` or `task-definition-template`',
    );
  const vars = Object.fromEntries(read.keyValues('template-vars'));
  if (!template && Object.keys(vars).length)
    throw new ConfigurationError('template-vars', 'is only used with `task-definition-template`');
  if (!file && !template) return { kind: 'live' };
  if (file && TASK_DEFINITION_REF.test(file)) return { kind: 'registered', reference: file };
  const input = file ? 'task-definition' : 'task-definition-template';
  const path = (file ?? template)!;
  let text = readText(input, path, workspace);
  if (template) {
    const filled = fillTemplate(text, vars, env);
    if (filled.missing.length) {
      throw new ConfigurationError(
        'template-vars',
        `${path} uses ${filled.missing.map((n) => `\${${n}}`).join(', ')} but no value was given`,
        'add NAME=value lines to `template-vars` or set them in `env:`',
      );
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
    if (!isPinnedImage(value))
      throw ConfigurationError.value(
        input,
        value,
        'an image with a tag or digest',
        'pin the git SHA tag or the digest build-push outputs as image-ref',
      );
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
  return environmentSettingsFrom(readText('environment-file', path, workspace), path, name, (value) =>
    read.mask(value),
  );
}

function readText(input: string, path: string, workspace: string): string {
  try {
    return readFileSync(resolve(workspace, path), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw ConfigurationError.value(
      input,
      path,
      'a readable file in the workspace',
      code === 'ENOENT' ? `no such file under ${workspace}` : code,
    );
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
