/** Seeds moto with what a team's AWS account holds before the first deploy: a cluster, services, task definitions. */
import {
  CreateClusterCommand,
  CreateServiceCommand,
  type CreateServiceCommandInput,
  DescribeServicesCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';

import { ec2Query, TEST_ACCOUNT, TEST_REGION } from './moto.js';

export const EXEC_ROLE_ARN = `arn:aws:iam::${TEST_ACCOUNT}:role/ecsTaskExecutionRole`;

/** A Fargate task definition the way the seeds' services look. */
export function serviceTaskDefinition(
  family: string,
  image: string,
  extra: Partial<RegisterTaskDefinitionCommandInput> = {},
): RegisterTaskDefinitionCommandInput {
  return {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: EXEC_ROLE_ARN,
    containerDefinitions: [
      {
        name: family,
        image,
        essential: true,
        memory: 512,
        portMappings: [{ containerPort: 3000, protocol: 'tcp' }],
        environment: [{ name: 'NODE_ENV', value: 'production' }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': `/ecs/${family}`, 'awslogs-region': TEST_REGION, 'awslogs-stream-prefix': 'ecs' },
        },
      },
    ],
    ...extra,
  };
}

/** The default VPC's subnets and security group: moto checks that both exist. */
export async function defaultNetwork(): Promise<{ subnets: string[]; securityGroups: string[] }> {
  const subnets = [
    ...(await ec2Query({ Action: 'DescribeSubnets' })).matchAll(/<subnetId>(subnet-[0-9a-f]+)<\/subnetId>/g),
  ].map((m) => m[1]);
  const securityGroups = [
    ...(await ec2Query({ Action: 'DescribeSecurityGroups' })).matchAll(/<groupId>(sg-[0-9a-f]+)<\/groupId>/g),
  ].map((m) => m[1]);
  if (subnets.length === 0 || securityGroups.length === 0)
    throw new Error('moto returned no default subnets or security group');
  return { subnets: subnets.slice(0, 2), securityGroups: securityGroups.slice(0, 1) };
}

/**
 * Creates the cluster and one service per family, each on revision 1 of its own task definition; `extra` adds to
 * each CreateService (a deploymentConfiguration with a circuit breaker, say: the API's default has none).
 */
export async function seedServices(
  cluster: string,
  families: string[],
  desiredCount = 1,
  extra: Partial<CreateServiceCommandInput> = {},
): Promise<Record<string, string>> {
  const ecs = new ECSClient({ region: TEST_REGION });
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  const arns: Record<string, string> = {};
  const { subnets, securityGroups } = await defaultNetwork();
  for (const family of families) {
    const registered = await ecs.send(
      new RegisterTaskDefinitionCommand(
        serviceTaskDefinition(family, `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/${family}:v1`, {
          tags: [{ key: 'team', value: 'rides' }],
        }),
      ),
    );
    arns[family] = registered.taskDefinition!.taskDefinitionArn!;
    await ecs.send(
      new CreateServiceCommand({
        cluster,
        serviceName: family,
        taskDefinition: arns[family],
        desiredCount,
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups, assignPublicIp: 'DISABLED' } },
        ...extra,
      }),
    );
  }
  ecs.destroy();
  return arns;
}

/** The task definition a service points at now. */
export async function serviceTaskDefinitionArn(cluster: string, service: string): Promise<string | undefined> {
  const ecs = new ECSClient({ region: TEST_REGION });
  const answer = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  ecs.destroy();
  return answer.services?.[0]?.taskDefinition;
}

/**
 * A service run as two colors behind a weighted route: `<family>-blue` on revision 1 in the blue target group,
 * `<family>-green` on revision 2 in the green one, each with `desiredCount` tasks (moto reports them running).
 */
/**
 * Brings services just created to the state ECS reaches on its own: every desired task running. Stock moto leaves a
 * created service at runningCount 0 for ever; a forced deployment is settled by the patched server at its next read.
 */
export async function settleCreated(ecs: ECSClient, cluster: string, services: string[]): Promise<void> {
  for (const service of services)
    await ecs.send(new UpdateServiceCommand({ cluster, service, forceNewDeployment: true }));
  await ecs.send(new DescribeServicesCommand({ cluster, services }));
}

export async function seedTwoColors(
  cluster: string,
  family: string,
  targetGroups: { blue: string; green: string },
  desiredCount = { blue: 1, green: 1 },
): Promise<{ blue: string; green: string }> {
  const ecs = new ECSClient({ region: TEST_REGION });
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  const { subnets, securityGroups } = await defaultNetwork();
  const revisions: Record<string, string> = {};
  for (const [color, tag] of [
    ['blue', 'v1'],
    ['green', 'v2'],
  ] as const) {
    const registered = await ecs.send(
      new RegisterTaskDefinitionCommand(
        serviceTaskDefinition(family, `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/${family}:${tag}`),
      ),
    );
    revisions[color] = registered.taskDefinition!.taskDefinitionArn!;
    await ecs.send(
      new CreateServiceCommand({
        cluster,
        serviceName: `${family}-${color}`,
        taskDefinition: revisions[color],
        desiredCount: desiredCount[color],
        launchType: 'FARGATE',
        loadBalancers: [{ targetGroupArn: targetGroups[color], containerName: family, containerPort: 3000 }],
        networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups, assignPublicIp: 'DISABLED' } },
      }),
    );
  }
  await settleCreated(
    ecs,
    cluster,
    (['blue', 'green'] as const).filter((c) => desiredCount[c] > 0).map((c) => `${family}-${c}`),
  );
  ecs.destroy();
  return { blue: revisions.blue, green: revisions.green };
}
