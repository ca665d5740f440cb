/**
 * A CODE_DEPLOY ECS service `web` behind a seeded ALB (production listener, plus a test listener on 8080), its
 * CodeDeploy application and deployment group (waits in Ready before rerouting, rolls back on failure and on a
 * stop), and a decoy group for another service. For the CodeDeploy double in test/support/moto_codedeploy.py.
 */
import {
  CreateApplicationCommand,
  CreateDeploymentGroupCommand,
  type CreateDeploymentGroupCommandInput,
} from '@aws-sdk/client-codedeploy';
import { CreateClusterCommand, CreateServiceCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { CreateListenerCommand } from '@aws-sdk/client-elastic-load-balancing-v2';

import type { AwsClients } from '../../lib/aws/clients.js';
import { seedAlb, type SeededAlb } from './alb-seed.js';
import { defaultNetwork, serviceTaskDefinition } from './ecs-seed.js';
import { TEST_ACCOUNT, TEST_REGION } from './moto.js';

const DEFAULT_CLUSTER = 'prod';
const REGISTRY = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;

export interface Seeded {
  alb: SeededAlb;
  testListenerArn: string;
  v1: string;
}

/** Registers a revision of `web` with the image tagged `tag`. */
export async function register(aws: AwsClients, tag: string): Promise<string> {
  return (await aws.ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', `${REGISTRY}/web:${tag}`))))
    .taskDefinition!.taskDefinitionArn!;
}

/**
 * A CODE_DEPLOY service `web` behind the ALB, its application and group, and a decoy group for another service;
 * `where` seeds it in another cluster (its application `AppECS-<cluster>-web`) behind a load balancer of another name.
 */
export async function seedCodeDeployService(
  aws: AwsClients,
  group: Partial<CreateDeploymentGroupCommandInput> = {},
  where: { cluster?: string; loadBalancer?: string } = {},
): Promise<Seeded> {
  const cluster = where.cluster ?? DEFAULT_CLUSTER;
  const alb = await seedAlb(where.loadBalancer ?? 'web');
  const test = await aws.elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: alb.loadBalancerArn,
      Protocol: 'HTTP',
      Port: 8080,
      DefaultActions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: alb.blue, Weight: 100 },
              { TargetGroupArn: alb.green, Weight: 0 },
            ],
          },
        },
      ],
    }),
  );
  await aws.ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  const v1 = await register(aws, 'v1');
  const { subnets, securityGroups } = await defaultNetwork();
  await aws.ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: 'web',
      taskDefinition: v1,
      desiredCount: 2,
      launchType: 'FARGATE',
      deploymentController: { type: 'CODE_DEPLOY' },
      loadBalancers: [{ targetGroupArn: alb.blue, containerName: 'web', containerPort: 3000 }],
      networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups, assignPublicIp: 'DISABLED' } },
    }),
  );
  for (const [app, service] of [
    [cluster === DEFAULT_CLUSTER ? 'AppECS-other' : `AppECS-${cluster}-other`, 'worker'],
    [`AppECS-${cluster}-web`, 'web'],
  ]) {
    await aws.codedeploy.send(new CreateApplicationCommand({ applicationName: app, computePlatform: 'ECS' }));
    await aws.codedeploy.send(
      new CreateDeploymentGroupCommand({
        applicationName: app,
        deploymentGroupName: `DgpECS-${service}`,
        serviceRoleArn: `arn:aws:iam::${TEST_ACCOUNT}:role/codedeploy`,
        deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
        ecsServices: [{ clusterName: cluster, serviceName: service }],
        deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
        blueGreenDeploymentConfiguration: {
          deploymentReadyOption: { actionOnTimeout: 'STOP_DEPLOYMENT', waitTimeInMinutes: 60 },
          terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 1 },
        },
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] },
        loadBalancerInfo: {
          targetGroupPairInfoList: [
            {
              targetGroups: [{ name: 'web-blue' }, { name: 'web-green' }],
              prodTrafficRoute: { listenerArns: [alb.listenerArn] },
              testTrafficRoute: { listenerArns: [test.Listeners![0].ListenerArn!] },
            },
          ],
        },
        ...group,
      }),
    );
  }
  return { alb, testListenerArn: test.Listeners![0].ListenerArn!, v1 };
}
