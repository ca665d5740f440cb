/**
 * deploy-ecs for CODE_DEPLOY services. ECS refuses a new task definition through UpdateService for them, so the
 * revision goes out as a CodeDeploy deployment: an AppSpec of the revision (the container and port the service's load
 * balancer names), the deployment group's own configuration (all at once when it names none), followed to its end by
 * the engine bake-and-promote and rollback share (lib/codedeploy): a Ready wait continued at once (this action runs
 * no checks), a stop with rollback on our timeout or a cancel, traffic verified back on the original after a rollback.
 */
import type { ContainerDefinition, Service } from '@aws-sdk/client-ecs';

import { type AwsClients, createAwsClients } from '../../../lib/aws/clients.js';
import { appSpecTargetOfService, type AppSpecTaskDefinition, renderAppSpec } from '../../../lib/codedeploy/appspec.js';
import { startDeployment } from '../../../lib/codedeploy/deployments.js';
import { followDeployment, type FollowResult } from '../../../lib/codedeploy/follow.js';
import { type CodeDeployPlan, planCodeDeploy } from '../../../lib/codedeploy/plan.js';
import { describeRouting } from '../../../lib/codedeploy/traffic-routing.js';
import { describeVerdict } from '../../../lib/codedeploy/verdict.js';
import { formatDuration } from '../../../lib/core/duration.js';
import { errorMessage, PlanError } from '../../../lib/core/errors.js';
import { realClock } from '../../../lib/core/poll.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { explainFailure } from '../../../lib/ecs/failure-explanation.js';
import { recordRolledOut } from '../../../lib/ecs/history.js';
import type { RolloutContext, RolloutSettings, ServiceRollout } from '../../../lib/ecs/rollout.js';
import type { FailureKind } from '../../../lib/ecs/rollout-verdict.js';
import { describeServices, setDesiredCount } from '../../../lib/ecs/services.js';
import type { DeployInputs } from './inputs.js';
import type { DeployPlan, ObservedService } from './plan.js';

/** One CODE_DEPLOY service and what to deploy to it (nothing: follow a deployment in flight, or judge it unchanged). */
export interface CodeDeployChange {
  service: string;
  observed: Service;
  plan: CodeDeployPlan;
  update?: { taskDefinitionArn: string; desiredCount?: number };
  containers: ContainerDefinition[];
}

/**
 * Reads each CODE_DEPLOY service's deployment group, the configuration it deploys with and its deployment in flight,
 * and checks the AppSpec's container and port against the revision; refuses a new deployment over one in flight
 * (CodeDeploy runs one per group). Read only: nothing is registered or started yet.
 */
export async function planCodeDeployServices(
  clients: AwsClients,
  inputs: DeployInputs,
  plan: DeployPlan,
  observed: ObservedService[],
): Promise<Map<string, CodeDeployPlan>> {
  const plans = new Map<string, CodeDeployPlan>();
  const source =
    inputs.source.kind === 'live'
      ? 'service'
      : inputs.source.kind === 'registered'
        ? 'task-definition'
        : inputs.source.input;
  for (const s of plan.services.filter((x) => x.style.controller === 'CODE_DEPLOY')) {
    const o = observed.find((x) => x.name === s.service)!;
    const target = appSpecTargetOfService(o.service);
    if (!target)
      throw new PlanError(
        `service "${s.service}" is deployed by CodeDeploy but names no container and port in its load balancer, so no AppSpec can say which container takes traffic. Nothing was registered or changed.`,
      );
    const definition: AppSpecTaskDefinition | undefined =
      s.registration !== undefined ? plan.registrations[s.registration] : (o.requested ?? o.current)?.definition;
    const planned = await planCodeDeploy(clients, {
      cluster: inputs.cluster,
      service: s.service,
      taskDefinition: definition ?? {},
      target,
      inputs: { container: source, port: source, hooks: source, steps: 'steps' },
    });
    if (planned.activeDeploymentId && s.action !== 'no-change') {
      const group = `${planned.group.applicationName}/${planned.group.deploymentGroupName}`;
      throw new PlanError(
        `service "${s.service}": CodeDeploy deployment ${planned.activeDeploymentId} of group ${group} is still in flight, and CodeDeploy runs one deployment per group at a time. Wait for it to end (or roll it back with the rollback action), then deploy again. Nothing was registered or changed.`,
      );
    }
    plans.set(s.service, planned);
  }
  return plans;
}

/** One line for the plan log: the group and how it shifts traffic. */
export function describeCodeDeployPlan(plan: CodeDeployPlan): string {
  const waits = plan.group.waitsBeforeRerouting
    ? '; its Ready wait is continued at once (deploy-ecs runs no checks)'
    : '';
  return `CodeDeploy group ${plan.group.applicationName}/${plan.group.deploymentGroupName}, configuration ${plan.config.name} (${describeRouting(plan.config.routing)})${waits}`;
}

