import type { Service, Task, TaskDefinition } from '@aws-sdk/client-ecs';

import type { EcsTaskInputs, MigrateInputs } from '../../actions/migrate/src/inputs.js';
import { type ObservedEcs, planEcsTask } from '../../actions/migrate/src/plan.js';
import { PlanError } from '../../lib/core/errors.js';
import { pickContainer, placementFromService, taskDefinitionForImage } from '../../lib/ecs/one-off-task.js';
import { containerLogStream } from '../../lib/ecs/task-logs.js';
import { judgeStoppedTask } from '../../lib/ecs/task-verdict.js';
import { splitCommand } from '../../lib/migrate/command.js';
import { databaseUrlSource, maskDatabaseUrl } from '../../lib/migrate/database-url.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const OLD = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:' + 'a'.repeat(64);
const NEW = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:' + 'b'.repeat(64);
const awslogs = {
  logDriver: 'awslogs' as const,
  options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': 'ecs' },
};
const liveDef: TaskDefinition = {
  taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7',
  family: 'web',
  revision: 7,
  status: 'ACTIVE',
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: OLD, essential: true, logConfiguration: awslogs }],
};
const network = {
  awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'], assignPublicIp: 'DISABLED' as const },
};
const service: Service = {
  serviceName: 'web',
  status: 'ACTIVE',
  taskDefinition: liveDef.taskDefinitionArn,
  launchType: 'FARGATE',
  platformVersion: '1.4.0',
  networkConfiguration: network,
};

describe('placementFromService', () => {
  test('copies network, launch type and platform version', () => {
    expect(placementFromService(service)).toEqual({
      networkConfiguration: network,
      launchType: 'FARGATE',
      capacityProviderStrategy: undefined,
      platformVersion: '1.4.0',
    });
  });
  test('capacity providers replace the launch type (RunTask refuses both)', () => {
    const spot = {
      ...service,
      launchType: undefined,
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    };
    expect(placementFromService(spot)).toMatchObject({
      launchType: undefined,
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    });
  });
  test('a service without awsvpc configuration is refused in words', () => {
    expect(() => placementFromService({ ...service, networkConfiguration: undefined })).toThrow(
      /service "web" has no awsvpc network configuration/,
    );
  });
});

describe('taskDefinitionForImage', () => {
  test('reuses the service revision when it already runs the image', () => {
    expect(taskDefinitionForImage({ definition: liveDef, tags: [] }, undefined, 'web', OLD)).toMatchObject({
      action: 'reuse',
      arn: liveDef.taskDefinitionArn,
    });
  });
  test('registers a copy with only the image changed, tagged with the sha', () => {
    const choice = taskDefinitionForImage(
      { definition: liveDef, tags: [{ key: 'team', value: 'rides' }] },
      undefined,
      'web',
      NEW,
      [{ key: 'git-sha', value: SHA }],
    );
    expect(choice.action).toBe('register');
    if (choice.action !== 'register') return;
    expect(choice.draft.containerDefinitions?.[0]).toMatchObject({
      name: 'web',
      image: NEW,
      logConfiguration: awslogs,
    });
    expect(choice.draft).not.toHaveProperty('revision');
    expect(choice.draft.tags).toEqual([
      { key: 'team', value: 'rides' },
      { key: 'git-sha', value: SHA },
    ]);
  });
  test("reuses the family's newest revision when a re-run already registered it", () => {
    const newest = {
      ...liveDef,
      taskDefinitionArn: liveDef.taskDefinitionArn!.replace(':7', ':8'),
      revision: 8,
      containerDefinitions: [{ ...liveDef.containerDefinitions![0], image: NEW }],
    };
    expect(taskDefinitionForImage({ definition: liveDef, tags: [] }, newest, 'web', NEW)).toMatchObject({
      action: 'reuse',
      arn: newest.taskDefinitionArn,
    });
  });
});

describe('pickContainer', () => {
  const two = {
    family: 'web',
    containerDefinitions: [
      { name: 'web', essential: true },
      { name: 'envoy', essential: true },
    ],
  };
  test.each([
    ['the only one', { family: 'web', containerDefinitions: [{ name: 'web' }] }, undefined, 'web'],
    [
      'the only essential one',
      { family: 'web', containerDefinitions: [{ name: 'web' }, { name: 'log-router', essential: false }] },
      undefined,
      'web',
    ],
    ['the named one', two, 'envoy', 'envoy'],
  ])('%s', (_n, def, name, expected) => expect(pickContainer(def, name)).toBe(expected));
  test('several essential containers need a name', () =>
    expect(() => pickContainer(two, undefined)).toThrow(/has 2 containers \(web, envoy\): name the one/));
  test('an unknown name lists the real ones', () =>
    expect(() => pickContainer(two, 'app')).toThrow(/no container "app" \(it has web, envoy\)/));
});

