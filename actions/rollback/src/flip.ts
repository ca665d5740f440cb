/**
 * rollback of a two-color service (blue and green ECS services behind one weighted listener rule): reads the colors,
 * the rule, its lease and bake record, and what each color's revision records (served, rolled back from), then lets
 * the shared flip (lib/traffic/alb/flip.ts) decide and carry it out through the bake's own guarded writes.
 */
import type { Service } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../../lib/aws/clients.js';
import { PlanError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { type Clock, realClock } from '../../../lib/core/poll.js';
import type { ServiceRollout } from '../../../lib/ecs/rollout.js';
import { findTaskDefinition } from '../../../lib/ecs/services.js';
import {
  type FlipColor,
  type FlipContext,
  type FlipOutcome,
  type FlipPlan,
  flipToColor,
  planFlip as decideFlip,
} from '../../../lib/traffic/alb/flip.js';
import { loadBalancerOf, observeAlb, type ObservedAlb } from '../../../lib/traffic/alb/observe.js';
import { describeLease, elbTags, holderFromEnv } from '../../../lib/traffic/lease.js';
import { describeRoute, type ObservedRoute } from '../../../lib/traffic/listener-weights.js';
import { servedRecord } from '../../../lib/traffic/records.js';
import type { RollbackInputs } from './inputs.js';

export type { FlipPlan };

/** The two colors as the route and ECS see them (no records: see observeFlip for those). */
export function colorsOf(route: ObservedRoute, services: Service[]): FlipColor[] {
  return services.map((s) => {
    const targetGroupArn = s.loadBalancers?.find((lb) => lb.targetGroupArn)?.targetGroupArn;
    if (!targetGroupArn)
      throw new PlanError(
        `service "${s.serviceName}" is registered in no target group, so it cannot be one of two colors behind ${describeRoute(route.route)}`,
      );
    return {
      service: s.serviceName ?? '',
      targetGroupArn,
      taskDefinition: s.taskDefinition ?? '',
      desiredCount: s.desiredCount ?? 0,
      runningCount: s.runningCount ?? 0,
    };
  });
}

/** Which color to go back to (or nothing to roll back), from the rule's split, the colors and what the rule records. */
export function planFlip(route: ObservedRoute, colors: FlipColor[], context: FlipContext = {}): FlipPlan {
  return decideFlip(route.split, colors, context);
}

/**
 * Everything the flip decides from: the rule (split, lease, bake record), both colors, and their revisions' records.
 */
export async function observeFlip(
  clients: AwsClients,
  inputs: RollbackInputs,
  clock: Clock,
): Promise<{ observed: ObservedAlb; colors: FlipColor[]; context: FlipContext }> {
  const me = holderFromEnv();
  const observed = await observeAlb(
    clients,
    inputs.cluster,
    inputs.services as [string, string],
    inputs.route!,
    me,
    new Date(clock.now()),
  );
  const colors: FlipColor[] = [];
  for (const color of observed.pair.colors) {
    const revision = color.taskDefinition ? await findTaskDefinition(clients, color.taskDefinition) : undefined;
    colors.push({ ...color, ...servedRecord(revision?.tags, inputs.cluster, color.service) });
  }
  const heldByOther = observed.lease.state === 'held' ? describeLease(observed.lease.lease) : undefined;
  return { observed, colors, context: { recordedStable: observed.pair.recordedStable, heldByOther } };
}

/** What the action reports of a flip: the shared rollout result shape. */
export interface FlipResult {
  result: ServiceRollout;
  toTrafficMs?: number;
  tookOver?: string;
}

/** Carries a flip out; `observed` may be just the route (its lease tags and load balancer are derived from it). */
export async function flipTraffic(
  clients: AwsClients,
  inputs: RollbackInputs,
  route: ObservedRoute | ObservedAlb,
  plan: Extract<FlipPlan, { action: 'flip' }>,
  _good: Service | undefined,
  ctx: { io: ActionIO; signal: AbortSignal; clock?: Clock },
): Promise<FlipResult> {
  const observed =
    'store' in route
      ? route
      : { route, store: elbTags(clients.elbv2, route.leaseArn), loadBalancerArn: loadBalancerOf(route.route) ?? '' };
  const outcome: FlipOutcome = await flipToColor(
    clients,
    observed,
    plan,
    { cluster: inputs.cluster, waitTimeoutMs: inputs.waitTimeoutMs, pollIntervalMs: inputs.pollIntervalMs },
    { io: ctx.io, signal: ctx.signal, clock: ctx.clock ?? realClock, me: holderFromEnv() },
  );
  const result: ServiceRollout = {
    service: plan.good.service,
    status: outcome.restored.back ? 'succeeded' : 'failed',
    taskDefinitionArn: plan.good.taskDefinition,
    previousTaskDefinitionArn: plan.bad.taskDefinition,
    reason: outcome.restored.back ? undefined : outcome.restored.detail,
  };
  return { result, toTrafficMs: outcome.toTrafficMs, tookOver: outcome.tookOver };
}
