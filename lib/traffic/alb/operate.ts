/**
 * The other writers of two colors, besides a bake: an operator's abort, the post step after a job died, and the
 * status look. Each moves traffic only through the guard (moves.ts), and the abort first takes the lease over,
 * visibly, so the bake it interrupts finds at its next guarded write that the traffic is no longer its own.
 */
import type { AwsClients } from '../../aws/clients.js';
import { errorMessage } from '../../core/errors.js';
import type { ActionIO } from '../../core/io.js';
import type { ProviderContext, Restored } from '../contract.js';
import { acquireLease, describeLease, elbTags, inspectLease, releaseLease } from '../lease.js';
import { observeRoute } from '../listener-weights.js';
import { describeSplit, percentOf, sameSplit, splitFor, type TrafficSplit } from '../split.js';
import { removeTestRoutesTo } from '../test-route.js';
import { type AlbWorld, drainColor, moveSplit, type Ownership, routeRemovalProof, scaleColor } from './moves.js';
import { BAKE_STABLE_TAG, type ObservedAlb, readColors } from './observe.js';
import { type AlbPlan, type Color, restoreTarget } from './plan.js';
import type { AlbResume } from './provider.js';

/** One line on where traffic is and who holds the rule. */
export function albStatus(observed: ObservedAlb, summary: string): string {
  const lease = observed.lease;
  return (
    summary +
    (lease.state === 'held' || lease.state === 'stale'
      ? `; lease: ${lease.state} by ${describeLease(lease.lease)}`
      : '')
  );
}

/** Each color's share of the split, by service name. */
export function sharesOf(colors: readonly Color[], split: TrafficSplit): Record<string, number> {
  return Object.fromEntries(colors.map((c) => [c.service, percentOf(split, c.targetGroupArn)]));
}

/**
 * An operator's abort: take the lease (over a live bake's, visibly), put all traffic on the stable color through the
 * guard, scale the other color in once nothing forwards to it, clear the bake's record and let go of the lease.
 */
export async function abortAlb(
  clients: AwsClients,
  cluster: string,
  observed: ObservedAlb,
  plan: Extract<AlbPlan, { action: 'restore' }>,
  ctx: ProviderContext,
  ttlMs: number,
): Promise<Restored & { notes: string[] }> {
  const notes: string[] = [];
  const acquired = await acquireLease(observed.store, ctx.me, {
    ttlMs,
    takeOverStale: true,
    preempt: true,
    clock: ctx.clock,
  });
  if (acquired.tookOver)
    notes.push(`took the rule over from ${describeLease(acquired.tookOver)}: that run stops at its next guarded write`);
  try {
    // Read again under the lease: a bake may have shifted between the first read and the takeover.
    const route = await observeRoute(clients.elbv2, observed.route.route);
    const world: AlbWorld = {
      clients,
      cluster,
      colors: await readColors(clients, cluster, observed.pair.colors),
      route,
      store: observed.store,
      loadBalancerArn: observed.loadBalancerArn,
      me: ctx.me,
      clock: ctx.clock,
    };
    return { ...(await restoreColors(world, plan.stable, plan.canary, 'lease', 'abort', ctx)), notes };
  } finally {
    await releaseLease(observed.store, ctx.me, [BAKE_STABLE_TAG]).catch((err) =>
      ctx.io.warning(`could not release the lease: ${(err as Error).message}`),
    );
  }
}

/**
 * All traffic on `to` through the guard (unless it is there already), then `from` scaled in through the guard.
 * Refused when `to` has no tasks or healthy targets, or when the rule is no longer this run's: then nothing moves.
 */
export async function restoreColors(
  world: AlbWorld,
  to: Color,
  from: Color,
  ownership: Ownership,
  why: string,
  ctx: Pick<ProviderContext, 'io'> & { signal?: AbortSignal },
): Promise<Restored> {
  const target = splitFor(to.targetGroupArn, from.targetGroupArn, 0);
  let split = world.route.split;
  if (sameSplit(split, target)) ctx.io.info(`weights verified: ${describeSplit(split)}; nothing to restore`);
  else {
    const moved = await moveSplit(world, target, ownership, `put all traffic on ${to.service} (${why})`);
    if (!moved.done)
      return {
        back: false,
        detail: `${moved.refused}; traffic left as read: ${describeSplit(split)}`,
        reading: {
          weight: percentOf(split, from.targetGroupArn),
          shares: sharesOf(world.colors, split),
          waiting: true,
          detail: describeSplit(split),
        },
      };
    split = moved.value.split;
  }
  ctx.io.info(`all traffic on ${to.service}: ${describeSplit(split)} (read back)`);
  const current = world.colors.find((c) => c.service === from.service) ?? from;
  if (current.desiredCount === 0) ctx.io.info(`${from.service} is already at 0 tasks`);
  if (current.desiredCount > 0) await removeBakeTestRoutes(world, from, ownership, ctx.io);
  // Requests in flight on the color that lost its share finish first (its target group's deregistration delay).
  const cut = current.desiredCount === 0 ? undefined : await drainColor(world, from, ctx.io, ctx.signal);
  if (cut) ctx.io.warning(`${from.service} left up: ${cut}; scale it in once nothing forwards to it`);
  const scaled =
    current.desiredCount === 0 || cut
      ? undefined
      : await scaleColor(world, current, 0, `scale ${from.service} in to 0 tasks`);
  if (scaled && !scaled.done) ctx.io.warning(`${from.service} left up: ${scaled.refused}`);
  else if (scaled) ctx.io.info(`${from.service} scaled in to 0 tasks`);
  const reading = {
    weight: percentOf(split, from.targetGroupArn),
    shares: sharesOf(world.colors, split),
    waiting: true,
    detail: describeSplit(split),
  };
  return {
    back: true,
    detail: `all traffic on ${to.service} (${describeSplit(split)}, read back)${scaled && !scaled.done ? `; ${from.service} left up: ${scaled.refused}` : ''}`,
    reading,
  };
}

