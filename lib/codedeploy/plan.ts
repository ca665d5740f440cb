/**
 * Everything a CodeDeploy deployment of an ECS service needs, checked before anything is registered or started:
 * the AppSpec's container and port against the task definition (no AWS call), the service's deployment group,
 * the deployment configuration (the group's, or the one `steps` maps to) and the group's deployment in flight.
 * Read only.
 */
import type { AwsClients } from '../aws/clients.js';
import type { TrafficStep } from '../traffic/steps.js';
import { type AppSpecTarget, type AppSpecTaskDefinition, checkAppSpecTarget } from './appspec.js';
import { type ConfigPlan, resolveDeploymentConfig } from './deployment-config.js';
import { type EcsDeploymentGroup, findDeploymentGroup } from './deployment-group.js';
import { activeDeployment } from './deployments.js';
import { configForSteps } from './traffic-routing.js';

export interface CodeDeployRequest {
  cluster: string;
  service: string;
  /** The task definition to deploy, as it will be registered (or as registered). */
  taskDefinition: AppSpecTaskDefinition;
  target: AppSpecTarget;
  /** The parsed `steps` input when the user gave it; undefined keeps the group's configuration. */
  steps?: readonly TrafficStep[];
  /** Input names for error messages. */
  inputs?: { container: string; port: string; hooks: string; steps: string };
}

export interface CodeDeployPlan {
  group: EcsDeploymentGroup;
  config: ConfigPlan;
  target: AppSpecTarget;
  /**
   * The group's deployment in flight: CodeDeploy refuses a new one until it ends (the caller decides: refuse, adopt,
   * stop).
   */
  activeDeploymentId?: string;
}

/**
 * Validates and observes; throws ConfigurationError (bad input) or PlanError (AWS holds no usable group or
 * configuration).
 */
export async function planCodeDeploy(clients: AwsClients, request: CodeDeployRequest): Promise<CodeDeployPlan> {
  checkAppSpecTarget(request.target, request.taskDefinition, request.inputs);
  // Steps CodeDeploy cannot express fail here, before the first AWS call.
  if (request.steps) configForSteps(request.steps, request.inputs?.steps);
  const group = await findDeploymentGroup(clients, request.cluster, request.service);
  const config = await resolveDeploymentConfig(clients, group, request.steps, request.inputs?.steps);
  return { group, config, target: request.target, activeDeploymentId: await activeDeployment(clients, group) };
}
