// Every way a deploy could once report success (or go quiet) without having seen a rollout complete:
// re-runs after a timeout or a failure, unreadable AWS mid-watch, hung calls, cancels before the first change,
// one service refused among several, `wait: false`, and what keep-revisions may deregister.
import {
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListClustersCommand,
  ListServicesCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';

import {
  BREAKER,
  calmAccount,
  CLUSTER,
  deployment,
  describeServicesAnswers,
  ecs,
  fakeClock,
  image,
  liveDefinition,
  NEW,
  NEW_IMAGE,
  OLD,
  OLD_DEPLOYMENT,
  OURS,
  rollout,
  runDeploy,
  RUNNING_IMAGE,
  service,
  taskDefinitionArn,
  useScenarioMocks,
  web,
} from '../support/ecs-scenario.js';
import { type GithubApi, startGithubApi } from '../support/github-api.js';

useScenarioMocks();

/** What a timed-out (or cancelled, or killed) first run left behind: the service points at web:7, still rolling out. */
const stillRolling = () =>
  service('web', [
    deployment(OURS, 'PRIMARY', OLD, 'IN_PROGRESS', 1),
    deployment(OLD_DEPLOYMENT, 'ACTIVE', taskDefinitionArn('web', 6), 'COMPLETED', 1),
  ]);
const failedWithoutRollback = () =>
  service('web', [
    deployment(OURS, 'PRIMARY', OLD, 'FAILED', 0, { rolloutStateReason: BREAKER }),
    deployment(OLD_DEPLOYMENT, 'ACTIVE', taskDefinitionArn('web', 6), 'COMPLETED', 2),
  ]);

let github: GithubApi;
beforeEach(async () => {
  github = await startGithubApi();
  Object.assign(process.env, { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/rides' });
});
afterEach(async () => {
  await github.close();
  delete process.env.GITHUB_API_URL;
});
const recorded = { 'github-token': 'ghs_scenario', 'github-environment': 'production' };

describe('a re-run that has nothing new to deploy judges the deployment in flight', () => {
  test('still IN_PROGRESS (the first run timed out): followed to COMPLETED, and only then success', async () => {
    calmAccount();
    describeServicesAnswers(
      [stillRolling()],
      [stillRolling()],
      [service('web', [deployment(OURS, 'PRIMARY', OLD, 'COMPLETED', 2)])],
    );
    const { io, error, results, clock } = await runDeploy({ service: 'web', image: RUNNING_IMAGE, ...recorded });

    expect(error).toBeUndefined();
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
    expect(results[0]).toMatchObject({ status: 'succeeded', action: 'no-change', adopted: true, deploymentId: OURS });
    expect(clock.now()).toBe(15_000);
    expect(io.log).toContain(
      `web: nothing new to deploy, but its deployment ${OURS} of web:7 is still in progress: following it`,
    );
    expect(github.states()).toEqual(['in_progress', 'success']);
  });

  test('still IN_PROGRESS and it never finishes: a timeout failure, never "nothing to deploy"', async () => {
    calmAccount();
    describeServicesAnswers([stillRolling()]);
    const { error, results } = await runDeploy({
      service: 'web',
      image: RUNNING_IMAGE,
      'wait-timeout': '1m',
      ...recorded,
    });

    expect(error?.message).toMatch(
      /^rollout failed for web \(the deployment already in flight failed: no verdict within 1m/,
    );
    expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'timeout', adopted: true });
    expect(github.states()).toEqual(['in_progress', 'failure']);
  });

  test('a COMPLETED PRIMARY deployment of another revision than the service points at proves nothing: the step fails naming both', async () => {
    calmAccount();
    // The service points at web:7 (what this run renders), but its PRIMARY deployment is of web:6.
    describeServicesAnswers([
      service('web', [deployment(OURS, 'PRIMARY', taskDefinitionArn('web', 6), 'COMPLETED', 2)], {
        taskDefinition: OLD,
      }),
    ]);
    const { error, results } = await runDeploy({ service: 'web', image: RUNNING_IMAGE, ...recorded });

    expect(error?.message).toBe(
      `rollout failed for web (nothing new to deploy, but the service points at web:7 while its PRIMARY deployment ${OURS} is of web:6: no deployment of web:7 can be judged)`,
    );
    expect(results[0]).toMatchObject({
      status: 'failed',
      failureKind: 'mismatch',
      action: 'no-change',
      taskDefinitionArn: OLD,
    });
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
    expect(github.states()).toEqual(['in_progress', 'failure']);
  });

  test('FAILED by the circuit breaker with no rollback: the step fails and says so, without touching the service', async () => {
    calmAccount();
    describeServicesAnswers([failedWithoutRollback()]);
    const { io, error, results } = await runDeploy({ service: 'web', image: RUNNING_IMAGE, ...recorded });

    expect(error?.message).toBe(
      `rollout failed for web (nothing new to deploy, but the service's current deployment ${OURS} of web:7 did not complete: ${BREAKER})`,
    );
    expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'circuit-breaker' });
    expect(io.outputs.status).toBe('failed');
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
    expect(github.states()).toEqual(['in_progress', 'failure']);
  });

  test('an update-only run (a new desired count) on a FAILED deployment: fails with ECS reason', async () => {
    calmAccount();
    ecs.on(UpdateServiceCommand).resolves({ service: failedWithoutRollback() });
    describeServicesAnswers([failedWithoutRollback()]);
    const { error, results } = await runDeploy({ service: 'web', image: RUNNING_IMAGE, 'desired-count': '3' });

    expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'circuit-breaker', action: 'update-only' });
    expect(error?.message).toContain(BREAKER);
  });

  test('an update-only run (a new desired count) on a COMPLETED deployment waits until every task runs', async () => {
    calmAccount();
    const scaled = (running: number) =>
      service('web', [deployment(OLD_DEPLOYMENT, 'PRIMARY', OLD, 'COMPLETED', running, { desiredCount: 3 })], {
        desiredCount: 3,
      });
    ecs.on(UpdateServiceCommand).resolves({ service: scaled(2) });
    describeServicesAnswers([web.before()], [scaled(2)], [scaled(3)]);
    const { error, results, clock } = await runDeploy({ service: 'web', image: RUNNING_IMAGE, 'desired-count': '3' });

    expect(error).toBeUndefined();
    expect(results[0]).toMatchObject({ status: 'succeeded', action: 'update-only' });
    expect(clock.now()).toBe(15_000);
  });
});

