/**
 * Rollback of a two-color service (blue and green ECS services behind one weighted listener rule): the good
 * color is the one running the older revision; all traffic goes back to it in one ModifyRule (read back), a
 * bake in flight losing its lease to us. When the good color was already scaled in, it is rolled out first
 * with the shared rollout step and its targets must be healthy before any traffic moves.
 */
import { UpdateServiceCommand, type Service } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../../../lib/aws/clients.js';
import { PlanError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { realClock, type Clock } from '../../../lib/core/poll.js';
import { familyOf, revisionOf, shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { rollOut, type ServiceRollout } from '../../../lib/ecs/rollout.js';
import { acquireLease, describeLease, holderFromEnv, releaseLease } from '../../../lib/traffic/lease.js';
import { applySplit, describeRoute, observeRoute, type ObservedRoute } from '../../../lib/traffic/listener-weights.js';
import { describeSplit, expectTargetGroups, percentOf, splitFor, type TrafficSplit } from '../../../lib/traffic/split.js';
import { waitForHealthyTargets } from '../../../lib/traffic/target-groups.js';
import type { RollbackInputs } from './inputs.js';

export interface Color {
  service: string;
  targetGroupArn: string;
  taskDefinitionArn: string;
  desiredCount: number;
  running: number;
  /** Percent of the route's traffic it gets now. */
  weight: number;
}

export interface FlipPlan {
  good: Color;
  bad: Color;
  /** The split to send: everything on the good color. */
  split: TrafficSplit;
  /** The good color is scaled in (desired count 0): roll it out (to the bad one's size) before traffic moves. */
  scaleUpGood: boolean;
  why: string;
}

/** The two colors as the route and ECS see them. */
export function colorsOf(route: ObservedRoute, services: Service[]): Color[] {
  return services.map((s) => {
    const targetGroupArn = s.loadBalancers?.find((lb) => lb.targetGroupArn)?.targetGroupArn;
    if (!targetGroupArn) throw new PlanError(`service "${s.serviceName}" is registered in no target group, so it cannot be one of two colors behind ${describeRoute(route.route)}`);
    return {
      service: s.serviceName ?? '',
      targetGroupArn,
      taskDefinitionArn: s.taskDefinition ?? '',
      desiredCount: s.desiredCount ?? 0,
      running: s.runningCount ?? 0,
      weight: percentOf(route.split, targetGroupArn),
    };
  });
}

/** Which color is good (the older revision), what to send, and whether it must be scaled up first. Pure. */
export function planFlip(route: ObservedRoute, colors: Color[]): FlipPlan {
  const [a, b] = colors;
  expectTargetGroups(route.split, [a.targetGroupArn, b.targetGroupArn], 'listener-rule-arn', describeRoute(route.route));
  if (familyOf(a.taskDefinitionArn) !== familyOf(b.taskDefinitionArn)) {
    throw new PlanError(`${a.service} runs family ${familyOf(a.taskDefinitionArn)} and ${b.service} runs ${familyOf(b.taskDefinitionArn)}: they are not two colors of one service`);
  }
  if (a.taskDefinitionArn === b.taskDefinitionArn) throw new PlanError(`both colors run ${shortTaskDefinition(a.taskDefinitionArn)}: there is no other version to go back to`);
  const [good, bad] = revisionOf(a.taskDefinitionArn) < revisionOf(b.taskDefinitionArn) ? [a, b] : [b, a];
  const split = splitFor(bad.targetGroupArn, good.targetGroupArn, 100);
  // A color scaled in is rolled out again first; one that should run is only checked for healthy targets.
  const scaleUpGood = good.desiredCount === 0;
  const why = `${good.service} runs the older revision ${shortTaskDefinition(good.taskDefinitionArn)}; ${bad.service} runs ${shortTaskDefinition(bad.taskDefinitionArn)} and takes ${bad.weight}% now${scaleUpGood ? `; ${good.service} is scaled in, so it is rolled out first` : ''}`;
  return { good, bad, split, scaleUpGood, why };
}

export interface FlipOutcome {
  result: ServiceRollout;
  /** Milliseconds from the start of the flip to the split read back with all traffic on the good color. */
  toTrafficMs?: number;
  /** A bake (or other run) whose lease this rollback took over. */
  tookOver?: string;
}

/** Carries the flip out: lease, optional scale-up, one read-back weight change, scale the bad color in, release. */
export async function flipTraffic(clients: AwsClients, inputs: RollbackInputs, route: ObservedRoute, plan: FlipPlan, goodService: Service, ctx: { io: ActionIO; signal: AbortSignal; clock?: Clock }): Promise<FlipOutcome> {
  const { io, signal } = ctx;
  const clock = ctx.clock ?? realClock;
  const started = clock.now();
  const me = holderFromEnv();
  // Held through a scale-up and a health wait, each up to wait-timeout: a lease gone stale midway would let a bake in.
  const { tookOver } = await acquireLease(clients.elbv2, route.leaseArn, me, { ttlMs: 2 * inputs.waitTimeoutMs + 10 * 60_000, takeOverStale: true, preempt: true, clock: ctx.clock });
  if (tookOver) io.warning(`took the traffic over from ${describeLease(tookOver)}: that run stops shifting once it sees its lease gone`);
  const result: ServiceRollout = { service: plan.good.service, status: 'failed', taskDefinitionArn: plan.good.taskDefinitionArn, previousTaskDefinitionArn: plan.bad.taskDefinitionArn };
  try {
    if (plan.scaleUpGood) {
      const report = await rollOut(
        [{ service: plan.good.service, observed: goodService, update: { taskDefinitionArn: plan.good.taskDefinitionArn, desiredCount: Math.max(plan.bad.desiredCount, 1) } }],
        { cluster: inputs.cluster, wait: true, timeoutMs: inputs.waitTimeoutMs, intervalMs: inputs.pollIntervalMs },
        { clients, io, signal, clock: ctx.clock, actionName: 'rollback' },
      );
      const scaled = report.results[0];
      if (report.cancelled || scaled.status !== 'succeeded') return { result: { ...result, ...scaled, status: 'failed', reason: `${plan.good.service} could not be scaled up, so traffic stayed where it was: ${scaled.reason ?? report.cancelled?.message}` } };
    }
    // Traffic never moves onto a color without healthy targets: a timeout here leaves the split as it was.
    await io.group(`Wait for healthy targets in ${plan.good.service}'s target group`, () => waitForHealthyTargets(clients.elbv2, plan.good.targetGroupArn, { timeoutMs: inputs.waitTimeoutMs, intervalMs: Math.min(inputs.pollIntervalMs, 5_000), clock: ctx.clock, signal }));
    // The split as it is now, under our lease: the one read before it may predate a bake's last shift.
    const now = await observeRoute(clients.elbv2, route.route);
    const readBack = percentOf(now.split, plan.good.targetGroupArn) === 100 ? now : await applySplit(clients.elbv2, now, plan.split, { clock: ctx.clock, signal });
    io.info(`traffic on ${describeRoute(route.route)}: ${describeSplit(readBack.split)} (read back)`);
    const toTrafficMs = clock.now() - started;
    // The usual cleanup: the bad color keeps no traffic and no tasks (not waited for: nothing routes to it).
    await clients.ecs.send(new UpdateServiceCommand({ cluster: inputs.cluster, service: plan.bad.service, desiredCount: 0 }));
    io.info(`${plan.bad.service}: scaled in to 0 tasks`);
    return { result: { ...result, status: 'succeeded' }, toTrafficMs, tookOver: tookOver && describeLease(tookOver) };
  } finally {
    await releaseLease(clients.elbv2, route.leaseArn, me).catch((err) => io.warning(`could not release the traffic lease: ${(err as Error).message}`));
  }
}
