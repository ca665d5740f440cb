/**
 * The ALB provider: two ECS services (blue and green), each in its own target group, and one listener rule that
 * forwards to both by weight. This run moves the traffic itself: the idle color is rolled onto the new revision,
 * then each step is one guarded, read-back ModifyRule; the old color is scaled in only once nothing forwards to it.
 */
import type { AwsClients } from '../../aws/clients.js';
import { errorMessage } from '../../core/errors.js';
import { shortTaskDefinition } from '../../ecs/arns.js';
import { rollOut, type ServiceRollout } from '../../ecs/rollout.js';
import { describeServices } from '../../ecs/services.js';
import type {
  Finished,
  Moved,
  ProviderContext,
  ProviderPlan,
  ReleaseRequest,
  Restored,
  TrafficProvider,
  TrafficReading,
} from '../contract.js';
import { guardedWrite, healthyTargetsProof, leaseProof, tasksProof } from '../guard.js';
import { acquireLease, describeLease, inspectLease, releaseLease } from '../lease.js';
import { describeRoute, type ObservedRoute, observeRoute } from '../listener-weights.js';
import { recordServed } from '../records.js';
import { describeSplit, percentOf, sameSplit, shortTargetGroup, splitFor, type TrafficSplit } from '../split.js';
import { totalBakeMs } from '../steps.js';
import { judgeHealth, waitForHealthyTargets } from '../target-groups.js';
import { createTestRoute, removeTestRoute, type TestRoute } from '../test-route.js';
import { type AlbWorld, drainColor, moveSplit, scaleColor } from './moves.js';
import { BAKE_STABLE_TAG, type ObservedAlb } from './observe.js';
import type { AlbPlan, Color } from './plan.js';

type BakePlan = Extract<AlbPlan, { action: 'bake' }>;

/** What the post step needs to pick an ALB bake up: plain JSON. */
export interface AlbResume {
  cluster: string;
  route: ObservedRoute;
  loadBalancerArn: string;
  stable: Color;
  canary: Color;
}

/** The created test route, as the driver's checks see it. */
type LiveTestRoute = { header: { name: string; value: string }; detail: string };

/** One bake over two colors; `rollout` is the idle color's rollout, for the report. */
export class AlbProvider implements TrafficProvider {
  readonly kind = 'alb' as const;
  readonly plan: ProviderPlan;
  rollout?: ServiceRollout[];
  notes: string[] = [];
  private world: AlbWorld;
  private stable: Color;
  private canary: Color;
  /** The test route once created, until removed. */
  private route?: TestRoute;

  constructor(
    private readonly request: ReleaseRequest,
    observed: ObservedAlb,
    private readonly bake: BakePlan,
    clients: AwsClients,
    ctx: Pick<ProviderContext, 'me' | 'clock'>,
    private readonly plannedRoute?: TestRoute,
  ) {
    this.stable = { ...bake.stable };
    this.canary = { ...bake.canary };
    this.world = {
      clients,
      cluster: request.cluster,
      colors: [this.stable, this.canary],
      route: observed.route,
      store: observed.store,
      loadBalancerArn: observed.loadBalancerArn,
      me: ctx.me,
      clock: ctx.clock,
    };
    const name = (c: Color, revision?: string) => `${c.service} (${shortTaskDefinition(revision ?? c.taskDefinition)})`;
    this.plan = {
      steps: [
        { weight: 0, bakeMs: 0 },
        ...bake.shifts.map((s, i) => ({
          weight: s.weight,
          bakeMs: i === bake.shifts.length - 1 ? request.holdMs : s.bakeMs,
        })),
      ],
      summary: bake.why,
      revisionBefore: bake.stable.taskDefinition,
      revisionAfter: request.taskDefinition,
      sides: [name(bake.stable), name(bake.canary, request.taskDefinition)],
      testRoute:
        plannedRoute &&
        `a listener rule (priority ${plannedRoute.priority}) forwarding requests with header ${plannedRoute.header.name} to ${bake.canary.service} only`,
    };
  }

  get testRoute(): LiveTestRoute | undefined {
    const route = this.route;
    return (
      route && {
        header: route.header,
        detail: `header ${route.header.name} → ${this.canary.service} (rule ${route.priority})`,
      }
    );
  }

  /** The canary's and stable's target groups and the load balancer, for the metrics check. */
  get metricsTarget(): { canaryTargetGroupArn: string; stableTargetGroupArn: string; loadBalancerArn: string } {
    return {
      canaryTargetGroupArn: this.canary.targetGroupArn,
      stableTargetGroupArn: this.stable.targetGroupArn,
      loadBalancerArn: this.world.loadBalancerArn,
    };
  }

