/**
 * The AWS side of one CodeDeploy ECS deployment: start it, look at it (the deployment, its ECS target, the
 * rollback deployment once there is one), continue it past the ready wait, stop it with rollback, and check
 * afterwards that the original task set carries all production traffic again.
 */
import {
  ContinueDeploymentCommand,
  CreateDeploymentCommand,
  type DeploymentInfo,
  type DeploymentWaitType,
  type ECSTarget,
  GetDeploymentCommand,
  GetDeploymentTargetCommand,
  ListDeploymentsCommand,
  ListDeploymentTargetsCommand,
  StopDeploymentCommand,
} from '@aws-sdk/client-codedeploy';
import {
  type Action,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import type { AwsClients } from '../aws/clients.js';
import { errorMessage } from '../core/errors.js';
import type { AppSpecContent } from './appspec.js';
import { type ConfigPlan, ensureDeploymentConfig } from './deployment-config.js';
import type { EcsDeploymentGroup } from './deployment-group.js';
import { type DeploymentObservation, setsOf, taskSetOf } from './verdict.js';

export interface StartDeployment {
  group: EcsDeploymentGroup;
  config: ConfigPlan;
  appSpec: AppSpecContent;
  description?: string;
}

/**
 * Creates the configuration if it is missing, then the deployment; returns the deployment ID. Not to be aborted once
 * sent: whether CodeDeploy made a deployment must be known, or a cancel mid-call leaves one nobody follows. So callers
 * pass clients without the run's abort signal, and a cancel stops the deployment while it is followed.
 */
export async function startDeployment(clients: AwsClients, start: StartDeployment): Promise<string> {
  await ensureDeploymentConfig(clients, start.config);
  const created = await clients.codedeploy.send(
    new CreateDeploymentCommand({
      applicationName: start.group.applicationName,
      deploymentGroupName: start.group.deploymentGroupName,
      deploymentConfigName: start.config.name,
      description: start.description?.slice(0, 1000),
      revision: {
        revisionType: 'AppSpecContent',
        appSpecContent: { content: start.appSpec.content, sha256: start.appSpec.sha256 },
      },
    }),
  );
  if (!created.deploymentId)
    throw new Error(
      `CreateDeployment for ${start.group.applicationName}/${start.group.deploymentGroupName} returned no deployment ID`,
    );
  return created.deploymentId;
}

/** Statuses of a deployment that still holds its group (CodeDeploy runs one at a time per group). */
export const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'] as const;

/** The group's deployment in flight, if any (read only): a new CreateDeployment would be refused while it runs. */
export async function activeDeployment(clients: AwsClients, group: EcsDeploymentGroup): Promise<string | undefined> {
  const listed = await clients.codedeploy.send(
    new ListDeploymentsCommand({
      applicationName: group.applicationName,
      deploymentGroupName: group.deploymentGroupName,
      includeOnlyStatuses: [...ACTIVE_STATUSES],
    }),
  );
  return listed.deployments?.[0];
}

async function getDeployment(clients: AwsClients, deploymentId: string, signal?: AbortSignal): Promise<DeploymentInfo> {
  const info = (await clients.codedeploy.send(new GetDeploymentCommand({ deploymentId }), { abortSignal: signal }))
    .deploymentInfo;
  if (!info) throw new Error(`GetDeployment returned nothing for ${deploymentId}`);
  return info;
}

/** The ECS target of a deployment (the one per ECS deployment), or undefined before CodeDeploy has made it. */
export async function deploymentTarget(
  clients: AwsClients,
  deploymentId: string,
  targetId?: string,
  signal?: AbortSignal,
): Promise<ECSTarget | undefined> {
  const id =
    targetId ??
    (await clients.codedeploy.send(new ListDeploymentTargetsCommand({ deploymentId }), { abortSignal: signal }))
      .targetIds?.[0];
  if (!id) return undefined;
  return (
    await clients.codedeploy.send(new GetDeploymentTargetCommand({ deploymentId, targetId: id }), {
      abortSignal: signal,
    })
  ).deploymentTarget?.ecsTarget;
}

/**
 * One look: the deployment, its ECS target and, when rollbackInfo names one, the rollback deployment.
 * Pass the target ID of an earlier look to save the ListDeploymentTargets call.
 */
export async function observeDeployment(
  clients: AwsClients,
  deploymentId: string,
  targetId?: string,
  signal?: AbortSignal,
): Promise<DeploymentObservation & { targetId?: string }> {
  const deployment = await getDeployment(clients, deploymentId, signal);
  const target =
    deployment.status === 'Created' || deployment.status === 'Queued'
      ? undefined
      : await deploymentTarget(clients, deploymentId, targetId, signal);
  const rollbackId = deployment.rollbackInfo?.rollbackDeploymentId;
  const rollbackDeployment = rollbackId ? await getDeployment(clients, rollbackId, signal) : undefined;
  const rollbackTarget =
    rollbackDeployment && rollbackDeployment.status !== 'Created' && rollbackDeployment.status !== 'Queued'
      ? await deploymentTarget(clients, rollbackId!, undefined, signal)
      : undefined;
  return { deployment, target, rollbackDeployment, rollbackTarget, targetId: target?.targetId ?? targetId };
}

/**
 * Lets a waiting deployment go on: READY_WAIT reroutes production traffic; TERMINATION_WAIT ends the original task set
 * now.
 */
export async function continueDeployment(
  clients: AwsClients,
  deploymentId: string,
  waitType: DeploymentWaitType = 'READY_WAIT',
): Promise<void> {
  await clients.codedeploy.send(new ContinueDeploymentCommand({ deploymentId, deploymentWaitType: waitType }));
}

/**
 * Stops a deployment and has CodeDeploy roll it back (traffic back to the original task set). Returns CodeDeploy's
 * answer.
 */
export async function stopWithRollback(clients: AwsClients, deploymentId: string): Promise<string> {
  const stopped = await clients.codedeploy.send(new StopDeploymentCommand({ deploymentId, autoRollbackEnabled: true }));
  return [stopped.status, stopped.statusMessage].filter(Boolean).join(': ');
}

/** Whether the original task set carries all production traffic, by the deployment target and by the listeners. */
export interface RestoreCheck {
  ok: boolean;
  /** The original (Blue) task set's trafficWeight in the target, when it says. */
  originalWeight?: number;
  /**
   * Per production listener ARN, the smallest percent any of its forwards to the pair sends to the original target
   * group.
   */
  listeners: Record<string, number>;
  detail: string;
}

/** The share (0–100) a forward action sends to `original`, when it forwards to `original` or `other`; pure. */
export function originalShare(actions: readonly Action[], original: string, other: string): number | undefined {
  const forward = actions.find((a) => a.Type === 'forward');
  if (!forward) return undefined;
  const groups = forward.ForwardConfig?.TargetGroups?.length
    ? forward.ForwardConfig.TargetGroups
    : [{ TargetGroupArn: forward.TargetGroupArn, Weight: 1 }];
  if (!groups.some((g) => g.TargetGroupArn === original || g.TargetGroupArn === other)) return undefined;
  const total = groups.reduce((sum, g) => sum + (g.Weight ?? 1), 0);
  const mine = groups.filter((g) => g.TargetGroupArn === original).reduce((sum, g) => sum + (g.Weight ?? 1), 0);
  return total === 0 ? 0 : Math.round((mine / total) * 100);
}

/**
 * Percent of each production listener's forwards to the group's pair that go to `targetGroup`, read back; pure-ish
 * (reads only).
 */
export async function listenerShares(
  clients: AwsClients,
  group: EcsDeploymentGroup,
  targetGroup: string,
): Promise<{ shares: Record<string, number>; problems: string[] }> {
  const other = group.targetGroupNames.find((n) => n !== targetGroup);
  const found =
    (await clients.elbv2.send(new DescribeTargetGroupsCommand({ Names: [targetGroup, ...(other ? [other] : [])] })))
      .TargetGroups ?? [];
  const arnOf = (name?: string) => found.find((t) => t.TargetGroupName === name)?.TargetGroupArn ?? '';
  const [mine, theirs] = [arnOf(targetGroup), arnOf(other)];
  const shares: Record<string, number> = {};
  const problems: string[] = [];
  for (const listenerArn of group.prodListenerArns) {
    const listener = (await clients.elbv2.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })))
      .Listeners?.[0];
    const rules = (await clients.elbv2.send(new DescribeRulesCommand({ ListenerArn: listenerArn }))).Rules ?? [];
    // The default action from DescribeListeners (moto keeps the default rule apart), the other rules from
    // DescribeRules.
    const each = [listener?.DefaultActions ?? [], ...rules.filter((r) => !r.IsDefault).map((r) => r.Actions ?? [])]
      .map((actions) => originalShare(actions, mine, theirs))
      .filter((share): share is number => share !== undefined);
    if (!each.length)
      problems.push(`production listener ${listenerArn} forwards to neither ${targetGroup} nor ${other ?? 'its pair'}`);
    else shares[listenerArn] = Math.min(...each);
  }
  return { shares, problems };
}