describe('planEcsTask', () => {
  const inputs = { gitSha: SHA, runId: '4242', runAttempt: '1', job: 'deploy' } as MigrateInputs;
  const DEPLOY = ['npx', 'prisma', 'migrate', 'deploy'];
  const ecs = {
    cluster: 'prod',
    service: 'web',
    source: { kind: 'image', image: NEW },
    command: DEPLOY,
  } as EcsTaskInputs;
  const observed = (active: Task[] = []): ObservedEcs => ({
    service,
    family: 'web',
    source: { kind: 'image', live: { definition: liveDef, tags: [] } },
    active,
  });
  const running = (startedBy: string, runId: string, command: string[] = DEPLOY, attempt = '1'): Task => ({
    taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/prod/abc123',
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:8',
    lastStatus: 'RUNNING',
    startedBy,
    group: 'migrate:web',
    createdAt: new Date('2026-01-01T10:00:00Z'),
    overrides: { containerOverrides: [{ name: 'web', command }] },
    tags: [
      { key: 'github-run-id', value: runId },
      { key: 'github-run-attempt', value: attempt },
    ],
  });

  test('names the task by the sha, groups it by the service, and derives a stable token', () => {
    const plan = planEcsTask(inputs, ecs, observed());
    expect(plan).toMatchObject({
      container: 'web',
      group: 'migrate:web',
      startedBy: `migrate/${SHA}`,
      command: ecs.command,
    });
    expect(plan.attachTo).toBeUndefined();
    expect(plan.clientToken).toMatch(/^[0-9a-f]{64}$/);
    expect(planEcsTask(inputs, ecs, observed()).clientToken).toBe(plan.clientToken);
    expect(planEcsTask({ ...inputs, runId: '4243' }, ecs, observed()).clientToken).not.toBe(plan.clientToken);
    expect(plan.tags).toEqual(
      expect.arrayContaining([
        { key: 'git-sha', value: SHA },
        { key: 'github-run-attempt', value: '1' },
      ]),
    );
  });

  // ECS hands back the first task for a repeated token (24 hours): a re-run after a failed migration must not get the
  // failed task again.
  test('a re-run of the job (next run attempt) gets a new client token, so ECS starts a new task', () => {
    const first = planEcsTask(inputs, ecs, observed()).clientToken;
    const rerun = planEcsTask({ ...inputs, runAttempt: '2' }, ecs, observed()).clientToken;
    expect(rerun).not.toBe(first);
    expect(planEcsTask({ ...inputs, runAttempt: '2' }, ecs, observed()).clientToken).toBe(rerun);
  });

  test('a `client-token` given as input is used as is', () => {
    expect(planEcsTask(inputs, { ...ecs, clientToken: 'release-41' }, observed()).clientToken).toBe('release-41');
  });

  test('refuses while a migration task of another commit runs, saying so', () => {
    const plan = () =>
      planEcsTask(
        inputs,
        ecs,
        observed([running('migrate/0000000000000000000000000000000000000000', '1')]),
        new Date('2026-01-01T10:03:00Z'),
      );
    expect(plan).toThrow(PlanError);
    expect(plan).toThrow(
      /another migration task of service "web" has not stopped yet: abc123 \(RUNNING for 3m 00s, started by migrate\/0{40}\)\. It migrates another commit than a1b2c3d4e5f6/,
    );
  });

  test('follows the task this same job started instead of starting a second', () => {
    const mine = running(`migrate/${SHA}`, '4242');
    expect(planEcsTask(inputs, ecs, observed([mine])).attachTo).toBe(mine);
  });

  test("a re-run while the previous attempt's migration of this commit still runs follows it, and registers nothing", () => {
    const previous = running(`migrate/${SHA}`, '4242', DEPLOY, '1');
    const plan = planEcsTask({ ...inputs, runAttempt: '2' }, ecs, observed([previous]));
    expect(plan.attachTo).toBe(previous);
    // Without the running task this image would need a new revision; following it, the revision is the task's own.
    expect(planEcsTask({ ...inputs, runAttempt: '2' }, ecs, observed()).taskDefinition.action).toBe('register');
    expect(plan.taskDefinition).toMatchObject({ action: 'reuse', arn: previous.taskDefinitionArn });
  });

  test('a migration of this commit started by another run (a manual re-deploy) is followed too', () => {
    const other = running(`migrate/${SHA}`, '4100');
    expect(planEcsTask(inputs, ecs, observed([other])).attachTo).toBe(other);
  });

  test('a task of this commit running another command (a resolve) is refused, not followed', () => {
    const resolve = running(`migrate/${SHA}`, '4100', [
      'npx',
      'prisma',
      'migrate',
      'resolve',
      '--rolled-back',
      '20250102000000_add_posts',
    ]);
    expect(() => planEcsTask(inputs, ecs, observed([resolve]))).toThrow(
      /a migration task of this commit is still running another command: abc123 .* running `npx prisma migrate resolve --rolled-back 20250102000000_add_posts`/,
    );
  });
});

