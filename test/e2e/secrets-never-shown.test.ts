/**
 * A sentinel fed through every secret-bearing input and file field of the three bundled actions, malformed and
 * well-formed, run as the runner runs them against moto: it must appear nowhere the runner would show. The log is
 * read as the runner shows it (values registered with ::add-mask:: become ***); errors and annotations, outputs
 * and the job summary must not hold it at all, masked or not.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CreateRepositoryCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

import { seedServices } from '../support/ecs-seed.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { type DistRun, runDist, runnerView } from '../support/run-dist.js';

const S = 'S3NT1NEL-4b9e2d';
const REGISTRY = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;
const SM_ARN = `arn:aws:secretsmanager:${TEST_REGION}:${TEST_ACCOUNT}:secret:`;
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

let moto: Moto;
// Environment files are written as the table is built, before any test runs.
const files = mkdtempSync(join(tmpdir(), 'secrets-e2e-'));

beforeAll(async () => {
  moto = await startMoto();
}, 60_000);
afterAll(async () => {
  await moto?.stop();
  rmSync(files, { recursive: true, force: true });
});
beforeEach(async () => {
  await moto.reset();
  useMotoEnv(moto);
});

/** Writes a file the action reads (an environment file) and returns its absolute path. */
function file(name: string, content: unknown): string {
  const path = join(files, name);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
}

const ssm = async (name: string, value: string) => {
  const client = new SSMClient({ region: TEST_REGION });
  await client.send(new PutParameterCommand({ Name: name, Value: value, Type: 'SecureString' }));
  client.destroy();
};
const secret = async (name: string, value: string) => {
  const client = new SecretsManagerClient({ region: TEST_REGION });
  const created = await client.send(new CreateSecretCommand({ Name: name, SecretString: value }));
  client.destroy();
  return created.ARN!;
};
const ecrImageForSha = async () => {
  const ecr = new ECRClient({ region: TEST_REGION });
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'web' }));
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 1 },
    layers: [],
  });
  await ecr.send(
    new PutImageCommand({
      repositoryName: 'web',
      imageTag: SHA,
      imageManifest: manifest,
      imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
    }),
  );
  ecr.destroy();
};

interface Case {
  action: 'deploy-ecs' | 'migrate' | 'build-push';
  inputs: Record<string, string> | (() => Promise<Record<string, string>>);
  env?: Record<string, string>;
  exitCode: 0 | 1;
  /** What the run must say (as the runner shows it), so each case is known to reach the path it is about. */
  says: RegExp;
}

const deploy = (inputs: Record<string, string>) => async () => {
  await seedServices('staging', ['web']);
  return { cluster: 'staging', service: 'web', image: `${REGISTRY}/web:v2`, wait: 'false', ...inputs };
};
const migrateLocal = (inputs: Record<string, string>) => ({
  mode: 'local',
  'working-directory': 'test/fixtures/prisma',
  'lint-policy': 'off',
  'prisma-command': 'false',
  ...inputs,
});
const longUrl = `postgresql://app:${S}@trips-db.cluster-c9akciq32.eu-west-1.rds.amazonaws.com:5432/trips?schema=public&sslmode=require`;

