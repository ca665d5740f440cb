// One revision per release: `register-only` registers (or reuses) and touches no service, whatever deploys it;
// `task-definition: <arn>` then deploys exactly that revision, by the path the service's deployment controller takes.
import {
  DescribeTaskDefinitionCommand,
  RegisterTaskDefinitionCommand,
  type Service,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';

import {
  calmAccount,
  describeServicesAnswers,
  ecs,
  liveDefinition,
  NEW,
  NEW_IMAGE,
  OLD,
  rollout,
  runDeploy,
  useScenarioMocks,
  web,
} from '../support/ecs-scenario.js';

useScenarioMocks();

test('register-only registers the rendered revision, sets task-definition-arn, and updates no service', async () => {
  calmAccount();
  describeServicesAnswers([web.before()]);
  const { io, error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE, 'register-only': 'true' });

  expect(error).toBeUndefined();
  expect(ecs).toHaveReceivedCommandTimes(RegisterTaskDefinitionCommand, 1);
  expect(ecs).toHaveReceivedCommandWith(RegisterTaskDefinitionCommand, {
    tags: expect.arrayContaining([{ key: 'registered-by', value: 'ecs-fargate-actions' }]),
  });
  expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
  expect(io.outputs['task-definition-arn']).toBe(NEW);
  expect(io.outputs.status).toBe('registered');
  expect(io.summary).toContain('| web | web:8 | registered now |');
  expect(results[0]).toMatchObject({
    service: 'web',
    action: 'register',
    status: 'registered',
    taskDefinitionArn: NEW,
    previousTaskDefinitionArn: OLD,
  });
  expect(io.outputs.changed).toBe('true');
});

describe('task-definition naming a registered revision', () => {
  const registered = (status: 'ACTIVE' | 'INACTIVE', family = 'web') => ({
    taskDefinition: { ...liveDefinition(family, 8, NEW_IMAGE), status },
    tags: [],
  });

  test('deploys exactly that revision: nothing rendered or registered, the rollout watched to COMPLETED', async () => {
    calmAccount();
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: NEW }).resolves(registered('ACTIVE'));
    describeServicesAnswers([web.before()], [web.completed()]);
    const { io, error, results } = await runDeploy({ service: 'web', 'task-definition': NEW });

    expect(error).toBeUndefined();
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(ecs).toHaveReceivedCommandWith(UpdateServiceCommand, { service: 'web', taskDefinition: NEW });
    expect(results[0]).toMatchObject({ status: 'succeeded', action: 'update-only', taskDefinitionArn: NEW });
    expect(io.summary).toContain('| image | web:v1 | web:c0ffee1 |');
  });

  test.each([
    [
      'an INACTIVE revision',
      { 'task-definition': NEW },
      'INACTIVE' as const,
      'web',
      /^Invalid `task-definition`: web:8 is INACTIVE: ECS refuses to deploy it/,
    ],
    [
      'a revision of another family',
      { 'task-definition': NEW },
      'ACTIVE' as const,
      'api',
      /^Invalid `task-definition`: api:8 is of family "api", but service "web" runs family "web"/,
    ],
    [
      'a rendering input beside it',
      { 'task-definition': NEW, image: NEW_IMAGE },
      'ACTIVE' as const,
      'web',
      /^Invalid `image`: cannot change a registered revision/,
    ],
    [
      'register-only with it',
      { 'task-definition': NEW, 'register-only': 'true' },
      'ACTIVE' as const,
      'web',
      /^Invalid `register-only`: `task-definition` already names a registered revision/,
    ],
  ])('%s fails before any change', async (_name, inputs, status, family, message) => {
    calmAccount();
    ecs
      .on(DescribeTaskDefinitionCommand, { taskDefinition: NEW })
      .resolves({ taskDefinition: { ...registered(status, family).taskDefinition, family }, tags: [] });
    describeServicesAnswers([web.before()]);
    const { error } = await runDeploy({ service: 'web', ...inputs });

    expect(error?.message).toMatch(message);
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
  });
});

describe('every deployment controller', () => {
  const styled = (extra: Partial<Service>) => rollout('web', { extra }).before();
  const controllers: [string, Partial<Service>][] = [
    [
      'CODE_DEPLOY',
      {
        deploymentController: { type: 'CODE_DEPLOY' },
        loadBalancers: [{ targetGroupArn: 'tg', containerName: 'web', containerPort: 3000 }],
      },
    ],
    ['EXTERNAL', { deploymentController: { type: 'EXTERNAL' } }],
    ['ECS CANARY', { deploymentConfiguration: { strategy: 'CANARY' } }],
    ['ECS BLUE_GREEN', { deploymentConfiguration: { strategy: 'BLUE_GREEN' } }],
    ['ECS LINEAR', { deploymentConfiguration: { strategy: 'LINEAR' } }],
  ];

  test.each(controllers)(
    'register-only registers the release for a %s service and changes no service',
    async (_name, extra) => {
      calmAccount();
      describeServicesAnswers([styled(extra)]);
      const { error, io } = await runDeploy({ service: 'web', image: NEW_IMAGE, 'register-only': 'true' });

      expect(error).toBeUndefined();
      expect(io.outputs['task-definition-arn']).toBe(NEW);
      expect(io.outputs.status).toBe('registered');
      expect(ecs).toHaveReceivedCommandTimes(RegisterTaskDefinitionCommand, 1);
      expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
    },
  );

  test('an EXTERNAL service is one clear error before anything is registered', async () => {
    calmAccount();
    describeServicesAnswers([styled({ deploymentController: { type: 'EXTERNAL' } })]);
    const { error } = await runDeploy({ service: 'web', image: NEW_IMAGE });

    expect(error?.message).toBe(
      'service "web" uses the EXTERNAL deployment controller: its tasks come from task sets your own tooling creates, so no deploy through ECS or CodeDeploy applies to it (register-only still registers its revision). Nothing was registered or changed.',
    );
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
  });

  test('a CODE_DEPLOY service whose load balancer names no container cannot get an AppSpec: refused before anything is registered', async () => {
    calmAccount();
    describeServicesAnswers([styled({ deploymentController: { type: 'CODE_DEPLOY' } })]);
    const { error } = await runDeploy({ service: 'web', image: NEW_IMAGE });

    expect(error?.message).toMatch(
      /^service "web" is deployed by CodeDeploy but names no container and port in its load balancer/,
    );
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
  });

  test.each(['CANARY', 'BLUE_GREEN', 'LINEAR', 'ROLLING'] as const)(
    'an ECS %s service is rolled out with UpdateService and followed to COMPLETED',
    async (strategy) => {
      calmAccount();
      describeServicesAnswers([styled({ deploymentConfiguration: { strategy } })], [web.completed()]);
      const { error, io } = await runDeploy({ service: 'web', image: NEW_IMAGE });

      expect(error).toBeUndefined();
      expect(ecs).toHaveReceivedCommandWith(UpdateServiceCommand, { service: 'web', taskDefinition: NEW });
      expect(io.log).toContain(
        `web: register-and-update (the task definition changed); through ${strategy === 'ROLLING' ? 'ECS rolling update' : `ECS ${strategy.toLowerCase().replace('_', '/')} deployment`}`,
      );
    },
  );
});
