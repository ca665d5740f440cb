/**
 * What a team running bake-and-promote over ALB weights has in its account, seeded in moto: the ALB of alb-seed.ts
 * (blue and green target groups, a rule forwarding 100% to blue; the listener's default answers 404 unless asked), a 1s
 * deregistration delay on both groups, and two
 * ECS services on revision 1 (`web-blue` with two tasks, idle `web-green` with none), plus revision 2 registered
 * and running nowhere, as deploy-ecs `register-only: true` leaves it.
 */
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import {
  ElasticLoadBalancingV2Client,
  ModifyTargetGroupAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { seedAlb, type SeededAlb } from './alb-seed.js';
import { defaultNetwork, serviceTaskDefinition, settleCreated } from './ecs-seed.js';
import { TEST_ACCOUNT, TEST_REGION } from './moto.js';

export interface SeededPair {
  alb: SeededAlb;
  cluster: string;
  newRevision: string;
}

export async function seedBakePair(
  cluster = 'prod',
  options: { defaultAction?: 'forward' | 'fixed-response' } = { defaultAction: 'fixed-response' },
): Promise<SeededPair> {
  const ecs = new ECSClient({ region: TEST_REGION });
  const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
  try {
    const alb = await seedAlb(undefined, options);
    for (const tg of [alb.blue, alb.green]) {
      await elb.send(
        new ModifyTargetGroupAttributesCommand({
          TargetGroupArn: tg,
          Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '1' }],
        }),
      );
    }
    await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
    const { subnets, securityGroups } = await defaultNetwork();
    const image = (tag: string) => `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/web:${tag}`;
    const v1 = (await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', image('v1')))))
      .taskDefinition!.taskDefinitionArn!;
    for (const [name, tg, count] of [
      ['web-blue', alb.blue, 2],
      ['web-green', alb.green, 0],
    ] as const) {
      await ecs.send(
        new CreateServiceCommand({
          cluster,
          serviceName: name,
          taskDefinition: v1,
          desiredCount: count,
          launchType: 'FARGATE',
          loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 3000 }],
          networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
        }),
      );
    }
    await settleCreated(ecs, cluster, ['web-blue']);
    const newRevision = (await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', image('v2')))))
      .taskDefinition!.taskDefinitionArn!;
    return { alb, cluster, newRevision };
  } finally {
    ecs.destroy();
    elb.destroy();
  }
}

export interface SeededNative {
  cluster: string;
  service: string;
  oldRevision: string;
  newRevision: string;
  blue: string;
  green: string;
  rule: string;
  testRule: string;
}

/**
 * One service on ECS's own strategy (as `deploymentConfiguration` says), behind an ALB whose production rule (port 80)
 * and test rule (port 8081) ECS shifts between a blue and a green target group (advancedConfiguration).
 */
/** Start moto with MOTO_ECS_SERVICE_RUNNING=2 so the service's first deployment is COMPLETED, as it would be by now. */
export async function seedNativeService(
  deploymentConfiguration: import('@aws-sdk/client-ecs').DeploymentConfiguration,
  cluster = 'prod',
): Promise<SeededNative> {
  const { CreateListenerCommand, CreateRuleCommand, CreateTargetGroupCommand, RegisterTargetsCommand } =
    await import('@aws-sdk/client-elastic-load-balancing-v2');
  const ecs = new ECSClient({ region: TEST_REGION });
  const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
  try {
    const alb = await seedAlb();
    // Each group with one registered target, as ECS registers a task's IP (moto reports registered targets healthy).
    const tg = async (name: string) => {
      const arn = (
        await elb.send(
          new CreateTargetGroupCommand({
            Name: name,
            Protocol: 'HTTP',
            Port: 3000,
            VpcId: await vpcOf(elb, alb.blue),
            TargetType: 'ip',
          }),
        )
      ).TargetGroups![0].TargetGroupArn!;
      await elb.send(
        new RegisterTargetsCommand({
          TargetGroupArn: arn,
          Targets: [{ Id: `10.0.${name.endsWith('nb') ? 1 : 2}.20`, Port: 3000 }],
        }),
      );
      return arn;
    };
    const blue = await tg(`${alb.loadBalancerArn.split('/')[2]}-nb`);
    const green = await tg(`${alb.loadBalancerArn.split('/')[2]}-ng`);
    const rule = async (port: number) => {
      const listener = (
        await elb.send(
          new CreateListenerCommand({
            LoadBalancerArn: alb.loadBalancerArn,
            Protocol: 'HTTP',
            Port: port,
            DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
          }),
        )
      ).Listeners![0].ListenerArn!;
      return (
        await elb.send(
          new CreateRuleCommand({
            ListenerArn: listener,
            Priority: 10,
            Conditions: [{ Field: 'path-pattern', Values: ['/*'] }],
            Actions: [{ Type: 'forward', TargetGroupArn: blue }],
          }),
        )
      ).Rules![0].RuleArn!;
    };
    const [prodRule, testRule] = [await rule(81), await rule(8081)];
    await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
    const { subnets, securityGroups } = await defaultNetwork();
    const image = (tag: string) => `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/web:${tag}`;
    const oldRevision = (await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', image('v1')))))
      .taskDefinition!.taskDefinitionArn!;
    await ecs.send(
      new CreateServiceCommand({
        cluster,
        serviceName: 'web',
        taskDefinition: oldRevision,
        desiredCount: 2,
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
        loadBalancers: [
          {
            targetGroupArn: blue,
            containerName: 'web',
            containerPort: 3000,
            advancedConfiguration: {
              alternateTargetGroupArn: green,
              productionListenerRule: prodRule,
              testListenerRule: testRule,
              roleArn: `arn:aws:iam::${TEST_ACCOUNT}:role/ecs-infra`,
            },
          },
        ],
        deploymentConfiguration,
      }),
    );
    const newRevision = (await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', image('v2')))))
      .taskDefinition!.taskDefinitionArn!;
    return { cluster, service: 'web', oldRevision, newRevision, blue, green, rule: prodRule, testRule };
  } finally {
    ecs.destroy();
    elb.destroy();
  }
}

async function vpcOf(elb: ElasticLoadBalancingV2Client, targetGroupArn: string): Promise<string> {
  const { DescribeTargetGroupsCommand } = await import('@aws-sdk/client-elastic-load-balancing-v2');
  return (await elb.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [targetGroupArn] }))).TargetGroups![0]
    .VpcId!;
}
