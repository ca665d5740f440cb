/**
 * rollback of a CODE_DEPLOY service with a deployment in flight, over the real SDK clients under aws-sdk-client-mock:
 * the rollback succeeds only when the original task set is seen carrying all production traffic. CodeDeploy saying
 * its rollback deployment succeeded is not enough: a listener still sending traffic to the replacement fails it.
 */
import {
  CodeDeployClient,
  GetDeploymentCommand,
  GetDeploymentTargetCommand,
  ListDeploymentTargetsCommand,
  StopDeploymentCommand,
} from '@aws-sdk/client-codedeploy';
import type { Service } from '@aws-sdk/client-ecs';
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';

import { rollbackWithCodeDeploy } from '../../actions/rollback/src/codedeploy.js';
import { parseTarget, type RollbackInputs } from '../../actions/rollback/src/inputs.js';
import type { ServiceRollbackPlan } from '../../actions/rollback/src/plan.js';
import { createAwsClients } from '../../lib/aws/clients.js';
import { memoryIO } from '../../lib/core/io.js';
import { elbv2, fakeClock, useScenarioMocks } from '../support/ecs-scenario.js';

useScenarioMocks();
const cd = mockClient(CodeDeployClient);
beforeEach(() => cd.reset());

const PROD = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/web/1/2';
const BLUE_TG = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-blue/1';
const GREEN_TG = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-green/2';
const NEW = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:2';

/**
 * d-RELEASE is shifting 10% and ends Stopped after our stop, or has already Failed on its own; either way CodeDeploy
 * runs d-ROLLBACK, which succeeds with the Blue set at 100%.
 */
function codeDeploy(ended: 'Stopped' | 'Failed' = 'Stopped') {
  // A release that Failed on its own (its alarm) is already ended, with CodeDeploy's rollback, when rollback looks.
  let stopped = ended === 'Failed';
  cd.on(StopDeploymentCommand).callsFake(() => {
    stopped = true;
    return { status: 'Pending' };
  });
  cd.on(GetDeploymentCommand).callsFake(({ deploymentId }: { deploymentId: string }) =>
    deploymentId === 'd-ROLLBACK'
      ? { deploymentInfo: { deploymentId, status: 'Succeeded' } }
      : {
          deploymentInfo: {
            deploymentId,
            status: stopped ? ended : 'InProgress',
            ...(stopped ? { rollbackInfo: { rollbackDeploymentId: 'd-ROLLBACK' } } : {}),
          },
        },
  );
  cd.on(ListDeploymentTargetsCommand).resolves({ targetIds: ['prod:web'] });
  cd.on(GetDeploymentTargetCommand).callsFake(({ deploymentId }: { deploymentId: string }) => {
    const blue = deploymentId === 'd-ROLLBACK' || stopped ? 100 : 90;
    return {
      deploymentTarget: {
        ecsTarget: {
          targetId: 'prod:web',
          taskSetsInfo: [
            { identifer: 'ecs-svc/1', taskSetLabel: 'Blue', trafficWeight: blue, targetGroup: { name: 'web-blue' } },
            {
              identifer: 'ecs-svc/2',
              taskSetLabel: 'Green',
              trafficWeight: 100 - blue,
              targetGroup: { name: 'web-green' },
            },
          ],
        },
      },
    };
  });
  elbv2.on(DescribeTargetGroupsCommand).resolves({
    TargetGroups: [
      { TargetGroupName: 'web-blue', TargetGroupArn: BLUE_TG },
      { TargetGroupName: 'web-green', TargetGroupArn: GREEN_TG },
    ],
  });
  elbv2.on(DescribeRulesCommand).resolves({ Rules: [] });
}

const listenerSends = (greenWeight: number) =>
  elbv2.on(DescribeListenersCommand).resolves({
    Listeners: [
      {
        ListenerArn: PROD,
        DefaultActions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: BLUE_TG, Weight: 100 - greenWeight },
                { TargetGroupArn: GREEN_TG, Weight: greenWeight },
              ],
            },
          },
        ],
      },
    ],
  });

const inputs = {
  region: 'eu-west-1',
  cluster: 'prod',
  services: ['web'],
  target: parseTarget('previous'),
  dryRun: false,
  healthTimeoutMs: 60_000,
  notify: {},
  wait: true,
  timeoutMs: 600_000,
  intervalMs: 5_000,
} as unknown as RollbackInputs;
const plan: ServiceRollbackPlan = {
  service: 'web',
  from: { arn: NEW },
  to: { arn: NEW },
  action: 'stop-in-flight',
  inFlight: 'd-RELEASE',
  why: 'in flight',
} as ServiceRollbackPlan;
const group = {
  applicationName: 'AppECS-prod-web',
  deploymentGroupName: 'DgpECS-web',
  deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
  prodListenerArns: [PROD],
  testListenerArns: [],
  targetGroupNames: ['web-blue', 'web-green'],
  waitsBeforeRerouting: false,
  readyWaitMinutes: 0,
  terminationWaitMinutes: 5,
};

async function roll() {
  const clients = createAwsClients({ region: 'eu-west-1', action: 'test' });
  return rollbackWithCodeDeploy(
    clients,
    inputs,
    plan,
    { serviceName: 'web', taskDefinition: NEW } as Service,
    { group: group as never, activeDeploymentId: 'd-RELEASE' },
    { io: memoryIO(), signal: new AbortController().signal, clock: fakeClock() },
  );
}

test('CodeDeploy rolled back and the listener sends everything to the original: the rollback succeeded', async () => {
  codeDeploy();
  listenerSends(0);
  const result = await roll();
  expect(cd.commandCalls(StopDeploymentCommand)).toHaveLength(1);
  expect(result).toMatchObject({ status: 'succeeded', deploymentId: 'd-RELEASE' });
});

test.each([
  ['is stopped by the rollback', 'Stopped'],
  ['had failed on its own', 'Failed'],
] as const)(
  'the release %s, CodeDeploy says its rollback succeeded, but the listener still sends 10% to the replacement: the rollback failed, saying so',
  async (_how, ended) => {
    codeDeploy(ended);
    listenerSends(10);
    const result = await roll();
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/sends 10% to web-green/);
  },
);
