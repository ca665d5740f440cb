// ecs-task mode through the whole action, on the real SDK clients with aws-sdk-client-mock: what moto cannot show
// (a container exiting 1 with Prisma's P3018, a task that never started, one killed for memory) and the refusals.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  type Task,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';

import { migrate } from '../../actions/migrate/src/main.js';
import { createAwsClients } from '../../lib/aws/clients.js';
import { memoryIO } from '../../lib/core/io.js';
import { fakeClock } from '../support/clock.js';

const ecs = mockClient(ECSClient);
const logs = mockClient(CloudWatchLogsClient);
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const IMAGE = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:' + 'b'.repeat(64);
const LIVE = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7';
const REGISTERED = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:8';
const TASK = 'arn:aws:ecs:eu-west-1:123456789012:task/prod/0f1e2d3c';
const network = {
  awsvpcConfiguration: {
    subnets: ['subnet-1', 'subnet-2'],
    securityGroups: ['sg-1'],
    assignPublicIp: 'DISABLED' as const,
  },
};

const STATUS_TASK = 'arn:aws:ecs:eu-west-1:123456789012:task/prod/5a7u5000';
const INIT = '20250101000000_init';
const POSTS = '20250102000000_add_posts';
const STATUS = ['npx', 'prisma', 'migrate', 'status'];
const DEPLOY = ['npx', 'prisma', 'migrate', 'deploy'];

/** What `prisma migrate status` prints (and exits with) for these pending migrations. */
const statusSays = (pending: string[]): Play => ({
  final: stopped({ taskArn: STATUS_TASK }, { exitCode: pending.length ? 1 : 0 }),
  lines: pending.length
    ? [
        '2 migrations found in prisma/migrations',
        'Following migrations have not yet been applied:',
        ...pending,
        '',
        'To apply migrations in production run prisma migrate deploy.',
      ]
    : ['2 migrations found in prisma/migrations', '', 'Database schema is up to date!'],
});

interface Play {
  final: Task;
  lines: string[];
}

let workspace: string;
let plays: { status: Play; deploy?: Play };
beforeEach(() => {
  ecs.reset();
  logs.reset();
  workspace = mkdtempSync(join(tmpdir(), 'migrate-ecs-'));
  cpSync('test/fixtures/prisma', join(workspace, 'prisma'), { recursive: true });
  ecs.on(DescribeServicesCommand).resolves({
    services: [
      {
        serviceName: 'web',
        status: 'ACTIVE',
        taskDefinition: LIVE,
        launchType: 'FARGATE',
        platformVersion: 'LATEST',
        networkConfiguration: network,
      },
    ],
  });
  ecs.on(DescribeTaskDefinitionCommand).resolves({
    taskDefinition: {
      taskDefinitionArn: LIVE,
      family: 'web',
      revision: 7,
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      requiresCompatibilities: ['FARGATE'],
      containerDefinitions: [
        {
          name: 'web',
          image: IMAGE.replace(/b{64}/, 'a'.repeat(64)),
          essential: true,
          logConfiguration: {
            logDriver: 'awslogs',
            options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'ecs' },
          },
        },
      ],
    },
    tags: [],
  });
  ecs.on(ListTaskDefinitionsCommand).resolves({ taskDefinitionArns: [LIVE] });
  ecs.on(ListTasksCommand).resolves({ taskArns: [] });
  ecs.on(RegisterTaskDefinitionCommand).resolves({ taskDefinition: { taskDefinitionArn: REGISTERED } });
  // Two containers to play: the read-only status task, then the deploy task; each told apart by its command.
  plays = { status: statusSays([POSTS]) };
  ecs.on(RunTaskCommand).callsFake((input: { overrides?: { containerOverrides?: { command?: string[] }[] } }) => {
    const status = input.overrides?.containerOverrides?.[0].command?.includes('status');
    return { tasks: [{ taskArn: status ? STATUS_TASK : TASK, lastStatus: 'PROVISIONING' }] };
  });
  let looks = 0;
  ecs.on(DescribeTasksCommand).callsFake((input: { tasks?: string[] }) => {
    if (input.tasks?.[0] === STATUS_TASK) return { tasks: [plays.status.final] };
    // The deploy task is seen PENDING, then RUNNING, then stopped.
    const seen = [
      { taskArn: TASK, lastStatus: 'PENDING' },
      { taskArn: TASK, lastStatus: 'RUNNING' },
    ][looks++];
    return { tasks: [seen ?? plays.deploy?.final] };
  });
  const served = new Set<string>();
  logs.on(GetLogEventsCommand).callsFake((input: { logStreamName?: string }) => {
    const id = input.logStreamName?.split('/').pop() ?? '';
    const play = id === STATUS_TASK.split('/').pop() ? plays.status : plays.deploy;
    const first = !served.has(id);
    served.add(id);
    return { events: first ? (play?.lines ?? []).map((message) => ({ message })) : [], nextForwardToken: 'f/1' };
  });
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const stopped = (over: Partial<Task>, container: Record<string, unknown>): Task => ({
  taskArn: TASK,
  lastStatus: 'STOPPED',
  startedAt: new Date(),
  stopCode: 'EssentialContainerExited',
  stoppedReason: 'Essential container in task exited',
  containers: [{ name: 'web', ...container }],
  ...over,
});

/** The deploy task ends so, with these log lines. */
function taskEnds(final: Task, lines: string[] = []): void {
  plays.deploy = { final, lines };
}

/** Adds a migration to the checkout (the image is built from the same commit, so it has it too). */
function addMigration(name: string, sql: string): void {
  mkdirSync(join(workspace, 'prisma/migrations', name));
  writeFileSync(join(workspace, 'prisma/migrations', name, 'migration.sql'), sql);
}

const commandsRun = () =>
  ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input.overrides?.containerOverrides?.[0].command);

