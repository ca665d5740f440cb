/** migrate's inputs, read and checked in one place: paths are checked here so a bad one fails before anything runs. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

import { resolveRegion } from '../../../lib/aws/clients.js';
import { ConfigurationError, errorMessage } from '../../../lib/core/errors.js';
import { InputReader } from '../../../lib/core/inputs.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { isRecoveryCommand, splitCommand } from '../../../lib/migrate/command.js';
import { type DatabaseUrlSource, databaseUrlSource } from '../../../lib/migrate/database-url.js';
import { isLintBase, LINT_BASE_FORMS } from '../../../lib/migrate/migrations.js';
import { isPinnedImage } from '../../../lib/taskdef/validate.js';

export const MODES = ['ecs-task', 'local', 'lint-only'] as const;
export type Mode = (typeof MODES)[number];
export const LINT_POLICIES = ['fail', 'warn', 'off'] as const;
export type LintPolicy = (typeof LINT_POLICIES)[number];

/**
 * What the migration task runs: the release's own revision (registered once, e.g. by deploy-ecs with
 * `register-only`), or an image for which a copy of the service's revision is found or registered.
 */
export type TaskSource = { kind: 'revision'; taskDefinition: string } | { kind: 'image'; image: string };

export interface EcsTaskInputs {
  region: string;
  cluster: string;
  service: string;
  source: TaskSource;
  container?: string;
  command: string[];
  waitTimeoutMs: number;
  pollIntervalMs: number;
  streamLogs: boolean;
  clientToken?: string;
}

export interface LocalInputs {
  prismaCommand: string[];
  databaseUrl: DatabaseUrlSource;
  /** Only needed to fetch the URL from Secrets Manager or SSM. */
  region?: string;
}

export interface MigrateInputs {
  mode: Mode;
  repoRoot: string;
  workingDirectory: string;
  migrationsDir: string;
  /**
   * Whether the migrations folder must be in the checkout: for the lint, and for the runner's own Prisma in
   * local mode. Not with `lint-policy: off`, nor for a recovery command (`prisma migrate resolve`) in ecs-task mode.
   */
  migrationsRequired: boolean;
  /** `--schema x` or `--config x`, as given (relative to the working directory, here and in the image). */
  prismaArgs: string[];
  lint: { policy: LintPolicy; base: string | 'all' };
  gitSha: string;
  runId: string;
  /** GITHUB_RUN_ATTEMPT: a re-run of a job keeps the run id and counts this up. */
  runAttempt: string;
  job: string;
  ecs?: EcsTaskInputs;
  local?: LocalInputs;
}

/** Reads every input; throws a ConfigurationError naming the first bad one. */
export function readMigrateInputs(io: ActionIO, env: NodeJS.ProcessEnv = process.env): MigrateInputs {
  const read = new InputReader(io);
  // Masked first, in every mode: nothing read after this can print them, even where they go unused.
  const databaseUrl = { url: read.secret('database-url'), reference: read.secret('database-url-secret') };
  const mode = read.oneOf('mode', MODES, 'ecs-task');
  const repoRoot = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const workingDirectory = resolve(repoRoot, read.string('working-directory', '.'));
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw ConfigurationError.value(
      'working-directory',
      read.string('working-directory', '.'),
      'a folder in the checkout',
      'did actions/checkout run before this step?',
    );
  }

  const schema = read.optional('schema');
  const config = read.optional('config');
  if (schema && config)
    throw new ConfigurationError(
      'config',
      'set only one of `schema` or `config` (prisma.config.ts names the schema itself)',
    );
  const prismaArgs = schema ? ['--schema', schema] : config ? ['--config', config] : [];

  const given = read.optional('lint-base');
  const lint = { policy: read.oneOf('lint-policy', LINT_POLICIES, 'fail'), base: given ?? defaultLintBase(env) };
  if (!isLintBase(lint.base)) {
    throw ConfigurationError.value(
      'lint-base',
      lint.base,
      LINT_BASE_FORMS,
      given === undefined ? 'this default came from the event (GITHUB_BASE_REF); set `lint-base` yourself' : undefined,
    );
  }
  const gitSha = read.string('git-sha', env.GITHUB_SHA ?? '');
  const ecs = mode === 'ecs-task' ? readEcsInputs(read, env, prismaArgs, gitSha) : undefined;
  const local = mode === 'local' ? readLocalInputs(read, env, databaseUrl) : undefined;

  // Only the lint and the runner's own Prisma read the checkout's migrations (in ecs-task mode the image brings its
  // own).
  const migrationsRequired = mode === 'local' || (lint.policy !== 'off' && !(ecs && isRecoveryCommand(ecs.command)));
  if (schema && migrationsRequired) requireFile('schema', schema, workingDirectory);
  const configText =
    config && (migrationsRequired || existsSync(join(workingDirectory, config)))
      ? readConfig('config', config, workingDirectory)
      : undefined;
  const migrationsDir = locateMigrations(read.optional('migrations-dir'), workingDirectory, schema, config, configText);

  return {
    mode,
    repoRoot,
    workingDirectory,
    migrationsDir,
    migrationsRequired,
    prismaArgs,
    lint,
    gitSha,
    runId: env.GITHUB_RUN_ID ?? 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    job: env.GITHUB_JOB ?? 'migrate',
    ecs,
    local,
  };
}

