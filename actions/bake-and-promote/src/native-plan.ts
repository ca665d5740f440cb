/**
 * The pure plan of a bake through ECS's own strategies (CANARY, LINEAR, BLUE_GREEN): the WHOLE deploymentConfiguration
 * to send (ECS replaces it as a whole), with our PAUSE hooks where checks must pass and the alarms wired in so ECS
 * rolls back on them even when the job is gone; and what to answer at each hook.
 */
import type { DeploymentConfiguration, DeploymentLifecycleHook, Service } from '@aws-sdk/client-ecs';
import { ConfigurationError } from '../../../lib/core/errors.js';
import { deploymentStyleOf } from '../../../lib/ecs/deployment-style.js';
import { PAUSE_STAGES } from '../../../lib/ecs/lifecycle-hooks.js';
import type { TrafficStep } from '../../../lib/traffic/steps.js';

export interface NativePlan {
  strategy: 'CANARY' | 'LINEAR' | 'BLUE_GREEN';
  deploymentConfiguration: DeploymentConfiguration;
  why: string;
}

/** Builds the configuration; refuses what cannot be baked this way, naming the input. */
export function planNative(service: Service, alarmNames: readonly string[], steps: readonly TrafficStep[], stepsGiven: boolean, hookTimeoutMinutes: number): NativePlan {
  const name = service.serviceName ?? 'the service';
  const style = deploymentStyleOf(service);
  if (style.controller === 'CODE_DEPLOY') throw new ConfigurationError('service', `service "${name}" is deployed by CodeDeploy (deployment controller CODE_DEPLOY); bake-and-promote does not handle CodeDeploy-controlled services yet`);
  if (style.controller === 'EXTERNAL') throw new ConfigurationError('service', `service "${name}" uses the EXTERNAL deployment controller; its task sets are your own tooling's`);
  if (style.strategy === 'ROLLING') {
    throw new ConfigurationError('service', `service "${name}" uses the ROLLING strategy, which shifts no traffic to bake; set its strategy to CANARY, LINEAR or BLUE_GREEN, or name a blue/green pair in \`services\` with \`listener-rule-arn\``);
  }
  const current = service.deploymentConfiguration ?? {};
  const config: DeploymentConfiguration = { ...current, strategy: style.strategy };
  if (stepsGiven) {
    if (style.strategy !== 'CANARY' || steps.length !== 2) {
      throw new ConfigurationError('steps', `with ECS's ${style.strategy} strategy the service's own configuration sets the traffic steps; \`steps\` maps only onto CANARY as \`N%:DURATION, 100%\``);
    }
    const minutes = steps[0].bakeMs / 60_000;
    if (!Number.isInteger(minutes)) throw new ConfigurationError('steps', `ECS bakes a canary in whole minutes; ${steps[0].bakeMs / 1000}s is not`);
    config.canaryConfiguration = { ...current.canaryConfiguration, canaryPercent: steps[0].weight, canaryBakeTimeInMinutes: minutes };
  }
  // Keep the team's own hooks (Lambda hooks, say); replace any PAUSE hook we added on an earlier run.
  const theirs = (current.lifecycleHooks ?? []).filter((h) => h.targetType !== 'PAUSE' || !sameStages(h));
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
  return { strategy: style.strategy, deploymentConfiguration: config, why: `ECS ${shape}; paused for checks at ${PAUSE_STAGES.join(', ')}${names.length ? `; ECS rolls back on ${names.join(', ')}` : ''}` };
}

/** At a paused hook, what the checks decided: go on, roll back, or keep checking. Pure. */
export function answerHook(verdict: 'pass' | 'fail' | 'undecided', undecidedForMs: number, maxExtensionMs: number): 'CONTINUE' | 'ROLLBACK' | 'WAIT' {
  if (verdict === 'pass') return 'CONTINUE';
  if (verdict === 'fail') return 'ROLLBACK';
  return undecidedForMs >= maxExtensionMs ? 'ROLLBACK' : 'WAIT';
}

function sameStages(hook: DeploymentLifecycleHook): boolean {
  const stages = hook.lifecycleStages ?? [];
  return stages.length === PAUSE_STAGES.length && PAUSE_STAGES.every((s) => (stages as string[]).includes(s));
}
