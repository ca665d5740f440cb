/**
 * How a service is deployed: its deployment controller and, for ECS-controlled services, its strategy.
 * A plain UpdateService means something different for each, so every action that changes a service
 * looks here first and chooses its path (or refuses), before anything is registered.
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
 * Why a deploy (a new revision rolled out with UpdateService, or a CodeDeploy deployment) must not touch this
 * service, or undefined when it may: only EXTERNAL services, whose task sets are the team's own tooling's.
 */
export function deployRefusal(service: Service): string | undefined {
  if (deploymentStyleOf(service).controller !== 'EXTERNAL') return undefined;
  return `service "${service.serviceName ?? 'the service'}" uses the EXTERNAL deployment controller: its tasks come from task sets your own tooling creates, so no deploy through ECS or CodeDeploy applies to it (register-only still registers its revision)`;
}

/** How a deploy reaches the service, in a few words, for the plan and the summary. */
export function describeStyle(style: DeploymentStyle): string {
  if (style.controller === 'CODE_DEPLOY') return 'CodeDeploy blue/green';
  if (style.controller === 'EXTERNAL') return 'EXTERNAL task sets';
  return style.strategy === 'ROLLING'
    ? 'ECS rolling update'
    : `ECS ${style.strategy.toLowerCase().replace('_', '/')} deployment`;
}
