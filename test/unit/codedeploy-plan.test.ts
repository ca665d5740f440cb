// The pure parts of CodeDeploy deployments: the AppSpec and its checks, steps to a deployment configuration, the
// deployment group's facts, and the verdict over what GetDeployment and GetDeploymentTarget say.
import { createHash } from 'node:crypto';

import type { DeploymentInfo, ECSTarget } from '@aws-sdk/client-codedeploy';

import {
  type AppSpecTarget,
  appSpecTargetOfService,
  checkAppSpecTarget,
  renderAppSpec,
} from '../../lib/codedeploy/appspec.js';
import { describeGroup, matchDeploymentGroup } from '../../lib/codedeploy/deployment-group.js';
import {
  configForSteps,
  routingOf,
  stepsOfRouting,
  trafficRoutingConfigOf,
} from '../../lib/codedeploy/traffic-routing.js';
import { type DeploymentObservation, describeVerdict, judgeDeployment } from '../../lib/codedeploy/verdict.js';
import { ConfigurationError } from '../../lib/core/errors.js';
import { parseSteps } from '../../lib/traffic/steps.js';

const TD = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:8';
const definition = {
  family: 'web',
  containerDefinitions: [
    { name: 'web', portMappings: [{ containerPort: 3000 }, { containerPort: 9090 }] },
    { name: 'envoy', portMappings: [{ containerPort: 15000 }] },
    { name: 'log-router' },
  ],
};