  async claim(ctx: ProviderContext): Promise<void> {
    const { io, clock } = ctx;
    const { request, bake } = this;
    const ttlMs =
      request.waitTimeoutMs * 2 +
      totalBakeMs(bake.shifts) +
      request.maxExtensionMs * bake.shifts.length +
      request.holdMs +
      30 * 60_000;
    // A live lease of another run refuses here, having changed nothing.
    const acquired = await acquireLease(this.world.store, ctx.me, { ttlMs, takeOverStale: true, clock });
    if (acquired.tookOver) {
      this.notes.push(`took over a stale lease of ${describeLease(acquired.tookOver)}`);
      io.warning(`the rule had a stale lease of ${describeLease(acquired.tookOver)}: taking it over`);
    }
    try {
      await this.world.store.write({ [BAKE_STABLE_TAG]: this.stable.targetGroupArn });
    } catch (err) {
      // Nothing moved yet: let go of the lease, or it would refuse every other bake until it expires.
      await releaseLease(this.world.store, ctx.me).catch(() => undefined);
      throw err;
    }
  }

  async start(ctx: ProviderContext): Promise<Moved> {
    const { io, clock } = ctx;
    const { request, bake } = this;
    // The stable color carries all traffic now: the fact a later rollback to it rests on.
    if (!bake.leftover && this.stable.taskDefinition)
      await recordServed(
        ctx.clients,
        request.cluster,
        this.stable.service,
        this.stable.taskDefinition,
        new Date(clock.now()),
      );
    if (bake.leftover) {
      io.warning(bake.leftover.why);
      this.notes.push(bake.leftover.why);
      const back = await moveSplit(
        this.world,
        bake.restore,
        'lease',
        `put the split an earlier bake left back on ${this.stable.service}`,
      );
      if (!back.done) return { done: false, refused: back.refused };
    }
    if (bake.rollOut) {
      const rolled = await this.rollCanaryOut(ctx);
      if (rolled) return { done: false, refused: rolled };
    }
    try {
      const health = judgeHealth(
        await waitForHealthyTargets(ctx.clients.elbv2, this.canary.targetGroupArn, {
          timeoutMs: request.waitTimeoutMs,
          intervalMs: request.pollIntervalMs,
          clock,
          signal: ctx.signal,
        }),
      );
      io.info(`${this.canary.service} is healthy: ${health.reason}`);
    } catch (err) {
      return { done: false, refused: `${this.canary.service}'s targets did not turn healthy: ${errorMessage(err)}` };
    }
    if (this.plannedRoute) {
      const opened = await this.openTestRoute(this.plannedRoute, ctx);
      if (opened) return { done: false, refused: opened };
    }
    return { done: true, reading: await this.read(ctx) };
  }

  /**
   * Creates the test route, guarded: this run's lease, the canary's tasks running and its targets healthy. Says why
   * not.
   */
  private async openTestRoute(planned: TestRoute, ctx: ProviderContext): Promise<string | undefined> {
    // Saved before the rule exists: a job killed between the two leaves a rule its post step finds by its tag.
    ctx.saveTestRoute?.(planned);
    const proofs = [
      leaseProof(this.world.store, ctx.me, ctx.clock),
      tasksProof(ctx.clients, this.request.cluster, this.canary.service),
      healthyTargetsProof(ctx.clients.elbv2, this.canary.targetGroupArn),
    ];
    const created = await createTestRoute(ctx.clients.elbv2, planned, proofs);
    if (!created.done) return `${created.refused}; no production traffic was moved`;
    this.route = created.route;
    ctx.saveTestRoute?.(created.route);
    ctx.io.info(`test route: ${this.testRoute!.detail}, created (read back); canary checks carry the header`);
    return undefined;
  }

  /** Removes the test route if this run made one; a failure is a warning (the post step tries again). */
  private async closeTestRoute(ctx: ProviderContext, notes: string[] = this.notes): Promise<void> {
    const route = this.route;
    if (!route) return;
    try {
      const said = await removeTestRoute(ctx.clients.elbv2, route);
      this.route = undefined;
      ctx.saveTestRoute?.(undefined);
      ctx.io.info(said);
    } catch (err) {
      ctx.io.warning(
        `could not remove the canary's test route ${route.ruleArn} (${errorMessage(err)}); the post step tries again`,
      );
      notes.push(`the test route ${route.ruleArn} was left (${errorMessage(err)})`);
    }
  }