function readEcsInputs(read: InputReader, env: NodeJS.ProcessEnv, prismaArgs: string[], gitSha: string): EcsTaskInputs {
  const region = resolveRegion(read.optional('aws-region'), env);
  const cluster = read.required('cluster');
  const service = read.required(
    'service',
    'the service whose network and task definition family the migration task borrows',
  );
  const source = readTaskSource(read);
  if (!/^[0-9a-f]{7,40}$/.test(gitSha))
    throw ConfigurationError.value('git-sha', gitSha, 'a git commit SHA (GITHUB_SHA by default)');
  const commandText = read.optional('command');
  const command =
    commandText === undefined ? ['npx', 'prisma', 'migrate', 'deploy', ...prismaArgs] : splitCommand(commandText);
  if (!command || command.length === 0)
    throw ConfigurationError.value('command', commandText ?? '', 'a command line or a JSON array of words');
  const waitTimeoutMs = read.duration('wait-timeout', '20m', { minMs: 10_000, maxMs: 6 * 3_600_000 });
  const pollIntervalMs = read.duration('poll-interval', '5s', { minMs: 1_000, maxMs: 120_000 });
  if (pollIntervalMs > waitTimeoutMs) throw new ConfigurationError('poll-interval', 'is longer than `wait-timeout`');
  const clientToken = read.optional('client-token');
  if (clientToken !== undefined && !/^[\x21-\x7e]{1,64}$/.test(clientToken))
    throw ConfigurationError.value('client-token', clientToken, 'up to 64 printable ASCII characters');
  return {
    region,
    cluster,
    service,
    source,
    container: read.optional('container'),
    command,
    waitTimeoutMs,
    pollIntervalMs,
    streamLogs: read.boolean('stream-logs', true),
    clientToken,
  };
}

