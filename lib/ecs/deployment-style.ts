/**
 * How a service is deployed: its deployment controller and, for ECS-controlled services, its strategy.
 * A plain UpdateService means something different for each, so every action that changes a service
 * looks here first and refuses what it does not handle, before anything is registered.
 */
import type { Service } from '@aws-sdk/client-ecs';

export type DeploymentStyle =
  | { controller: 'ECS'; strategy: 'ROLLING' | 'BLUE_GREEN' | 'CANARY' | 'LINEAR' }
  | { controller: 'CODE_DEPLOY' }
  | { controller: 'EXTERNAL' };

/** Reads the controller (ECS when unset, as AWS defaults it) and the strategy (ROLLING when unset). */
export function deploymentStyleOf(service: Service): DeploymentStyle {
  const controller = service.deploymentController?.type ?? 'ECS';
  if (controller === 'CODE_DEPLOY' || controller === 'EXTERNAL') return { controller };
  const strategy = service.deploymentConfiguration?.strategy ?? 'ROLLING';
  return { controller: 'ECS', strategy: strategy as 'ROLLING' | 'BLUE_GREEN' | 'CANARY' | 'LINEAR' };
}

/**
 * Why a rolling deploy (UpdateService with a new task definition, watched to COMPLETED) must not touch this
 * service, or undefined when it may. deploy-ecs refuses the rest; bake-and-promote is where traffic-shifting
 * services belong.
 */
export function rollingDeployRefusal(service: Service): string | undefined {
  const name = service.serviceName ?? 'the service';
  const style = deploymentStyleOf(service);
  if (style.controller === 'CODE_DEPLOY') {
    return `service "${name}" is deployed by CodeDeploy (deployment controller CODE_DEPLOY): ECS refuses a new task definition through UpdateService and only a CodeDeploy deployment shifts its traffic. deploy-ecs does rolling deployments only; CodeDeploy services are for bake-and-promote, which runs the deployment with your checks gating it`;
  }
  if (style.controller === 'EXTERNAL') {
    return `service "${name}" uses the EXTERNAL deployment controller: its tasks come from task sets that your own tooling manages, which deploy-ecs does not touch`;
  }
  if (style.strategy !== 'ROLLING') {
    return `service "${name}" uses ECS's ${style.strategy} deployment strategy: UpdateService would shift production traffic with none of your checks gating it. Use bake-and-promote for it, or set the service's strategy to ROLLING to deploy it with deploy-ecs`;
  }
  return undefined;
}
