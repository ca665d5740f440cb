/**
 * CodeDeploy's traffic routing for ECS, and how our `steps` input maps onto it. CodeDeploy shifts production
 * traffic in one of three shapes: all at once; a canary (N%, then everything after M minutes); linear (N% more
 * every M minutes until 100%). Steps of any other shape cannot be expressed and are refused. Pure.
 */
import type { TrafficRoutingConfig } from '@aws-sdk/client-codedeploy';

import { ConfigurationError } from '../core/errors.js';
import { describeSteps, type TrafficStep } from '../traffic/steps.js';

export type TrafficRouting =
  | { type: 'all-at-once' }
  | { type: 'canary'; percent: number; intervalMinutes: number }
  | { type: 'linear'; percent: number; intervalMinutes: number };

/** A deployment configuration: its name and the routing it stands for. */
export interface DeploymentConfigChoice {
  name: string;
  routing: TrafficRouting;
  /** True for CodeDeployDefault.* configurations, which exist in every account and region. */
  builtIn: boolean;
}

const MINUTE_MS = 60_000;
/** The ECS configurations every account has. */
export const BUILT_IN_ECS_CONFIGS: readonly DeploymentConfigChoice[] = [
  { name: 'CodeDeployDefault.ECSAllAtOnce', routing: { type: 'all-at-once' }, builtIn: true },
  {
    name: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
    routing: { type: 'canary', percent: 10, intervalMinutes: 5 },
    builtIn: true,
  },
  {
    name: 'CodeDeployDefault.ECSCanary10Percent15Minutes',
    routing: { type: 'canary', percent: 10, intervalMinutes: 15 },
    builtIn: true,
  },
  {
    name: 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
    routing: { type: 'linear', percent: 10, intervalMinutes: 1 },
    builtIn: true,
  },
  {
    name: 'CodeDeployDefault.ECSLinear10PercentEvery3Minutes',
    routing: { type: 'linear', percent: 10, intervalMinutes: 3 },
    builtIn: true,
  },
];

/** The name this project gives a configuration it creates, e.g. `ecs-fargate-actions.Canary10Percent10Minutes`. */
export function configNameFor(routing: TrafficRouting): string {
  if (routing.type === 'all-at-once') return 'CodeDeployDefault.ECSAllAtOnce';
  const shape =
    routing.type === 'canary'
      ? `Canary${routing.percent}Percent${routing.intervalMinutes}Minutes`
      : `Linear${routing.percent}PercentEvery${routing.intervalMinutes}Minutes`;
  return `ecs-fargate-actions.${shape}`;
}

/**
 * The configuration that shifts traffic as `steps` says: a built-in one when it matches, else one this project
 * names (to be found or created). Throws a ConfigurationError naming `input` for steps CodeDeploy cannot express.
 */
export function configForSteps(steps: readonly TrafficStep[], input = 'steps'): DeploymentConfigChoice {
  const routing = routingForSteps(steps, input);
  const builtIn = BUILT_IN_ECS_CONFIGS.find((c) => sameRouting(c.routing, routing));
  return builtIn ?? { name: configNameFor(routing), routing, builtIn: false };
}

function routingForSteps(steps: readonly TrafficStep[], input: string): TrafficRouting {
  const given = describeSteps(steps);
  const refuse = (problem: string) =>
    new ConfigurationError(
      input,
      `${JSON.stringify(given)}: ${problem}; CodeDeploy shifts all at once (\`100%\`), as a canary (\`10%:10m, 100%\`) or linearly in equal steps with equal bakes (\`25%:5m, 50%:5m, 75%:5m, 100%\`), with bakes in whole minutes`,
    );
  if (steps.length === 1) return { type: 'all-at-once' };
  const baking = steps.slice(0, -1);
  for (const step of baking) {
    if (step.bakeMs % MINUTE_MS !== 0) throw refuse(`the bake at ${step.weight}% is not a whole number of minutes`);
    if (step.weight < 1 || step.weight > 99)
      throw refuse(`a step of ${step.weight}% cannot be shifted (CodeDeploy takes 1 to 99% before the final 100%)`);
  }
  const intervalMinutes = baking[0].bakeMs / MINUTE_MS;
  if (baking.length === 1) return { type: 'canary', percent: baking[0].weight, intervalMinutes };
  const percent = baking[0].weight;
  const linear =
    baking.every((step, i) => step.weight === percent * (i + 1) && step.bakeMs === baking[0].bakeMs) &&
    percent * (baking.length + 1) >= 100;
  if (!linear) throw refuse('these steps are neither one canary step nor equal linear steps with equal bakes');
  return { type: 'linear', percent, intervalMinutes };
}

/** The steps a routing walks through (the final 100% without a bake), for summaries and charts. */
export function stepsOfRouting(routing: TrafficRouting): TrafficStep[] {
  if (routing.type === 'all-at-once') return [{ weight: 100, bakeMs: 0 }];
  const bakeMs = routing.intervalMinutes * MINUTE_MS;
  if (routing.type === 'canary')
    return [
      { weight: routing.percent, bakeMs },
      { weight: 100, bakeMs: 0 },
    ];
  const steps: TrafficStep[] = [];
  for (let weight = routing.percent; weight < 100; weight += routing.percent) steps.push({ weight, bakeMs });
  return [...steps, { weight: 100, bakeMs: 0 }];
}

/** What CodeDeploy's CreateDeploymentConfig takes for a routing. */
export function trafficRoutingConfigOf(routing: TrafficRouting): TrafficRoutingConfig {
  if (routing.type === 'all-at-once') return { type: 'AllAtOnce' };
  if (routing.type === 'canary')
    return {
      type: 'TimeBasedCanary',
      timeBasedCanary: { canaryPercentage: routing.percent, canaryInterval: routing.intervalMinutes },
    };
  return {
    type: 'TimeBasedLinear',
    timeBasedLinear: { linearPercentage: routing.percent, linearInterval: routing.intervalMinutes },
  };
}

/** Reads CodeDeploy's routing back (GetDeploymentConfig); undefined when it is not an ECS traffic routing. */
export function routingOf(config: TrafficRoutingConfig | undefined): TrafficRouting | undefined {
  if (!config?.type || config.type === 'AllAtOnce') return config?.type ? { type: 'all-at-once' } : undefined;
  if (config.type === 'TimeBasedCanary' && config.timeBasedCanary) {
    return {
      type: 'canary',
      percent: config.timeBasedCanary.canaryPercentage ?? 0,
      intervalMinutes: config.timeBasedCanary.canaryInterval ?? 0,
    };
  }
  if (config.type === 'TimeBasedLinear' && config.timeBasedLinear) {
    return {
      type: 'linear',
      percent: config.timeBasedLinear.linearPercentage ?? 0,
      intervalMinutes: config.timeBasedLinear.linearInterval ?? 0,
    };
  }
  return undefined;
}

export function sameRouting(a: TrafficRouting, b: TrafficRouting): boolean {
  return (
    a.type === b.type &&
    (a.type === 'all-at-once' ||
      (b.type !== 'all-at-once' && a.percent === b.percent && a.intervalMinutes === b.intervalMinutes))
  );
}

/** One line, e.g. "canary 10% for 10 minutes, then 100%", for logs and summaries. */
export function describeRouting(routing: TrafficRouting): string {
  if (routing.type === 'all-at-once') return 'all at once';
  if (routing.type === 'canary') return `canary ${routing.percent}% for ${routing.intervalMinutes} min, then 100%`;
  return `linear ${routing.percent}% every ${routing.intervalMinutes} min`;
}