/** A task definition ARN or family:revision: exactly one revision, never "the latest of a family". */
const TASK_DEFINITION_REF =
  /^(?:arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:[1-9]\d{0,8}$/;

function readTaskSource(read: InputReader): TaskSource {
  const taskDefinition = read.optional('task-definition');
  const image = read.optional('image');
  if (taskDefinition && image)
    throw new ConfigurationError(
      'image',
      'set only one of `task-definition` or `image` (the revision already names its image)',
    );
  if (taskDefinition) {
    if (!TASK_DEFINITION_REF.test(taskDefinition)) {
      throw ConfigurationError.value(
        'task-definition',
        taskDefinition,
        'a task definition ARN or family:revision, like web:42',
        "pass deploy-ecs's `task-definition-arn` output from its `register-only` step",
      );
    }
    return { kind: 'revision', taskDefinition };
  }
  if (!image) {
    throw new ConfigurationError(
      'task-definition',
      "is required in ecs-task mode: set `task-definition` (the release's revision) or `image`",
      'deploy-ecs with `register-only: true` outputs the revision as `task-definition-arn`',
    );
  }
  if (!isPinnedImage(image))
    throw ConfigurationError.value(
      'image',
      image,
      'an image with a tag or digest, like 1234.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:…',
    );
  return { kind: 'image', image };
}

function readLocalInputs(
  read: InputReader,
  env: NodeJS.ProcessEnv,
  databaseUrl: { url?: string; reference?: string },
): LocalInputs {
  const source = databaseUrlSource(databaseUrl.url, databaseUrl.reference);
  if (!source) {
    throw new ConfigurationError(
      'database-url',
      'is required in local mode: set `database-url` or `database-url-secret`',
      'pass ${{ secrets.DATABASE_URL }}, or the ARN of a secret holding it',
    );
  }
  const prismaText = read.string('prisma-command', 'npx prisma');
  const prismaCommand = splitCommand(prismaText);
  if (!prismaCommand?.length)
    throw ConfigurationError.value(
      'prisma-command',
      prismaText,
      'a command line such as "npx prisma" or "pnpm exec prisma"',
    );
  const region = source.kind === 'value' ? undefined : resolveRegion(read.optional('aws-region'), env);
  return { prismaCommand, databaseUrl: source, region };
}

/**
 * Which migrations are new by default: on a pull request, those since its base branch; on a push, those
 * since the commit the branch pointed at before (the event's `before`; all zeros for a new branch, so
 * all); otherwise all.
 */
export function defaultLintBase(
  env: NodeJS.ProcessEnv,
  readEvent: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): string {
  const pr = env.GITHUB_EVENT_NAME === 'pull_request' || env.GITHUB_EVENT_NAME === 'pull_request_target';
  if (pr && env.GITHUB_BASE_REF) return `origin/${env.GITHUB_BASE_REF}`;
  if (env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_EVENT_PATH) {
    try {
      const before = (JSON.parse(readEvent(env.GITHUB_EVENT_PATH)) as { before?: unknown }).before;
      if (typeof before === 'string' && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before)) return before;
    } catch {
      // No readable event payload (a local run): lint them all.
    }
  }
  return 'all';
}

function requireFile(input: string, path: string, cwd: string): string {
  const full = isAbsolute(path) ? path : join(cwd, path);
  if (!existsSync(full) || !statSync(full).isFile())
    throw ConfigurationError.value(input, path, `a file under working-directory (${cwd})`);
  return full;
}

function readConfig(input: string, path: string, cwd: string): string {
  const full = requireFile(input, path, cwd);
  try {
    return readFileSync(full, 'utf8');
  } catch (err) {
    throw new ConfigurationError(input, `cannot read ${path}: ${errorMessage(err)}`);
  }
}

/**
 * `migrations-dir`, else prisma.config.ts's literal `migrations.path`, else `migrations` beside the schema, else
 * prisma/migrations.
 */
function locateMigrations(
  given: string | undefined,
  cwd: string,
  schema: string | undefined,
  config: string | undefined,
  configText: string | undefined,
): string {
  if (given) return resolve(cwd, given);
  const implicitConfig = !config && existsSync(join(cwd, 'prisma.config.ts')) ? 'prisma.config.ts' : undefined;
  const configPath = config ?? implicitConfig;
  const text = configText ?? (implicitConfig ? readConfig('config', implicitConfig, cwd) : undefined);
  const literal = text && /migrations\s*:\s*\{[^}]*?\bpath\s*:\s*(['"`])([^'"`]+)\1/.exec(text)?.[2];
  if (configPath && literal) return resolve(cwd, dirname(configPath), literal);
  if (schema) return resolve(cwd, dirname(schema), 'migrations');
  return resolve(cwd, 'prisma', 'migrations');
}