  async read(ctx: ProviderContext): Promise<TrafficReading> {
    const now = await observeRoute(ctx.clients.elbv2, this.world.route.route);
    if (sameSplit(now.split, this.world.route.split)) return this.readingOf(now.split);
    // Moved by another hand: say whose, when the lease says (one more read, only then).
    const lease = await inspectLease(this.world.store, ctx.me, new Date(ctx.clock.now())).catch(() => undefined);
    const moved = `the rule's weights were changed outside this run: ${describeSplit(now.split)}, not ${describeSplit(this.world.route.split)}`;
    if (lease?.state !== 'held') return this.readingOf(now.split, moved);
    const holder = describeLease(lease.lease);
    return this.readingOf(
      now.split,
      `the rule's lease is no longer this run's (held by ${holder}): ${moved}; traffic left as it is: ${holder} holds the rule's lease now and owns its traffic`,
    );
  }

  async advance(index: number, ctx: ProviderContext): Promise<Moved> {
    const shift = this.bake.shifts[index - 1];
    const moved = await moveSplit(
      this.world,
      shift.split,
      'lease',
      `shift ${shift.weight}% to ${this.canary.service}`,
      ctx.signal,
    );
    return moved.done
      ? { done: true, reading: this.readingOf(moved.value.split) }
      : { done: false, refused: moved.refused, reading: await this.read(ctx).catch(() => undefined) };
  }

  async restore(reason: string, ctx: ProviderContext): Promise<Restored> {
    try {
      return await this.restoreSplit(reason, ctx);
    } catch (err) {
      throw new Error(
        `the rule could not be read or changed (${errorMessage(err)}). Check the weights of ${describeRoute(this.world.route.route)}: all traffic belongs on ${this.stable.service}; the post step tries again`,
        { cause: err },
      );
    }
  }

  private async restoreSplit(reason: string, ctx: ProviderContext): Promise<Restored> {
    const target = this.bake.restore;
    let split = (await observeRoute(ctx.clients.elbv2, this.world.route.route)).split;
    if (!sameSplit(split, target)) {
      // No abort signal: this one write must go out even while the job is being cancelled.
      const moved = await moveSplit(
        this.world,
        target,
        'restore',
        `put all traffic back on ${this.stable.service} (${reason})`,
      );
      if (!moved.done)
        return {
          back: false,
          detail: `${moved.refused}; traffic left as read: ${describeSplit(split)}`,
          reading: this.readingOf(split),
        };
      split = moved.value.split;
    }
    ctx.io.info(`traffic restored: ${describeSplit(split)} (read back)`);
    const at = ctx.clock.now();
    // Gone before the canary is scaled in: it forwards to the canary's group, and the scale-in waits for no rule to.
    await this.closeTestRoute(ctx);
    // The canary's in-flight requests finish before its tasks go; a cancel leaves it up for the post step to scale in.
    const cut =
      this.canary.desiredCount === 0 ? undefined : await drainColor(this.world, this.canary, ctx.io, ctx.signal);
    if (cut) this.notes.push(`${this.canary.service} left up: ${cut} (the post step scales it in)`);
    else await this.scaleIn(this.canary, ctx);
    return {
      back: true,
      detail: `traffic restored: all traffic on ${this.stable.service} (${describeSplit(split)}, read back)`,
      reading: this.readingOf(split),
      at,
      unfinished: cut && `${this.canary.service} is still up`,
    };
  }

  async finish(ctx: ProviderContext): Promise<Finished> {
    const notes: string[] = [];
    const promotedSplit = splitFor(this.canary.targetGroupArn, this.stable.targetGroupArn, 0);
    if (this.canary.taskDefinition && this.request.taskDefinition) {
      const missed = await recordServed(
        ctx.clients,
        this.request.cluster,
        this.canary.service,
        this.request.taskDefinition,
        new Date(ctx.clock.now()),
      );
      if (missed)
        notes.push(
          `could not record that ${shortTaskDefinition(this.request.taskDefinition)} served (${missed}): a rollback will not take it for a release that served`,
        );
    }
    await this.closeTestRoute(ctx, notes);
    await this.drain(ctx, notes);
    // Scaled in only through the guard: a rollback or an abort that took the rule during the drain keeps its color.
    if (!ctx.signal.aborted) await this.scaleIn(this.stable, ctx, notes);
    // Promoted only when read back so, and still this run's: another run that took the lease owns what happens next.
    const [now, lost] = await Promise.all([
      observeRoute(ctx.clients.elbv2, this.world.route.route).catch(() => undefined),
      leaseProof(this.world.store, ctx.me, ctx.clock)().catch(
        (err) => `the lease could not be read (${errorMessage(err)})`,
      ),
    ]);
    const reading = now && this.readingOf(now.split, lost);
    const kept = now !== undefined && sameSplit(now.split, promotedSplit) && lost === undefined;
    const detail = kept
      ? `all traffic on ${this.canary.service} (read back)`
      : lost
        ? `during the drain: ${lost}; traffic as read: ${reading?.detail ?? 'unknown'}`
        : `traffic is no longer all on ${this.canary.service}: ${reading?.detail ?? 'the rule could not be read'}`;
    return { promoted: kept, detail, reading, notes };
  }

