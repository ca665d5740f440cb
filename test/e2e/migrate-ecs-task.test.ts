// ecs-task mode end to end: the bundled action against moto. The migration task is really registered, run and
// watched to STOPPED; the test writes what the container would log into the stream awslogs would use, and the
// action streams it into the job log. (moto's containers always exit 0: the failures live in the scenario tests.)
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  type ContainerDefinition,
  CreateClusterCommand,
  CreateServiceCommand,
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  StopTaskCommand,
} from '@aws-sdk/client-ecs';

import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION } from '../support/moto.js';
import { runDist } from '../support/run-dist.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const REPO = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/web`;
const OLD_IMAGE = `${REPO}@sha256:${'a'.repeat(64)}`;
const NEW_IMAGE = `${REPO}@sha256:${'b'.repeat(64)}`;

let moto: Moto;
let ecs: ECSClient;
let logs: CloudWatchLogsClient;
let workspace: string;
let subnet: string;
let securityGroup: string;
const awslogs = {
  logDriver: 'awslogs' as const,
  options: { 'awslogs-group': '/ecs/web', 'awslogs-region': TEST_REGION, 'awslogs-stream-prefix': 'ecs' },
};

/** One id from moto's default VPC (no EC2 client is installed): RunTask creates the task's network interface there. */
async function defaultVpc(
  action: 'DescribeSubnets' | 'DescribeSecurityGroups',
  tag: 'subnetId' | 'groupId',
): Promise<string> {
  const answer = await fetch(`${moto.endpoint}/`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `AWS4-HMAC-SHA256 Credential=testing/20250101/${TEST_REGION}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: `Action=${action}&Version=2016-11-15`,
  });
  return new RegExp(`<${tag}>([\\w-]+)</${tag}>`).exec(await answer.text())![1];
}

beforeAll(async () => {
  moto = await startMoto();
  const config = {
    region: TEST_REGION,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  };
  ecs = new ECSClient(config);
  logs = new CloudWatchLogsClient(config);
  subnet = await defaultVpc('DescribeSubnets', 'subnetId');
  securityGroup = await defaultVpc('DescribeSecurityGroups', 'groupId');
  await ecs.send(new CreateClusterCommand({ clusterName: 'prod' }));
  await logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs/web' }));
  const registered = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: `arn:aws:iam::${TEST_ACCOUNT}:role/ecsTaskExecutionRole`,
      containerDefinitions: [
        {
          name: 'web',
          image: OLD_IMAGE,
          essential: true,
          memory: 512,
          logConfiguration: {
            logDriver: 'awslogs',
            options: { 'awslogs-group': '/ecs/web', 'awslogs-region': TEST_REGION, 'awslogs-stream-prefix': 'ecs' },
          },
        },
      ],
      tags: [{ key: 'team', value: 'rides' }],
    }),
  );
  await ecs.send(
    new CreateServiceCommand({
      cluster: 'prod',
      serviceName: 'web',
      taskDefinition: registered.taskDefinition!.taskDefinitionArn,
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: [subnet], securityGroups: [securityGroup] } },
    }),
  );
  const worker = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: 'worker',
      networkMode: 'bridge',
      containerDefinitions: [{ name: 'worker', image: OLD_IMAGE, memory: 256 }],
    }),
  );
  await ecs.send(
    new CreateServiceCommand({
      cluster: 'prod',
      serviceName: 'worker',
      taskDefinition: worker.taskDefinition!.taskDefinitionArn,
      desiredCount: 1,
      launchType: 'EC2',
    }),
  );
}, 90_000);

afterAll(async () => {
  ecs?.destroy();
  logs?.destroy();
  await moto?.stop();
});

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'migrate-e2e-'));
  cpSync('test/fixtures/prisma', join(workspace, 'prisma'), { recursive: true });
});
afterEach(() => workspace && rmSync(workspace, { recursive: true, force: true }));

const migrateInEcs = (inputs: Record<string, string> = {}) =>
  runDist('migrate', {
    cwd: workspace,
    env: { ...moto.env, GITHUB_SHA: SHA, GITHUB_JOB: 'deploy' },
    inputs: { cluster: 'prod', service: 'web', image: NEW_IMAGE, 'poll-interval': '1s', ...inputs },
  });

/** What `prisma migrate status` prints for these pending migrations (moto's containers exit 0 whatever they say). */
const statusLines = (pending: string[]) => [
  '2 migrations found in prisma/migrations',
  'Following migrations have not yet been applied:',
  ...pending,
  '',
  'To apply migrations in production run prisma migrate deploy.',
];
const APPLIED_BOTH = [
  '2 migrations found in prisma/migrations',
  '',
  'The following migration(s) have been applied:',
  '',
  'migrations/',
  '  └─ 20250101000000_init/',
  '    └─ migration.sql',
  '  └─ 20250102000000_add_posts/',
  '    └─ migration.sql',
  '',
  'All migrations have been successfully applied.',
];

test('registers the new image, runs the migration beside the service, streams its log and reports what it applied', async () => {
  const known = await allTasks();
  const [run, [statusArn, taskArn]] = await Promise.all([
    migrateInEcs(),
    containersWrite(known, [statusLines(['20250101000000_init', '20250102000000_add_posts']), APPLIED_BOTH]),
  ]);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    'status-task-arn': statusArn,
    'task-arn': taskArn,
    'exit-code': '0',
    'applied-migrations': '["20250101000000_init","20250102000000_add_posts"]',
    'pending-count': '0',
  });
  // Both applied: none is left new.
  expect(run.outputs['new-migrations']).toBe('[]');
  expect(run.stdout).toContain('[web] All migrations have been successfully applied.');
  expect(run.stdout).toContain('[ecs] task is STOPPED');
  expect(run.summary).toContain('`20250102000000_add_posts`');

  const revision = await ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: run.outputs['task-definition-arn'], include: ['TAGS'] }),
  );
  expect(revision.taskDefinition?.containerDefinitions?.[0].image).toBe(NEW_IMAGE);
  expect(revision.tags).toEqual(
    expect.arrayContaining([
      { key: 'team', value: 'rides' },
      { key: 'git-sha', value: SHA },
    ]),
  );
  const [task] =
    (await ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: [taskArn], include: ['TAGS'] }))).tasks ?? [];
  expect(task).toMatchObject({
    group: 'migrate:web',
    startedBy: `migrate/${SHA}`,
    overrides: { containerOverrides: [{ name: 'web', command: ['npx', 'prisma', 'migrate', 'deploy'] }] },
  });
  const [status] = (await ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: [statusArn] }))).tasks ?? [];
  expect(status).toMatchObject({
    taskDefinitionArn: run.outputs['task-definition-arn'],
    group: 'migrate:web',
    overrides: { containerOverrides: [{ name: 'web', command: ['npx', 'prisma', 'migrate', 'status'] }] },
  });
}, 90_000);

test('nothing pending: only the read-only status task runs', async () => {
  const known = await allTasks();
  const [run] = await Promise.all([
    migrateInEcs(),
    containersWrite(known, [['2 migrations found in prisma/migrations', '', 'Database schema is up to date!']]),
  ]);
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    'task-arn': '',
    'applied-migrations': '[]',
    'pending-count': '0',
    'new-migrations': '[]',
  });
  expect((await allTasks()).filter((a) => !known.includes(a))).toEqual([run.outputs['status-task-arn']]);
}, 90_000);

test('a blocking finding in the pending set: the bundled parser judges it, and no deploy task starts', async () => {
  mkdirSync(join(workspace, 'prisma/migrations/20250301000000_rename'));
  writeFileSync(
    join(workspace, 'prisma/migrations/20250301000000_rename/migration.sql'),
    '-- AlterTable\nALTER TABLE "User" RENAME COLUMN "name" TO "fullName";\n',
  );
  const known = await allTasks();
  const [run] = await Promise.all([
    migrateInEcs({ image: `${REPO}@sha256:${'c'.repeat(64)}` }),
    containersWrite(known, [statusLines(['20250301000000_rename'])]),
  ]);
  expect(run.exitCode).toBe(1);
  expect(run.annotations).toContainEqual(
    expect.stringMatching(
      /^::error title=migrate lint%3A RENAME table or column,file=prisma\/migrations\/20250301000000_rename\/migration.sql,line=2,/,
    ),
  );
  expect(run.stdout).toMatch(
    /::error::migrate failed: the safety lint found 1 blocking finding\(s\) in 1 pending migration\(s\); nothing was applied/,
  );
  // Only the read-only status task ran.
  const started = (await allTasks()).filter((a) => !known.includes(a));
  expect(started).toEqual([run.outputs['status-task-arn']]);
  expect(run.outputs['task-arn']).toBe('');
}, 90_000);

test('lint-only with an allow comment: the bundled parser runs, the finding is shown as allowed with its reason', async () => {
  mkdirSync(join(workspace, 'prisma/migrations/20250301000000_drop_legacy'));
  writeFileSync(
    join(workspace, 'prisma/migrations/20250301000000_drop_legacy/migration.sql'),
    '-- migrate-lint allow drop-table: LegacyAudit has been unused since release 41\nDROP TABLE "LegacyAudit";\n',
  );
  const run = await runDist('migrate', { cwd: workspace, inputs: { mode: 'lint-only' } });
  expect(run.exitCode).toBe(0);
  expect(JSON.parse(run.outputs['lint-findings'])).toEqual([
    expect.objectContaining({ rule: 'drop-table', line: 2, allowed: 'LegacyAudit has been unused since release 41' }),
  ]);
  expect(run.summary).toContain('allowed: LegacyAudit has been unused since release 41');
}, 30_000);

test('a service without awsvpc configuration: one clear error, nothing registered or run', async () => {
  const before = (await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'worker' }))).taskDefinitionArns;
  const run = await migrateInEcs({ service: 'worker' });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/::error::migrate failed: service "worker" has no awsvpc network configuration/);
  expect((await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'worker' }))).taskDefinitionArns).toEqual(
    before,
  );
}, 60_000);

/** Every task the cluster knows (moto lists stopped ones too). */
const allTasks = async () => (await ecs.send(new ListTasksCommand({ cluster: 'prod' }))).taskArns ?? [];
const revisionsOf = async (family: string) =>
  (await ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family }))).taskDefinitionArns ?? [];

/** What deploy-ecs with `register-only: true` leaves behind: the release's revision, its image and environment. */
async function registerRelease(image: string, environment: ContainerDefinition['environment']): Promise<string> {
  const answer = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: `arn:aws:iam::${TEST_ACCOUNT}:role/ecsTaskExecutionRole`,
      containerDefinitions: [
        { name: 'web', image, essential: true, memory: 512, environment, logConfiguration: awslogs },
      ],
    }),
  );
  return answer.taskDefinition!.taskDefinitionArn!;
}

/** Plays the container of the first task that was not there before: writes its log lines where awslogs would. */
async function newTaskWrites(known: string[], lines: string[]): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const arn = (await allTasks()).find((a) => !known.includes(a));
    if (arn) {
      const stream = `ecs/web/${arn.split('/').pop()}`;
      await logs.send(new CreateLogStreamCommand({ logGroupName: '/ecs/web', logStreamName: stream }));
      await logs.send(
        new PutLogEventsCommand({
          logGroupName: '/ecs/web',
          logStreamName: stream,
          logEvents: lines.map((message, n) => ({ message, timestamp: Date.now() + n })),
        }),
      );
      return arn;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the action started no task');
}

/** Plays the containers of the next tasks in turn (the status task, then the deploy task): one list of lines each. */
async function containersWrite(known: string[], each: string[][]): Promise<string[]> {
  const arns: string[] = [];
  for (const lines of each) arns.push(await newTaskWrites([...known, ...arns], lines));
  return arns;
}

/** A migration task started the way this action starts one, as an earlier run would have. */
async function migrationAlreadyRunning(taskDefinition: string, sha: string, runAttempt: string): Promise<string> {
  const answer = await ecs.send(
    new RunTaskCommand({
      cluster: 'prod',
      taskDefinition,
      count: 1,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: [subnet], securityGroups: [securityGroup] } },
      overrides: { containerOverrides: [{ name: 'web', command: ['npx', 'prisma', 'migrate', 'deploy'] }] },
      startedBy: `migrate/${sha}`,
      group: 'migrate:web',
      tags: [
        { key: 'git-sha', value: sha },
        { key: 'github-run-id', value: '4242' },
        { key: 'github-run-attempt', value: runAttempt },
      ],
    }),
  );
  return answer.tasks![0].taskArn!;
}

describe('one release, one revision', () => {
  test("task-definition: the migration runs from exactly the release's revision, and migrate registers nothing", async () => {
    const release = await registerRelease(NEW_IMAGE, [{ name: 'FEATURE_POSTS', value: 'on' }]);
    const revisionsBefore = await revisionsOf('web');
    const known = await allTasks();
    const [run, [, taskArn]] = await Promise.all([
      migrateInEcs({ image: '', 'task-definition': release }),
      containersWrite(known, [
        statusLines(['20250102000000_add_posts']),
        [
          'The following migration(s) have been applied:',
          '',
          'migrations/',
          '  └─ 20250102000000_add_posts/',
          '    └─ migration.sql',
          '',
          'All migrations have been successfully applied.',
        ],
      ]),
    ]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'task-arn': taskArn,
      'task-definition-arn': release,
      'exit-code': '0',
      'pending-count': '0',
      'applied-migrations': '["20250102000000_add_posts"]',
    });
    expect(await revisionsOf('web')).toEqual(revisionsBefore);
    const [task] = (await ecs.send(new DescribeTasksCommand({ cluster: 'prod', tasks: [taskArn] }))).tasks ?? [];
    expect(task.taskDefinitionArn).toBe(release);
    // The service itself was not touched: rolling the revision out is deploy-ecs's step.
    const [service] =
      (await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['web'] }))).services ?? [];
    expect(service.taskDefinition).not.toBe(release);
  }, 90_000);

  test('a deregistered revision is refused, and no task starts', async () => {
    const release = await registerRelease(NEW_IMAGE, []);
    await ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: release }));
    const known = await allTasks();
    const run = await migrateInEcs({ image: '', 'task-definition': release });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::migrate failed: task definition web:\d+ is INACTIVE: ECS starts no new task from a deregistered revision/,
    );
    expect(await allTasks()).toEqual(known);
  }, 60_000);

  test('image and task-definition together: an input error, and no task starts', async () => {
    const known = await allTasks();
    const run = await migrateInEcs({ 'task-definition': 'web:1' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::migrate: Invalid `image`: set only one of `task-definition` or `image`');
    expect(await allTasks()).toEqual(known);
  }, 60_000);
});

describe('re-runs', () => {
  test("a re-run while the previous attempt's migration of this commit still runs follows it to its end and starts no other", async () => {
    const release = await registerRelease(NEW_IMAGE, []);
    const previous = await migrationAlreadyRunning(release, SHA, '1');
    const known = await allTasks();
    const revisionsBefore = await revisionsOf('web');
    const run = await runDist('migrate', {
      cwd: workspace,
      env: { ...moto.env, GITHUB_SHA: SHA, GITHUB_JOB: 'deploy', GITHUB_RUN_ATTEMPT: '2' },
      inputs: { cluster: 'prod', service: 'web', image: NEW_IMAGE, 'poll-interval': '1s' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'task-arn': previous, 'task-definition-arn': release, 'exit-code': '0' });
    expect(run.stdout).toContain(`following ${previous}, started by run 4242 (attempt 1) for this commit`);
    expect(run.stdout).toContain('[ecs] task is STOPPED');
    expect(await allTasks()).toEqual(known);
    expect(await revisionsOf('web')).toEqual(revisionsBefore);
  }, 90_000);

  test('a running migration of another commit is refused in words', async () => {
    const other = 'f'.repeat(40);
    const theirs = await migrationAlreadyRunning((await revisionsOf('web'))[0], other, '1');
    const known = await allTasks();
    try {
      const run = await migrateInEcs();
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(
        new RegExp(
          `::error::migrate failed: another migration task of service "web" has not stopped yet: ${theirs.split('/').pop()} \\(\\w+.*started by migrate/${other}\\)\\. It migrates another commit than a1b2c3d4e5f6`,
        ),
      );
      expect(await allTasks()).toEqual(known);
    } finally {
      await ecs.send(new StopTaskCommand({ cluster: 'prod', task: theirs }));
    }
  }, 60_000);
});

test('a recovery command needs no migrations folder in the checkout', async () => {
  rmSync(join(workspace, 'prisma'), { recursive: true, force: true });
  const known = await allTasks();
  const [run, taskArn] = await Promise.all([
    migrateInEcs({ command: 'npx prisma migrate resolve --rolled-back 20250102000000_add_posts' }),
    newTaskWrites(known, ['Migration 20250102000000_add_posts marked as rolled back.']),
  ]);
  expect(run.exitCode).toBe(0);
  expect(run.outputs['task-arn']).toBe(taskArn);
  expect(run.stdout).toContain('[web] Migration 20250102000000_add_posts marked as rolled back.');
  expect(run.summary).toContain('Nothing to lint: no migrations folder at prisma/migrations');
}, 90_000);
