// deploy-ecs through the whole action on the real SDK clients (aws-sdk-client-mock), with rollouts that move
// over time on a fake clock: success, the circuit breaker, ECS's own rollback, stopped tasks explained, timing.
import {
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  type Service,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2';

import {
  BREAKER,
  calmAccount,
  deployment,
  describeServicesAnswers,
  ecs,
  elbv2,
  fakeClock,
  NEW,
  NEW_IMAGE,
  OLD,
  OURS,
  ROLLBACK_DEPLOYMENT,
  rollout,
  runDeploy,
  service,
  useScenarioMocks,
  web,
} from '../support/ecs-scenario.js';

useScenarioMocks();

const failedOurs = (status: 'PRIMARY' | 'ACTIVE') =>
  deployment(OURS, status, NEW, 'FAILED', 0, { failedTasks: 4, rolloutStateReason: BREAKER });

test('a rollout that succeeds after several polls: registered, updated, followed to COMPLETED, and reported', async () => {
  calmAccount();
  describeServicesAnswers([web.before()], [web.rolling(0)], [web.rolling(1)], [web.rolling(2)], [web.completed()]);
  const { io, error, clock, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(error).toBeUndefined();
  expect(ecs).toHaveReceivedCommandTimes(RegisterTaskDefinitionCommand, 1);
  expect(ecs).toHaveReceivedCommandWith(RegisterTaskDefinitionCommand, {
    family: 'web',
    containerDefinitions: [expect.objectContaining({ name: 'web', image: NEW_IMAGE })],
    tags: expect.arrayContaining([
      { key: 'team', value: 'rides' },
      { key: 'git-sha', value: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' },
    ]),
  });
  expect(ecs).toHaveReceivedCommandWith(UpdateServiceCommand, { cluster: 'prod', service: 'web', taskDefinition: NEW });
  // One read to plan, then one per poll: 0 s, 15 s, 30 s, 45 s.
  expect(ecs).toHaveReceivedCommandTimes(DescribeServicesCommand, 5);
  expect(clock.now()).toBe(45_000);
  expect(io.outputs).toMatchObject({
    'task-definition-arn': NEW,
    'previous-task-definition-arn': OLD,
    'deployment-id': OURS,
    changed: 'true',
  });
  expect(results).toEqual([expect.objectContaining({ service: 'web', status: 'succeeded', elapsedSeconds: 45 })]);
  expect(io.log).toEqual(
    expect.arrayContaining([
      'web: 0/2 running, 2 pending (0ms)',
      'web: 1/2 running, 1 pending (15s)',
      'web: rollout succeeded after 45s',
    ]),
  );
  expect(io.summary).toContain('| web | ✅ succeeded | web:8 | web:7 | ecs-svc/2222222222222222222 | 45s |');
  expect(io.annotations.filter((a) => a.level === 'error')).toEqual([]);
});

test('the circuit breaker marks our deployment FAILED: the step fails with ECS reason and says what it was', async () => {
  calmAccount();
  describeServicesAnswers([web.before()], [web.rolling(0)], [web.rolling(0)], [web.failed(4)]);
  const { io, error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(error?.message).toBe(`rollout failed for web (${BREAKER})`);
  expect(results).toEqual([
    expect.objectContaining({ status: 'failed', failureKind: 'circuit-breaker', reason: BREAKER }),
  ]);
  expect(io.annotations).toContainEqual({
    level: 'error',
    message: `web: ${BREAKER}`,
    target: { title: 'deploy-ecs: web rollout failed' },
  });
  expect(io.summary).toContain('| web | ❌ failed (circuit-breaker) |');
  expect(io.summary).toContain('### Why web failed');
  // A failed rollout is never "fixed" by the action on its own: one UpdateService, ours.
  expect(ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 1);
});

test('ECS rolls back to the previous revision: ours goes ACTIVE/FAILED, a new PRIMARY runs web:7, and the step fails as rolled back', async () => {
  calmAccount();
  describeServicesAnswers(
    [web.before()],
    [web.rolling(1)],
    [service('web', [deployment(ROLLBACK_DEPLOYMENT, 'PRIMARY', OLD, 'IN_PROGRESS', 1), failedOurs('ACTIVE')])],
    // What ECS settles on: one deployment, every task running, the old revision. A waiter for "stable" calls that
    // success.
    [service('web', [deployment(ROLLBACK_DEPLOYMENT, 'PRIMARY', OLD, 'COMPLETED', 2)])],
  );
  const { io, error, results, clock } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(error?.message).toBe(`rollout failed for web (${BREAKER}; ECS is rolling back to web:7)`);
  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'rolled-back' });
  expect(clock.now()).toBe(15_000);
  expect(io.outputs['previous-task-definition-arn']).toBe(OLD);
  expect(io.summary).toContain('| web | ❌ failed (rolled-back) | web:8 | web:7 |');
});

test('ECS rolled back and our deployment is already gone from the list: still a rollback, never a success', async () => {
  calmAccount();
  describeServicesAnswers(
    [web.before()],
    [web.rolling(0)],
    [service('web', [deployment(ROLLBACK_DEPLOYMENT, 'PRIMARY', OLD, 'COMPLETED', 2)])],
  );
  const { error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'rolled-back' });
  expect(error?.message).toContain('ECS rolled back to the previous task definition web:7');
});

describe('why tasks stopped, in the summary and the log', () => {
  const TASK = 'arn:aws:ecs:eu-west-1:123456789012:task/prod/9f8e7d6c5b4a';
  const LOGS =
    'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Fecs$252Fweb/log-events/ecs$252Fweb$252F9f8e7d6c5b4a';
  const TARGET_GROUP = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef';
  const failing = (extra: Partial<Service> = {}) => rollout('web', { extra }).failed(4);

  test('a container that exits 1: the stopped reason, the exit code and a link to its log stream', async () => {
    calmAccount();
    describeServicesAnswers(
      [web.before()],
      [web.rolling(0)],
      [
        failing({
          events: [
            {
              id: 'e1',
              createdAt: new Date(Date.now() + 60_000),
              message: '(service web) has started 2 tasks: (task 9f8e7d6c5b4a).',
            },
          ],
        }),
      ],
    );
    ecs.on(ListTasksCommand).resolves({ taskArns: [TASK] });
    ecs.on(DescribeTasksCommand).resolves({
      tasks: [
        {
          taskArn: TASK,
          taskDefinitionArn: NEW,
          lastStatus: 'STOPPED',
          stopCode: 'EssentialContainerExited',
          stoppedReason: 'Essential container in task exited',
          stoppedAt: new Date(),
          containers: [{ name: 'web', exitCode: 1 }],
        },
      ],
    });
    const { io, error } = await runDeploy({ service: 'web', image: NEW_IMAGE });

    expect(error).toBeDefined();
    expect(ecs).toHaveReceivedCommandWith(ListTasksCommand, {
      cluster: 'prod',
      serviceName: 'web',
      desiredStatus: 'STOPPED',
    });
    expect(io.summary).toContain(
      '| 9f8e7d6c5b4a | task 9f8e7d6c5b4a [EssentialContainerExited]: Essential container in task exited; web: exit code 1 |',
    );
    expect(io.summary).toContain(`[web logs of 9f8e7d6c5b4a](${LOGS})`);
    expect(io.log).toContain('stopped 9f8e7d6c5b4a: EssentialContainerExited Essential container in task exited');
    expect(io.log).toContainEqual(expect.stringMatching(/^ {2}web: exit 1, logs: /));
    expect(io.log.find((line) => line.startsWith('  web: exit 1,'))?.endsWith(LOGS)).toBe(true);
    expect(io.log).toContain('web: event: (service web) has started 2 tasks: (task 9f8e7d6c5b4a).');
    expect(io.summary).toContain('(service web) has started 2 tasks');
  });

  test('a container failing its health check, behind a load balancer whose targets are unhealthy', async () => {
    calmAccount();
    describeServicesAnswers(
      [web.before()],
      [web.rolling(1)],
      [failing({ loadBalancers: [{ targetGroupArn: TARGET_GROUP, containerName: 'web', containerPort: 3000 }] })],
    );
    ecs.on(ListTasksCommand).resolves({ taskArns: [TASK] });
    ecs.on(DescribeTasksCommand).resolves({
      tasks: [
        {
          taskArn: TASK,
          taskDefinitionArn: NEW,
          lastStatus: 'STOPPED',
          stopCode: 'TaskFailedToStart',
          stoppedReason: 'Task failed container health checks',
          healthStatus: 'UNHEALTHY',
          stoppedAt: new Date(),
          containers: [{ name: 'web', exitCode: 137, healthStatus: 'UNHEALTHY' }],
        },
        // A task of the old revision that stopped for its own reasons is not ours to explain.
        {
          taskArn: `${TASK}0`,
          taskDefinitionArn: OLD,
          lastStatus: 'STOPPED',
          stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/1)',
          containers: [{ name: 'web', exitCode: 0 }],
        },
      ],
    });
    elbv2.on(DescribeTargetHealthCommand).resolves({
      TargetHealthDescriptions: [
        {
          Target: { Id: '10.0.1.17', Port: 3000 },
          TargetHealth: {
            State: 'unhealthy',
            Reason: 'Target.ResponseCodeMismatch',
            Description: 'Health checks failed with these codes: [502]',
          },
        },
      ],
    });
    const { io } = await runDeploy({ service: 'web', image: NEW_IMAGE });

    expect(elbv2).toHaveReceivedCommandWith(DescribeTargetHealthCommand, { TargetGroupArn: TARGET_GROUP });
    expect(io.summary).toContain(
      'task 9f8e7d6c5b4a [TaskFailedToStart]: Task failed container health checks; web: exit code 137 (killed: out of memory or stop timeout), health check failing',
    );
    expect(io.summary).toContain(
      'Unhealthy targets: 10.0.1.17:3000 unhealthy: Health checks failed with these codes: [502]',
    );
    expect(io.summary).not.toContain('Scaling activity');
    expect(io.log).toContainEqual(expect.stringMatching(/^ {2}web: exit 137, UNHEALTHY, logs: /));
    expect(io.log.find((line) => line.startsWith('  web: exit 137,'))?.endsWith(LOGS)).toBe(true);
    expect(io.log).toContain('target 10.0.1.17:3000 unhealthy: Health checks failed with these codes: [502]');
  });
});

