// deploy-ecs while the world moves under it: several services at once, throttling, another deployment
// started mid-rollout (ours superseded, or the same revision redeployed), and the job cancelled mid-watch.
import { DescribeServicesCommand, type Service, UpdateServiceCommand } from '@aws-sdk/client-ecs';

import { CancelledError } from '../../lib/core/errors.js';
import {
  BREAKER,
  calmAccount,
  deployment,
  describeServicesAnswers,
  ecs,
  FORCED,
  image,
  NEW,
  NEW_IMAGE,
  OLD,
  OLD_DEPLOYMENT,
  OURS,
  rollout,
  runDeploy,
  service,
  taskDefinitionArn,
  useScenarioMocks,
  web,
} from '../support/ecs-scenario.js';

useScenarioMocks();

describe('three services deployed together, one of which fails', () => {
  const [user, trip, driver] = ['user', 'trip', 'driver'].map((name) => rollout(name));

  test('one DescribeServices call per poll covers all three; each gets its own verdict; the step fails naming only the failed one', async () => {
    calmAccount(['user', 'trip', 'driver']);
    describeServicesAnswers(
      [user.before(), trip.before(), driver.before()],
      [user.rolling(0), trip.rolling(0), driver.rolling(0)],
      [user.completed(), trip.failed(3), driver.rolling(1)],
      [driver.completed()],
    );
    const { io, error, results, clock } = await runDeploy({
      services: 'user\ntrip\ndriver',
      images: `user=${image('user', 'c0ffee1')}\ntrip=${image('trip', 'c0ffee1')}\ndriver=${image('driver', 'c0ffee1')}`,
    });

    expect(error?.message).toBe(`rollout failed for trip (${BREAKER})`);
    expect(results.map((r) => [r.service, r.status, r.failureKind])).toEqual([
      ['user', 'succeeded', undefined],
      ['trip', 'failed', 'circuit-breaker'],
      ['driver', 'succeeded', undefined],
    ]);
    expect(clock.now()).toBe(30_000);
    // The plan's read, then three polls: one call each, never one per service.
    expect(ecs).toHaveReceivedCommandTimes(DescribeServicesCommand, 4);
    expect(ecs).toHaveReceivedNthSpecificCommandWith(2, DescribeServicesCommand, {
      cluster: 'prod',
      services: ['user', 'trip', 'driver'],
    });
    expect(ecs).toHaveReceivedNthSpecificCommandWith(4, DescribeServicesCommand, {
      cluster: 'prod',
      services: ['driver'],
    });
    expect(ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 3);
    expect(io.summary).toContain('| user | ✅ succeeded | user:8 | user:7 |');
    expect(io.summary).toContain('| trip | ❌ failed (circuit-breaker) | trip:8 | trip:7 |');
    expect(io.summary).toContain('| driver | ✅ succeeded | driver:8 | driver:7 |');
    expect(io.summary).not.toContain('### Why user failed');
  });
});

test('throttling mid-wait is waited out: the deploy succeeds and the log says AWS throttled', async () => {
  calmAccount();
  // aws-sdk-client-mock replaces the client's `send`, so the SDK's own adaptive retries (maxAttempts 8) never
  // run here: each rejection below is what the watcher sees once those retries have given up.
  const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
  ecs
    .on(DescribeServicesCommand)
    .resolvesOnce({ services: [web.before()] })
    .resolvesOnce({ services: [web.rolling(0)] })
    .rejectsOnce(throttled)
    .rejectsOnce(throttled)
    .resolvesOnce({ services: [web.rolling(2)] })
    .resolves({ services: [web.completed()] });
  const { io, error, results, clock } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(error).toBeUndefined();
  expect(results[0]).toMatchObject({ status: 'succeeded', elapsedSeconds: 60 });
  expect(clock.now()).toBe(60_000);
  expect(ecs).toHaveReceivedCommandTimes(DescribeServicesCommand, 6);
  expect(io.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
    'AWS throttled DescribeServices (Rate exceeded); looking again in 15s',
    'AWS throttled DescribeServices (Rate exceeded); looking again in 15s',
  ]);
});

test('an error that is not throttling (access denied) ends the watch at once rather than at the timeout', async () => {
  calmAccount();
  ecs
    .on(DescribeServicesCommand)
    .resolvesOnce({ services: [web.before()] })
    .resolvesOnce({ services: [web.rolling(0)] })
    .rejects(
      Object.assign(
        new Error(
          'User: arn:aws:sts::123456789012:assumed-role/deploy/gh is not authorized to perform: ecs:DescribeServices',
        ),
        { name: 'AccessDeniedException' },
      ),
    );
  const { error, clock } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(error?.message).toContain('is not authorized to perform: ecs:DescribeServices');
  expect(clock.now()).toBe(15_000);
});

