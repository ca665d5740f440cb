// deploy-ecs's paths that decide before any rollout: nothing to deploy, a forced deployment of the running
// revision, and bad input, which must send no mutating command at all.
import {
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';

import {
  BREAKER,
  calmAccount,
  deployment,
  describeServicesAnswers,
  ecs,
  FORCED,
  forcedWeb,
  image,
  NEW_IMAGE,
  OLD,
  OLD_DEPLOYMENT,
  runDeploy,
  RUNNING_IMAGE,
  service,
  useScenarioMocks,
  web,
} from '../support/ecs-scenario.js';

useScenarioMocks();

test('the image the service already runs: no RegisterTaskDefinition, no UpdateService, changed=false', async () => {
  calmAccount();
  describeServicesAnswers([web.before()]);
  const { io, error, results } = await runDeploy({ service: 'web', image: RUNNING_IMAGE });

  expect(error).toBeUndefined();
  expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
  expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
  expect(ecs).toHaveReceivedCommandTimes(DescribeServicesCommand, 1);
  expect(io.outputs).toMatchObject({
    changed: 'false',
    'task-definition-arn': OLD,
    'previous-task-definition-arn': OLD,
    'deployment-id': OLD_DEPLOYMENT,
  });
  expect(results).toEqual([expect.objectContaining({ service: 'web', status: 'unchanged', action: 'no-change' })]);
  expect(io.log).toContain(`web: nothing to deploy; its deployment ${OLD_DEPLOYMENT} of web:7 is COMPLETED`);
  expect(io.summary).toContain('| web | ⏸️ unchanged | web:7 | web:7 |');
});

test('force-new-deployment: UpdateService with forceNewDeployment and the running ARN, nothing registered, watched to the end', async () => {
  calmAccount();
  describeServicesAnswers([web.before()], [forcedWeb.rolling(1)], [forcedWeb.completed()]);
  const { io, error, results } = await runDeploy({ service: 'web', 'force-new-deployment': 'true' });

  expect(error).toBeUndefined();
  expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
  expect(ecs).toHaveReceivedCommandWith(UpdateServiceCommand, {
    cluster: 'prod',
    service: 'web',
    taskDefinition: OLD,
    forceNewDeployment: true,
  });
  expect(results[0]).toMatchObject({ action: 'update-only', status: 'succeeded', deploymentId: FORCED });
  expect(io.outputs['task-definition-arn']).toBe(OLD);
  expect(io.log).toContain('web: update-only (force-new-deployment is set); through ECS rolling update');
});

test('force-new-deployment whose own deployment the circuit breaker fails: a failure, even though ECS goes back to the same revision', async () => {
  calmAccount();
  describeServicesAnswers(
    [web.before()],
    [forcedWeb.rolling(0)],
    [
      service('web', [
        deployment('ecs-svc/7777777777777777777', 'PRIMARY', OLD, 'IN_PROGRESS', 2),
        deployment(FORCED, 'ACTIVE', OLD, 'FAILED', 0, { rolloutStateReason: BREAKER }),
      ]),
    ],
  );
  const { results } = await runDeploy({ service: 'web', 'force-new-deployment': 'true' });

  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'rolled-back' });
});

test('force-new-deployment while a colleague forces one too: ours never completed, so it fails as superseded (theirs named), not as a rollback', async () => {
  calmAccount();
  const THEIRS = 'ecs-svc/8888888888888888888';
  describeServicesAnswers(
    [web.before()],
    [
      service('web', [
        deployment(THEIRS, 'PRIMARY', OLD, 'IN_PROGRESS', 0),
        deployment(FORCED, 'ACTIVE', OLD, 'IN_PROGRESS', 1),
        deployment(OLD_DEPLOYMENT, 'ACTIVE', OLD, 'COMPLETED', 1),
      ]),
    ],
    [service('web', [deployment(THEIRS, 'PRIMARY', OLD, 'COMPLETED', 2)])],
  );
  const { error, results } = await runDeploy({ service: 'web', 'force-new-deployment': 'true' });

  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'superseded', deploymentId: FORCED });
  expect(error?.message).toContain(`another deployment started while we watched: ${THEIRS}`);
});

describe('bad input sends no mutating command', () => {
  test.each([
    [
      'an image with no tag or digest',
      { image: image('web', 'x').replace(/:x$/, '') },
      /^Invalid `image` ".*\/web": expected an image with a tag or digest/,
    ],
    [
      'an image for a container the task definition lacks',
      { images: `worker=${NEW_IMAGE}` },
      /^Invalid `images`: container "worker" is not in the task definition \(it has: web\)/,
    ],
    // A size the platform lacks is the input's fault, not the task definition's it was applied to.
    [
      'a memory size Fargate does not offer with that cpu',
      { image: NEW_IMAGE, memory: '4096' },
      /^Invalid `memory`: Fargate does not accept memory 4096 with cpu 256: with that cpu it takes 512, 1024 or 2048 \(MiB\)$/,
    ],
    [
      'a cpu size Fargate does not have',
      { image: NEW_IMAGE, cpu: '300' },
      /^Invalid `cpu`: Fargate has no task size with cpu 300: use 256, 512/,
    ],
    [
      'a cpu size the live memory does not fit',
      { image: NEW_IMAGE, cpu: '1 vCPU' },
      /^Invalid `cpu`: Fargate does not accept memory 512 with cpu 1 vCPU: with that cpu it takes 2048 to 8192 in steps of 1024/,
    ],
    [
      'both service and services',
      { service: 'web', services: 'web\napi', image: NEW_IMAGE },
      /^Invalid `services`: set only one of `service` or `services`/,
    ],
    [
      'a poll interval longer than the timeout',
      { image: NEW_IMAGE, 'wait-timeout': '30s', 'poll-interval': '1m' },
      /^Invalid `poll-interval`: is longer than `wait-timeout`/,
    ],
  ])('%s', async (_name, inputs, message) => {
    calmAccount();
    describeServicesAnswers([web.before()]);
    const { error, io } = await runDeploy({ service: 'web', ...inputs });

    expect(error?.message).toMatch(message);
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
    expect(ecs).not.toHaveReceivedCommand(DeregisterTaskDefinitionCommand);
    expect(io.outputs).toEqual({});
  });

  test('a service that does not exist fails on the read, before any write, naming it', async () => {
    calmAccount();
    ecs.on(DescribeServicesCommand).resolves({
      services: [],
      failures: [{ arn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/ghost', reason: 'MISSING' }],
    });
    const { error } = await runDeploy({ service: 'ghost', image: NEW_IMAGE });

    expect(error?.message).toBe('service "ghost" was not found in cluster "prod" (MISSING)');
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
  });
});