test('the failure is reported within one poll interval of ECS saying FAILED (fake clock, not wall time)', async () => {
  calmAccount();
  // A timeline, not a sequence: ECS marks the deployment FAILED 50 s after the first poll.
  const clock = fakeClock();
  const FAILED_AT = 50_000;
  let planned = false;
  ecs.on(DescribeServicesCommand).callsFake(() => {
    if (!planned) {
      planned = true;
      return { services: [web.before()] };
    }
    return { services: [clock.now() >= FAILED_AT ? service('web', [failedOurs('PRIMARY')]) : web.rolling(0)] };
  });
  const { results, io } = await runDeploy({ service: 'web', image: NEW_IMAGE, 'poll-interval': '15s' }, { clock });

  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'circuit-breaker' });
  expect(clock.now() - FAILED_AT).toBeGreaterThanOrEqual(0);
  expect(clock.now() - FAILED_AT).toBeLessThanOrEqual(15_000);
  expect(clock.slept.every((ms) => ms <= 15_000)).toBe(true);
  expect(io.log).toContain(`web: rollout FAILED: ${BREAKER} after 1m 00s`);
});

test('a rollout that never settles times out at wait-timeout, not after, and says the state it left behind', async () => {
  calmAccount();
  describeServicesAnswers([web.before()], [web.rolling(1)]);
  const { error, results, clock } = await runDeploy({
    service: 'web',
    image: NEW_IMAGE,
    'wait-timeout': '1m',
    'poll-interval': '15s',
  });

  expect(clock.now()).toBe(60_000);
  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'timeout' });
  expect(error?.message).toBe(
    'rollout failed for web (no verdict within 1m 00s; PRIMARY web:8 IN_PROGRESS 1/2 running; ACTIVE web:7 COMPLETED 1/2 running; to undo, roll back to web:7)',
  );
});