  async release(ctx: ProviderContext): Promise<void> {
    // Whatever happened: a test route this run made goes (it is this run's, lease or not).
    await this.closeTestRoute(ctx);
    const released = await releaseLease(this.world.store, ctx.me, [BAKE_STABLE_TAG]);
    // Lost to another run (an abort, a rollback): this run's record of its stable color is void; the lease is theirs.
    if (
      released === 'held-by-other' &&
      (await this.world.store.readAll())[BAKE_STABLE_TAG] === this.stable.targetGroupArn
    )
      await this.world.store.remove([BAKE_STABLE_TAG]);
    ctx.io.info(`lease: ${released}`);
  }

  resumeState(): Record<string, unknown> {
    const state: AlbResume = {
      cluster: this.request.cluster,
      route: this.world.route,
      loadBalancerArn: this.world.loadBalancerArn,
      stable: this.stable,
      canary: this.canary,
    };
    return { ...state };
  }

  /**
   * Rolls the idle color onto the revision (a guarded scale-up: the lease, and the color as observed); says why not, or
   * undefined.
   */
  private async rollCanaryOut(ctx: ProviderContext): Promise<string | undefined> {
    const { request, bake, canary } = this;
    const observed = (await describeServices(ctx.clients, request.cluster, [canary.service])).get(canary.service)!;
    const result = await guardedWrite({
      what: `roll ${canary.service} onto ${shortTaskDefinition(request.taskDefinition)} with ${bake.desiredCount} task(s)`,
      proofs: [leaseProof(this.world.store, ctx.me, ctx.clock)],
      send: async () => {
        const report = await rollOut(
          [
            {
              service: canary.service,
              observed,
              update: { taskDefinitionArn: request.taskDefinition!, desiredCount: bake.desiredCount },
            },
          ],
          {
            cluster: request.cluster,
            wait: true,
            timeoutMs: request.waitTimeoutMs,
            intervalMs: request.pollIntervalMs,
          },
          { clients: ctx.clients, io: ctx.io, signal: ctx.signal, clock: ctx.clock, actionName: 'bake-and-promote' },
        );
        this.rollout = report.results;
        if (report.cancelled)
          throw Object.assign(new Error(`cancelled while rolling ${canary.service} out: ${report.cancelled.message}`), {
            name: 'CancelledError',
          });
      },
      readBack: async () => this.rollout?.[0],
    });
    if (!result.done) return result.refused;
    // From here the canary's desired count is the one this run set: the expectation of its later scale-in.
    canary.desiredCount = bake.desiredCount;
    canary.taskDefinition = request.taskDefinition;
    const rolled = result.value;
    if (rolled?.status !== 'succeeded')
      return `${canary.service} did not roll out onto ${shortTaskDefinition(request.taskDefinition)}: ${rolled?.reason ?? rolled?.status}; no traffic was shifted`;
    return undefined;
  }

  /** Waits out the old group's deregistration delay (less the hold, which already kept it up). */
  private async drain(ctx: ProviderContext, notes: string[]): Promise<void> {
    const cut = await drainColor(this.world, this.stable, ctx.io, ctx.signal, this.request.holdMs);
    if (cut) notes.push(`${cut}: ${this.stable.service} stays up`);
  }

  /** Scales a color in through the guard; a refusal is a note (the color stays up), never an outage. */
  private async scaleIn(color: Color, ctx: ProviderContext, notes: string[] = this.notes): Promise<void> {
    try {
      const scaled = await scaleColor(this.world, color, 0, `scale ${color.service} in to 0 tasks`);
      if (scaled.done) {
        ctx.io.info(`${color.service} scaled in to 0 tasks`);
        color.desiredCount = 0;
      } else {
        ctx.io.warning(scaled.refused);
        notes.push(`${color.service} left up: ${scaled.refused}`);
      }
    } catch (err) {
      ctx.io.warning(`could not scale ${color.service} in: ${errorMessage(err)}`);
      notes.push(`${color.service} left up: scaling it in failed (${errorMessage(err)})`);
    }
  }

  private readingOf(split: TrafficSplit, lost?: string): TrafficReading {
    const weight = percentOf(split, this.canary.targetGroupArn);
    return {
      weight,
      shares: { [this.stable.service]: percentOf(split, this.stable.targetGroupArn), [this.canary.service]: weight },
      waiting: true,
      lost,
      detail: `${describeSplit(split)} (${shortTargetGroup(this.canary.targetGroupArn)} is the new version)`,
    };
  }
}