async function run(inputs: Record<string, string> = {}, moreEnv: Record<string, string> = {}) {
  const io = memoryIO({
    mode: 'ecs-task',
    cluster: 'prod',
    service: 'web',
    image: IMAGE,
    'poll-interval': '2s',
    ...inputs,
  });
  const env = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: SHA,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'deploy',
    AWS_REGION: 'eu-west-1',
    ...moreEnv,
  };
  const signal = new AbortController().signal;
  // The run wrapper's job, in small: one failure message.
  await migrate(
    { io, signal },
    { env, clients: createAwsClients({ region: 'eu-west-1', action: 'migrate' }), clock: fakeClock() },
  ).catch((err: Error) => io.setFailed(err.message));
  return io;
}

const P3018_LOG = [
  '2 migrations found in prisma/migrations',
  'Error: P3018',
  '',
  'A migration failed to apply. New migrations cannot be applied before the error is recovered from.',
  '',
  'Migration name: 20250102000000_add_posts',
  '',
  'Database error code: 23505',
  '',
  'Database error:',
  'ERROR: could not create unique index "Post_slug_key"',
  '',
];

test('a migration that applies: the task is registered for the image, placed like the service, and the log says what was applied', async () => {
  taskEnds(stopped({}, { exitCode: 0 }), [
    '2 migrations found in prisma/migrations',
    '',
    'The following migration(s) have been applied:',
    '',
    'migrations/',
    '  └─ 20250102000000_add_posts/',
    '    └─ migration.sql',
    '',
    'All migrations have been successfully applied.',
  ]);
  const io = await run();
  expect(io.failed).toBeUndefined();
  expect(ecs).toHaveReceivedCommandWith(RegisterTaskDefinitionCommand, {
    family: 'web',
    containerDefinitions: [expect.objectContaining({ name: 'web', image: IMAGE })],
  });
  // First the read-only status task, then the deploy: same revision and placement, each with its own token and purpose.
  expect(commandsRun()).toEqual([STATUS, DEPLOY]);
  const [statusCall, deployCall] = ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input);
  expect(statusCall).toMatchObject({
    taskDefinition: REGISTERED,
    networkConfiguration: network,
    startedBy: `migrate/${SHA}`,
    group: 'migrate:web',
    tags: expect.arrayContaining([{ key: 'purpose', value: 'migrate-status' }]),
  });
  expect(statusCall.clientToken).toMatch(/^[0-9a-f]{64}$/);
  expect(statusCall.clientToken).not.toBe(deployCall.clientToken);
  expect(deployCall.tags).toContainEqual({ key: 'purpose', value: 'migrate' });
  expect(ecs).toHaveReceivedCommandWith(RunTaskCommand, {
    cluster: 'prod',
    taskDefinition: REGISTERED,
    networkConfiguration: network,
    launchType: 'FARGATE',
    platformVersion: 'LATEST',
    startedBy: `migrate/${SHA}`,
    group: 'migrate:web',
    clientToken: expect.stringMatching(/^[0-9a-f]{64}$/),
    overrides: { containerOverrides: [{ name: 'web', command: ['npx', 'prisma', 'migrate', 'deploy'] }] },
    tags: expect.arrayContaining([{ key: 'git-sha', value: SHA }]),
  });
  expect(logs).toHaveReceivedCommandWith(GetLogEventsCommand, {
    logGroupName: '/ecs/web',
    logStreamName: 'ecs/web/0f1e2d3c',
  });
  expect(io.log).toContain('[web] All migrations have been successfully applied.');
  expect(io.outputs).toMatchObject({
    'task-arn': TASK,
    'status-task-arn': STATUS_TASK,
    'task-definition-arn': REGISTERED,
    'exit-code': '0',
    'applied-migrations': '["20250102000000_add_posts"]',
    'pending-count': '0',
    'new-migrations': '[]',
  });
  expect(io.summary).toContain('`20250102000000_add_posts`');
  // The summary links the task in the console, as the log does.
  expect(io.summary).toContain(
    '(https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod/tasks/0f1e2d3c?region=eu-west-1)',
  );
});

