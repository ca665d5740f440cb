/**
 * The two writes of two colors, each through the guard: a new split on the rule (read back), and a color's desired
 * count. What each must prove first is decided here, once, for the bake, its abort, its post step and rollback.
 */
import { UpdateServiceCommand } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../aws/clients.js';
import { formatDuration } from '../../core/duration.js';
import { errorMessage } from '../../core/errors.js';
import type { ActionIO } from '../../core/io.js';
import type { Clock } from '../../core/poll.js';
import { pollServices } from '../../ecs/services.js';
import {
  boundedProof,
  eitherProof,
  type GuardedResult,
  guardedWrite,
  healthyTargetsProof,
  leaseProof,
  noForwardProof,
  notHeldByOtherProof,
  type Proof,
  tasksProof,
} from '../guard.js';
import type { LeaseHolder, TagStore } from '../lease.js';
import { applySplit, type ObservedRoute, observeRoute } from '../listener-weights.js';
import { describeSplit, percentOf, sameSplit, type TrafficSplit } from '../split.js';
import { deregistrationDelayMs } from '../target-groups.js';
import type { Color } from './plan.js';

/** What the ALB writes act on: the rule as last read back, the two colors, and where the lease lives. */
export interface AlbWorld {
  clients: AwsClients;
  cluster: string;
  colors: readonly Color[];
  /** The rule as this run last wrote or read it: the expectation every write compares against. */
  route: ObservedRoute;
  store: TagStore;
  loadBalancerArn: string;
  me: LeaseHolder;
  clock: Clock;
}

/**
 * Who may write: `lease` — this run holds the lease; `restore` — the lease, or, when the lease cannot be read within
 * 2 s (a cancel's restore must go out inside the runner's grace period), the rule still showing exactly the split this
 * run last wrote (no other writer has moved traffic since; a rollback or an abort always does).
 */
export type Ownership = 'lease' | 'restore';

/** The rule still holds the split this run last wrote or read. */
export function splitUnchangedProof(world: AlbWorld): Proof {
  return async () => {
    const now = await observeRoute(world.clients.elbv2, world.route.route);
    return sameSplit(now.split, world.route.split)
      ? undefined
      : `the rule's weights are ${describeSplit(now.split)}, not the ${describeSplit(world.route.split)} this run last read (another hand moved them)`;
  };
}

/** Sends `target` to the rule, guarded and read back; `world.route` follows the read-back. */
export async function moveSplit(
  world: AlbWorld,
  target: TrafficSplit,
  ownership: Ownership,
  what: string,
  signal?: AbortSignal,
): Promise<GuardedResult<ObservedRoute>> {
  const owner = ownershipProof(world, ownership);
  // Every target group that gains a share must have a service with all its desired tasks running and healthy targets.
  const gaining = world.colors.filter(
    (c) => percentOf(target, c.targetGroupArn) > percentOf(world.route.split, c.targetGroupArn),
  );
  const receivers = gaining.flatMap((c) => [
    tasksProof(world.clients, world.cluster, c.service),
    healthyTargetsProof(world.clients.elbv2, c.targetGroupArn),
  ]);
  const state = ownership === 'lease' ? [splitUnchangedProof(world)] : [];
  const result = await guardedWrite({
    what,
    proofs: [owner, ...state, ...receivers],
    send: async () => {
      world.route = await applySplit(world.clients.elbv2, world.route, target, { clock: world.clock, signal });
    },
    readBack: async () => world.route,
  });
  return result;
}

/**
 * Sets a color's desired count, guarded: this run holds the lease, the service still has the count this run last
 * saw, and, to scale it in, no rule of the load balancer forwards to its target group any more.
 */
export async function scaleColor(
  world: AlbWorld,
  color: Color,
  desiredCount: number,
  what: string,
): Promise<GuardedResult<number>> {
  const proofs: Proof[] = [leaseProof(world.store, world.me, world.clock), countUnchangedProof(world, color)];
  if (desiredCount === 0) proofs.push(noForwardProof(world.clients.elbv2, world.loadBalancerArn, color.targetGroupArn));
  return guardedWrite({
    what,
    proofs,
    send: async () =>
      void (await world.clients.ecs.send(
        new UpdateServiceCommand({ cluster: world.cluster, service: color.service, desiredCount }),
      )),
    readBack: async () =>
      (await pollServices(world.clients, world.cluster, [color.service])).get(color.service)?.desiredCount ?? -1,
  });
}

/**
 * What lets this run delete another run's test route: the lease, or for the post step (`restore`) that no other live
 * run holds it. Not the split being unchanged, as for a weight move: there the split is the value compared and set,
 * while a route belongs to whoever holds the lease, and a bake that took it meanwhile may not have moved the split yet.
 */
export function routeRemovalProof(world: AlbWorld, ownership: Ownership): Proof {
  return ownership === 'lease'
    ? leaseProof(world.store, world.me, world.clock)
    : notHeldByOtherProof(world.store, world.me, world.clock);
}

function ownershipProof(world: AlbWorld, ownership: Ownership): Proof {
  const lease = leaseProof(world.store, world.me, world.clock);
  return ownership === 'lease' ? lease : eitherProof(boundedProof(2000, lease), splitUnchangedProof(world));
}

function countUnchangedProof(world: AlbWorld, color: Color): Proof {
  return async () => {
    const now = (await pollServices(world.clients, world.cluster, [color.service])).get(color.service);
    if (!now) return `service ${color.service} was not found`;
    return (now.desiredCount ?? 0) === color.desiredCount
      ? undefined
      : `${color.service} has a desired count of ${now.desiredCount}, not the ${color.desiredCount} this run last saw (another hand changed it)`;
  };
}

/**
 * Waits out a color's deregistration delay after it lost its share, so requests still in flight on it finish before
 * its tasks go (the ALB keeps them for that long). Says why the wait was cut short (a cancel), or undefined.
 */
export async function drainColor(
  world: AlbWorld,
  color: Color,
  io: Pick<ActionIO, 'info'>,
  signal?: AbortSignal,
  alreadyMs = 0,
): Promise<string | undefined> {
  try {
    const ms = Math.max(0, (await deregistrationDelayMs(world.clients.elbv2, color.targetGroupArn)) - alreadyMs);
    if (ms === 0) return undefined;
    io.info(`draining ${color.service} for ${formatDuration(ms)} (its target group's deregistration delay)`);
    await world.clock.sleep(ms, signal);
    return undefined;
  } catch (err) {
    return signal?.aborted ? 'cancelled while draining' : `the drain was cut short (${errorMessage(err)})`;
  }
}