describe('AWS unreadable mid-watch: outputs, summary and the GitHub record are still written', () => {
  test('expired credentials: the rollout is reported unobservable, the record says error', async () => {
    calmAccount();
    ecs
      .on(DescribeServicesCommand)
      .resolvesOnce({ services: [web.before()] })
      .resolvesOnce({ services: [web.rolling(1)] })
      .rejects(
        Object.assign(new Error('The security token included in the request is expired'), {
          name: 'ExpiredTokenException',
        }),
      );
    const { io, error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE, ...recorded });

    expect(error?.message).toContain('The security token included in the request is expired');
    expect(results[0]).toMatchObject({
      status: 'failed',
      failureKind: 'unobservable',
      deploymentId: OURS,
      taskDefinitionArn: NEW,
    });
    expect(io.outputs).toMatchObject({ 'task-definition-arn': NEW, 'deployment-id': OURS, status: 'failed' });
    expect(io.summary).toContain('| web | ❌ failed (unobservable) | web:8 | web:7 |');
    expect(github.states()).toEqual(['in_progress', 'error']);
  });

  test('network errors are retried until they pass, not fatal on first sight', async () => {
    calmAccount();
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', name: 'Error' });
    ecs
      .on(DescribeServicesCommand)
      .resolvesOnce({ services: [web.before()] })
      .rejectsOnce(reset)
      .rejectsOnce(reset)
      .rejectsOnce(reset)
      .rejectsOnce(reset)
      .resolves({ services: [web.completed()] });
    const { io, error, results, clock } = await runDeploy({ service: 'web', image: NEW_IMAGE });

    expect(error).toBeUndefined();
    expect(results[0]).toMatchObject({ status: 'succeeded' });
    expect(clock.now()).toBe(60_000);
    expect(io.annotations.filter((a) => a.level === 'warning')).toHaveLength(4);
  });

  test('network errors that last past the deadline: unobservable at the deadline, with the last error named', async () => {
    calmAccount();
    ecs
      .on(DescribeServicesCommand)
      .resolvesOnce({ services: [web.before()] })
      .rejects(Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }));
    const { error, results, clock } = await runDeploy({
      service: 'web',
      image: NEW_IMAGE,
      'wait-timeout': '1m',
      ...recorded,
    });

    expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'unobservable' });
    expect(error?.message).toContain('the last read failed: connect ECONNREFUSED');
    expect(clock.now()).toBe(60_000);
    expect(github.states()).toEqual(['in_progress', 'error']);
  });

  test('a DescribeServices call that hangs does not hold the step past wait-timeout', async () => {
    calmAccount();
    ecs
      .on(DescribeServicesCommand)
      .resolvesOnce({ services: [web.before()] })
      .resolvesOnce({ services: [web.rolling(1)] })
      .callsFake(() => new Promise(() => undefined));
    const clock = fakeClock();
    const { error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE, 'wait-timeout': '2m' }, { clock });

    expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'timeout' });
    expect(error?.message).toContain('no verdict within 2m');
    expect(clock.now()).toBe(120_000);
  });
});

