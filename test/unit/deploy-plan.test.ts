import type { Service, TaskDefinition } from '@aws-sdk/client-ecs';

import { type DeployInputs, readDeployInputs } from '../../actions/deploy-ecs/src/inputs.js';
import { type ObservedService, planDeploy } from '../../actions/deploy-ecs/src/plan.js';
import { memoryIO } from '../../lib/core/io.js';

const env = {
  AWS_REGION: 'eu-west-1',
  GITHUB_WORKSPACE: new URL('../..', import.meta.url).pathname,
  GITHUB_SHA: 'abc123',
};
const inputs = (values: Record<string, string>): DeployInputs =>
  readDeployInputs(memoryIO({ cluster: 'staging', ...values }), env);

function observed(name: string, image = `${name}:v1`, desiredCount = 2): ObservedService {
  const arn = `arn:aws:ecs:eu-west-1:1:task-definition/${name}:4`;
  const definition: TaskDefinition = {
    taskDefinitionArn: arn,
    revision: 4,
    family: name,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name, image, cpu: 0, essential: true, environment: [] }],
  };
  const service: Service = { serviceName: name, status: 'ACTIVE', taskDefinition: arn, desiredCount };
  return { name, service, current: { definition, tags: [] } };
}

describe('what deploy-ecs decides to do', () => {
  test.each([
    ['a new image', { service: 'web', image: 'web:v2' }, 'register-and-update'],
    ['the image it already runs', { service: 'web', image: 'web:v1' }, 'no-change'],
    ['the same image, forced', { service: 'web', image: 'web:v1', 'force-new-deployment': 'true' }, 'update-only'],
    ['the same image, another task count', { service: 'web', image: 'web:v1', 'desired-count': '3' }, 'update-only'],
    ['the same image and count', { service: 'web', image: 'web:v1', 'desired-count': '2' }, 'no-change'],
    ['only new tags', { service: 'web', image: 'web:v1', tags: 'owner=rides' }, 'no-change'],
    ['a new environment variable', { service: 'web', environment: 'LOG_LEVEL=debug' }, 'register-and-update'],
  ])('%s → %s', (_name, values, action) => {
    const plan = planDeploy(inputs(values), [observed('web')]);
    expect(plan.services.map((s) => s.action)).toEqual([action]);
    expect(plan.registrations).toHaveLength(action === 'register-and-update' ? 1 : 0);
  });

  test('the previous task definition is kept for rollback', () => {
    const plan = planDeploy(inputs({ service: 'web', image: 'web:v2' }), [observed('web')]);
    expect(plan.services[0].previousTaskDefinitionArn).toBe('arn:aws:ecs:eu-west-1:1:task-definition/web:4');
  });

  test('several services take the images lines of their own containers', () => {
    const plan = planDeploy(inputs({ services: 'user, trip, driver', images: 'user=user:v2\ndriver=driver:v2' }), [
      observed('user'),
      observed('trip'),
      observed('driver'),
    ]);
    expect(plan.services.map((s) => [s.service, s.action])).toEqual([
      ['user', 'register-and-update'],
      ['trip', 'no-change'],
      ['driver', 'register-and-update'],
    ]);
    expect(plan.registrations.map((d) => d.containerDefinitions![0].image)).toEqual(['user:v2', 'driver:v2']);
  });

  test('an images line that no service has is an error naming it', () => {
    expect(() =>
      planDeploy(inputs({ services: 'user, trip', images: 'user=user:v2\nwroker=w:v2' }), [
        observed('user'),
        observed('trip'),
      ]),
    ).toThrow('Invalid `images`: container "wroker" is in none of the task definitions of user, trip');
  });

  test('services rendering the same definition from one file share one registration', () => {
    const plan = planDeploy(
      inputs({ services: 'api-blue, api-green', 'task-definition': 'test/fixtures/deploy/shared.json' }),
      [observed('api-blue'), observed('api-green')],
    );
    expect(plan.registrations).toHaveLength(1);
    expect(plan.services.map((s) => s.registration)).toEqual([0, 0]);
  });

  test('several problems are reported together, each with its service', () => {
    const call = () =>
      planDeploy(inputs({ services: 'user, trip', environment: 'A=1', cpu: '300' }), [
        observed('user'),
        observed('trip'),
      ]);
    expect(call).toThrow(
      /^Invalid `cpu`: 2 problems: \(1\) user: `cpu`: Fargate has no task size with cpu 300.*\(2\) trip: `cpu`: Fargate has no task size with cpu 300/,
    );
  });
});

describe('deploy-ecs inputs', () => {
  test.each([
    [{ service: 'web', services: 'a,b' }, 'Invalid `services`: set only one of `service` or `services`'],
    [{}, 'Invalid `service`: is required'],
    [
      { service: 'web', image: 'web:v2', images: 'web=web:v2' },
      'Invalid `images`: set only one of `image` or `images`',
    ],
    [
      { service: 'web', 'task-definition': 'a.json', 'task-definition-template': 'b.json' },
      'Invalid `task-definition-template`: set only one of',
    ],
    [
      { service: 'web', 'template-vars': 'A=1' },
      'Invalid `template-vars`: is only used with `task-definition-template`',
    ],
    [
      { service: 'web', 'task-definition': 'missing.json' },
      'Invalid `task-definition` "missing.json": expected a readable file in the workspace (hint: no such file under',
    ],
    [
      { service: 'web', 'poll-interval': '5m', 'wait-timeout': '1m' },
      'Invalid `poll-interval`: is longer than `wait-timeout`',
    ],
    [
      { service: 'web', 'github-environment': 'staging' },
      'Invalid `github-token`: is required when `github-environment` is set',
    ],
    [
      { service: 'web', secrets: 'DB=postgres://u:p@h/db' },
      'Invalid `secrets`: line 1: the value of DB is not an SSM parameter name or ARN, or a Secrets Manager ARN (the value is masked and not shown)',
    ],
    [{ service: 'web svc' }, 'Invalid `service` "web svc": expected a service name'],
    [{ service: 'web', 'desired-count': '-1' }, 'Invalid `desired-count` "-1": expected a whole number from 0 to 5000'],
  ])('%j', (values, message) => expect(() => inputs(values)).toThrow(message));

  test('default tags say which commit and which run deployed the revision', () => {
    const read = readDeployInputs(memoryIO({ cluster: 'c', service: 'web' }), {
      ...env,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/rides',
      GITHUB_RUN_ID: '7',
    });
    expect(read.render.tags).toEqual([
      ['git-sha', 'abc123'],
      ['deployed-by', 'https://github.com/acme/rides/actions/runs/7'],
    ]);
  });
});
