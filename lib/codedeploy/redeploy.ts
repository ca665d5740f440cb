/**
 * Putting a service back on a revision through CodeDeploy (ECS refuses UpdateService with a task definition for
 * CODE_DEPLOY services): a new deployment of that revision, all at once, followed to its end. rollback uses it, and
 * so does bake-and-promote when its stop came too late (CodeDeploy had already finished a release that failed).
 */
import type { Service } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { PlanError } from '../core/errors.js';
import { shortTaskDefinition } from '../ecs/arns.js';
import { appSpecTargetOfService, renderAppSpec } from './appspec.js';
import { resolveDeploymentConfig } from './deployment-config.js';
import type { EcsDeploymentGroup } from './deployment-group.js';
import { startDeployment } from './deployments.js';
import { followDeployment, type FollowOptions, type FollowResult } from './follow.js';

/**
 * Deploys `taskDefinitionArn` to the group's service all at once and follows it; resolves with the deployment and how
 * it ended.
 */
export async function redeployAllAtOnce(
  clients: AwsClients,
  group: EcsDeploymentGroup,
  service: Service,
  taskDefinitionArn: string,
  description: string,
  follow: Omit<FollowOptions, 'decide'>,
): Promise<{ deploymentId: string; followed: FollowResult }> {
  const target = appSpecTargetOfService(service);
  if (!target)
    throw new PlanError(
      `service "${service.serviceName}" names no container and port in its load balancer, so no AppSpec can put ${shortTaskDefinition(taskDefinitionArn)} back`,
    );
  const config = await resolveDeploymentConfig(clients, group, [{ weight: 100, bakeMs: 0 }]);
  const deploymentId = await startDeployment(clients, {
    group,
    config,
    appSpec: renderAppSpec(taskDefinitionArn, target),
    description: description.slice(0, 500),
  });
  return { deploymentId, followed: await followDeployment(clients, deploymentId, group, follow) };
}
