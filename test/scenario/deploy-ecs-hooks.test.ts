// PAUSE hooks on the service being deployed: bake-and-promote's own (PAUSE at exactly its three stages) gates checks
// that deploy-ecs does not run, so it is neither sent with the update nor left unanswered; a team's own hook is
// never answered here, and the step says clearly that it holds the deployment.
import {
  ContinueServiceDeploymentCommand,
  type DeploymentConfiguration,
  type DeploymentLifecycleHook,
  DescribeServiceDeploymentsCommand,
  DescribeTaskDefinitionCommand,
  ListServiceDeploymentsCommand,
  type ServiceDeployment,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';

import {
  calmAccount,
  describeServicesAnswers,
  ecs,
  liveDefinition,
  NEW,
  NEW_IMAGE,
  rollout,
  runDeploy,
  useScenarioMocks,
} from '../support/ecs-scenario.js';

useScenarioMocks();

const ARN = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/web/aBcDeFgHiJ';
const OUR_HOOK: DeploymentLifecycleHook = {
  targetType: 'PAUSE',
  lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT'],
  timeoutConfiguration: { timeoutInMinutes: 30, action: 'ROLLBACK' },
};
const THEIR_HOOK: DeploymentLifecycleHook = {
  targetType: 'PAUSE',
  lifecycleStages: ['POST_SCALE_UP'],
  timeoutConfiguration: { timeoutInMinutes: 60, action: 'ROLLBACK' },
};
const LAMBDA: DeploymentLifecycleHook = {
  targetType: 'AWS_LAMBDA',
  hookTargetArn: 'arn:aws:lambda:eu-west-1:123456789012:function:smoke',
  lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
};
const canary = (hooks: DeploymentLifecycleHook[]): DeploymentConfiguration => ({
  strategy: 'CANARY',
  canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 5 },
  bakeTimeInMinutes: 0,
  lifecycleHooks: hooks,
});

/** web's rollout on a service with this deployment configuration. */
const webWith = (config: DeploymentConfiguration) => rollout('web', { extra: { deploymentConfiguration: config } });

/** The service deployment, paused at `stage` by `hookId` while `paused()` says so. */
function serviceDeployment(
  config: DeploymentConfiguration,
  stage: string,
  hookId: string,
  paused: () => boolean,
): ServiceDeployment {
  return {
    serviceDeploymentArn: ARN,
    status: 'IN_PROGRESS',
    lifecycleStage: stage as ServiceDeployment['lifecycleStage'],
    deploymentConfiguration: config,
    lifecycleHookDetails: paused()
      ? [
          {
            hookId,
            targetType: 'PAUSE',
            status: 'AWAITING_ACTION',
            expiresAt: new Date('2026-03-02T11:00:00Z'),
            timeoutAction: 'ROLLBACK',
          },
        ]
      : [],
  };
}

test("our hook is left out of the update (the team's hooks kept), and answered CONTINUE if ECS pauses on it all the same", async () => {
  const config = canary([LAMBDA, OUR_HOOK, THEIR_HOOK]);
  calmAccount();
  // The canary's tasks start beside all of the old revision's: both run two.
  describeServicesAnswers(
    [webWith(config).before()],
    [webWith(config).rolling(2, 2)],
    [webWith(config).rolling(2, 2)],
    [webWith(config).completed()],
  );
  ecs
    .on(ListServiceDeploymentsCommand)
    .resolves({ serviceDeployments: [{ serviceDeploymentArn: ARN, createdAt: new Date() }] });
  let continued = false;
  ecs.on(ContinueServiceDeploymentCommand).callsFake(() => {
    continued = true;
    return { serviceDeploymentArn: ARN };
  });
  // Only our hook is configured at POST_TEST_TRAFFIC_SHIFT, so the one awaiting there is ours.
  ecs.on(DescribeServiceDeploymentsCommand).callsFake(() => ({
    serviceDeployments: [serviceDeployment(config, 'POST_TEST_TRAFFIC_SHIFT', 'ecs-pause-ours', () => !continued)],
  }));
  const { io, error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE });

  expect(error).toBeUndefined();
  expect(results[0]).toMatchObject({ status: 'succeeded' });
  expect(ecs).toHaveReceivedCommandWith(UpdateServiceCommand, {
    taskDefinition: NEW,
    deploymentConfiguration: { ...config, lifecycleHooks: [LAMBDA, THEIR_HOOK] },
  });
  expect(ecs).toHaveReceivedCommandTimes(ContinueServiceDeploymentCommand, 1);
  expect(ecs).toHaveReceivedCommandWith(ContinueServiceDeploymentCommand, {
    serviceDeploymentArn: ARN,
    hookId: 'ecs-pause-ours',
    action: 'CONTINUE',
  });
  expect(io.log).toContain(
    "web: answered bake-and-promote's PAUSE hook ecs-pause-ours at POST_TEST_TRAFFIC_SHIFT with CONTINUE (this rollout runs no checks for it to gate)",
  );
});