const CASES: [string, Case][] = [
  // deploy-ecs `secrets`
  [
    'deploy-ecs secrets: a line without =',
    {
      action: 'deploy-ecs',
      inputs: deploy({ secrets: `DB=/web/db\n${S}` }),
      exitCode: 1,
      says: /line 2 is not KEY=value/,
    },
  ],
  [
    'deploy-ecs secrets: a database URL where the reference belongs',
    {
      action: 'deploy-ecs',
      inputs: deploy({ secrets: `DATABASE_URL=${longUrl}` }),
      exitCode: 1,
      says: /line 1: the value of DATABASE_URL is not an SSM parameter/,
    },
  ],
  [
    'deploy-ecs secrets: a URL line with no key',
    {
      action: 'deploy-ecs',
      inputs: deploy({ secrets: `postgresql://app:${S}@db/app?sslpassword=${S}` }),
      exitCode: 1,
      says: /line 1: the part before = is not a name/,
    },
  ],
  [
    'deploy-ecs secrets: a well-formed SSM name that does not exist',
    {
      action: 'deploy-ecs',
      inputs: deploy({ secrets: `DB=/web/${S}/db` }),
      exitCode: 1,
      says: /DB refers to no SSM parameter or Secrets Manager secret in eu-west-1/,
    },
  ],
  [
    'deploy-ecs secrets: a well-formed SSM name that exists (deployed)',
    {
      action: 'deploy-ecs',
      inputs: async () => (await ssm(`/web/${S}/db`, 'postgresql://x'), deploy({ secrets: `DB=/web/${S}/db` })()),
      exitCode: 0,
      says: /web: \+ secret DB/,
    },
  ],
  [
    'deploy-ecs secrets: the bare name of a Secrets Manager secret (the ARN to use is printed)',
    {
      action: 'deploy-ecs',
      inputs: async () => (await secret(`${S}/db`, 'postgresql://x'), deploy({ secrets: `DB=${S}/db` })()),
      exitCode: 1,
      says: new RegExp(`DB gives the name of a Secrets Manager secret.*use the secret's ARN, ${SM_ARN}<name>-\\w{6}`),
    },
  ],
  // the environment file's `secrets`
  [
    'environment file secrets: a URL as the value',
    {
      action: 'deploy-ecs',
      inputs: deploy({ 'environment-file': file('url.json', { staging: { secrets: { DATABASE_URL: longUrl } } }) }),
      exitCode: 1,
      says: /url\.json:4 staging secrets "DATABASE_URL" is not/,
    },
  ],
  [
    'environment file secrets: an object as the value',
    {
      action: 'deploy-ecs',
      inputs: deploy({ 'environment-file': file('object.json', { staging: { secrets: { DB: { password: S } } } }) }),
      exitCode: 1,
      says: /object\.json:4 staging secrets "DB" is not/,
    },
  ],
  [
    'environment file secrets: a well-formed ARN that does not exist',
    {
      action: 'deploy-ecs',
      inputs: deploy({
        'environment-file': file('missing.json', { staging: { secrets: { DB: `${SM_ARN}${S}-AbCdEf` } } }),
      }),
      exitCode: 1,
      says: /DB refers to no SSM parameter/,
    },
  ],
  [
    'environment file secrets: a well-formed name that exists (deployed)',
    {
      action: 'deploy-ecs',
      inputs: async () => (
        await ssm(`/${S}/db`, 'x'),
        deploy({ 'environment-file': file('ok.json', { staging: { secrets: { DB: `/${S}/db` } } }) })()
      ),
      exitCode: 0,
      says: /web: \+ secret DB/,
    },
  ],
  // tokens
  [
    'deploy-ecs github-token: GitHub unreachable',
    {
      action: 'deploy-ecs',
      inputs: deploy({ 'github-token': `ghp_${S}`, 'github-environment': 'staging' }),
      env: { GITHUB_API_URL: 'http://127.0.0.1:9' },
      exitCode: 0,
      says: /Could not create a GitHub deployment for staging/,
    },
  ],
  // environment values changed by a deploy
  [
    'deploy-ecs environment: a changed value shows as changed',
    {
      action: 'deploy-ecs',
      inputs: deploy({ environment: `NODE_ENV=${S}` }),
      exitCode: 0,
      says: /web: ~ env NODE_ENV \(changed\)/,
    },
  ],

  // migrate's database URL inputs
  [
    'migrate database-url-secret: the URL itself',
    {
      action: 'migrate',
      inputs: migrateLocal({ 'database-url-secret': longUrl }),
      exitCode: 1,
      says: /Invalid `database-url-secret`: expected a Secrets Manager secret ARN/,
    },
  ],
  [
    'migrate database-url-secret: a well-formed ARN that does not exist',
    {
      action: 'migrate',
      inputs: migrateLocal({ 'database-url-secret': `${SM_ARN}${S}-AbCdEf` }),
      exitCode: 1,
      says: /cannot read the Secrets Manager secret it names/,
    },
  ],
  [
    'migrate database-url-secret: a well-formed SSM name that does not exist',
    {
      action: 'migrate',
      inputs: migrateLocal({ 'database-url-secret': `/app/${S}/url` }),
      exitCode: 1,
      says: /cannot read the SSM parameter it names/,
    },
  ],
  [
    'migrate database-url-secret: a secret whose URL has @ in its password and sslpassword in its query',
    {
      action: 'migrate',
      inputs: async () =>
        migrateLocal({
          'database-url-secret': await secret(
            'app/url',
            `postgresql://app:p@${S}@127.0.0.1:9/app?sslpassword=${S}-ssl`,
          ),
        }),
      exitCode: 1,
      says: /false migrate deploy/,
    },
  ],
  [
    'migrate database-url-secret: one key of a JSON secret',
    {
      action: 'migrate',
      inputs: async () =>
        migrateLocal({
          'database-url-secret': `${await secret('app/json', JSON.stringify({ url: `postgresql://app:${S}@127.0.0.1:9/app`, password: `${S}-other` }))}:url::`,
        }),
      exitCode: 1,
      says: /false migrate deploy/,
    },
  ],
  [
    'migrate database-url: @ in the password, password in the query',
    {
      action: 'migrate',
      inputs: migrateLocal({ 'database-url': `postgresql://app:p@${S}@127.0.0.1:9/app?password=${S}` }),
      exitCode: 1,
      says: /false migrate deploy/,
    },
  ],
  [
    'migrate database-url: not a PostgreSQL URL',
    {
      action: 'migrate',
      inputs: migrateLocal({ 'database-url': `mysql://app:${S}@127.0.0.1/app` }),
      exitCode: 1,
      says: /is not a PostgreSQL URL/,
    },
  ],
  [
    'migrate database-url: given in ecs-task mode, another input missing',
    {
      action: 'migrate',
      inputs: { 'working-directory': 'test/fixtures/prisma', 'database-url': longUrl },
      exitCode: 1,
      says: /Invalid `cluster`/,
    },
  ],

  // build-push `secrets` and `secret-files`
  [
    'build-push secrets: a line without =',
    {
      action: 'build-push',
      inputs: { repository: 'web', secrets: `npm=abc123\n${S}` },
      exitCode: 1,
      says: /Invalid `secrets`: line 2 is not KEY=value/,
    },
  ],
  [
    'build-push secrets: an .npmrc line',
    {
      action: 'build-push',
      inputs: { repository: 'web', secrets: `//registry.npmjs.org/:_authToken=${S}` },
      exitCode: 1,
      says: /line 1: the part before = is not a secret id/,
    },
  ],
  [
    'build-push secret-files: a line without =',
    {
      action: 'build-push',
      inputs: { repository: 'web', 'secret-files': `/home/runner/${S}` },
      exitCode: 1,
      says: /Invalid `secret-files`: line 1 is not KEY=value/,
    },
  ],
  [
    'build-push secrets and secret-files: well-formed, the image reused',
    {
      action: 'build-push',
      inputs: async () => (
        await ecrImageForSha(),
        {
          repository: 'web',
          builder: 'buildah',
          context: 'test/fixtures/build-push',
          secrets: `npm=${S}`,
          'secret-files': `npmrc=/tmp/${S}/npmrc`,
        }
      ),
      exitCode: 0,
      says: /is already built/,
    },
  ],
  [
    'build-push secrets and secret-files: well-formed, a build planned (its registry login fails: no ECR registry behind moto)',
    {
      action: 'build-push',
      inputs: async () => {
        const ecr = new ECRClient({ region: TEST_REGION });
        await ecr.send(new CreateRepositoryCommand({ repositoryName: 'web' }));
        ecr.destroy();
        return {
          repository: 'web',
          builder: 'buildah',
          context: 'test/fixtures/build-push',
          secrets: `npm=${S}`,
          'secret-files': `npmrc=/tmp/${S}/npmrc`,
        };
      },
      exitCode: 1,
      says: /Plan: build production and push/,
    },
  ],
];

/** Every place the runner would show something, with what it would show. */
function shown(run: DistRun): Record<string, string> {
  return {
    log: runnerView(run.stdout),
    stderr: run.stderr,
    annotations: run.annotations.join('\n'),
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
  };
}

test.each(CASES)(
  '%s',
  async (_name, c) => {
    const inputs = typeof c.inputs === 'function' ? await c.inputs() : c.inputs;
    const run = await runDist(c.action, {
      inputs,
      env: { ...moto.env, GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main', ...c.env },
      timeoutMs: 60_000,
    });
    const where = shown(run);
    for (const [place, text] of Object.entries(where))
      expect({ place, holdsTheSentinel: text.includes(S) }).toEqual({ place, holdsTheSentinel: false });
    expect(where.log).toMatch(c.says);
    expect(run.exitCode).toBe(c.exitCode);
  },
  90_000,
);
