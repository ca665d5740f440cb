/**
 * What a team running bake-and-promote over ALB weights has in its account, seeded in moto: the ALB of alb-seed.ts
 * (blue and green target groups, a rule forwarding 100% to blue), a 1s deregistration delay on both groups, and two
 * ECS services on revision 1 (`web-blue` with two tasks, idle `web-green` with none), plus revision 2 registered
 * and running nowhere, as deploy-ecs `register-only: true` leaves it.
 */
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client, ModifyTargetGroupAttributesCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { seedAlb, type SeededAlb } from './alb-seed.js';
import { defaultNetwork, serviceTaskDefinition } from './ecs-seed.js';
import { TEST_ACCOUNT, TEST_REGION } from './moto.js';

export interface SeededPair {
  alb: SeededAlb;
  cluster: string;
  newRevision: string;
}

export async function seedBakePair(cluster = 'prod'): Promise<SeededPair> {
  const ecs = new ECSClient({ region: TEST_REGION });
  const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
  try {
    const alb = await seedAlb();
    for (const tg of [alb.blue, alb.green]) {
      await elb.send(new ModifyTargetGroupAttributesCommand({ TargetGroupArn: tg, Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '1' }] }));
    }
    await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
    const { subnets, securityGroups } = await defaultNetwork();
    const image = (tag: string) => `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/web:${tag}`;
    const v1 = (await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', image('v1'))))).taskDefinition!.taskDefinitionArn!;
    for (const [name, tg, count] of [['web-blue', alb.blue, 2], ['web-green', alb.green, 0]] as const) {
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
    const newRevision = (await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', image('v2'))))).taskDefinition!.taskDefinitionArn!;
    return { alb, cluster, newRevision };
  } finally {
    ecs.destroy();
    elb.destroy();
  }
}
