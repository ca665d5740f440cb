/**
 * Which deployment configuration a deployment uses: the group's own, or one that shifts traffic as the `steps`
 * input says (a built-in one, an existing one of the same routing, or one to create). Finding it is read only;
 * creating it waits until everything else has been checked.
 */
import {
  CreateDeploymentConfigCommand,
  type DeploymentConfigInfo,
  GetDeploymentConfigCommand,
} from '@aws-sdk/client-codedeploy';

import type { AwsClients } from '../aws/clients.js';
import { ConfigurationError, PlanError } from '../core/errors.js';
import type { TrafficStep } from '../traffic/steps.js';
import type { EcsDeploymentGroup } from './deployment-group.js';
import {
  BUILT_IN_ECS_CONFIGS,
  configForSteps,
  describeRouting,
  routingOf,
  sameRouting,
  type TrafficRouting,
  trafficRoutingConfigOf,
} from './traffic-routing.js';

/** The configuration chosen, and whether it has to be created before the deployment. */
export interface ConfigPlan {
  name: string;
  routing: TrafficRouting;
  /** Where it came from: the group's deploymentConfigName, or the `steps` input. */
  source: 'group' | 'steps';
  /** True when it does not exist yet: `ensureDeploymentConfig` creates it. */
  create: boolean;
}

async function getConfig(clients: AwsClients, name: string): Promise<DeploymentConfigInfo | undefined> {
  try {
    return (await clients.codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: name })))
      .deploymentConfigInfo;
  } catch (err) {
    if ((err as Error).name === 'DeploymentConfigDoesNotExistException') return undefined;
    throw err;
  }
}

/**
 * Chooses the configuration (read only). With steps: the matching built-in, or the one this project names for
 * that routing when it exists with the same routing, or it is to be created; a configuration of that name with
 * another routing, or steps CodeDeploy cannot express, is a ConfigurationError naming `input`. Without steps: the
 * group's own, which must be an ECS traffic routing (PlanError otherwise).
 */
export async function resolveDeploymentConfig(
  clients: AwsClients,
  group: EcsDeploymentGroup,
  steps: readonly TrafficStep[] | undefined,
  input = 'steps',
): Promise<ConfigPlan> {
  if (steps) {
    const choice = configForSteps(steps, input);
    if (choice.builtIn) return { name: choice.name, routing: choice.routing, source: 'steps', create: false };
    const found = await getConfig(clients, choice.name);
    if (!found) return { name: choice.name, routing: choice.routing, source: 'steps', create: true };
    const routing = routingOf(found.trafficRoutingConfig);
    if (found.computePlatform !== 'ECS' || !routing || !sameRouting(routing, choice.routing)) {
      const has = routing
        ? describeRouting(routing)
        : `no ECS traffic routing (compute platform ${found.computePlatform ?? 'unknown'})`;
      throw new ConfigurationError(
        input,
        `the deployment configuration "${choice.name}" these steps map to already exists with ${has}, not ${describeRouting(choice.routing)}`,
        'delete or rename that configuration',
      );
    }
    return { name: choice.name, routing, source: 'steps', create: false };
  }
  const name = group.deploymentConfigName;
  const builtIn = BUILT_IN_ECS_CONFIGS.find((c) => c.name === name);
  if (builtIn) return { name, routing: builtIn.routing, source: 'group', create: false };
  const found = await getConfig(clients, name);
  const routing = routingOf(found?.trafficRoutingConfig);
  if (!found || !routing) {
    throw new PlanError(
      `deployment group ${group.applicationName}/${group.deploymentGroupName} names deployment configuration "${name}", which ${found ? 'has no ECS traffic routing' : 'does not exist'}; give \`steps\` or fix the group`,
    );
  }
  return { name, routing, source: 'group', create: false };
}

/** Creates the chosen configuration when it is missing (a concurrent run that created the same one is fine). */
export async function ensureDeploymentConfig(clients: AwsClients, plan: ConfigPlan): Promise<void> {
  if (!plan.create) return;
  try {
    await clients.codedeploy.send(
      new CreateDeploymentConfigCommand({
        deploymentConfigName: plan.name,
        computePlatform: 'ECS',
        trafficRoutingConfig: trafficRoutingConfigOf(plan.routing),
      }),
    );
  } catch (err) {
    if ((err as Error).name !== 'DeploymentConfigAlreadyExistsException') throw err;
    const found = await getConfig(clients, plan.name);
    const routing = routingOf(found?.trafficRoutingConfig);
    if (!routing || !sameRouting(routing, plan.routing))
      throw new PlanError(
        `deployment configuration "${plan.name}" appeared meanwhile with ${routing ? describeRouting(routing) : 'another routing'}`,
      );
  }
}
