/**
 * The bundled deploy-ecs run as the runner runs it, against moto on loopback. moto never moves a rollout
 * on its own; passing desired-count makes it report the deployment COMPLETED, which is what we need to
 * exercise the success path end to end. Failure dynamics live in the scenario tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  CreateServiceCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
} from '@aws-sdk/client-ecs';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

import {
  defaultNetwork,
  EXEC_ROLE_ARN,
  seedServices,
  serviceTaskDefinition,
  serviceTaskDefinitionArn,
} from '../support/ecs-seed.js';
import { startGithubApi } from '../support/github-api.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { runDist } from '../support/run-dist.js';

let moto: Moto;
let ecs: ECSClient;
const registry = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;

beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  await moto?.stop();
});
beforeEach(async () => {
  await moto.reset();
  useMotoEnv(moto);
  ecs = new ECSClient({ region: TEST_REGION });
});
afterEach(() => ecs.destroy());

const deploy = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runDist('deploy-ecs', {
    inputs: { cluster: 'staging', 'poll-interval': '1s', 'wait-timeout': '30s', ...inputs },
    env: { ...moto.env, ...env },
  });

async function revisions(family: string): Promise<string[]> {
  return (await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family }))).taskDefinitionArns ?? [];
}

test('a first deploy registers a tagged revision with the new image, rolls the service onto it and says what changed', async () => {
  const before = await seedServices('staging', ['user-service']);
  const run = await deploy({
    service: 'user-service',
    image: `${registry}/user-service:a1b2c3d`,
    'desired-count': '1',
  });

  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('user-service: rollout succeeded');
  expect(run.exitCode).toBe(0);
  const arn = run.outputs['task-definition-arn'];
  expect(arn).toMatch(/task-definition\/user-service:2$/);
  expect(run.outputs['previous-task-definition-arn']).toBe(before['user-service']);
  expect(run.outputs.changed).toBe('true');
  expect(run.outputs['deployment-id']).toMatch(/^ecs-svc\//);
  expect(await serviceTaskDefinitionArn('staging', 'user-service')).toBe(arn);

  const registered = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
  expect(registered.taskDefinition?.containerDefinitions?.[0].image).toBe(`${registry}/user-service:a1b2c3d`);
  // The live revision's own tags survive, and the new ones say where it came from.
  expect(registered.tags).toEqual(
    expect.arrayContaining([
      { key: 'team', value: 'rides' },
      { key: 'git-sha', value: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' },
      { key: 'deployed-by', value: 'https://github.com/acme/rides/actions/runs/4242' },
    ]),
  );
  const results = JSON.parse(run.outputs.results);
  expect(results).toEqual([
    expect.objectContaining({ service: 'user-service', status: 'succeeded', action: 'register-and-update' }),
  ]);
  expect(run.summary).toContain('| user-service | ✅ succeeded | user-service:2 | user-service:1 |');
  // Images by short name in the rows; each full reference once, below the table.
  expect(run.summary).toContain('| image | user-service:v1 | user-service:a1b2c3d |');
  expect(run.summary).toContain(
    `Image of user-service: \`${registry}/user-service:v1\` → \`${registry}/user-service:a1b2c3d\``,
  );
  expect(run.stdout).toContain('::group::Watch 1 rollout(s)');
});

test('a re-run with the same inputs registers nothing and deploys nothing', async () => {
  await seedServices('staging', ['user-service']);
  const first = await deploy({
    service: 'user-service',
    image: `${registry}/user-service:a1b2c3d`,
    'desired-count': '1',
  });
  expect(first.exitCode).toBe(0);
  const again = await deploy({ service: 'user-service', image: `${registry}/user-service:a1b2c3d` });

  expect(again.exitCode).toBe(0);
  expect(again.outputs.changed).toBe('false');
  expect(again.outputs['task-definition-arn']).toBe(first.outputs['task-definition-arn']);
  expect(await revisions('user-service')).toHaveLength(2);
  expect(again.stdout).toMatch(
    /user-service: nothing to deploy; its deployment ecs-svc\/\d+ of user-service:2 is COMPLETED/,
  );
  expect(again.summary).toContain('⏸️ unchanged');
});

test('a template deploy fills placeholders, adds secrets and the environment file, and never shows a secret value', async () => {
  await seedServices('staging', ['trip-service']);
  const ssm = new SSMClient({ region: TEST_REGION });
  const secrets = new SecretsManagerClient({ region: TEST_REGION });
  await ssm.send(
    new PutParameterCommand({
      Name: '/trip/staging/database-url',
      Type: 'SecureString',
      Value: 'postgres://trip:hunter2@db.internal/trip',
    }),
  );
  const jwt = await secrets.send(
    new CreateSecretCommand({ Name: 'trip/staging/jwt', SecretString: 'jwt-private-key-material' }),
  );
  const envFile = JSON.stringify({
    staging: {
      environment: { NODE_ENV: 'production' },
      secrets: { DATABASE_URL: '/trip/staging/database-url', JWT_PRIVATE_KEY: jwt.ARN },
      flags: ['surge-pricing', 'driver-chat'],
    },
  });
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const dir = mkdtempSync('/tmp/deploy-env-');
  writeFileSync(`${dir}/environments.json`, envFile);

  const run = await deploy(
    {
      service: 'trip-service',
      'task-definition-template': 'test/fixtures/deploy/taskdef.template.json',
      'template-vars': `TASKDEF_FAMILY=trip-service\nIMAGE_URI=${registry}/trip-service@sha256:${'a'.repeat(64)}\nEXEC_ROLE_ARN=${EXEC_ROLE_ARN}\nTASK_ROLE_ARN=${EXEC_ROLE_ARN}\nLOG_GROUP=/ecs/trip-service`,
      'environment-file': `${dir}/environments.json`,
      environment: 'LOG_LEVEL=debug',
      'desired-count': '1',
    },
    { AWS_REGION: TEST_REGION },
  );
  ssm.destroy();
  secrets.destroy();

  expect(run.exitCode).toBe(0);
  const registered = await ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: run.outputs['task-definition-arn'] }),
  );
  const container = registered.taskDefinition!.containerDefinitions![0];
  expect(container.image).toBe(`${registry}/trip-service@sha256:${'a'.repeat(64)}`);
  expect(container.logConfiguration?.options?.['awslogs-region']).toBe(TEST_REGION);
  expect(container.secrets).toEqual([
    { name: 'DATABASE_URL', valueFrom: '/trip/staging/database-url' },
    { name: 'JWT_PRIVATE_KEY', valueFrom: jwt.ARN },
  ]);
  expect(container.environment).toEqual(
    expect.arrayContaining([
      { name: 'PORT', value: '3000' },
      { name: 'NODE_ENV', value: 'production' },
      { name: 'FEATURE_FLAGS', value: 'surge-pricing,driver-chat' },
      { name: 'LOG_LEVEL', value: 'debug' },
    ]),
  );
  expect(run.summary).toContain('+ secret DATABASE_URL');
  for (const text of [run.stdout, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('jwt-private-key-material');
  }
});

describe('bad input gets one clear error and changes nothing', () => {
  test.each([
    [
      'an unfilled placeholder',
      {
        'task-definition-template': 'test/fixtures/deploy/taskdef.template.json',
        'template-vars': 'TASKDEF_FAMILY=user-service',
      },
      /Invalid `template-vars`: test\/fixtures\/deploy\/taskdef.template.json uses \$\{EXEC_ROLE_ARN\}, \$\{TASK_ROLE_ARN\}, \$\{IMAGE_URI\}, \$\{LOG_GROUP\} but no value was given/,
    ],
    [
      'an image for a container the task definition lacks',
      { images: `worker=${registry}/worker:abc` },
      /Invalid `images`: container "worker" is not in the task definition \(it has: user-service\)/,
    ],
    [
      'an image with no tag or digest',
      { image: `${registry}/user-service` },
      /Invalid `image` ".*user-service": expected an image with a tag or digest/,
    ],
    [
      'a misspelt field',
      { 'task-definition': 'test/fixtures/deploy/misspelt.json' },
      /unknown field "portMapping" in container "web": did you mean "portMappings"\?/,
    ],
    [
      'JSON with a syntax error',
      { 'task-definition': 'test/fixtures/deploy/broken.json' },
      /Invalid `task-definition`: test\/fixtures\/deploy\/broken.json:4:21 is not valid JSON: Expected ',' or '}' after property value/,
    ],
    [
      'a secret that does not exist',
      { image: `${registry}/user-service:abc`, secrets: 'DATABASE_URL=/user/staging/database-url' },
      /Invalid `secrets`: DATABASE_URL refers to no SSM parameter or Secrets Manager secret in eu-west-1/,
    ],
    [
      'a service that does not exist',
      { service: 'ghost-service', image: `${registry}/x:abc` },
      /service "ghost-service" was not found in cluster "staging"/,
    ],
    [
      'a bad duration',
      { image: `${registry}/user-service:abc`, 'wait-timeout': 'soon' },
      /Invalid `wait-timeout` "soon": expected a duration like 90s, 15m or 1h30m/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const seeded = await seedServices('staging', ['user-service']);
    const run = await deploy({ service: 'user-service', ...inputs });

    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toMatch(/^::error::deploy-ecs/);
    expect(await revisions('user-service')).toEqual([seeded['user-service']]);
    expect(await serviceTaskDefinitionArn('staging', 'user-service')).toBe(seeded['user-service']);
  });
});

test('keep-revisions deregisters old revisions it registered, never one a service still runs nor one registered by hand', async () => {
  await seedServices('staging', ['user-service', 'user-worker']);
  for (const tag of ['b1', 'b2', 'b3']) {
    const run = await deploy({
      service: 'user-service',
      image: `${registry}/user-service:${tag}`,
      'desired-count': '1',
      'keep-revisions': '2',
    });
    expect(run.exitCode).toBe(0);
  }
  const active =
    (await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'user-service', status: 'ACTIVE' })))
      .taskDefinitionArns ?? [];
  // 1 was registered by hand (the seed: no registered-by tag), 2 is ours and pruned; 3 and 4 are the newest two.
  expect(active.map((a) => a.split(':').pop())).toEqual(['1', '3', '4']);
  expect(await revisions('user-worker')).toHaveLength(1);
});

test('three services deployed together: the one ECS rolls back fails the step, the others succeed, and the summary says why', async () => {
  await seedServices('staging', ['user-service', 'trip-service', 'driver-service'], 1, {
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
  });
  const run = await deploy({
    services: 'user-service\ntrip-service\ndriver-service',
    'desired-count': '2',
    images: `user-service=${registry}/user-service:c0ffee1\ntrip-service=${registry}/trip-service:fail-c0ffee1\ndriver-service=${registry}/driver-service:c0ffee1`,
  });

  expect(run.exitCode).toBe(1);
  const results = JSON.parse(run.outputs.results) as {
    service: string;
    status: string;
    failureKind?: string;
    reason?: string;
  }[];
  expect(results.map((r) => [r.service, r.status])).toEqual([
    ['user-service', 'succeeded'],
    ['trip-service', 'failed'],
    ['driver-service', 'succeeded'],
  ]);
  expect(results[1].failureKind).toBe('rolled-back');
  expect(results[1].reason).toContain('ECS is rolling back to trip-service:1');
  // ECS put the old revision back: the step must not claim the new one is live.
  expect(await serviceTaskDefinitionArn('staging', 'trip-service')).toMatch(/trip-service:1$/);
  expect(run.stdout).toMatch(/::error::deploy-ecs failed: rollout failed for trip-service \(.*circuit breaker/);
  expect(run.summary).toContain('| trip-service | ❌ failed (rolled-back) |');
  expect(run.summary).toContain('### Why trip-service failed');
  expect(run.summary).toContain('deployment failed: tasks failed to start');
  expect(run.summary).toContain('```mermaid');
});

test('without a circuit breaker (the API default) a broken release ends in a verdict naming the failing tasks and the revision still serving, and says what to do', async () => {
  await seedServices('staging', ['trip-service'], 2);
  const started = Date.now();
  const run = await deploy({
    service: 'trip-service',
    image: `${registry}/trip-service:fail-c0ffee2`,
    'wait-timeout': '5m',
  });

  expect(run.exitCode).toBe(1);
  expect(Date.now() - started).toBeLessThan(60_000);
  const [result] = JSON.parse(run.outputs.results) as { status: string; failureKind?: string; reason?: string }[];
  expect(result).toMatchObject({ status: 'failed', failureKind: 'tasks-failing' });
  expect(result.reason).toMatch(
    /^\d+ task\(s\) of trip-service:2 failed to start and none is running; trip-service:1 \(2 task\(s\) running\) still serves\. The service has no deployment circuit breaker/,
  );
  // ECS keeps retrying: the service still points at the broken revision, and nothing rolled it back.
  expect(await serviceTaskDefinitionArn('staging', 'trip-service')).toMatch(/trip-service:2$/);
  expect(run.summary).toContain('| trip-service | ❌ failed (tasks-failing) |');
  expect(run.summary).toMatch(
    /\| [0-9a-f-]{36} \| task [0-9a-f-]{36} \[EssentialContainerExited\]: Essential container in task exited; trip-service: exit code 1 \|/,
  );
  expect(run.summary).toContain(
    '**What to do:** ECS keeps starting trip-service:2 until it is told otherwise. Roll the service back to trip-service:1 now',
  );
});

test('wait: false ends the step once ECS has the new deployment, without judging it', async () => {
  await seedServices('staging', ['user-service']);
  const run = await deploy({ service: 'user-service', image: `${registry}/user-service:d00d`, wait: 'false' });
  expect(run.exitCode).toBe(0);
  expect(JSON.parse(run.outputs.results)[0].status).toBe('started');
  expect(await serviceTaskDefinitionArn('staging', 'user-service')).toBe(run.outputs['task-definition-arn']);
  expect(run.stdout).not.toContain('::group::Watch');
});

test('a job cancelled mid-rollout says what state each service was left in and what to roll back to', async () => {
  const seeded = await seedServices('staging', ['user-service']);
  const run = await runDist('deploy-ecs', {
    inputs: {
      cluster: 'staging',
      service: 'user-service',
      image: `${registry}/user-service:hang-1`,
      'poll-interval': '1s',
      'wait-timeout': '5m',
    },
    env: moto.env,
    signalAfterMs: { signal: 'SIGINT', ms: 4000 },
  });

  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('received SIGINT: the job is being cancelled');
  expect(run.stdout).toMatch(
    /user-service: PRIMARY user-service:2 IN_PROGRESS 0\/1 running; ACTIVE user-service:1 .*; to undo, roll back to user-service:1/,
  );
  expect(run.stdout).toMatch(/::error::deploy-ecs failed: job cancelled \(SIGINT\)/);
  expect(run.summary).toContain('deploy-ecs: cancelled during the rollout on staging');
  expect(seeded['user-service']).toMatch(/user-service:1$/);
  // Cancelling the job does not undo what ECS was told: the service points at the new revision, as the log says.
  expect(await serviceTaskDefinitionArn('staging', 'user-service')).toMatch(/user-service:2$/);
});

test('a rollout that never settles fails at the timeout, naming the state it left', async () => {
  await seedServices('staging', ['user-service']);
  const started = Date.now();
  const run = await deploy({
    service: 'user-service',
    image: `${registry}/user-service:hang-2`,
    'wait-timeout': '10s',
    'poll-interval': '2s',
  });
  expect(run.exitCode).toBe(1);
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(JSON.parse(run.outputs.results)[0]).toMatchObject({ status: 'failed', failureKind: 'timeout' });
  expect(run.stdout).toMatch(
    /rollout failed for user-service \(no verdict within 10s; PRIMARY user-service:2 IN_PROGRESS 0\/1 running/,
  );
});

test('with a GitHub environment, the deploy is recorded as a GitHub deployment: in_progress, then success, with URLs', async () => {
  const github = await startGithubApi();
  try {
    await seedServices('staging', ['user-service']);
    const run = await deploy(
      {
        service: 'user-service',
        image: `${registry}/user-service:e1`,
        'github-token': 'ghs_test',
        'github-environment': 'staging',
        'environment-url': 'https://staging.rides.example',
      },
      { GITHUB_API_URL: github.url },
    );
    expect(run.stdout).not.toContain('::warning::');
    expect(run.stdout).toContain('::add-mask::ghs_test');
    expect(run.exitCode).toBe(0);
  } finally {
    await github.close();
  }
  expect(github.summary()).toEqual([
    'POST /repos/acme/rides/deployments staging',
    'POST /repos/acme/rides/deployments/77/statuses in_progress',
    'POST /repos/acme/rides/deployments/77/statuses success',
  ]);
  expect(github.calls[0].body).toMatchObject({
    ref: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    auto_merge: false,
    required_contexts: [],
  });
  expect(github.calls[2].body).toMatchObject({
    environment_url: 'https://staging.rides.example',
    log_url: 'https://github.com/acme/rides/actions/runs/4242',
  });
});

test('a timed-out rollout re-run with nothing new to deploy is still not a success: the re-run follows the deployment in flight and times out too', async () => {
  await seedServices('staging', ['user-service']);
  const inputs = {
    service: 'user-service',
    image: `${registry}/user-service:hang-3`,
    'wait-timeout': '10s',
    'poll-interval': '2s',
  };
  const first = await deploy(inputs);
  expect(first.exitCode).toBe(1);
  expect(JSON.parse(first.outputs.results)[0]).toMatchObject({ status: 'failed', failureKind: 'timeout' });

  const rerun = await deploy(inputs);
  expect(rerun.exitCode).toBe(1);
  expect(rerun.stdout).not.toContain('nothing to deploy;');
  expect(rerun.stdout).toContain('nothing new to deploy, but its deployment');
  expect(JSON.parse(rerun.outputs.results)[0]).toMatchObject({
    action: 'no-change',
    status: 'failed',
    failureKind: 'timeout',
    adopted: true,
  });
  expect(rerun.outputs.status).toBe('failed');
  // Nothing new was registered by the re-run.
  expect(await revisions('user-service')).toHaveLength(2);
});

/**
 * What a workflow branches on must agree: `changed`, `status` and each `results` entry, and the job summary says the
 * same thing. register-only: a new revision is `changed=true`, `status=registered`, a result `register/registered`;
 * the same release again registers nothing: `changed=false`, `status=unchanged`, a result `reuse/unchanged`. A
 * rollout: `changed=true`, `status=succeeded`, its result `succeeded`; a re-run changes nothing and says so.
 */
