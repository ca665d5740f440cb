/**
 * Rollback of a CODE_DEPLOY service: a CodeDeploy deployment in flight is stopped with rollback (the original
 * task set keeps, or gets back, all traffic, verified); otherwise the target revision goes out as a new CodeDeploy
 * deployment, all at once, followed to its end (ECS refuses a task definition through UpdateService for these).
 */
import type { Service } from '@aws-sdk/client-ecs';

import { type AwsClients, createAwsClients } from '../../../lib/aws/clients.js';
import { appSpecTargetOfService } from '../../../lib/codedeploy/appspec.js';
import { type EcsDeploymentGroup, findDeploymentGroup } from '../../../lib/codedeploy/deployment-group.js';
import { activeDeployment } from '../../../lib/codedeploy/deployments.js';
import { followDeployment } from '../../../lib/codedeploy/follow.js';
import { redeployAllAtOnce } from '../../../lib/codedeploy/redeploy.js';
import { describeVerdict } from '../../../lib/codedeploy/verdict.js';
import { PlanError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { realClock } from '../../../lib/core/poll.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { recordRolledOut } from '../../../lib/ecs/history.js';
import type { RollbackInputs } from './inputs.js';
import type { ServiceRollbackPlan } from './plan.js';
import type { RollbackResult } from './summary.js';

/** What CodeDeploy holds for the service, read before anything changes. */
export interface CodeDeployObserved {
  group: EcsDeploymentGroup;
  activeDeploymentId?: string;
}

export async function observeCodeDeploy(
  clients: AwsClients,
  cluster: string,
  service: Service,
): Promise<CodeDeployObserved> {
  if (!appSpecTargetOfService(service))
    throw new PlanError(
      `service "${service.serviceName}" names no container and port in its load balancer, so no AppSpec can be written for its rollback`,
    );
  const group = await findDeploymentGroup(clients, cluster, service.serviceName!);
  return { group, activeDeploymentId: await activeDeployment(clients, group) };
}

/** A deployment in flight is what to undo: the original task set is the target, whatever `target` said. */
export function codeDeployPlan(s: ServiceRollbackPlan, observed: CodeDeployObserved): ServiceRollbackPlan {
  // Already on the target: a CodeDeploy deployment of the same revision would move production traffic for nothing.
  if (!observed.activeDeploymentId && s.action === 'none') return s;
  if (!observed.activeDeploymentId)
    return {
      ...s,
      action: 'codedeploy',
      why: `${s.why}; deployed through CodeDeploy (${observed.group.deploymentGroupName}), all at once`,
    };
  return {
    ...s,
    to: s.from,
    action: 'stop-in-flight',
    inFlight: observed.activeDeploymentId,
    why: `CodeDeploy deployment ${observed.activeDeploymentId} is in flight: it is stopped with rollback, and the original task set (${shortTaskDefinition(s.from.arn)}) keeps all traffic`,
  };
}

export async function rollbackWithCodeDeploy(
  clients: AwsClients,
  inputs: RollbackInputs,
  s: ServiceRollbackPlan,
  service: Service,
  observed: CodeDeployObserved,
  ctx: { io: ActionIO; signal: AbortSignal; clock?: Clock },
): Promise<RollbackResult> {
  if (s.action === 'none') return { ...s, status: 'unchanged', taskDefinitionArn: s.to.arn };
  const clock = ctx.clock ?? realClock;
  // After a cancel, the stop must still go out: clients without the run's abort signal.
  const cancelClients = createAwsClients({ region: clients.region, action: 'rollback' });
  const follow = {
    clock,
    signal: ctx.signal,
    cancelClients,
    intervalMs: inputs.pollIntervalMs,
    timeoutMs: inputs.waitTimeoutMs,
    onChange: (v: Parameters<typeof describeVerdict>[0]) =>
      ctx.io.info(`${s.service}: CodeDeploy ${describeVerdict(v)}`),
  };
  if (s.action === 'stop-in-flight' && s.inFlight) {
    const followed = await followDeployment(clients, s.inFlight, observed.group, {
      ...follow,
      decide: async () => ({ stop: inputs.reason ?? 'rollback requested' }),
    });
    // Only a verified restore (the original task set carrying all traffic) is a successful rollback; CodeDeploy's
    // status alone is not.
    const restored = followed.restore?.ok === true;
    return restored
      ? {
          ...s,
          status: 'succeeded',
          taskDefinitionArn: s.to.arn,
          deploymentId: s.inFlight,
          reason: followed.restore?.detail,
        }
      : {
          ...s,
          status: 'failed',
          failureKind: 'rolled-back',
          deploymentId: s.inFlight,
          reason: `CodeDeploy deployment ${s.inFlight}: ${followed.reason}${followed.restore ? `; ${followed.restore.detail}` : ''}`,
        };
  }
  // Sent on the clients without the run's abort signal (startDeployment must not be aborted); the follow takes the
  // signal and stops the deployment on a cancel.
  const { deploymentId, followed } = await redeployAllAtOnce(
    cancelClients,
    observed.group,
    service,
    s.to.arn,
    `rollback to ${shortTaskDefinition(s.to.arn)}${inputs.reason ? `: ${inputs.reason}` : ''}`,
    follow,
  );
  ctx.io.info(`${s.service}: CodeDeploy deployment ${deploymentId} rolls back to ${shortTaskDefinition(s.to.arn)}`);
  if (followed.outcome !== 'succeeded')
    return {
      ...s,
      status: 'failed',
      failureKind: followed.outcome === 'cancelled' ? 'cancelled' : 'rolled-back',
      deploymentId,
      reason: `CodeDeploy deployment ${deploymentId}: ${followed.reason}`,
    };
  const missed = await recordRolledOut(clients, inputs.cluster, s.service, s.to.arn, new Date());
  if (missed)
    ctx.io.warning(
      `${s.service}: could not tag ${shortTaskDefinition(s.to.arn)} as rolled out (${missed}); a later rollback will not know it ran`,
    );
  return { ...s, status: 'succeeded', taskDefinitionArn: s.to.arn, deploymentId };
}