test('a task that goes straight to STOPPED (never seen RUNNING) is judged all the same', async () => {
  ecs.on(DescribeTasksCommand, { tasks: [TASK] }).resolves({ tasks: [stopped({}, { exitCode: 0 })] });
  taskEnds(stopped({}, { exitCode: 0 }), ['No pending migrations to apply.']);
  const io = await run();
  expect(io.failed).toBeUndefined();
  expect(io.outputs['exit-code']).toBe('0');
  expect(io.outputs['pending-count']).toBe('0');
});

test('exit code 1 with P3018 in the log: the failure in words and the resolve commands, never run', async () => {
  taskEnds(stopped({}, { exitCode: 1 }), P3018_LOG);
  const io = await run();
  expect(io.failed).toBe('Migration 20250102000000_add_posts failed to apply (P3018)');
  expect(io.outputs['exit-code']).toBe('1');
  // add_posts was the one pending migration, and it failed: nothing applied, nothing left pending (it is failed).
  expect(io.outputs['applied-migrations']).toBe('[]');
  expect(io.outputs['pending-count']).toBe('0');
  expect(io.log).toContain('  npx prisma migrate resolve --rolled-back "20250102000000_add_posts"');
  expect(io.annotations.find((a) => a.level === 'error')?.message).toContain(
    'could not create unique index "Post_slug_key" (SQLSTATE 23505)',
  );
  expect(io.summary).toContain('### Why it failed');
  expect(commandsRun()).toEqual([STATUS, DEPLOY]);
});

test("a task that never started: ECS's reason and where to look", async () => {
  taskEnds(
    stopped(
      {
        startedAt: undefined,
        stopCode: 'TaskFailedToStart',
        stoppedReason:
          'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref',
      },
      {},
    ),
  );
  const io = await run();
  expect(io.failed).toMatch(/^the task never started \[TaskFailedToStart\]: CannotPullContainerError/);
  expect(io.outputs['exit-code']).toBe('');
  expect(io.annotations.find((a) => a.level === 'error')?.message).toMatch(/subnets reach ECR/);
});

