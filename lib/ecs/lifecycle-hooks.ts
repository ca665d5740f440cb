/**
 * Lifecycle hooks on an ECS service's deploymentConfiguration, and who holds a paused deployment. "Ours" is the
 * PAUSE hook bake-and-promote writes: targetType PAUSE at exactly PAUSE_STAGES, answered by its checks. Every other
 * hook (a Lambda, a PAUSE hook at other stages) is the team's own. ECS honours PAUSE hooks in rolling deployments as
 * well as in BLUE_GREEN, CANARY and LINEAR ones (the ECS pause-hook launch notes), so any deployment can wait on one.
 */
import type {
  DeploymentConfiguration,
  DeploymentLifecycleHook,
  DeploymentLifecycleHookDetail,
  ServiceDeployment,
} from '@aws-sdk/client-ecs';

/** Where our PAUSE hooks stop a deployment: after test traffic, before each production shift, after the last. */
export const PAUSE_STAGES = [
  'POST_TEST_TRAFFIC_SHIFT',
  'PRE_PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
] as const;

/** True for the PAUSE hook bake-and-promote writes: PAUSE at exactly PAUSE_STAGES (in any order). */
export function isOurPauseHook(hook: DeploymentLifecycleHook): boolean {
  const stages = (hook.lifecycleStages ?? []) as string[];
  return (
    hook.targetType === 'PAUSE' &&
    stages.length === PAUSE_STAGES.length &&
    PAUSE_STAGES.every((s) => stages.includes(s))
  );
}

/** True when the configuration carries one of our PAUSE hooks. */
export function hasOurHooks(config: DeploymentConfiguration | undefined): boolean {
  return (config?.lifecycleHooks ?? []).some(isOurPauseHook);
}

/** The configuration without our PAUSE hooks (the team's own kept, in order); the same object when it has none. */
export function withoutOurHooks(config: DeploymentConfiguration): DeploymentConfiguration;
export function withoutOurHooks(config: DeploymentConfiguration | undefined): DeploymentConfiguration | undefined;
export function withoutOurHooks(config: DeploymentConfiguration | undefined): DeploymentConfiguration | undefined {
  if (!config || !hasOurHooks(config)) return config;
  return { ...config, lifecycleHooks: (config.lifecycleHooks ?? []).filter((h) => !isOurPauseHook(h)) };
}

/** Who a paused deployment waits for: our hook (its ID, to answer), or the team's (never answered here). */
export type HookHold =
  | { owner: 'ours'; hookId: string; stage?: string; expiresAt?: Date; timeoutAction?: string }
  | { owner: 'theirs'; hookIds: string[]; stage?: string; expiresAt?: Date; timeoutAction?: string };

const pauseHooks = (config: DeploymentConfiguration | undefined) =>
  (config?.lifecycleHooks ?? []).filter((h) => h.targetType === 'PAUSE');
const covers = (hook: DeploymentLifecycleHook, stage: string) =>
  ((hook.lifecycleStages ?? []) as string[]).includes(stage);

/**
 * Who holds a service deployment paused at a PAUSE hook, or undefined when none awaits action. The hook details
 * name no stage, so ownership comes from the configuration the deployment runs with (the deployment's own, else
 * `serviceConfig`): with only our PAUSE hook configured, any awaiting one is ours; with the team's too, the
 * reported stage decides, and a stage both cover (or none reported) counts as the team's: never answered blind.
 */
export function pausedBy(deployment: ServiceDeployment, serviceConfig?: DeploymentConfiguration): HookHold | undefined {
  const awaiting = (deployment.lifecycleHookDetails ?? []).filter(
    (h: DeploymentLifecycleHookDetail) => h.status === 'AWAITING_ACTION' && h.targetType === 'PAUSE' && h.hookId,
  );
  if (awaiting.length === 0) return undefined;
  const configured = pauseHooks(deployment.deploymentConfiguration ?? serviceConfig);
  const ours = configured.filter(isOurPauseHook);
  const theirs = configured.filter((h) => !isOurPauseHook(h));
  const stage = deployment.lifecycleStage as string | undefined;
  const first = awaiting[0];
  const timing = { stage, expiresAt: first.expiresAt, timeoutAction: first.timeoutAction };
  const oursHere =
    ours.length > 0 &&
    (theirs.length === 0 ||
      (stage !== undefined && ours.some((h) => covers(h, stage)) && !theirs.some((h) => covers(h, stage))));
  if (oursHere && awaiting.length === 1) return { owner: 'ours', hookId: first.hookId!, ...timing };
  return { owner: 'theirs', hookIds: awaiting.map((h) => h.hookId!), ...timing };
}

/** One sentence on a team's hook holding a deployment, with what ECS does when it times out. */
export function describeHold(hold: HookHold, serviceDeploymentArn?: string): string {
  const at = hold.stage ? ` at ${hold.stage}` : '';
  const ids = hold.owner === 'ours' ? hold.hookId : hold.hookIds.join(', ');
  const timeout = hold.expiresAt
    ? `; ECS takes its timeout action (${hold.timeoutAction ?? 'ROLLBACK'}) at ${hold.expiresAt.toISOString()}`
    : '';
  const answer = serviceDeploymentArn
    ? `; answer it with \`aws ecs continue-service-deployment --service-deployment-arn ${serviceDeploymentArn} --hook-id <id> --action CONTINUE\` (or ROLLBACK)`
    : '';
  const whose =
    hold.owner === 'ours'
      ? "bake-and-promote's PAUSE hook"
      : 'a PAUSE hook of your own (not one bake-and-promote writes)';
  return `the deployment is paused${at} by ${whose} ${ids}${timeout}${answer}`;
}