describe('outputs that agree with each other and with the summary', () => {
  const result = (run: { outputs: Record<string, string> }) => {
    const results = JSON.parse(run.outputs.results) as {
      service: string;
      action: string;
      status: string;
      taskDefinitionArn?: string;
    }[];
    expect(results).toHaveLength(1);
    return results[0];
  };

  test('register-only: registered now, then reused; the summary names the same revision and how', async () => {
    const before = await seedServices('staging', ['user-service']);
    const registered = await deploy({
      service: 'user-service',
      image: `${registry}/user-service:r1`,
      'register-only': 'true',
    });
    expect(registered.exitCode).toBe(0);
    const arn = registered.outputs['task-definition-arn'];
    expect(registered.outputs).toMatchObject({
      changed: 'true',
      status: 'registered',
      'previous-task-definition-arn': before['user-service'],
      'deployment-id': '',
    });
    expect(result(registered)).toMatchObject({
      service: 'user-service',
      action: 'register',
      status: 'registered',
      taskDefinitionArn: arn,
    });
    expect(registered.summary).toContain(`| user-service | ${arn.split('/').pop()} | registered now |`);
    // Images by short name in the rows, the full reference once.
    expect(registered.summary).toContain('| image | user-service:v1 | user-service:r1 |');
    expect(registered.summary.split(`${registry}/user-service:r1`)).toHaveLength(2);

    const again = await deploy({
      service: 'user-service',
      image: `${registry}/user-service:r1`,
      'register-only': 'true',
    });
    expect(again.outputs).toMatchObject({ 'task-definition-arn': arn, changed: 'false', status: 'unchanged' });
    expect(result(again)).toMatchObject({ action: 'reuse', status: 'unchanged', taskDefinitionArn: arn });
    expect(again.summary).toContain(
      `| user-service | ${arn.split('/').pop()} | reused: an identical revision of the same commit was registered earlier |`,
    );
    expect(await revisions('user-service')).toHaveLength(2);
  });

  test("a rollout: succeeded, then a re-run that changes nothing; the summary's verdict is the status", async () => {
    await seedServices('staging', ['user-service']);
    const run = await deploy({ service: 'user-service', image: `${registry}/user-service:r2`, 'desired-count': '1' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'true', status: 'succeeded' });
    expect(result(run)).toMatchObject({
      action: 'register-and-update',
      status: 'succeeded',
      taskDefinitionArn: run.outputs['task-definition-arn'],
    });
    expect(run.summary).toMatch(/\| user-service \| ✅ succeeded \| user-service:2 \| user-service:1 \|/);

    const rerun = await deploy({ service: 'user-service', image: `${registry}/user-service:r2` });
    expect(rerun.outputs).toMatchObject({ changed: 'false', status: 'unchanged' });
    expect(result(rerun)).toMatchObject({ action: 'no-change', status: 'unchanged' });
    expect(rerun.summary).toMatch(/\| user-service \| ⏸️ unchanged \| user-service:2 \| user-service:2 \|/);
  });

  test('register-only of two colors: one revision, diffed against the color serving (the revision the release replaces)', async () => {
    // web-blue idle (no task) on web:1; web-green serving (a task) on web:2, an image later.
    const before = await seedServices('staging', ['web'], 0);
    const { subnets, securityGroups } = await defaultNetwork();
    await ecs.send(
      new CreateServiceCommand({
        cluster: 'staging',
        serviceName: 'web-green',
        taskDefinition: before.web,
        desiredCount: 0,
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
      }),
    );
    expect(
      (await deploy({ service: 'web-green', image: `${registry}/web:serving`, 'desired-count': '1' })).exitCode,
    ).toBe(0);
    const green = await serviceTaskDefinitionArn('staging', 'web-green');
    const file = join(mkdtempSync(join(tmpdir(), 'colors-')), 'taskdef.json');
    writeFileSync(file, JSON.stringify(serviceTaskDefinition('web', `${registry}/web:next`)));

    const run = await deploy({ services: 'web, web-green', 'task-definition': file, 'register-only': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ changed: 'true', status: 'registered', 'previous-task-definition-arn': green });
    const results = JSON.parse(run.outputs.results) as {
      service: string;
      action: string;
      status: string;
      taskDefinitionArn: string;
      serving?: boolean;
    }[];
    expect(results.map((r) => [r.service, r.action, r.status, r.serving ?? false])).toEqual([
      ['web', 'register', 'registered', false],
      ['web-green', 'register', 'registered', true],
    ]);
    expect(new Set(results.map((r) => r.taskDefinitionArn))).toEqual(new Set([run.outputs['task-definition-arn']]));
    expect(run.summary).toContain('### Changes (against web-green, the revision serving now)');
    expect(run.summary).toContain('| image | web:serving | web:next |');
    // Nothing deployed.
    expect(await serviceTaskDefinitionArn('staging', 'web')).toBe(before.web);
    expect(await serviceTaskDefinitionArn('staging', 'web-green')).toBe(green);
  });
});

test('one revision per release: register-only registers it and touches no service, then task-definition=<arn> deploys exactly it', async () => {
  const before = await seedServices('staging', ['user-service']);
  const registered = await deploy({
    service: 'user-service',
    image: `${registry}/user-service:r1`,
    'register-only': 'true',
  });
  expect(registered.exitCode).toBe(0);
  const arn = registered.outputs['task-definition-arn'];
  expect(arn).toMatch(/user-service:2$/);
  expect(await serviceTaskDefinitionArn('staging', 'user-service')).toBe(before['user-service']);

  // A second register-only for the same commit reuses the identical revision.
  const again = await deploy({
    service: 'user-service',
    image: `${registry}/user-service:r1`,
    'register-only': 'true',
  });
  expect(again.outputs['task-definition-arn']).toBe(arn);

  const deployed = await deploy({ service: 'user-service', 'task-definition': arn, 'desired-count': '1' });
  expect(deployed.stderr).toBe('');
  expect(deployed.exitCode).toBe(0);
  expect(deployed.outputs['task-definition-arn']).toBe(arn);
  expect(await serviceTaskDefinitionArn('staging', 'user-service')).toBe(arn);
  expect(await revisions('user-service')).toHaveLength(2);
});