test('a deployment someone else started mid-rollout supersedes ours: the step fails and names it', async () => {
  calmAccount();
  const THEIRS = 'ecs-svc/4444444444444444444';
  describeServicesAnswers(
    [web.before()],
    [web.rolling(1)],
    [
      service('web', [
        deployment(THEIRS, 'PRIMARY', taskDefinitionArn('web', 9), 'IN_PROGRESS', 0, {
          createdAt: new Date('2026-03-02T10:05:00Z'),
        }),
        deployment(OURS, 'ACTIVE', NEW, 'IN_PROGRESS', 1),
        deployment(OLD_DEPLOYMENT, 'ACTIVE', OLD, 'COMPLETED', 1),
      ]),
    ],
  );
  const { error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'superseded' });
  expect(error?.message).toBe(
    `rollout failed for web (another deployment started while we watched: ${THEIRS} (web:9, started 2026-03-02T10:05:00.000Z); ours (${OURS}) is no longer PRIMARY)`,
  );
});

test('someone redeploys the same revision mid-rollout: ours never completed, so the step fails naming theirs (not followed to "success")', async () => {
  calmAccount();
  const REDEPLOY = 'ecs-svc/5555555555555555555';
  describeServicesAnswers(
    [web.before()],
    [web.rolling(0)],
    [
      service('web', [
        deployment(REDEPLOY, 'PRIMARY', NEW, 'IN_PROGRESS', 0),
        deployment(OURS, 'ACTIVE', NEW, 'IN_PROGRESS', 1),
        deployment(OLD_DEPLOYMENT, 'ACTIVE', OLD, 'COMPLETED', 1),
      ]),
    ],
    [service('web', [deployment(REDEPLOY, 'PRIMARY', NEW, 'COMPLETED', 2)])],
  );
  const { io, error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(error?.message).toContain(`another deployment started while we watched: ${REDEPLOY}`);
  expect(results[0]).toMatchObject({
    status: 'failed',
    failureKind: 'superseded',
    deploymentId: OURS,
    elapsedSeconds: 15,
  });
  expect(io.outputs['deployment-id']).toBe(OURS);
});

test('a forced redeploy whose automatic rollback settled before the first poll: a rollback, never a replacement followed to success', async () => {
  calmAccount();
  const RESTORE = 'ecs-svc/7777777777777777777';
  // By the first poll ECS has failed ours, started and finished the rollback deployment (same revision), and dropped
  // ours.
  describeServicesAnswers(
    [web.before()],
    [
      service('web', [
        deployment(RESTORE, 'PRIMARY', OLD, 'COMPLETED', 2, {
          rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${OLD_DEPLOYMENT}.`,
        }),
      ]),
    ],
  );
  const { error, results } = await runDeploy({ service: 'web', 'force-new-deployment': 'true' });

  expect(error?.message).toMatch(
    /^rollout failed for web \(ECS rolled back to (the previous task definition )?web:7 before deployment ecs-svc\/6666666666666666666 completed/,
  );
  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'rolled-back', deploymentId: FORCED });
});

test('our deployment vanishes without a word of rollback: a failure naming what runs now, not a success', async () => {
  calmAccount();
  const OTHER = 'ecs-svc/9999999999999999999';
  describeServicesAnswers([web.before()], [service('web', [deployment(OTHER, 'PRIMARY', NEW, 'COMPLETED', 2)])]);
  const { error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'superseded' });
  expect(error?.message).toContain(`deployment ${OURS} vanished before it was seen COMPLETED; PRIMARY is now ${OTHER}`);
});

test('the job cancelled mid-rollout: the log says where each service was left and what to roll back to, and CancelledError propagates', async () => {
  calmAccount();
  const controller = new AbortController();
  const rolling: Service[] = [web.rolling(1)];
  let calls = 0;
  ecs.on(DescribeServicesCommand).callsFake(() => {
    calls++;
    // The runner's SIGINT lands while the third poll is in flight.
    if (calls === 4) controller.abort(new CancelledError('job cancelled (SIGINT)'));
    return { services: calls === 1 ? [web.before()] : rolling };
  });
  const { io, error, clock } = await runDeploy({ service: 'web', image: NEW_IMAGE }, { signal: controller.signal });

  expect(error).toBeInstanceOf(CancelledError);
  expect(error?.message).toBe('job cancelled (SIGINT)');
  expect(clock.now()).toBe(30_000);
  expect(io.log).toContain(
    'warning: The job was cancelled while rollouts were in flight. ECS carries on with them; state left behind:',
  );
  expect(io.log).toContain(
    'warning: web: PRIMARY web:8 IN_PROGRESS 1/2 running; ACTIVE web:7 COMPLETED 1/2 running; to undo, roll back to web:7',
  );
  expect(ecs).toHaveReceivedCommandTimes(DescribeServicesCommand, 4);
  // Cancelling is not a verdict: nothing claims success or failure of the rollout.
  expect(io.log.some((line) => /rollout (succeeded|FAILED)/.test(line))).toBe(false);
  expect(ecs).toHaveReceivedCommandTimes(UpdateServiceCommand, 1);
  // The job summary says the same, for whoever opens the run later.
  expect(io.summary).toContain('## deploy-ecs: cancelled during the rollout on prod');
  expect(io.summary).toContain(
    '| web | PRIMARY web:8 IN_PROGRESS 1/2 running; ACTIVE web:7 COMPLETED 1/2 running; to undo, roll back to web:7 |',
  );
});
