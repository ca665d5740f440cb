// A broken release on a service without a deployment circuit breaker (the API's default, and every user setup):
// ECS never fails the deployment, it keeps starting tasks that exit while the old revision serves. The step must end
// in a verdict that names the failing tasks and the revision still serving, and say what to do, not sit to the timeout.
import { type Deployment, DescribeTasksCommand, ListTasksCommand, type Service } from '@aws-sdk/client-ecs';

import {
  BREAKER,
  calmAccount,
  deployment,
  describeServicesAnswers,
  ecs,
  NEW,
  NEW_IMAGE,
  OLD,
  OLD_DEPLOYMENT,
  OURS,
  ROLLBACK_DEPLOYMENT,
  runDeploy,
  service,
  useScenarioMocks,
  web,
} from '../support/ecs-scenario.js';

useScenarioMocks();

const TASK = 'arn:aws:ecs:eu-west-1:123456789012:task/prod/0a1b2c3d4e5f';
/** Our deployment after `failed` tasks exited (none ever running); web:7 keeps its two tasks. */
const failing = (failed: number, extra: Partial<Service> = {}) =>
  service(
    'web',
    [
      deployment(OURS, 'PRIMARY', NEW, 'IN_PROGRESS', 0, { failedTasks: failed }),
      deployment(OLD_DEPLOYMENT, 'ACTIVE', OLD, 'COMPLETED', 2),
    ],
    extra,
  );
const breaker = (enable: boolean) => ({
  deploymentConfiguration: { deploymentCircuitBreaker: { enable, rollback: true } },
});

function stoppedTasks(): void {
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
}

test('no breaker: once as many tasks failed as the breaker would count, the step fails naming the failing tasks, the revision still serving and what to do', async () => {
  calmAccount();
  stoppedTasks();
  describeServicesAnswers([web.before()], [failing(0)], [failing(2)], [failing(4)]);
  const { io, error, results, clock } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  // Threshold for 2 desired tasks is 3 (the breaker's minimum): seen at the third poll, 30 s in, not at the 15 m
  // timeout.
  expect(clock.now()).toBe(30_000);
  expect(results[0]).toMatchObject({
    status: 'failed',
    failureKind: 'tasks-failing',
    taskDefinitionArn: NEW,
    previousTaskDefinitionArn: OLD,
  });
  expect(error?.message).toBe(
    'rollout failed for web (4 task(s) of web:8 failed to start and none is running; web:7 (2 task(s) running) still serves. The service has no deployment circuit breaker, so ECS keeps retrying until someone rolls back)',
  );
  expect(io.summary).toContain('| web | ❌ failed (tasks-failing) |');
  expect(io.summary).toContain(
    '| 0a1b2c3d4e5f | task 0a1b2c3d4e5f [EssentialContainerExited]: Essential container in task exited; web: exit code 1 |',
  );
  expect(io.summary).toContain(
    '**What to do:** ECS keeps starting web:8 until it is told otherwise. Roll the service back to web:7 now (the rollback action, target `previous`)',
  );
  expect(io.summary).toContain('enable the deployment circuit breaker with rollback on the service');
  expect(io.log).toContainEqual(expect.stringMatching(/^what to do: ECS keeps starting web:8/));
});

test('a task of the new revision running resets the count (Deployment.failedTasks): no verdict while one runs', async () => {
  calmAccount();
  const oneRunning: Deployment[] = [
    deployment(OURS, 'PRIMARY', NEW, 'IN_PROGRESS', 1, { failedTasks: 5 }),
    deployment(OLD_DEPLOYMENT, 'ACTIVE', OLD, 'COMPLETED', 1),
  ];
  describeServicesAnswers([web.before()], [service('web', oneRunning)], [web.completed()]);
  const { error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(error).toBeUndefined();
  expect(results[0]).toMatchObject({ status: 'succeeded' });
});

test("with a circuit breaker the count is ECS's to judge: the step waits for its verdict", async () => {
  calmAccount();
  stoppedTasks();
  const rolledBack = service(
    'web',
    [
      deployment(ROLLBACK_DEPLOYMENT, 'PRIMARY', OLD, 'IN_PROGRESS', 2, {
        rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${OURS}.`,
      }),
      deployment(OURS, 'ACTIVE', NEW, 'FAILED', 0, { failedTasks: 4, rolloutStateReason: BREAKER }),
    ],
    breaker(true),
  );
  describeServicesAnswers(
    [web.before()],
    [failing(2, breaker(true))],
    [failing(4, breaker(true))],
    [failing(4, breaker(true))],
    [rolledBack],
  );
  const { error, results, clock, io } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(clock.now()).toBe(45_000);
  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'rolled-back' });
  expect(error?.message).toContain('ECS is rolling back to web:7');
  expect(io.summary).not.toContain('**What to do:**');
});