/**
 * Checks, after a stop or failure with rollback, that production traffic is back on the original: judged from the
 * production listeners' weights by target group (the default action and each rule forwarding to the group's pair
 * must send 100% to the original's target group), and, where the current target names the original task set, its
 * weight too. The original is this deployment's own Blue set (`observed.sets`): a rollback deployment's labels are
 * not documented, so they are never read. Read only; a listener that cannot be read is a failed check, not an
 * exception.
 */
export async function verifyOriginalServesAll(
  clients: AwsClients,
  group: EcsDeploymentGroup,
  observed: DeploymentObservation,
): Promise<RestoreCheck> {
  const sets = observed.sets ?? setsOf(observed.target);
  // A stopped or failed deployment's own target may keep the weights it ended with; the rollback's target is current.
  const original = taskSetOf(observed.rollbackTarget ?? observed.target, sets, 'original');
  const originalWeight = original?.trafficWeight;
  const problems: string[] = [];
  if (originalWeight !== undefined && originalWeight !== 100)
    problems.push(`the original task set ${original?.identifer ?? ''} has ${originalWeight}% of traffic`);
  const listeners: Record<string, number> = {};
  const name = sets?.originalTargetGroup ?? original?.targetGroup?.name;
  const other = group.targetGroupNames.find((n) => n !== name);
  if (!name) problems.push('the deployment target names no original target group');
  if (name && group.prodListenerArns.length) {
    try {
      const read = await listenerShares(clients, group, name);
      problems.push(...read.problems);
      for (const [arn, share] of Object.entries(read.shares)) {
        listeners[arn] = share;
        if (share !== 100)
          problems.push(`production listener ${arn} sends ${100 - share}% to ${other ?? 'the replacement'}`);
      }
    } catch (err) {
      problems.push(`the production listeners could not be read: ${errorMessage(err)}`);
    }
  }
  const id = sets?.originalId ?? original?.identifer;
  const detail = problems.length
    ? problems.join('; ')
    : `original task set${id ? ` ${id}` : ''} carries 100% of production traffic${Object.keys(listeners).length ? ` (${Object.keys(listeners).length} listener(s) read back)` : ''}`;
  return { ok: problems.length === 0, originalWeight, listeners, detail };
}