describe('AppSpec', () => {
  test.each<[string, AppSpecTarget]>([
    ['the main container on its port', { containerName: 'web', containerPort: 3000 }],
    ['a second port of the same container', { containerName: 'web', containerPort: 9090 }],
    ['a sidecar', { containerName: 'envoy', containerPort: 15000 }],
    [
      'hooks on every event',
      {
        containerName: 'web',
        containerPort: 3000,
        hooks: {
          BeforeInstall: 'a',
          AfterInstall: 'b',
          AfterAllowTestTraffic: 'c',
          BeforeAllowTraffic: 'd',
          AfterAllowTraffic: 'e',
        },
      },
    ],
  ])('%s passes', (_, target) => expect(() => checkAppSpecTarget(target, definition)).not.toThrow());

  test.each<[string, AppSpecTarget, string]>([
    [
      'a container the task definition lacks',
      { containerName: 'app', containerPort: 3000 },
      'Invalid `container-name` "app": expected a container of task definition "web" (it has: web, envoy, log-router)',
    ],
    [
      'a port the container does not map',
      { containerName: 'web', containerPort: 80 },
      'Invalid `container-port` "80": expected a container port of "web" in task definition "web" (it maps: 3000, 9090)',
    ],
    [
      "another container's port",
      { containerName: 'envoy', containerPort: 3000 },
      'Invalid `container-port` "3000": expected a container port of "envoy" in task definition "web" (it maps: 15000)',
    ],
    ['a container with no ports', { containerName: 'log-router', containerPort: 3000 }, '(it maps: no ports)'],
    [
      'a port out of range',
      { containerName: 'web', containerPort: 70000 },
      'Invalid `container-port` "70000": expected a port number from 1 to 65535',
    ],
    [
      'a hook on an event ECS does not have',
      { containerName: 'web', containerPort: 3000, hooks: { ApplicationStart: 'fn' } as AppSpecTarget['hooks'] },
      'Invalid `hooks` "ApplicationStart": expected one of the ECS hook events',
    ],
    [
      'a hook with no function',
      { containerName: 'web', containerPort: 3000, hooks: { BeforeAllowTraffic: ' ' } },
      'Invalid `hooks`: BeforeAllowTraffic names no Lambda function',
    ],
  ])('%s is one ConfigurationError', (_, target, message) => {
    const thrown = (() => {
      try {
        checkAppSpecTarget(target, definition);
      } catch (err) {
        return err as Error;
      }
    })();
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect(thrown!.message).toContain(message);
  });

  test('renders the ECS AppSpec as JSON with the sha256 of exactly that content; hooks in lifecycle order', () => {
    const { content, sha256 } = renderAppSpec(TD, {
      containerName: 'web',
      containerPort: 3000,
      platformVersion: 'LATEST',
      hooks: { AfterAllowTraffic: 'post', BeforeInstall: ' pre ' },
    });
    expect(JSON.parse(content)).toEqual({
      version: 0,
      Resources: [
        {
          TargetService: {
            Type: 'AWS::ECS::Service',
            Properties: {
              TaskDefinition: TD,
              LoadBalancerInfo: { ContainerName: 'web', ContainerPort: 3000 },
              PlatformVersion: 'LATEST',
            },
          },
        },
      ],
      Hooks: [{ BeforeInstall: 'pre' }, { AfterAllowTraffic: 'post' }],
    });
    expect(content).toContain('"version":0.0,');
    expect(sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(JSON.parse(renderAppSpec(TD, { containerName: 'web', containerPort: 3000 }).content).Hooks).toBeUndefined();
  });

  test("the service's load balancer names the default container and port", () => {
    expect(
      appSpecTargetOfService({
        loadBalancers: [{ targetGroupArn: 'tg' } as never, { containerName: 'web', containerPort: 3000 }],
      }),
    ).toEqual({ containerName: 'web', containerPort: 3000 });
    expect(appSpecTargetOfService({ loadBalancers: [] })).toBeUndefined();
  });
});

describe('steps to a CodeDeploy deployment configuration', () => {
  test.each([
    ['100%', 'CodeDeployDefault.ECSAllAtOnce', { type: 'all-at-once' }, true],
    [
      '10%:5m, 100%',
      'CodeDeployDefault.ECSCanary10Percent5Minutes',
      { type: 'canary', percent: 10, intervalMinutes: 5 },
      true,
    ],
    [
      '10%:15m, 100%',
      'CodeDeployDefault.ECSCanary10Percent15Minutes',
      { type: 'canary', percent: 10, intervalMinutes: 15 },
      true,
    ],
    [
      '10%:10m, 100%',
      'ecs-fargate-actions.Canary10Percent10Minutes',
      { type: 'canary', percent: 10, intervalMinutes: 10 },
      false,
    ],
    [
      '25%:1h, 100%',
      'ecs-fargate-actions.Canary25Percent60Minutes',
      { type: 'canary', percent: 25, intervalMinutes: 60 },
      false,
    ],
    [
      '10%:1m, 20%:1m, 30%:1m, 40%:1m, 50%:1m, 60%:1m, 70%:1m, 80%:1m, 90%:1m, 100%',
      'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
      { type: 'linear', percent: 10, intervalMinutes: 1 },
      true,
    ],
    [
      '25%:5m, 50%:5m, 75%:5m, 100%',
      'ecs-fargate-actions.Linear25PercentEvery5Minutes',
      { type: 'linear', percent: 25, intervalMinutes: 5 },
      false,
    ],
    [
      '30%:2m, 60%:2m, 90%:2m, 100%',
      'ecs-fargate-actions.Linear30PercentEvery2Minutes',
      { type: 'linear', percent: 30, intervalMinutes: 2 },
      false,
    ],
  ])('%j → %s', (steps, name, routing, builtIn) => {
    const choice = configForSteps(parseSteps(steps));
    expect(choice).toEqual({ name, routing, builtIn });
    // Round trip: the routing walks exactly the steps given, and reads back from what CreateDeploymentConfig takes.
    expect(stepsOfRouting(choice.routing)).toEqual(parseSteps(steps));
    expect(routingOf(trafficRoutingConfigOf(choice.routing))).toEqual(routing);
  });

  test.each([
    ['10%:90s, 100%', 'the bake at 10% is not a whole number of minutes'],
    ['0%:5m, 100%', 'a step of 0% cannot be shifted'],
    ['5%:5m, 50%:5m, 100%', 'neither one canary step nor equal linear steps'],
    ['10%:1m, 20%:2m, 30%:1m, 100%', 'neither one canary step nor equal linear steps'],
    ['10%:1m, 20%:1m, 100%', 'neither one canary step nor equal linear steps'],
  ])('%j is refused: %s', (steps, problem) => {
    expect(() => configForSteps(parseSteps(steps))).toThrow(ConfigurationError);
    expect(() => configForSteps(parseSteps(steps))).toThrow(problem);
    expect(() => configForSteps(parseSteps(steps))).toThrow(/^Invalid `steps` "/);
  });
});

describe('deployment groups', () => {
  const group = (app: string, name: string, cluster: string, service: string) => ({
    applicationName: app,
    deploymentGroupName: name,
    ecsServices: [{ clusterName: cluster, serviceName: service }],
  });
  test.each([
    ['by cluster name', 'prod', 'web', ['a/web']],
    ['by cluster ARN', 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod', 'web', ['a/web']],
    ['same service name in another cluster is not it', 'staging', 'api', []],
    ['no group', 'prod', 'worker', []],
  ])('%s', (_, cluster, service, expected) => {
    const groups = [
      group('a', 'web', 'prod', 'web'),
      group('a', 'api', 'prod', 'api'),
      group('b', 'web-staging', 'staging', 'web'),
    ];
    expect(
      matchDeploymentGroup(groups, cluster, service).map((g) => `${g.applicationName}/${g.deploymentGroupName}`),
    ).toEqual(expected);
  });

  test('reads the ready wait, the termination wait, both listeners and the target group pair', () => {
    const described = describeGroup({
      applicationName: 'a',
      deploymentGroupName: 'g',
      blueGreenDeploymentConfiguration: {
        deploymentReadyOption: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 30 },
        terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 5 },
      },
      loadBalancerInfo: {
        targetGroupPairInfoList: [
          {
            targetGroups: [{ name: 'blue' }, { name: 'green' }],
            prodTrafficRoute: { listenerArns: ['prod'] },
            testTrafficRoute: { listenerArns: ['test'] },
          },
        ],
      },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    });
    expect(described).toMatchObject({
      deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
      prodListenerArns: ['prod'],
      testListenerArns: ['test'],
      targetGroupNames: ['blue', 'green'],
      waitsBeforeRerouting: true,
      readyWaitMinutes: 30,
      terminationWaitMinutes: 5,
      autoRollbackEvents: ['DEPLOYMENT_FAILURE'],
    });
    expect(
      describeGroup({
        blueGreenDeploymentConfiguration: { deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT' } },
      }),
    ).toMatchObject({ waitsBeforeRerouting: false, readyWaitMinutes: 0, autoRollbackEvents: [] });
  });
});

describe('the verdict over a deployment and its ECS target', () => {
  const target = (green: number, extra: Partial<ECSTarget> = {}): ECSTarget => ({
    taskSetsInfo: [
      { identifer: 'ecs-svc/1', taskSetLabel: 'Blue', trafficWeight: 100 - green, targetGroup: { name: 'blue' } },
      { identifer: 'ecs-svc/2', taskSetLabel: 'Green', trafficWeight: green, targetGroup: { name: 'green' } },
    ],
    ...extra,
  });
  const d = (status: DeploymentInfo['status'], extra: Partial<DeploymentInfo> = {}): DeploymentInfo => ({
    deploymentId: 'd-1',
    status,
    ...extra,
  });
  const rolledBack = { rollbackInfo: { rollbackDeploymentId: 'd-2', rollbackMessage: 'rolled back' } };

  test.each<[string, DeploymentObservation, { phase: string; done: boolean; weight: number; rollback: string }]>([
    [
      'created, no target yet',
      { deployment: d('Created') },
      { phase: 'in-progress', done: false, weight: 0, rollback: 'none' },
    ],
    ['queued', { deployment: d('Queued') }, { phase: 'in-progress', done: false, weight: 0, rollback: 'none' }],
    [
      'installing',
      { deployment: d('InProgress'), target: target(0) },
      { phase: 'in-progress', done: false, weight: 0, rollback: 'none' },
    ],
    [
      'ready: waiting for ContinueDeployment',
      { deployment: d('Ready'), target: target(0) },
      { phase: 'ready', done: false, weight: 0, rollback: 'none' },
    ],
    [
      'canary at 10%',
      { deployment: d('InProgress'), target: target(10) },
      { phase: 'shifting', done: false, weight: 10, rollback: 'none' },
    ],
    [
      'fractional linear step',
      { deployment: d('InProgress'), target: target(33.3) },
      { phase: 'shifting', done: false, weight: 33.3, rollback: 'none' },
    ],
    [
      'all traffic moved, not yet terminated',
      { deployment: d('InProgress'), target: target(100) },
      { phase: 'draining', done: false, weight: 100, rollback: 'none' },
    ],
    [
      'termination wait started',
      { deployment: d('InProgress', { instanceTerminationWaitTimeStarted: true }), target: target(100) },
      { phase: 'draining', done: false, weight: 100, rollback: 'none' },
    ],
    [
      'succeeded',
      { deployment: d('Succeeded'), target: target(100) },
      { phase: 'succeeded', done: true, weight: 100, rollback: 'none' },
    ],
    [
      'stopped without rollback: traffic stays',
      { deployment: d('Stopped'), target: target(10) },
      { phase: 'stopped', done: true, weight: 10, rollback: 'none' },
    ],
    [
      'stopped, rollback not started yet',
      { deployment: d('Stopped', rolledBack), target: target(10), rollbackDeployment: d('Created') },
      { phase: 'stopped', done: false, weight: 10, rollback: 'rolling-back' },
    ],
    [
      'stopped, rollback moving traffic back',
      {
        deployment: d('Stopped', rolledBack),
        target: target(10),
        rollbackDeployment: d('InProgress'),
        rollbackTarget: target(0),
      },
      { phase: 'stopped', done: false, weight: 0, rollback: 'rolling-back' },
    ],
    [
      'stopped and rolled back',
      {
        deployment: d('Stopped', rolledBack),
        target: target(10),
        rollbackDeployment: d('Succeeded'),
        rollbackTarget: target(0),
      },
      { phase: 'stopped', done: true, weight: 0, rollback: 'rolled-back' },
    ],
    [
      'failed, rollback failed',
      { deployment: d('Failed', rolledBack), target: target(0), rollbackDeployment: d('Failed') },
      { phase: 'failed', done: true, weight: 0, rollback: 'rollback-failed' },
    ],
    [
      'failed, no rollback configured',
      { deployment: d('Failed', { errorInformation: { code: 'ECS_UPDATE_ERROR', message: 'tasks failed' } }) },
      { phase: 'failed', done: true, weight: 0, rollback: 'none' },
    ],
  ])('%s', (_, observation, expected) => expect(judgeDeployment(observation)).toMatchObject(expected));

  test("the reason carries CodeDeploy's error and rollback message; the line says what waits", () => {
    const v = judgeDeployment({
      deployment: d('Failed', {
        errorInformation: { code: 'ECS_UPDATE_ERROR', message: 'tasks failed' },
        ...rolledBack,
      }),
      rollbackDeployment: d('Succeeded'),
    });
    expect(v.reason).toBe('CodeDeploy deployment d-1 is Failed: ECS_UPDATE_ERROR: tasks failed: rolled back');
    expect(describeVerdict(judgeDeployment({ deployment: d('Ready'), target: target(0) }))).toBe(
      'ready: replacement up with test traffic, waiting for ContinueDeployment',
    );
    expect(describeVerdict(judgeDeployment({ deployment: d('InProgress'), target: target(10) }))).toBe(
      'shifting: 10% on the replacement',
    );
    expect(
      judgeDeployment({
        deployment: d('Ready'),
        target: target(0, { lifecycleEvents: [{ lifecycleEventName: 'AllowTestTraffic', status: 'Succeeded' }] }),
      }).testWeight,
    ).toBe(100);
  });
});