describe("planEcsTask with `task-definition` (the release's revision)", () => {
  const inputs = { gitSha: SHA, runId: '4242', runAttempt: '1', job: 'deploy' } as MigrateInputs;
  const RELEASE = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:9';
  const release: TaskDefinition = {
    ...liveDef,
    taskDefinitionArn: RELEASE,
    revision: 9,
    containerDefinitions: [
      { ...liveDef.containerDefinitions![0], image: NEW, environment: [{ name: 'FEATURE', value: 'on' }] },
    ],
  };
  const ecs = {
    cluster: 'prod',
    service: 'web',
    source: { kind: 'revision', taskDefinition: 'web:9' },
    command: ['npx', 'prisma', 'migrate', 'deploy'],
  } as EcsTaskInputs;
  const observed = (definition: TaskDefinition | undefined, problem?: string): ObservedEcs => ({
    service,
    family: 'web',
    source: { kind: 'revision', requested: 'web:9', definition, problem },
    active: [],
  });

  test('runs exactly that revision and registers nothing', () => {
    const plan = planEcsTask(inputs, ecs, observed(release));
    expect(plan.taskDefinition).toEqual({
      action: 'reuse',
      arn: RELEASE,
      why: expect.stringMatching(/the release's revision/),
    });
    expect(plan.container).toBe('web');
  });

  test.each([
    [
      'an unknown revision',
      undefined,
      'Unable to describe task definition.',
      /^task definition web:9 was not found \(Unable to describe task definition\.\): pass the revision the release registered/,
    ],
    [
      'a deregistered revision',
      { ...release, status: 'INACTIVE' as const },
      undefined,
      /^task definition web:9 is INACTIVE: ECS starts no new task from a deregistered revision/,
    ],
    [
      'another family',
      { ...release, family: 'worker', taskDefinitionArn: RELEASE.replace('web:9', 'worker:9') },
      undefined,
      /^task definition worker:9 is not a revision of family "web", which service "web" runs/,
    ],
    ['no awsvpc', { ...release, networkMode: 'bridge' as const }, undefined, /uses network mode bridge, not awsvpc/],
  ])('refuses %s before anything starts', (_n, definition, problem, message) => {
    expect(() => planEcsTask(inputs, ecs, observed(definition, problem))).toThrow(PlanError);
    expect(() => planEcsTask(inputs, ecs, observed(definition, problem))).toThrow(message);
  });

  test('the container must be in that revision', () => {
    expect(() => planEcsTask(inputs, { ...ecs, container: 'app' }, observed(release))).toThrow(
      /task definition web has no container "app" \(it has web\)/,
    );
    const withSidecar = {
      ...release,
      containerDefinitions: [...release.containerDefinitions!, { name: 'log-router', essential: false }],
    };
    expect(planEcsTask(inputs, ecs, observed(withSidecar)).container).toBe('web');
  });
});

describe('judgeStoppedTask', () => {
  const task = (over: Partial<Task>, container: Record<string, unknown> = {}): Task => ({
    lastStatus: 'STOPPED',
    startedAt: new Date(),
    stopCode: 'EssentialContainerExited',
    containers: [{ name: 'web', ...container }],
    ...over,
  });
  test.each([
    ['exit 0', task({}, { exitCode: 0 }), 'succeeded', /exited with code 0/],
    [
      'exit 1',
      task({ stoppedReason: 'Essential container in task exited' }, { exitCode: 1 }),
      'exit-code',
      /container web exited with code 1: Essential container in task exited/,
    ],
    [
      'out of memory',
      task(
        { stoppedReason: 'Essential container in task exited' },
        { exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' },
      ),
      'out-of-memory',
      /ran out of memory and was killed \(exit code 137\)/,
    ],
    [
      'image pull failed',
      task({
        startedAt: undefined,
        stopCode: 'TaskFailedToStart',
        stoppedReason: 'CannotPullContainerError: pull image manifest has been retried 5 time(s): not found',
      }),
      'never-started',
      /the task never started \[TaskFailedToStart\]: CannotPullContainerError/,
    ],
    [
      'stopped by someone',
      task({ stopCode: 'UserInitiated', stoppedReason: 'Task stopped by user' }),
      'stopped-early',
      /stopped before container web finished \[UserInitiated\]/,
    ],
  ])('%s', (_n, stopped, kind, summary) => {
    const outcome = judgeStoppedTask(stopped, 'web');
    expect(outcome.kind).toBe(kind);
    expect(outcome.summary).toMatch(summary);
  });
  test('a pull failure says where to look', () => {
    expect(
      judgeStoppedTask(
        task({ startedAt: undefined, stopCode: 'TaskFailedToStart', stoppedReason: 'CannotPullContainerError: x' }),
        'web',
      ).hint,
    ).toMatch(/NAT gateway or VPC endpoints/);
  });
});

describe('containerLogStream', () => {
  test('awslogs with a prefix: <prefix>/<container>/<task id>', () => {
    expect(containerLogStream(liveDef.containerDefinitions![0], 'abc')).toEqual({
      group: '/ecs/web',
      stream: 'ecs/web/abc',
      region: 'eu-west-1',
    });
  });
  test('no awslogs, or no prefix: nothing to follow', () => {
    expect(containerLogStream({ name: 'web' }, 'abc')).toBeUndefined();
    expect(
      containerLogStream(
        { name: 'web', logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g' } } },
        'abc',
      ),
    ).toBeUndefined();
  });
});

describe('splitCommand', () => {
  test.each([
    ['npx prisma migrate deploy', ['npx', 'prisma', 'migrate', 'deploy']],
    [
      'npx prisma migrate resolve --rolled-back "20250103000000_add comments"',
      ['npx', 'prisma', 'migrate', 'resolve', '--rolled-back', '20250103000000_add comments'],
    ],
    ['["sh", "-c", "npx prisma migrate deploy && echo done"]', ['sh', '-c', 'npx prisma migrate deploy && echo done']],
    ['npx "unterminated', undefined],
    ['["sh", 1]', undefined],
  ])('%s', (text, words) => expect(splitCommand(text)).toEqual(words));
});

describe('databaseUrlSource', () => {
  const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf';
  test.each([
    ['a Secrets Manager ARN', arn, { kind: 'secretsmanager', secretId: arn, jsonKey: undefined }],
    ['an ECS-style JSON key', `${arn}:url::`, { kind: 'secretsmanager', secretId: arn, jsonKey: 'url' }],
    ['an SSM name', '/prod/database-url', { kind: 'ssm', name: '/prod/database-url' }],
    ['an SSM ARN', 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/database-url', { kind: 'ssm' }],
  ])('%s', (_n, reference, expected) => expect(databaseUrlSource(undefined, reference)).toMatchObject(expected));
  test('anything else names the input and the accepted forms', () => {
    expect(() => databaseUrlSource(undefined, 'prod-db')).toThrow(
      /^Invalid `database-url-secret`: expected a Secrets Manager secret ARN .* \(the value given is masked and not shown\)$/,
    );
  });
  test('both at once is refused', () => {
    expect(() => databaseUrlSource('postgresql://x', '/a')).toThrow(
      /set only one of `database-url` or `database-url-secret`/,
    );
  });
  test('masks the URL and its password, raw and decoded', () => {
    const masked: string[] = [];
    maskDatabaseUrl({ setSecret: (s) => masked.push(s) }, 'postgresql://app:p%40ss@db:5432/app');
    expect(masked).toEqual(['postgresql://app:p%40ss@db:5432/app', 'p%40ss', 'p@ss']);
  });
});
