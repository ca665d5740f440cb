/**
 * The pure plan of a bake through ECS's own strategies (CANARY, LINEAR, BLUE_GREEN): the WHOLE deploymentConfiguration
 * to send (ECS replaces it as a whole), with our PAUSE hooks where checks must pass and the alarms wired in so ECS
 * rolls back on them even when the job is gone; and what to answer at each hook.
 */
import type { DeploymentConfiguration, DeploymentLifecycleHook, Service } from '@aws-sdk/client-ecs';

import { ConfigurationError } from '../../core/errors.js';
import { deploymentStyleOf } from '../../ecs/deployment-style.js';
import { isOurPauseHook, PAUSE_STAGES } from '../../ecs/lifecycle-hooks.js';
import type { PlannedStep } from '../contract.js';
import type { TrafficStep } from '../steps.js';

export interface NativePlan {
  strategy: 'CANARY' | 'LINEAR' | 'BLUE_GREEN';
  deploymentConfiguration: DeploymentConfiguration;
  why: string;
}

/** Why a rolling service cannot be baked, and what would let it be. */
export function rollingRefusal(name: string): ConfigurationError {
  return new ConfigurationError(
    'service',
    `service "${name}" uses the ROLLING strategy, which shifts no traffic to bake; set its strategy to CANARY, LINEAR or BLUE_GREEN, deploy it with CodeDeploy, or name a blue/green pair in \`services\` with \`listener-rule-arn\``,
  );
}

/** Builds the configuration; refuses what cannot be baked this way, naming the input. */
export function planNative(
  service: Service,
  alarmNames: readonly string[],
  steps: readonly TrafficStep[],
  stepsGiven: boolean,
  hookTimeoutMinutes: number,
): NativePlan {
  const name = service.serviceName ?? 'the service';
  const style = deploymentStyleOf(service);
  // The factory sends CodeDeploy services to lib/traffic/codedeploy; this plan is ECS's own strategies only.
  if (style.controller === 'CODE_DEPLOY')
    throw new ConfigurationError(
      'service',
      `service "${name}" is deployed by CodeDeploy (deployment controller CODE_DEPLOY): it is baked through a CodeDeploy deployment, not ECS's own strategies`,
    );
  if (style.controller === 'EXTERNAL')
    throw new ConfigurationError(
      'service',
      `service "${name}" uses the EXTERNAL deployment controller; its task sets are your own tooling's`,
    );
  if (style.strategy === 'ROLLING') throw rollingRefusal(name);
  const current = service.deploymentConfiguration ?? {};
  const config: DeploymentConfiguration = { ...current, strategy: style.strategy };
  if (stepsGiven) {
    if (style.strategy !== 'CANARY' || steps.length !== 2) {
      throw new ConfigurationError(
        'steps',
        `with ECS's ${style.strategy} strategy the service's own configuration sets the traffic steps; \`steps\` maps only onto CANARY as \`N%:DURATION, 100%\``,
      );
    }
    const minutes = steps[0].bakeMs / 60_000;
    if (!Number.isInteger(minutes))
      throw new ConfigurationError('steps', `ECS bakes a canary in whole minutes; ${steps[0].bakeMs / 1000}s is not`);
    config.canaryConfiguration = {
      ...current.canaryConfiguration,
      canaryPercent: steps[0].weight,
      canaryBakeTimeInMinutes: minutes,
    };
  }
  // Keep the team's own hooks (Lambda hooks, say); replace any PAUSE hook we added on an earlier run.
  const theirs = (current.lifecycleHooks ?? []).filter((h) => !isOurPauseHook(h));
  const ours: DeploymentLifecycleHook = {
    targetType: 'PAUSE',
    lifecycleStages: [...PAUSE_STAGES],
    // If the job dies and no post step answers, ECS rolls back on its own when the hook times out.
    timeoutConfiguration: { timeoutInMinutes: hookTimeoutMinutes, action: 'ROLLBACK' },
  } as DeploymentLifecycleHook;
  config.lifecycleHooks = [...theirs, ours];
  const names = [...new Set([...(current.alarms?.alarmNames ?? []), ...alarmNames])];
  if (names.length) config.alarms = { ...current.alarms, alarmNames: names, enable: true, rollback: true };
  const shape =
    style.strategy === 'CANARY'
      ? `canary ${config.canaryConfiguration?.canaryPercent ?? 5}% for ${config.canaryConfiguration?.canaryBakeTimeInMinutes ?? 10} min, then 100%`
      : style.strategy === 'LINEAR'
        ? `linear steps of ${config.linearConfiguration?.stepPercent ?? 10}% every ${config.linearConfiguration?.stepBakeTimeInMinutes ?? 6} min`
        : 'blue/green: all at once';
  return {
    strategy: style.strategy,
    deploymentConfiguration: config,
    why: `ECS ${shape}; paused for checks at ${PAUSE_STAGES.join(', ')}${names.length ? `; ECS rolls back on ${names.join(', ')}` : ''}`,
  };
}

/**
 * The schedule ECS will walk with this configuration, as the driver sees it: the gate at 0% (test traffic), each
 * production step baked by ECS itself before its next pause (so no bake of ours on top), and 100% held for `holdMs`
 * at the last pause.
 */
export function nativeSteps(config: DeploymentConfiguration, holdMs: number): PlannedStep[] {
  const minute = 60_000;
  if (config.strategy === 'CANARY') {
    const canary = config.canaryConfiguration ?? {};
    return [
      { weight: 0, bakeMs: 0 },
      { weight: canary.canaryPercent ?? 5, bakeMs: 0, platformBakeMs: (canary.canaryBakeTimeInMinutes ?? 10) * minute },
      { weight: 100, bakeMs: holdMs },
    ];
  }
  if (config.strategy === 'LINEAR') {
    const step = config.linearConfiguration?.stepPercent ?? 10;
    const platformBakeMs = (config.linearConfiguration?.stepBakeTimeInMinutes ?? 6) * minute;
    const weights: number[] = [];
    for (let w = step; w < 100; w += step) weights.push(Math.round(w * 10) / 10);
    return [
      { weight: 0, bakeMs: 0 },
      ...weights.map((weight) => ({ weight, bakeMs: 0, platformBakeMs })),
      { weight: 100, bakeMs: holdMs },
    ];
  }
  return [
    { weight: 0, bakeMs: 0 },
    { weight: 100, bakeMs: holdMs },
  ];
}