describe('a cancel before the first change changes nothing', () => {
  test('cancelled while reading: no registration, no update', async () => {
    calmAccount();
    const controller = new AbortController();
    ecs.on(DescribeServicesCommand).callsFake(() => {
      controller.abort(new Error('job cancelled (SIGINT)'));
      return { services: [web.before()] };
    });
    const { error } = await runDeploy({ service: 'web', image: NEW_IMAGE }, { signal: controller.signal });

    expect(error?.message).toBe('job cancelled (SIGINT)');
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
  });

  test('cancelled while registering: the services are not updated, and the summary says nothing was changed', async () => {
    calmAccount(['user', 'trip']);
    const controller = new AbortController();
    ecs.on(RegisterTaskDefinitionCommand).callsFake((input: { family: string }) => {
      controller.abort(new Error('job cancelled (SIGINT)'));
      return {
        taskDefinition: {
          taskDefinitionArn: taskDefinitionArn(input.family, 8),
          family: input.family,
          status: 'ACTIVE',
        },
      };
    });
    describeServicesAnswers([rollout('user').before(), rollout('trip').before()]);
    const { io, error } = await runDeploy(
      { services: 'user\ntrip', images: `user=${image('user', 'v2')}\ntrip=${image('trip', 'v2')}` },
      { signal: controller.signal },
    );

    expect(error?.message).toBe('job cancelled (SIGINT)');
    expect(ecs).toHaveReceivedCommandTimes(RegisterTaskDefinitionCommand, 1);
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
    expect(io.outputs.status).toBe('failed');
    expect(io.summary).toContain('job cancelled (SIGINT)');
  });
});

test('one UpdateService refused among three services: that one fails with AWS reason, the others are watched to their verdicts', async () => {
  calmAccount(['user', 'trip', 'driver']);
  const [user, trip, driver] = ['user', 'trip', 'driver'].map((name) => rollout(name));
  ecs
    .on(UpdateServiceCommand, { service: 'trip' })
    .rejects(Object.assign(new Error('TaskDefinition is inactive'), { name: 'ClientException' }));
  describeServicesAnswers([user.before(), trip.before(), driver.before()], [user.completed(), driver.completed()]);
  const { io, error, results } = await runDeploy({
    services: 'user\ntrip\ndriver',
    images: ['user', 'trip', 'driver'].map((n) => `${n}=${image(n, 'v2')}`).join('\n'),
    ...recorded,
  });

  expect(results.map((r) => [r.service, r.status, r.failureKind])).toEqual([
    ['user', 'succeeded', undefined],
    ['trip', 'failed', 'rejected'],
    ['driver', 'succeeded', undefined],
  ]);
  expect(error?.message).toBe('rollout failed for trip (UpdateService was refused: TaskDefinition is inactive)');
  expect(io.summary).toContain('| trip | ❌ failed (rejected) |');
  expect(io.summary).toContain('| driver | ✅ succeeded | driver:8 | driver:7 |');
  expect(github.states()).toEqual(['in_progress', 'failure']);
});

test('wait: false leaves the GitHub deployment in_progress, never success', async () => {
  calmAccount();
  describeServicesAnswers([web.before()]);
  const { io, error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE, wait: 'false', ...recorded });

  expect(error).toBeUndefined();
  expect(results[0]).toMatchObject({ status: 'started' });
  expect(io.outputs.status).toBe('in-progress');
  expect(io.log.filter((l) => l.startsWith('warning'))).toEqual([]);
  expect(github.states()).toEqual(['in_progress', 'in_progress']);
});

