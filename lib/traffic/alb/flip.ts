/**
 * Rollback of two colors: all production traffic back on the color that last served well, decided from what AWS
 * records (a bake's stable color on the rule, `served:` and `rolled-back:` tags on the revisions) and carried out
 * under a lease taken over visibly from any bake in flight, through the same guarded writes as the bake. A flip that
 * would change nothing, or send traffic to a revision that never served, is refused before anything changes.
 */
import type { AwsClients } from '../../aws/clients.js';
import { PlanError } from '../../core/errors.js';
import type { ActionIO } from '../../core/io.js';
import type { Clock } from '../../core/poll.js';
import { familyOf, revisionOf, shortTaskDefinition } from '../../ecs/arns.js';
import { rollOut } from '../../ecs/rollout.js';
import { describeServices } from '../../ecs/services.js';
import type { Restored } from '../contract.js';
import { guardedWrite, leaseProof } from '../guard.js';
import { acquireLease, describeLease, type LeaseHolder, releaseLease } from '../lease.js';
import { observeRoute } from '../listener-weights.js';
import { recordLeft, recordServed } from '../records.js';
import { percentOf, type TrafficSplit } from '../split.js';
import { waitForHealthyTargets } from '../target-groups.js';
import type { AlbWorld } from './moves.js';
import { BAKE_STABLE_TAG, type ObservedAlb, readColors } from './observe.js';
import { restoreColors } from './operate.js';
import type { Color } from './plan.js';

/** A color with what its revision's tags record about it on this service. */
export interface FlipColor extends Color {
  servedAt?: Date;
  rolledBackAt?: Date;
}

export type FlipPlan =
  | { action: 'nothing'; why: string }
  | { action: 'flip'; good: FlipColor; bad: FlipColor; scaleUpGood: boolean; why: string };

/**
 * What else the rule says: a bake's recorded stable group, and whether another run holds the lease now (a bake in
 * flight).
 */
export interface FlipContext {
  recordedStable?: string;
  heldByOther?: string;
}

/**
 * Which color to go back to, or that there is nothing to roll back. Pure; throws PlanError when it cannot be decided
 * safely.
 */
export function planFlip(split: TrafficSplit, colors: readonly FlipColor[], context: FlipContext = {}): FlipPlan {
  const [a, b] = colors;
  if (familyOf(a.taskDefinition ?? '') !== familyOf(b.taskDefinition ?? ''))
    throw new PlanError(
      `${a.service} runs family ${familyOf(a.taskDefinition ?? '')} and ${b.service} runs ${familyOf(b.taskDefinition ?? '')}: they are not two colors of one service`,
    );
  if (a.taskDefinition === b.taskDefinition)
    throw new PlanError(
      `both colors run ${shortTaskDefinition(a.taskDefinition)}: there is no other version to go back to`,
    );
  const share = (c: Color) => percentOf(split, c.targetGroupArn);
  const name = (c: Color) => `${c.service} (${shortTaskDefinition(c.taskDefinition)})`;
  const inFlight = context.recordedStable !== undefined || context.heldByOther !== undefined;
  let good: FlipColor;
  let why: string;
  const recorded = colors.find((c) => c.targetGroupArn === context.recordedStable);
  if (recorded) {
    good = recorded;
    why = `a bake is under way with ${name(recorded)} as its stable color: all traffic goes back to it`;
  } else if (!colors.some((c) => c.servedAt)) {
    // Colors from before this collection recorded what served: the older revision, as it always was.
    good = revisionOf(a.taskDefinition ?? '') < revisionOf(b.taskDefinition ?? '') ? a : b;
    // Neither revision records having served (bakes record it from this version on).
    why = `${good.service} runs the older revision ${shortTaskDefinition(good.taskDefinition)}`;
  } else {
    const current = share(a) === 100 ? a : share(b) === 100 ? b : undefined;
    const candidates = colors.filter((c) => c !== current && servedWell(c));
    if (current && context.heldByOther) {
      good = current;
      why = `${name(current)} carries all traffic and another run holds the rule: it keeps it all, and the run is stopped`;
    } else if (candidates.length === 0) {
      const other = colors.find((c) => c !== current)!;
      const never = other.servedAt
        ? `was rolled back from at ${other.rolledBackAt?.toISOString()}`
        : 'never served all production traffic (no bake of it was promoted)';
      if (current)
        return {
          action: 'nothing',
          why: `nothing to roll back: ${name(current)} carries all production traffic, and ${name(other)} ${never}`,
        };
      throw new PlanError(
        `traffic is split and neither color's revision served well (${colors.map((c) => `${name(c)} ${c.servedAt ? 'was rolled back from' : 'never served'}`).join('; ')}): put 100% on the color that should serve by hand`,
      );
    } else {
      // Two that served: the one that served longer ago is the one to go back to.
      good = candidates.sort((x, y) => x.servedAt!.getTime() - y.servedAt!.getTime())[0];
      why = `${name(good)} served all production traffic until ${name(colors.find((c) => c !== good)!)} took over: all traffic goes back to it`;
    }
  }
  const bad = colors.find((c) => c !== good)!;
  if (share(good) === 100 && !inFlight && bad.desiredCount === 0)
    return {
      action: 'nothing',
      why: `nothing to roll back: ${name(good)} already carries all production traffic and ${name(bad)} runs no tasks`,
    };
  if (share(good) === 100 && !inFlight)
    return {
      action: 'nothing',
      why: `nothing to roll back: ${name(good)} already carries all production traffic (${name(bad)} still has ${bad.desiredCount} task(s); scale it in by hand if it is not wanted)`,
    };
  const scaleUpGood = good.desiredCount === 0;
  return {
    action: 'flip',
    good,
    bad,
    scaleUpGood,
    why: `${why}; ${bad.service} runs ${shortTaskDefinition(bad.taskDefinition)} and takes ${share(bad)}% now${scaleUpGood ? `; ${good.service} is scaled in, so it is rolled out first` : ''}`,
  };
}

