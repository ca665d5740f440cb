// One revision per release: `register-only` registers (or reuses) and touches no service; `task-definition: <arn>`
// then deploys exactly that revision. And the services a rolling deploy must not touch are refused before anything.
import { DescribeTaskDefinitionCommand, RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import {
  NEW,
  NEW_IMAGE,
  OLD,
  OLD_DEPLOYMENT,
  calmAccount,
  deployment,
  describeServicesAnswers,
  ecs,
  liveDefinition,
  runDeploy,
  service,
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
  expect(ecs).toHaveReceivedCommandWith(RegisterTaskDefinitionCommand, { tags: expect.arrayContaining([{ key: 'registered-by', value: 'ecs-fargate-actions' }]) });
  expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
  expect(io.outputs['task-definition-arn']).toBe(NEW);
  expect(io.outputs.status).toBe('registered');
  expect(io.summary).toContain('| web | web:8 | registered now |');
  expect(results[0]).toMatchObject({ service: 'web', action: 'register-and-update', status: 'unchanged', taskDefinitionArn: NEW, previousTaskDefinitionArn: OLD });
});

describe('task-definition naming a registered revision', () => {
  const registered = (status: 'ACTIVE' | 'INACTIVE', family = 'web') => ({ taskDefinition: { ...liveDefinition(family, 8, NEW_IMAGE), status }, tags: [] });

  test('deploys exactly that revision: nothing rendered or registered, the rollout watched to COMPLETED', async () => {
    calmAccount();
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: NEW }).resolves(registered('ACTIVE'));
    describeServicesAnswers([web.before()], [web.completed()]);
    const { io, error, results } = await runDeploy({ service: 'web', 'task-definition': NEW });

    expect(error).toBeUndefined();
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(ecs).toHaveReceivedCommandWith(UpdateServiceCommand, { service: 'web', taskDefinition: NEW });
    expect(results[0]).toMatchObject({ status: 'succeeded', action: 'update-only', taskDefinitionArn: NEW });
    expect(io.summary).toContain('| web | image |');
  });

  test.each([
    ['an INACTIVE revision', { 'task-definition': NEW }, 'INACTIVE' as const, 'web', /^Invalid `task-definition`: web:8 is INACTIVE: ECS refuses to deploy it/],
    ['a revision of another family', { 'task-definition': NEW }, 'ACTIVE' as const, 'api', /^Invalid `task-definition`: api:8 is of family "api", but service "web" runs family "web"/],
    ['a rendering input beside it', { 'task-definition': NEW, image: NEW_IMAGE }, 'ACTIVE' as const, 'web', /^Invalid `image`: cannot change a registered revision/],
    ['register-only with it', { 'task-definition': NEW, 'register-only': 'true' }, 'ACTIVE' as const, 'web', /^Invalid `register-only`: `task-definition` already names a registered revision/],
  ])('%s fails before any change', async (_name, inputs, status, family, message) => {
    calmAccount();
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: NEW }).resolves({ taskDefinition: { ...registered(status, family).taskDefinition, family }, tags: [] });
    describeServicesAnswers([web.before()]);
    const { error } = await runDeploy({ service: 'web', ...inputs });

    expect(error?.message).toMatch(message);
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
  });
});

describe('services a rolling deploy must not touch are refused before anything is registered', () => {
  const styled = (extra: Parameters<typeof service>[2]) => service('web', [deployment(OLD_DEPLOYMENT, 'PRIMARY', OLD, 'COMPLETED', 2)], extra);
  test.each([
    ['CodeDeploy-controlled', { deploymentController: { type: 'CODE_DEPLOY' as const } }, /deployed by CodeDeploy \(deployment controller CODE_DEPLOY\).*bake-and-promote/],
    ['EXTERNAL-controlled', { deploymentController: { type: 'EXTERNAL' as const } }, /uses the EXTERNAL deployment controller/],
    ['ECS canary', { deploymentConfiguration: { strategy: 'CANARY' as const } }, /uses ECS's CANARY deployment strategy.*Use bake-and-promote/],
    ['ECS blue/green', { deploymentConfiguration: { strategy: 'BLUE_GREEN' as const } }, /uses ECS's BLUE_GREEN deployment strategy/],
    ['ECS linear, even with register-only', { deploymentConfiguration: { strategy: 'LINEAR' as const } }, /uses ECS's LINEAR deployment strategy/],
  ])('%s', async (name, extra, message) => {
    calmAccount();
    describeServicesAnswers([styled(extra)]);
    const { error } = await runDeploy({ service: 'web', image: NEW_IMAGE, ...(name.includes('register-only') ? { 'register-only': 'true' } : {}) });

    expect(error?.message).toMatch(message);
    expect(error?.message).toContain('Nothing was registered or changed.');
    expect(ecs).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
    expect(ecs).not.toHaveReceivedCommand(UpdateServiceCommand);
  });

  test('an ECS service with the ROLLING strategy spelled out is deployed as usual', async () => {
    calmAccount();
    describeServicesAnswers([styled({ deploymentConfiguration: { strategy: 'ROLLING' } })], [web.completed()]);
    const { error } = await runDeploy({ service: 'web', image: NEW_IMAGE });
    expect(error).toBeUndefined();
  });
});
