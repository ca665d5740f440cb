// Planning and starting a CodeDeploy deployment over the real SDK client with aws-sdk-client-mock: bad input fails
// before any call (or, for what needs AWS to judge, before any write); the configuration is created only when
// missing, right before CreateDeployment.
import 'aws-sdk-client-mock-jest';

import {
  BatchGetApplicationsCommand,
  BatchGetDeploymentGroupsCommand,
  CodeDeployClient,
  CreateDeploymentCommand,
  CreateDeploymentConfigCommand,
  GetDeploymentConfigCommand,
  ListApplicationsCommand,
  ListDeploymentGroupsCommand,
  ListDeploymentsCommand,
} from '@aws-sdk/client-codedeploy';
import { mockClient } from 'aws-sdk-client-mock';

import { createAwsClients } from '../../lib/aws/clients.js';
import { renderAppSpec } from '../../lib/codedeploy/appspec.js';
import { startDeployment } from '../../lib/codedeploy/deployments.js';
import { type CodeDeployRequest, planCodeDeploy } from '../../lib/codedeploy/plan.js';
import { ConfigurationError } from '../../lib/core/errors.js';
import { parseSteps } from '../../lib/traffic/steps.js';

const cd = mockClient(CodeDeployClient);
const clients = () => createAwsClients({ region: 'eu-west-1', action: 'test' });
const TD = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:8';
const request = (extra: Partial<CodeDeployRequest> = {}): CodeDeployRequest => ({
  cluster: 'prod',
  service: 'web',
  taskDefinition: { family: 'web', containerDefinitions: [{ name: 'web', portMappings: [{ containerPort: 3000 }] }] },
  target: { containerName: 'web', containerPort: 3000 },
  steps: parseSteps('10%:10m, 100%'),
  ...extra,
});
const notFound = () =>
  Object.assign(new Error('The deployment configuration does not exist'), {
    name: 'DeploymentConfigDoesNotExistException',
    $metadata: {},
  });

beforeEach(() => {
  cd.reset();
  cd.on(ListApplicationsCommand).resolves({ applications: ['AppECS-prod-web', 'lambda-app'] });
  cd.on(BatchGetApplicationsCommand).resolves({
    applicationsInfo: [
      { applicationName: 'AppECS-prod-web', computePlatform: 'ECS' },
      { applicationName: 'lambda-app', computePlatform: 'Lambda' },
    ],
  });
  cd.on(ListDeploymentGroupsCommand).resolves({ deploymentGroups: ['DgpECS-web'] });
  cd.on(BatchGetDeploymentGroupsCommand).resolves({
    deploymentGroupsInfo: [
      {
        applicationName: 'AppECS-prod-web',
        deploymentGroupName: 'DgpECS-web',
        ecsServices: [{ clusterName: 'prod', serviceName: 'web' }],
      },
    ],
  });
  cd.on(ListDeploymentsCommand).resolves({ deployments: [] });
  cd.on(GetDeploymentConfigCommand).rejects(notFound());
  cd.on(CreateDeploymentConfigCommand).resolves({ deploymentConfigId: 'c-1' });
  cd.on(CreateDeploymentCommand).resolves({ deploymentId: 'd-ABCDEFGH1' });
});

test.each([
  [
    'a container the task definition lacks',
    request({ target: { containerName: 'app', containerPort: 3000 } }),
    'container-name',
  ],
  [
    'a port the container does not map',
    request({ target: { containerName: 'web', containerPort: 8080 } }),
    'container-port',
  ],
  ['steps CodeDeploy cannot express', request({ steps: parseSteps('10%:90s, 100%') }), 'steps'],
])('%s fails before any CodeDeploy call', async (_, bad, input) => {
  const thrown = await planCodeDeploy(clients(), bad).catch((err: Error) => err);
  expect(thrown).toBeInstanceOf(ConfigurationError);
  expect((thrown as ConfigurationError).input).toBe(input);
  expect(cd.calls()).toHaveLength(0);
});