test('out of memory is said as such', async () => {
  taskEnds(stopped({}, { exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' }), [
    '2 migrations found in prisma/migrations',
  ]);
  const io = await run();
  expect(io.failed).toMatch(/container web ran out of memory and was killed \(exit code 137\)/);
  expect(io.outputs['exit-code']).toBe('137');
});

test('another migration task of the service still running: refused before anything is registered or run', async () => {
  ecs.on(ListTasksCommand).resolves({ taskArns: ['arn:aws:ecs:eu-west-1:123456789012:task/prod/older'] });
  ecs.on(DescribeTasksCommand).resolves({
    tasks: [
      {
        taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/prod/older',
        lastStatus: 'RUNNING',
        group: 'migrate:web',
        startedBy: 'migrate/ffffffffffffffffffffffffffffffffffffffff',
        tags: [{ key: 'github-run-id', value: '4100' }],
      },
    ],
  });
  const io = await run();
  expect(io.failed).toMatch(/another migration task of service "web" has not stopped yet: older \(RUNNING/);
  expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
  expect(ecs).not.toHaveReceivedCommand(RunTaskCommand);
});

describe('the lint judges exactly what the status task says is pending', () => {
  const DROP = '20250301000000_drop_user_name';
  // "User" and its "name" come from the first migration.
  beforeEach(() => addMigration(DROP, '-- AlterTable\nALTER TABLE "User" DROP COLUMN "name";\n'));

  test('a DROP COLUMN of a column an applied migration created: blocking, and no deploy task starts', async () => {
    plays.status = statusSays([DROP]);
    const io = await run();
    expect(io.failed).toMatch(
      /^the safety lint found 1 blocking finding\(s\) in 1 pending migration\(s\); nothing was applied/,
    );
    expect(commandsRun()).toEqual([STATUS]);
    expect(JSON.parse(io.outputs['lint-findings'])).toEqual([
      expect.objectContaining({
        rule: 'drop-column',
        file: `prisma/migrations/${DROP}/migration.sql`,
        line: 2,
        allowed: null,
      }),
    ]);
    expect(io.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        target: expect.objectContaining({ file: `prisma/migrations/${DROP}/migration.sql`, startLine: 2 }),
      }),
    );
    expect(io.outputs).toMatchObject({
      'new-migrations': JSON.stringify([DROP]),
      'applied-count': '0',
      'task-arn': '',
      'status-task-arn': STATUS_TASK,
    });
    expect(io.summary).toContain('Nothing was applied (only the read-only status task ran)');
  });

  test('the same DROP COLUMN with the migration that created the column, all pending: exempt, and deployed', async () => {
    plays.status = statusSays([INIT, POSTS, DROP]);
    taskEnds(stopped({}, { exitCode: 0 }), ['All migrations have been successfully applied.']);
    const io = await run();
    expect(io.failed).toBeUndefined();
    expect(commandsRun()).toEqual([STATUS, DEPLOY]);
    expect(io.outputs).toMatchObject({ 'lint-blocking-count': '0', 'new-migrations': '[]' });
  });

  test('a database that does not exist yet (P1003): every migration is pending, and judged as one batch', async () => {
    plays.status = {
      final: stopped({ taskArn: STATUS_TASK }, { exitCode: 1 }),
      lines: ['Error: P1003: Database `web` does not exist on the database server at `db:5432`.'],
    };
    taskEnds(stopped({}, { exitCode: 0 }), ['All migrations have been successfully applied.']);
    const io = await run();
    expect(io.failed).toBeUndefined();
    expect(io.outputs['new-migrations']).toBe('[]');
  });

  test('status output that cannot be read (no awslogs): every migration is linted on its own, so the DROP COLUMN blocks', async () => {
    ecs.on(DescribeTaskDefinitionCommand).resolves({
      taskDefinition: {
        taskDefinitionArn: LIVE,
        family: 'web',
        revision: 7,
        networkMode: 'awsvpc',
        containerDefinitions: [{ name: 'web', image: IMAGE, essential: true }],
      },
      tags: [],
    });
    plays.status = { final: stopped({ taskArn: STATUS_TASK }, { exitCode: 1 }), lines: [] };
    const io = await run();
    expect(io.failed).toMatch(
      /^the safety lint found 1 blocking finding\(s\) in all 3 migration\(s\), each on its own; nothing was applied/,
    );
    expect(io.log.join('\n')).toMatch(
      /the pending set is not known \(the status task exited with 1 and its output could not be read/,
    );
    expect(commandsRun()).toEqual([STATUS]);
  });

  test('a pending migration the checkout lacks cannot be judged, so it blocks', async () => {
    plays.status = statusSays([DROP, '20250401000000_not_here']);
    const io = await run({ 'lint-policy': 'fail' });
    expect(JSON.parse(io.outputs['lint-findings'])).toContainEqual(
      expect.objectContaining({ rule: 'unreadable', file: 'prisma/migrations/20250401000000_not_here/migration.sql' }),
    );
    expect(commandsRun()).toEqual([STATUS]);
  });
});

test('nothing pending: the status task is the only task, nothing is linted, and no deploy task starts', async () => {
  plays.status = statusSays([]);
  const io = await run();
  expect(io.failed).toBeUndefined();
  expect(commandsRun()).toEqual([STATUS]);
  expect(io.outputs).toMatchObject({
    'task-arn': '',
    'status-task-arn': STATUS_TASK,
    'exit-code': '',
    'applied-migrations': '[]',
    'pending-count': '0',
    'new-migrations': '[]',
  });
  expect(io.summary).toContain('| Task | none: nothing was pending |');
  expect(io.summary).toContain('Nothing to lint: no migration is pending.');
});

test('a migration that failed earlier (P3009 per status): explained with the resolve commands, and no deploy task starts', async () => {
  plays.status = {
    final: stopped({ taskArn: STATUS_TASK }, { exitCode: 1 }),
    lines: [
      'Following migration have failed:',
      POSTS,
      '',
      'The failed migration(s) can be marked as rolled back or applied:',
    ],
  };
  const io = await run();
  expect(io.failed).toBe(`An earlier migration, ${POSTS}, failed and blocks every deploy (P3009)`);
  expect(io.log).toContain(`  npx prisma migrate resolve --rolled-back "${POSTS}"`);
  expect(commandsRun()).toEqual([STATUS]);
});

test("a status task that never started fails the run in ECS's words, and no deploy task starts", async () => {
  plays.status = {
    final: stopped(
      {
        taskArn: STATUS_TASK,
        startedAt: undefined,
        stopCode: 'TaskFailedToStart',
        stoppedReason: 'ResourceInitializationError: unable to pull secrets',
      },
      {},
    ),
    lines: [],
  };
  const io = await run();
  expect(io.failed).toMatch(/^the task never started \[TaskFailedToStart\]: ResourceInitializationError/);
  expect(commandsRun()).toEqual([STATUS]);
});

test('a custom command: no status can be asked, so the lint judges each migration on its own before anything is registered', async () => {
  addMigration('20250301000000_drop_user_name', 'ALTER TABLE "User" DROP COLUMN "name";\n');
  const io = await run({ command: 'sh -c "npx prisma migrate deploy && node seed.js"' });
  expect(io.failed).toMatch(/in all 3 migration\(s\), each on its own; nothing was applied/);
  expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
  expect(ecs).not.toHaveReceivedCommand(RunTaskCommand);
});

test('a service without awsvpc configuration: one clear error, nothing started', async () => {
  ecs
    .on(DescribeServicesCommand)
    .resolves({ services: [{ serviceName: 'web', status: 'ACTIVE', taskDefinition: LIVE, launchType: 'EC2' }] });
  const io = await run();
  expect(io.failed).toMatch(/service "web" has no awsvpc network configuration/);
  expect(ecs).not.toHaveReceivedCommand(RunTaskCommand);
  expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
});

test('no migrations folder: one clear error before any AWS call', async () => {
  const io = await run({ 'migrations-dir': 'db/migrations' });
  expect(io.failed).toMatch(/^Invalid `migrations-dir` "db\/migrations": expected a folder of Prisma migrations/);
  expect(ecs.calls()).toHaveLength(0);
});

describe('re-running the job', () => {
  const FAILED = 'arn:aws:ecs:eu-west-1:123456789012:task/prod/first';
  const FRESH = 'arn:aws:ecs:eu-west-1:123456789012:task/prod/second';

  /** RunTask as ECS documents it: a token seen before hands back the task it started then, whatever became of it. */
  function ecsHonoursClientTokens(): string[] {
    const started = new Map<string, string>();
    const tokens: string[] = [];
    ecs.on(RunTaskCommand).callsFake((input: { clientToken?: string }) => {
      tokens.push(input.clientToken ?? '');
      const arn = started.get(input.clientToken ?? '') ?? (started.size === 0 ? FAILED : FRESH);
      started.set(input.clientToken ?? '', arn);
      return { tasks: [{ taskArn: arn, lastStatus: 'PROVISIONING' }] };
    });
    ecs
      .on(DescribeTasksCommand, { tasks: [FAILED] })
      .resolves({ tasks: [stopped({ taskArn: FAILED }, { exitCode: 1 })] });
    ecs
      .on(DescribeTasksCommand, { tasks: [FRESH] })
      .resolves({ tasks: [stopped({ taskArn: FRESH }, { exitCode: 0 })] });
    logs.on(GetLogEventsCommand).resolves({ events: [], nextForwardToken: 'f/1' });
    return tokens;
  }

  test('after a failed migration, the next attempt starts a new task instead of getting the failed one back', async () => {
    const tokens = ecsHonoursClientTokens();
    // The deploy task's token is what this is about: without the status task before it (its own token is tested above).
    const first = await run({ 'lint-policy': 'off' }, { GITHUB_RUN_ATTEMPT: '1' });
    expect(first.failed).toMatch(/container web exited with code 1/);
    const rerun = await run({ 'lint-policy': 'off' }, { GITHUB_RUN_ATTEMPT: '2' });
    expect(tokens[1]).not.toBe(tokens[0]);
    expect(rerun.failed).toBeUndefined();
    expect(rerun.outputs).toMatchObject({ 'task-arn': FRESH, 'exit-code': '0' });
    expect(ecs).toHaveReceivedCommandWith(RunTaskCommand, {
      tags: expect.arrayContaining([{ key: 'github-run-attempt', value: '2' }]),
    });
  });

  test("while the previous attempt's migration of this commit still runs, the re-run follows it to its verdict and starts nothing", async () => {
    const PREVIOUS = 'arn:aws:ecs:eu-west-1:123456789012:task/prod/previous';
    const previous: Task = {
      taskArn: PREVIOUS,
      taskDefinitionArn: REGISTERED,
      lastStatus: 'RUNNING',
      group: 'migrate:web',
      startedBy: `migrate/${SHA}`,
      createdAt: new Date(),
      overrides: { containerOverrides: [{ name: 'web', command: ['npx', 'prisma', 'migrate', 'deploy'] }] },
      tags: [
        { key: 'github-run-id', value: '4242' },
        { key: 'github-run-attempt', value: '1' },
      ],
    };
    ecs.on(ListTasksCommand).resolves({ taskArns: [PREVIOUS] });
    ecs.on(DescribeTasksCommand, { include: ['TAGS'] }).resolves({ tasks: [previous] });
    ecs
      .on(DescribeTasksCommand, { tasks: [PREVIOUS] })
      .resolvesOnce({ tasks: [previous] })
      .resolves({ tasks: [stopped({ taskArn: PREVIOUS, taskDefinitionArn: REGISTERED }, { exitCode: 0 })] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: REGISTERED }).resolves({
      taskDefinition: {
        taskDefinitionArn: REGISTERED,
        family: 'web',
        revision: 8,
        containerDefinitions: [
          {
            name: 'web',
            image: IMAGE,
            logConfiguration: {
              logDriver: 'awslogs',
              options: { 'awslogs-group': '/ecs/web', 'awslogs-stream-prefix': 'ecs' },
            },
          },
        ],
      },
    });
    logs
      .on(GetLogEventsCommand)
      .resolvesOnce({
        events: [{ message: 'All migrations have been successfully applied.' }],
        nextForwardToken: 'f/1',
      })
      .resolves({ events: [], nextForwardToken: 'f/1' });

    const io = await run({}, { GITHUB_RUN_ATTEMPT: '2' });
    expect(io.failed).toBeUndefined();
    expect(ecs).not.toHaveReceivedCommand(RunTaskCommand);
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(io.outputs).toMatchObject({ 'task-arn': PREVIOUS, 'task-definition-arn': REGISTERED, 'exit-code': '0' });
    expect(io.log).toContain(
      `following ${PREVIOUS}, started by run 4242 (attempt 1) for this commit, to its end instead of starting another`,
    );
    expect(logs).toHaveReceivedCommandWith(GetLogEventsCommand, { logStreamName: 'ecs/web/previous' });
    expect(io.summary).toContain('already running for this commit: followed, not started again');
  });
});

describe("task-definition: the release's revision", () => {
  const RELEASE = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:9';
  const release = {
    taskDefinitionArn: RELEASE,
    family: 'web',
    revision: 9,
    status: 'ACTIVE' as const,
    networkMode: 'awsvpc' as const,
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: 'web',
        image: IMAGE,
        essential: true,
        environment: [{ name: 'FEATURE_X', value: 'on' }],
        secrets: [
          { name: 'DATABASE_URL', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf' },
        ],
        logConfiguration: {
          logDriver: 'awslogs' as const,
          options: { 'awslogs-group': '/ecs/web-release', 'awslogs-stream-prefix': 'rel' },
        },
      },
    ],
  };

  test('the task runs from exactly that revision, and nothing is registered', async () => {
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: RELEASE }).resolves({ taskDefinition: release });
    taskEnds(stopped({}, { exitCode: 0 }), ['All migrations have been successfully applied.']);
    const io = await run({ image: '', 'task-definition': RELEASE });
    expect(io.failed).toBeUndefined();
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(ecs).not.toHaveReceivedCommand(ListTaskDefinitionsCommand);
    expect(commandsRun()).toEqual([STATUS, DEPLOY]);
    expect(ecs.commandCalls(RunTaskCommand).map((c) => c.args[0].input.taskDefinition)).toEqual([RELEASE, RELEASE]);
    expect(io.outputs['task-definition-arn']).toBe(RELEASE);
    // The log is followed where the release's revision sends it, not where the service's old one did.
    expect(logs).toHaveReceivedCommandWith(GetLogEventsCommand, {
      logGroupName: '/ecs/web-release',
      logStreamName: 'rel/web/0f1e2d3c',
    });
    expect(io.summary).toContain("web:9 (the release's revision");
  });

  test('a deregistered revision is refused before anything starts', async () => {
    ecs
      .on(DescribeTaskDefinitionCommand, { taskDefinition: 'web:9' })
      .resolves({ taskDefinition: { ...release, status: 'INACTIVE' } });
    const io = await run({ image: '', 'task-definition': 'web:9' });
    expect(io.failed).toMatch(/^task definition web:9 is INACTIVE/);
    expect(ecs).not.toHaveReceivedCommand(RunTaskCommand);
  });

  test('a revision ECS does not know is refused in words', async () => {
    ecs
      .on(DescribeTaskDefinitionCommand, { taskDefinition: 'web:99' })
      .rejects(Object.assign(new Error('Unable to describe task definition.'), { name: 'ClientException' }));
    const io = await run({ image: '', 'task-definition': 'web:99' });
    expect(io.failed).toMatch(/^task definition web:99 was not found \(Unable to describe task definition\.\)/);
    expect(ecs).not.toHaveReceivedCommand(RunTaskCommand);
  });
});