function servedWell(c: FlipColor): boolean {
  return c.servedAt !== undefined && !(c.rolledBackAt && c.rolledBackAt >= c.servedAt);
}

export interface FlipSettings {
  cluster: string;
  waitTimeoutMs: number;
  pollIntervalMs: number;
}

export interface FlipOutcome {
  restored: Restored;
  /** The run whose lease this rollback took over, as described. */
  tookOver?: string;
  /** From the start to all traffic read back on the good color. */
  toTrafficMs?: number;
}

/**
 * Carries a flip out: lease (over a bake's, visibly), the good color up and healthy, one guarded weight change, the bad
 * color in.
 */
export async function flipToColor(
  clients: AwsClients,
  observed: Pick<ObservedAlb, 'route' | 'store' | 'loadBalancerArn'>,
  plan: Extract<FlipPlan, { action: 'flip' }>,
  settings: FlipSettings,
  ctx: { io: ActionIO; signal: AbortSignal; clock: Clock; me: LeaseHolder },
): Promise<FlipOutcome> {
  const { io, clock, me } = ctx;
  const started = clock.now();
  // Held through a scale-up and a health wait, each up to wait-timeout: a lease gone stale midway would let a bake in.
  const { tookOver } = await acquireLease(observed.store, me, {
    ttlMs: 2 * settings.waitTimeoutMs + 10 * 60_000,
    takeOverStale: true,
    preempt: true,
    clock,
  });
  if (tookOver)
    io.warning(`took the traffic over from ${describeLease(tookOver)}: that run stops at its next guarded write`);
  try {
    const world: AlbWorld = {
      clients,
      cluster: settings.cluster,
      colors: await readColors(clients, settings.cluster, [plan.good, plan.bad]),
      route: await observeRoute(clients.elbv2, observed.route.route),
      store: observed.store,
      loadBalancerArn: observed.loadBalancerArn,
      me,
      clock,
    };
    if (plan.scaleUpGood) {
      const up = await scaleUp(world, plan, settings, ctx);
      if (up)
        return {
          restored: {
            back: false,
            detail: `${plan.good.service} could not be scaled up, so traffic stayed where it was: ${up}`,
          },
          tookOver: tookOver && describeLease(tookOver),
        };
    }
    await io.group(`Wait for healthy targets in ${plan.good.service}'s target group`, () =>
      waitForHealthyTargets(clients.elbv2, plan.good.targetGroupArn, {
        timeoutMs: settings.waitTimeoutMs,
        intervalMs: Math.min(settings.pollIntervalMs, 5_000),
        clock,
        signal: ctx.signal,
      }),
    );
    const restored = await restoreColors(
      world,
      world.colors.find((c) => c.service === plan.good.service)!,
      plan.bad,
      'lease',
      'rollback',
      ctx,
    );
    if (restored.back) {
      const at = new Date(clock.now());
      for (const missed of [
        await recordServed(clients, settings.cluster, plan.good.service, plan.good.taskDefinition!, at),
        await recordLeft(clients, settings.cluster, plan.bad.service, plan.bad.taskDefinition!, at),
      ]) {
        if (missed)
          io.warning(
            `could not record the rollback on the revisions (${missed}); a second rollback may not know what this one did`,
          );
      }
      // A bake's record on the rule is void now: traffic is where this rollback put it.
      await observed.store.remove([BAKE_STABLE_TAG]).catch(() => undefined);
    }
    return {
      restored,
      tookOver: tookOver && describeLease(tookOver),
      toTrafficMs: restored.back ? clock.now() - started : undefined,
    };
  } finally {
    await releaseLease(observed.store, me).catch((err) =>
      io.warning(`could not release the traffic lease: ${(err as Error).message}`),
    );
  }
}

/** Rolls a scaled-in good color out again (at the bad one's size), under the lease; says why not, or undefined. */
async function scaleUp(
  world: AlbWorld,
  plan: Extract<FlipPlan, { action: 'flip' }>,
  settings: FlipSettings,
  ctx: { io: ActionIO; signal: AbortSignal; clock: Clock; me: LeaseHolder },
): Promise<string | undefined> {
  const service = (await describeServices(world.clients, settings.cluster, [plan.good.service])).get(
    plan.good.service,
  )!;
  let report: Awaited<ReturnType<typeof rollOut>> | undefined;
  const result = await guardedWrite({
    what: `scale ${plan.good.service} up`,
    proofs: [leaseProof(world.store, ctx.me, ctx.clock)],
    send: async () => {
      report = await rollOut(
        [
          {
            service: plan.good.service,
            observed: service,
            update: { taskDefinitionArn: plan.good.taskDefinition!, desiredCount: Math.max(plan.bad.desiredCount, 1) },
          },
        ],
        {
          cluster: settings.cluster,
          wait: true,
          timeoutMs: settings.waitTimeoutMs,
          intervalMs: settings.pollIntervalMs,
        },
        { clients: world.clients, io: ctx.io, signal: ctx.signal, clock: ctx.clock, actionName: 'rollback' },
      );
    },
    readBack: async () => report!,
  });
  if (!result.done) return result.refused;
  const scaled = result.value.results[0];
  if (result.value.cancelled || scaled.status !== 'succeeded')
    return scaled.reason ?? result.value.cancelled?.message ?? scaled.status;
  const good = world.colors.find((c) => c.service === plan.good.service);
  if (good)
    Object.assign(good, {
      desiredCount: Math.max(plan.bad.desiredCount, 1),
      runningCount: Math.max(plan.bad.desiredCount, 1),
    });
  return undefined;
}