describe('the service-deployments API', () => {
  const ARN = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/web/2222222222222222222';

  test('ROLLBACK_IN_PROGRESS there fails the rollout while DescribeServices still shows ours IN_PROGRESS', async () => {
    calmAccount();
    describeServicesAnswers([web.before()], [web.rolling(1)]);
    ecs
      .on(ListServiceDeploymentsCommand)
      .resolves({ serviceDeployments: [{ serviceDeploymentArn: ARN, createdAt: new Date(), status: 'IN_PROGRESS' }] });
    ecs
      .on(DescribeServiceDeploymentsCommand)
      .resolvesOnce({ serviceDeployments: [{ serviceDeploymentArn: ARN, status: 'IN_PROGRESS' }] })
      .resolves({
        serviceDeployments: [
          {
            serviceDeploymentArn: ARN,
            status: 'ROLLBACK_IN_PROGRESS',
            statusReason: 'Service deployment rolled back because the circuit breaker threshold was exceeded.',
          },
        ],
      });
    const { error, results, clock } = await runDeploy({ service: 'web', image: NEW_IMAGE });

    expect(clock.now()).toBe(15_000);
    expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'rolled-back' });
    expect(error?.message).toContain(
      'ECS is rolling the service back (ROLLBACK_IN_PROGRESS): Service deployment rolled back because the circuit breaker threshold was exceeded.',
    );
    // Listed once (the ARN is kept), described every poll.
    expect(ecs).toHaveReceivedCommandTimes(ListServiceDeploymentsCommand, 1);
    expect(ecs).toHaveReceivedCommandTimes(DescribeServiceDeploymentsCommand, 2);
  });

  test('throttling there is passing: it is asked again on the next poll, and still catches the rollback', async () => {
    calmAccount();
    describeServicesAnswers([web.before()], [web.rolling(1)]);
    ecs
      .on(ListServiceDeploymentsCommand)
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
      .resolves({ serviceDeployments: [{ serviceDeploymentArn: ARN, createdAt: new Date(), status: 'IN_PROGRESS' }] });
    ecs.on(DescribeServiceDeploymentsCommand).resolves({
      serviceDeployments: [
        {
          serviceDeploymentArn: ARN,
          status: 'ROLLBACK_IN_PROGRESS',
          statusReason: 'circuit breaker threshold exceeded',
        },
      ],
    });
    const { results, clock } = await runDeploy({ service: 'web', image: NEW_IMAGE });

    expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'rolled-back' });
    expect(clock.now()).toBe(15_000);
    expect(ecs).toHaveReceivedCommandTimes(ListServiceDeploymentsCommand, 2);
  });

  test("an endpoint that answers it with HTML (moto's 500, a SyntaxError): watching goes on with DescribeServices alone", async () => {
    calmAccount();
    describeServicesAnswers([web.before()], [web.rolling(0)], [web.rolling(1)], [web.completed()]);
    ecs
      .on(ListServiceDeploymentsCommand)
      .rejects(new SyntaxError('Unexpected token \'<\', "<!doctype "... is not valid JSON'));
    const { error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

    expect(error).toBeUndefined();
    expect(results[0]).toMatchObject({ status: 'succeeded', elapsedSeconds: 30 });
    // Asked once; after the first failure it is not asked again.
    expect(ecs).toHaveReceivedCommandTimes(ListServiceDeploymentsCommand, 1);
    expect(ecs).not.toHaveReceivedCommand(DescribeServiceDeploymentsCommand);
  });
});
