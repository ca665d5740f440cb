// Secret-bearing inputs and file fields at the input layer: each value is masked before anything can throw,
// and no error, log line or summary quotes it. The bundled actions get the same table in test/e2e/secrets-never-shown.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { TaskDefinition } from '@aws-sdk/client-ecs';

import { readInputs as readBuildPushInputs } from '../../actions/build-push/src/inputs.js';
import { readDeployInputs } from '../../actions/deploy-ecs/src/inputs.js';
import { planDeploy } from '../../actions/deploy-ecs/src/plan.js';
import { deploySummary } from '../../actions/deploy-ecs/src/summary.js';
import { readMigrateInputs } from '../../actions/migrate/src/inputs.js';
import { ConfigurationError, errorMessage } from '../../lib/core/errors.js';
import { memoryIO, type RecordedIO } from '../../lib/core/io.js';
import { secretForms } from '../../lib/core/masking.js';
import { maskDatabaseUrl } from '../../lib/migrate/database-url.js';
import { describeDiff } from '../../lib/taskdef/compare.js';

const S = 'S3NT1NEL-7f3a9c';
const REPO_ROOT = new URL('../..', import.meta.url).pathname;

let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'secrets-unit-'));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Writes an environment file into the workspace and returns its name. */
function envFile(name: string, content: unknown): string {
  writeFileSync(join(workspace, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
}

type Reader = (io: RecordedIO) => unknown;
const deployEcs: Reader = (io) => readDeployInputs(io, { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: workspace });
const buildPush: Reader = (io) =>
  readBuildPushInputs(io, {
    AWS_REGION: 'eu-west-1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
  });
const migrate: Reader = (io) =>
  readMigrateInputs(io, { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: REPO_ROOT, GITHUB_SHA: 'a'.repeat(40) });

function attempt(read: Reader, inputs: Record<string, string>): { io: RecordedIO; message: string } {
  const io = memoryIO(inputs);
  try {
    read(io);
    return { io, message: '' };
  } catch (err) {
    return { io, message: errorMessage(err) };
  }
}

const deploy = { cluster: 'staging', service: 'web' };
const migrateLocal = { mode: 'local', 'working-directory': 'test/fixtures/prisma' };

describe('a secret-bearing input or file field never reaches an error, and is masked before it is checked', () => {
  test.each<[string, Reader, () => Record<string, string>, RegExp, boolean?]>([
    [
      'deploy-ecs `secrets`: a line without =',
      deployEcs,
      () => ({ ...deploy, secrets: `DB=/web/db\n${S}` }),
      /^Invalid `secrets`: line 2 is not KEY=value/,
    ],
    [
      'deploy-ecs `secrets`: a database URL pasted as the reference (longer than a quoted value is cut at)',
      deployEcs,
      () => ({
        ...deploy,
        secrets: `DATABASE_URL=postgresql://app:${S}@db.internal.example.com:5432/app?schema=public&sslmode=require&application_name=trips`,
      }),
      /^Invalid `secrets`: line 1: the value of DATABASE_URL is not an SSM parameter name or ARN, or a Secrets Manager ARN/,
    ],
    [
      'deploy-ecs `secrets`: a token pasted with a space',
      deployEcs,
      () => ({ ...deploy, secrets: `API_KEY=Bearer ${S}` }),
      /line 1: the value of API_KEY is not/,
    ],
    [
      'deploy-ecs `secrets`: a key that is no name',
      deployEcs,
      () => ({ ...deploy, secrets: `${S}:x=/web/db` }),
      /line 1: the part before = is not a name/,
    ],
    [
      'environment file `secrets`: a URL as the value',
      deployEcs,
      () => ({
        ...deploy,
        'environment-file': envFile('url.json', {
          staging: { environment: { A: '1' }, secrets: { DATABASE_URL: `postgresql://app:${S}@db/app` } },
        }),
      }),
      /^Invalid `environment-file`: url\.json:7 staging secrets "DATABASE_URL" is not an SSM parameter name\/ARN/,
    ],
    [
      'environment file `secrets`: an object as the value',
      deployEcs,
      () => ({ ...deploy, 'environment-file': envFile('object.json', { staging: { secrets: { DB: { url: S } } } }) }),
      /object\.json:4 staging secrets "DB" is not/,
    ],
    [
      'environment file `secrets`: a string instead of an object',
      deployEcs,
      () => ({ ...deploy, 'environment-file': envFile('string.json', { staging: { secrets: `DB=${S}` } }) }),
      /string\.json:3 staging secrets must be an object/,
    ],
    [
      'environment file `secrets` under defaults, another environment chosen',
      deployEcs,
      () => ({
        ...deploy,
        'environment-file': envFile('defaults.json', { defaults: { secrets: { DB: `${S} oops` } }, staging: {} }),
        'environment-name': 'staging',
      }),
      /defaults\.json:4 defaults secrets "DB" is not/,
    ],
    [
      'build-push `secrets`: a line without =',
      buildPush,
      () => ({ repository: 'web', secrets: `npm_token=abc123\n${S}` }),
      /^Invalid `secrets`: line 2 is not KEY=value/,
    ],
    [
      'build-push `secrets`: an .npmrc line',
      buildPush,
      () => ({ repository: 'web', secrets: `//registry.npmjs.org/:_authToken=${S}` }),
      /line 1: the part before = is not a secret id/,
    ],
    [
      'build-push `secrets`: well-formed, another input wrong',
      buildPush,
      () => ({ repository: 'web', secrets: `npm=${S}`, 'git-sha': 'nope' }),
      /^Invalid `git-sha` "nope"/,
    ],
    [
      'build-push `secret-files`: a line without =',
      buildPush,
      () => ({ repository: 'web', 'secret-files': `${S}` }),
      /^Invalid `secret-files`: line 1 is not KEY=value/,
    ],
    [
      'migrate `database-url-secret`: the URL itself',
      migrate,
      () => ({ ...migrateLocal, 'database-url-secret': `postgresql://app:${S}@db.internal.example.com:5432/app` }),
      /^Invalid `database-url-secret`: expected a Secrets Manager secret ARN.*hint: it looks like a URL itself/,
    ],
    [
      'migrate `database-url-secret`: not a reference',
      migrate,
      () => ({ ...migrateLocal, 'database-url-secret': `my db ${S}` }),
      /^Invalid `database-url-secret`: expected/,
    ],
    [
      'migrate: both URL inputs',
      migrate,
      () => ({ ...migrateLocal, 'database-url': `postgresql://a:${S}@h/db`, 'database-url-secret': `/x/${S}` }),
      /set only one of/,
    ],
    [
      'migrate `database-url` in ecs-task mode, another input missing',
      migrate,
      () => ({ 'working-directory': 'test/fixtures/prisma', 'database-url': `postgresql://a:${S}@h/db` }),
      /^Invalid `cluster`/,
    ],
    ['deploy-ecs `github-token`: unused', deployEcs, () => ({ ...deploy, 'github-token': `ghp_${S}` }), /^$/],
  ])('%s', (_name, read, inputs, expected) => {
    const { io, message } = attempt(read, inputs());
    expect(message).toMatch(expected);
    const shown = [message, ...io.log, JSON.stringify(io.outputs), io.summary].join('\n');
    expect(shown).not.toContain(S);
    // Masked: each place the runner could print it would show ***.
    expect(io.secrets.some((secret) => secret.includes(S))).toBe(true);
  });

  test('a file that is not JSON is reported by position, never by its text', () => {
    const { message } = attempt(deployEcs, {
      ...deploy,
      'environment-file': envFile('broken.json', `{"staging": {"secrets": {"DB": "${S}`),
    });
    expect(message).toMatch(/^Invalid `environment-file`: broken\.json:1:\d+ is not valid JSON$/);
  });

  test('ConfigurationError.value leaves out what a secret-bearing input was given', () => {
    expect(ConfigurationError.value('database-url', `postgresql://a:${S}@h/db`, 'a PostgreSQL URL').message).toBe(
      'Invalid `database-url`: expected a PostgreSQL URL (the value given is not shown)',
    );
    expect(ConfigurationError.value('cluster', 'a b', 'a cluster name').message).toBe(
      'Invalid `cluster` "a b": expected a cluster name',
    );
  });

  test('any other input is quoted whole or not at all: a GitHub secret given to it is masked only where it shows whole', () => {
    const long = `${S}-${'x'.repeat(90)}`;
    expect(ConfigurationError.value('cluster', long, 'a cluster name').message).toBe(
      `Invalid \`cluster\` (a value of ${long.length} characters): expected a cluster name`,
    );
    const { message } = attempt(deployEcs, {
      ...deploy,
      environment: `LOG_LEVEL=debug
${long}`,
    });
    expect(message).toBe(`Invalid \`environment\`: line 2 (a value of ${long.length} characters) is not KEY=value`);
  });
});

describe('database URLs are masked in every form the log could show', () => {
  const encoded = encodeURIComponent(`${S}/+@:`);
  test.each([
    [
      'a password holding @ (the last @ before the host ends it)',
      `postgresql://app:p@ss${S}@db:5432/app`,
      [`p@ss${S}`],
    ],
    ['a password holding @ and a query with @', `postgresql://app:${S}@x@db/app?options=a@b`, [`${S}@x`]],
    ['a plain password', `postgresql://app:${S}@db/app?sslmode=require`, [S]],
    ['password in the query string', `postgresql://app@db/app?password=${S}&sslmode=require`, [S]],
    ['sslpassword in the query string', `postgresql://app@db/app?sslmode=verify-full&sslpassword=${S}`, [S]],
    ['a percent-encoded password, decoded too', `postgresql://app:${encoded}@db/app`, [encoded, `${S}/+@:`]],
    ['a keyword/value connection string', `host=db user=app password='${S} x' dbname=app`, [`${S} x`]],
    ['each line of a multi-line value', `first-line\n  ${S}-second  `, [`${S}-second`]],
  ])('%s', (_name, value, expected) => {
    const forms: string[] = [];
    maskDatabaseUrl({ setSecret: (form) => forms.push(form) }, value);
    expect(forms).toContain(value.trim());
    for (const form of expected) expect(forms).toContain(form);
  });

  test('a value too short to be a secret is not registered (it would star out that text everywhere)', () => {
    expect(secretForms('ab')).toEqual([]);
  });
});

describe('environment values a deploy changes', () => {
  const definition: TaskDefinition = {
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:1:task-definition/web:4',
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      { name: 'web', image: 'web:v1', essential: true, environment: [{ name: 'PAYMENT_KEY', value: `old-${S}` }] },
    ],
  };
  test('show as changed in the log and the summary, never as before → after', () => {
    const inputs = readDeployInputs(
      memoryIO({ cluster: 'staging', service: 'web', environment: `PAYMENT_KEY=new-${S}` }),
      { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: workspace },
    );
    const plan = planDeploy(inputs, [
      {
        name: 'web',
        service: {
          serviceName: 'web',
          status: 'ACTIVE',
          taskDefinition: definition.taskDefinitionArn,
          desiredCount: 1,
        },
        current: { definition, tags: [] },
      },
    ]);
    const lines = describeDiff(plan.services[0].diff);
    expect(lines).toEqual(['web: ~ env PAYMENT_KEY (changed)']);
    const summary = deploySummary(inputs, plan, [
      { service: 'web', action: 'register-and-update', status: 'succeeded' },
    ]);
    expect(summary).toContain('| ~ env PAYMENT_KEY | set | changed |');
    expect(summary).not.toContain(S);
  });
});