/**
 * A bake this run took the rule from may still have its test route to `from`: it goes before the color is scaled in
 * (a rule still forwarding to it would stop that). Traffic has already moved here, so a read that fails does not end
 * the restore: it is said, and the scale-in's own guard (no rule forwards to the color) decides whether `from` stays
 * up.
 */
async function removeBakeTestRoutes(world: AlbWorld, from: Color, ownership: Ownership, io: ActionIO): Promise<void> {
  try {
    const proof = routeRemovalProof(world, ownership);
    for (const line of await removeTestRoutesTo(world.clients.elbv2, world.route.route, from.targetGroupArn, proof))
      io.info(line);
  } catch (err) {
    io.warning(
      `the test routes to ${from.service} could not be checked (${errorMessage(err)}); it is scaled in only if no rule forwards to it`,
    );
  }
}

/**
 * The post step of a bake over two colors that did not finish: before its promotion, all traffic back on stable and
 * the canary scaled in; after it, all traffic kept on the new color. Only through the guard, which refuses when
 * another run took the rule (a rollback decided where traffic goes), then the lease released. Safe to run twice.
 */
export async function resumeAlbPost(
  clients: AwsClients,
  resume: AlbResume,
  promoted: boolean,
  ctx: ProviderContext,
): Promise<string> {
  const store = elbTags(clients.elbv2, resume.route.leaseArn);
  const lease = await inspectLease(store, ctx.me, new Date(ctx.clock.now()));
  const route = await observeRoute(clients.elbv2, resume.route.route);
  const [to, from] = promoted ? [resume.canary, resume.stable] : [resume.stable, resume.canary];
  const target = restoreTarget(resume.stable.targetGroupArn, resume.canary.targetGroupArn, promoted);
  // No lease, and traffic neither where main left it nor where it should end: another hand decided where it goes.
  if (lease.state === 'free' && !sameSplit(route.split, resume.route.split) && !sameSplit(route.split, target))
    return `skipping: this run's lease is gone and another hand moved the traffic (${describeSplit(route.split)})`;
  if (lease.state === 'held')
    return `skipping: ${describeLease(lease.lease)} holds the rule's lease now and owns its traffic`;
  // Ownership is settled above from fresh reads (the lease, or no lease and the split main last saved): from here the
  // expectation is the split as read now (main may have written once more before it died).
  const world: AlbWorld = {
    clients,
    cluster: resume.cluster,
    colors: await readColors(clients, resume.cluster, [resume.stable, resume.canary]),
    route,
    store,
    loadBalancerArn: resume.loadBalancerArn,
    me: ctx.me,
    clock: ctx.clock,
  };
  let outcome: string;
  if (promoted) {
    const moved = sameSplit(route.split, target)
      ? undefined
      : await moveSplit(
          world,
          target,
          'restore',
          `keep all traffic on ${to.service} (the release had passed its hold)`,
        );
    outcome = !moved
      ? `weights verified: ${describeSplit(route.split)}; nothing to restore`
      : moved.done
        ? `the main step left traffic at ${describeSplit(route.split)}; now ${describeSplit(moved.value.split)} (read back)`
        : moved.refused;
  } else {
    const restored = await restoreColors(world, to, from, 'restore', 'the post step after the main step stopped', ctx);
    const after = restored.reading
      ? describeSplit(
          Object.fromEntries(world.colors.map((c) => [c.targetGroupArn, restored.reading!.shares[c.service] ?? 0])),
        )
      : '';
    outcome = !restored.back
      ? restored.detail
      : sameSplit(route.split, target)
        ? `weights verified: ${describeSplit(route.split)}; nothing to restore`
        : `the main step left traffic at ${describeSplit(route.split)}; restored to ${after} (read back)`;
  }
  ctx.io.info(outcome);
  const released = await releaseLease(store, ctx.me, [BAKE_STABLE_TAG]);
  ctx.io.info(`lease: ${released}`);
  return promoted
    ? 'the release had passed its hold: kept'
    : 'the release had not passed its hold: traffic back on stable';
}