describe('a checkout without the migrations folder', () => {
  beforeEach(() => rmSync(join(workspace, 'prisma'), { recursive: true, force: true }));

  test('a recovery command runs all the same, and the summary says nothing was linted', async () => {
    taskEnds(stopped({}, { exitCode: 0 }), ['Migration 20250102000000_add_posts marked as rolled back.']);
    const io = await run({ command: 'npx prisma migrate resolve --rolled-back 20250102000000_add_posts' });
    expect(io.failed).toBeUndefined();
    expect(ecs).toHaveReceivedCommandWith(RunTaskCommand, {
      overrides: {
        containerOverrides: [
          {
            name: 'web',
            command: ['npx', 'prisma', 'migrate', 'resolve', '--rolled-back', '20250102000000_add_posts'],
          },
        ],
      },
    });
    expect(io.summary).toMatch(/Nothing to lint: no migrations folder at prisma\/migrations/);
  });

  test('lint-policy off runs migrate deploy from the image', async () => {
    taskEnds(stopped({}, { exitCode: 0 }), ['No pending migrations to apply.']);
    const io = await run({ 'lint-policy': 'off' });
    expect(io.failed).toBeUndefined();
    expect(commandsRun()).toEqual([DEPLOY]);
  });

  test('with the lint on and migrate deploy, the missing folder is still an error before any AWS call', async () => {
    const io = await run();
    expect(io.failed).toMatch(/^Invalid `migrations-dir` "prisma\/migrations": expected a folder of Prisma migrations/);
    expect(ecs.calls()).toHaveLength(0);
  });
});