/** Deploys (or judges) one CODE_DEPLOY service through CodeDeploy; never throws for a failed deployment. */
export async function deployThroughCodeDeploy(
  change: CodeDeployChange,
  settings: RolloutSettings,
  ctx: RolloutContext,
): Promise<ServiceRollout> {
  const { clients, io } = ctx;
  const signal = ctx.signal ?? new AbortController().signal;
  const previous = change.observed.taskDefinition;
  const base: ServiceRollout = {
    service: change.service,
    status: 'unchanged',
    taskDefinitionArn: previous,
    previousTaskDefinitionArn: previous,
  };
  const inFlight = change.plan.activeDeploymentId;
  if (!change.update && !inFlight) {
    io.info(
      `${change.service}: nothing to deploy; it runs ${shortTaskDefinition(previous)} and CodeDeploy has no deployment of it in flight`,
    );
    return base;
  }
  if (signal.aborted) return { ...base, reason: 'not updated: the job was cancelled first' };
  // Clients without the run's abort signal, for what must finish once begun: CreateDeployment (whether CodeDeploy made
  // a deployment must be known, or a cancel mid-call would leave one nobody watches; following it stops it), and the
  // look and the stop after a cancel.
  const calm = createAwsClients({ region: clients.region, action: ctx.actionName });
  let deploymentId = inFlight!;
  if (change.update) {
    const { taskDefinitionArn, desiredCount } = change.update;
    try {
      // The replacement task set takes the service's desired count: set it first (ECS allows this for CODE_DEPLOY
      // services).
      if (desiredCount !== undefined && desiredCount !== change.observed.desiredCount)
        await setDesiredCount(clients, settings.cluster, change.service, desiredCount);
      deploymentId = await startDeployment(calm, {
        group: change.plan.group,
        config: change.plan.config,
        appSpec: renderAppSpec(taskDefinitionArn, change.plan.target),
        description: `deploy-ecs ${shortTaskDefinition(taskDefinitionArn)}`,
      });
    } catch (err) {
      return {
        ...base,
        status: 'failed',
        failureKind: 'rejected',
        taskDefinitionArn,
        reason: `CodeDeploy refused the deployment: ${errorMessage(err).split('\n')[0]}`,
      };
    }
    io.info(`${change.service}: CodeDeploy deployment ${deploymentId} started with ${taskDefinitionArn}`);
    Object.assign(base, { taskDefinitionArn, deploymentId, status: settings.wait ? 'in-progress' : 'started' });
    if (!settings.wait) return base;
  } else {
    io.info(
      `${change.service}: nothing new to deploy, but CodeDeploy deployment ${inFlight} is in flight: following it`,
    );
    Object.assign(base, { deploymentId, adopted: true, status: 'in-progress' });
  }
  return io.group(`Follow CodeDeploy deployment ${deploymentId} of ${change.service}`, () =>
    follow(change, base, deploymentId, settings, ctx, signal, calm),
  );
}

async function follow(
  change: CodeDeployChange,
  base: ServiceRollout,
  deploymentId: string,
  settings: RolloutSettings,
  ctx: RolloutContext,
  signal: AbortSignal,
  calm: AwsClients,
): Promise<ServiceRollout> {
  const { clients, io } = ctx;
  const clock = ctx.clock ?? realClock;
  const followed = await followDeployment(clients, deploymentId, change.plan.group, {
    clock,
    signal,
    // After a cancel the stop must still go out: clients without the run's abort signal.
    cancelClients: calm,
    intervalMs: settings.intervalMs,
    timeoutMs: settings.timeoutMs,
    giveUpAfterMs: settings.timeoutMs,
    onChange: (v, atMs) => io.info(`${change.service}: CodeDeploy ${describeVerdict(v)} (${formatDuration(atMs)})`),
    onRetry: (err) =>
      io.warning(`${change.service}: reading CodeDeploy failed and is retried (${errorMessage(err).split('\n')[0]})`),
  });
  const last = followed.marks.at(-1)?.atMs ?? 0;
  const result: ServiceRollout = {
    ...base,
    elapsedSeconds: Math.round(last / 1000),
    timeline: [
      { atMs: 0, label: 'deployment started' },
      ...followed.marks.map((m) => ({ atMs: m.atMs, label: `${m.phase}${m.weight ? ` ${m.weight}%` : ''}` })),
    ],
  };
  // A stop of ours that came too late (CodeDeploy had finished) leaves the release serving: that is its success.
  if (followed.outcome === 'succeeded') {
    const missed = await recordRolledOut(
      clients,
      settings.cluster,
      change.service,
      result.taskDefinitionArn!,
      new Date(),
    );
    if (missed)
      io.warning(
        `${change.service}: could not tag ${shortTaskDefinition(result.taskDefinitionArn)} as rolled out (${missed}); rollback will not know it ran`,
      );
    io.info(`${change.service}: rollout succeeded: ${followed.reason}`);
    return {
      ...result,
      status: 'succeeded',
      reason: followed.inTerminationWait || followed.stop ? followed.reason : undefined,
    };
  }
  const failureKind = failureKindOf(followed);
  const reason = result.adopted
    ? `the CodeDeploy deployment already in flight failed: ${followed.reason}`
    : `CodeDeploy deployment ${deploymentId}: ${followed.reason}`;
  io.error(`${change.service}: ${reason}`, { title: `${ctx.actionName}: ${change.service} rollout failed` });
  const now = (await describeServices(clients, settings.cluster, [change.service]).catch(() => undefined))?.get(
    change.service,
  );
  const explanation = await explainFailure(
    clients,
    settings.cluster,
    now ?? change.observed,
    result.taskDefinitionArn!,
    change.containers,
  );
  return { ...result, status: 'failed', failureKind, reason, explanation };
}

function failureKindOf(followed: FollowResult): FailureKind {
  switch (followed.outcome) {
    case 'cancelled':
      return 'cancelled';
    case 'stopped':
      // deploy-ecs asks for a stop only at its timeout.
      return 'timeout';
    case 'failed':
      return followed.verdict.rollback !== 'none' || followed.restore?.ok ? 'rolled-back' : 'stopped';
    default:
      return 'stopped';
  }
}