test('only ECS applications are searched; the missing configuration is planned, then created right before the deployment', async () => {
  const plan = await planCodeDeploy(clients(), request());
  expect(cd).toHaveReceivedCommandTimes(ListDeploymentGroupsCommand, 1);
  expect(cd).toHaveReceivedCommandWith(ListDeploymentGroupsCommand, { applicationName: 'AppECS-prod-web' });
  expect(plan.config).toEqual({
    name: 'ecs-fargate-actions.Canary10Percent10Minutes',
    routing: { type: 'canary', percent: 10, intervalMinutes: 10 },
    source: 'steps',
    create: true,
  });
  expect(cd).not.toHaveReceivedCommand(CreateDeploymentConfigCommand);

  const appSpec = renderAppSpec(TD, plan.target);
  expect(await startDeployment(clients(), { group: plan.group, config: plan.config, appSpec })).toBe('d-ABCDEFGH1');
  const writes = cd
    .calls()
    .map((c) => c.args[0].constructor.name)
    .filter((name) => name.startsWith('Create'));
  expect(writes).toEqual(['CreateDeploymentConfigCommand', 'CreateDeploymentCommand']);
  expect(cd).toHaveReceivedCommandWith(CreateDeploymentConfigCommand, {
    deploymentConfigName: 'ecs-fargate-actions.Canary10Percent10Minutes',
    computePlatform: 'ECS',
    trafficRoutingConfig: { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 10 } },
  });
  expect(cd).toHaveReceivedCommandWith(CreateDeploymentCommand, {
    applicationName: 'AppECS-prod-web',
    deploymentGroupName: 'DgpECS-web',
    deploymentConfigName: 'ecs-fargate-actions.Canary10Percent10Minutes',
    revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appSpec.content, sha256: appSpec.sha256 } },
  });
});

test('a configuration of that name with another routing is a ConfigurationError before any write; the same routing is reused', async () => {
  cd.on(GetDeploymentConfigCommand).resolves({
    deploymentConfigInfo: {
      deploymentConfigName: 'ecs-fargate-actions.Canary10Percent10Minutes',
      computePlatform: 'ECS',
      trafficRoutingConfig: { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 20, canaryInterval: 10 } },
    },
  });
  await expect(planCodeDeploy(clients(), request())).rejects.toThrow(
    'already exists with canary 20% for 10 min, then 100%, not canary 10% for 10 min, then 100%',
  );
  expect(cd).not.toHaveReceivedCommand(CreateDeploymentConfigCommand);

  cd.on(GetDeploymentConfigCommand).resolves({
    deploymentConfigInfo: {
      computePlatform: 'ECS',
      trafficRoutingConfig: { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: 10 } },
    },
  });
  const plan = await planCodeDeploy(clients(), request());
  expect(plan.config.create).toBe(false);
  await startDeployment(clients(), { group: plan.group, config: plan.config, appSpec: renderAppSpec(TD, plan.target) });
  expect(cd).not.toHaveReceivedCommand(CreateDeploymentConfigCommand);
});

test('a group naming a configuration that does not exist, without steps, fails before any write', async () => {
  cd.on(BatchGetDeploymentGroupsCommand).resolves({
    deploymentGroupsInfo: [
      {
        applicationName: 'AppECS-prod-web',
        deploymentGroupName: 'DgpECS-web',
        deploymentConfigName: 'team-canary',
        ecsServices: [{ clusterName: 'prod', serviceName: 'web' }],
      },
    ],
  });
  await expect(planCodeDeploy(clients(), request({ steps: undefined }))).rejects.toThrow(
    'deployment group AppECS-prod-web/DgpECS-web names deployment configuration "team-canary", which does not exist; give `steps` or fix the group',
  );
  expect(
    cd
      .calls()
      .map((c) => c.args[0].constructor.name)
      .filter((name) => /^(Create|Stop|Continue)/.test(name)),
  ).toEqual([]);
});

test("the service's group is found on a later page of applications and of deployment groups", async () => {
  cd.on(ListApplicationsCommand).resolves({ applications: ['lambda-app'], nextToken: 'apps-2' });
  cd.on(ListApplicationsCommand, { nextToken: 'apps-2' }).resolves({ applications: ['AppECS-prod-web'] });
  cd.on(ListDeploymentGroupsCommand).resolves({ deploymentGroups: ['DgpECS-other'], nextToken: 'groups-2' });
  cd.on(ListDeploymentGroupsCommand, { applicationName: 'AppECS-prod-web', nextToken: 'groups-2' }).resolves({
    deploymentGroups: ['DgpECS-web'],
  });
  const plan = await planCodeDeploy(clients(), request());
  expect(plan.group.deploymentGroupName).toBe('DgpECS-web');
  expect(cd).toHaveReceivedCommandWith(BatchGetApplicationsCommand, {
    applicationNames: ['lambda-app', 'AppECS-prod-web'],
  });
  expect(cd).toHaveReceivedCommandWith(BatchGetDeploymentGroupsCommand, {
    applicationName: 'AppECS-prod-web',
    deploymentGroupNames: ['DgpECS-other', 'DgpECS-web'],
  });
});