test('a service without our hook is updated with no deploymentConfiguration at all: its own applies untouched', async () => {
  const config = canary([THEIR_HOOK]);
  calmAccount();
  describeServicesAnswers([webWith(config).before()], [webWith(config).completed()]);
  await runDeploy({ service: 'web', image: NEW_IMAGE });

  const sent = ecs.commandCalls(UpdateServiceCommand)[0].args[0].input;
  expect(sent.deploymentConfiguration).toBeUndefined();
});

test("a team's own hook holds the deployment: never answered, said once with how to answer it, and named in the timeout", async () => {
  const config = canary([OUR_HOOK, THEIR_HOOK]);
  calmAccount();
  describeServicesAnswers([webWith(config).before()], [webWith(config).rolling(2, 2)]);
  ecs
    .on(ListServiceDeploymentsCommand)
    .resolves({ serviceDeployments: [{ serviceDeploymentArn: ARN, createdAt: new Date() }] });
  ecs
    .on(DescribeServiceDeploymentsCommand)
    .resolves({ serviceDeployments: [serviceDeployment(config, 'POST_SCALE_UP', 'ecs-pause-theirs', () => true)] });
  const { io, error, results } = await runDeploy({ service: 'web', image: NEW_IMAGE, 'wait-timeout': '2m' });

  expect(ecs).not.toHaveReceivedCommand(ContinueServiceDeploymentCommand);
  const said = io.annotations.filter((a) => a.level === 'warning' && a.message.includes('ecs-pause-theirs'));
  expect(said).toHaveLength(1);
  expect(said[0].message).toBe(
    `web: the deployment is paused at POST_SCALE_UP by a PAUSE hook of your own (not one bake-and-promote writes) ecs-pause-theirs; ECS takes its timeout action (ROLLBACK) at 2026-03-02T11:00:00.000Z; answer it with \`aws ecs continue-service-deployment --service-deployment-arn ${ARN} --hook-id <id> --action CONTINUE\` (or ROLLBACK); this step waits for your answer until wait-timeout`,
  );
  expect(results[0]).toMatchObject({ status: 'failed', failureKind: 'timeout' });
  expect(error?.message).toContain(
    'paused at POST_SCALE_UP by a PAUSE hook of your own (not one bake-and-promote writes) ecs-pause-theirs',
  );
});

test('our hook on a deployment this run did not start (a bake in flight) is not ours to answer here', async () => {
  const config = canary([OUR_HOOK]);
  calmAccount();
  // Nothing new to deploy: the service already runs web:8, a bake's deployment of it paused at its hook.
  describeServicesAnswers([webWith(config).rolling(2, 2)]);
  ecs
    .on(DescribeTaskDefinitionCommand, { taskDefinition: NEW })
    .resolves({ taskDefinition: liveDefinition('web', 8, NEW_IMAGE), tags: [] });
  ecs
    .on(ListServiceDeploymentsCommand)
    .resolves({ serviceDeployments: [{ serviceDeploymentArn: ARN, createdAt: new Date() }] });
  ecs.on(DescribeServiceDeploymentsCommand).resolves({
    serviceDeployments: [serviceDeployment(config, 'PRE_PRODUCTION_TRAFFIC_SHIFT', 'ecs-pause-bake', () => true)],
  });
  const { io, results } = await runDeploy({ image: NEW_IMAGE, service: 'web', 'wait-timeout': '1m' });

  expect(results[0]).toMatchObject({ action: 'no-change', adopted: true, status: 'failed', failureKind: 'timeout' });
  expect(ecs).not.toHaveReceivedCommand(ContinueServiceDeploymentCommand);
  expect(
    io.annotations.some(
      (a) =>
        a.level === 'warning' &&
        a.message.includes("by bake-and-promote's PAUSE hook ecs-pause-bake") &&
        a.message.endsWith('bake-and-promote answers it (or its mode: abort)'),
    ),
  ).toBe(true);
});