describe('keep-revisions deregisters only what is safe to lose', () => {
  const rev = (n: number) => taskDefinitionArn('web', n);
  const ours = [{ key: 'registered-by', value: 'ecs-fargate-actions' }];

  test('never the rollback target, nor a revision another cluster runs, nor one this project did not register', async () => {
    calmAccount();
    describeServicesAnswers([web.before()], [web.completed()]);
    ecs.on(ListTaskDefinitionsCommand).resolves({ taskDefinitionArns: [1, 2, 3, 4, 5, 6, 7, 8].map(rev) });
    ecs.on(ListClustersCommand).resolves({
      clusterArns: [
        `arn:aws:ecs:eu-west-1:123456789012:cluster/${CLUSTER}`,
        'arn:aws:ecs:eu-west-1:123456789012:cluster/canary',
      ],
    });
    ecs.on(ListServicesCommand).resolves({ serviceArns: ['arn:aws:ecs:eu-west-1:123456789012:service/x/web'] });
    // The account-wide sweep: the canary cluster still runs web:5.
    ecs
      .on(DescribeServicesCommand, { cluster: 'arn:aws:ecs:eu-west-1:123456789012:cluster/canary' })
      .resolves({ services: [service('web', [deployment('ecs-svc/c', 'PRIMARY', rev(5), 'COMPLETED', 1)])] });
    ecs
      .on(DescribeServicesCommand, { cluster: `arn:aws:ecs:eu-west-1:123456789012:cluster/${CLUSTER}` })
      .resolves({ services: [web.completed()] });
    for (const n of [1, 2, 3, 4, 5, 6]) {
      // web:2 was registered by hand (no registered-by tag).
      ecs
        .on(DescribeTaskDefinitionCommand, { taskDefinition: rev(n) })
        .resolves({ taskDefinition: liveDefinition('web', n, image('web', `v${n}`)), tags: n === 2 ? [] : ours });
    }
    const { error } = await runDeploy({ service: 'web', image: NEW_IMAGE, 'keep-revisions': '1' });

    expect(error).toBeUndefined();
    const deregistered = ecs.commandCalls(DeregisterTaskDefinitionCommand).map((c) => c.args[0].input.taskDefinition);
    // Kept: web:8 (newest, now running), web:7 (what web ran before: the rollback target), web:5 (canary runs it),
    // web:2 (not ours).
    expect(deregistered.sort()).toEqual([rev(1), rev(3), rev(4), rev(6)].sort());
  });
});

test('a deploy that reuses the newest revision when it is identical for the same commit: nothing registered', async () => {
  calmAccount();
  const registeredEarlier = {
    taskDefinition: liveDefinition('web', 8, NEW_IMAGE),
    tags: [
      { key: 'team', value: 'rides' },
      { key: 'git-sha', value: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' },
      { key: 'deployed-by', value: 'https://github.com/acme/rides/actions/runs/4242' },
    ],
  };
  ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'web' }).resolves(registeredEarlier);
  describeServicesAnswers([web.before()], [web.completed()]);
  const { error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(error).toBeUndefined();
  expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
  expect(ecs).toHaveReceivedCommandWith(UpdateServiceCommand, { taskDefinition: NEW } as UpdateServiceCommandInput);
  expect(results[0]).toMatchObject({ status: 'succeeded', action: 'update-only', taskDefinitionArn: NEW });
});

test('a cancel between two updates: the one already updated is named as left in flight, the other is not touched', async () => {
  calmAccount(['user', 'trip']);
  const controller = new AbortController();
  describeServicesAnswers([rollout('user').before(), rollout('trip').before()]);
  ecs.on(UpdateServiceCommand).callsFake((input: { service: string; taskDefinition: string }) => {
    controller.abort(new Error('job cancelled (SIGINT)'));
    return {
      service: service(input.service, [
        deployment(`ecs-svc/${input.service}-new`, 'PRIMARY', input.taskDefinition, 'IN_PROGRESS', 0),
      ]),
    };
  });
  const { io, error } = await runDeploy(
    { services: 'user\ntrip', images: `user=${image('user', 'v2')}\ntrip=${image('trip', 'v2')}` },
    { signal: controller.signal },
  );

  expect(error?.message).toBe('job cancelled (SIGINT)');
  expect(ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 1);
  expect(io.summary).toContain(
    '| user | deployment ecs-svc/user-new of user:8 started, not watched; to undo, roll back to user:7 |',
  );
  expect(io.summary).not.toContain('nothing was changed');
});
