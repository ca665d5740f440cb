/**
 * The ECS native provider: one service whose deployment controller is ECS with strategy CANARY, LINEAR or BLUE_GREEN.
 * UpdateService carries the whole deploymentConfiguration with our PAUSE hooks and the alarms; ECS moves the traffic
 * and pauses at each hook for this run's word. Each answer (CONTINUE, or ROLLBACK to restore) goes through the guard,
 * where traffic is is read from the production listener rule, and our hooks leave the service when the release ends.
 */
import {
  type DeploymentConfiguration,
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  type Service,
  type ServiceDeployment,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../aws/clients.js';
import { awsErrorKind } from '../../aws/errors.js';
import { formatDuration } from '../../core/duration.js';
import { errorMessage } from '../../core/errors.js';
import { shortTaskDefinition } from '../../ecs/arns.js';
import { hasOurHooks, pausedBy, withoutOurHooks } from '../../ecs/lifecycle-hooks.js';
import { continueOurHook, rollBackServiceDeployment } from '../../ecs/service-deployments.js';
import { pollServices } from '../../ecs/services.js';
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
import { boundedProof, eitherProof, guardedWrite, healthyTargetsProof, leaseProof, type Proof } from '../guard.js';
import { acquireLease, describeLease, ecsServiceTags, releaseLease, type TagStore } from '../lease.js';
import { observeRoute, parseRouteArn, type TrafficRoute } from '../listener-weights.js';
import { percentOf } from '../split.js';
import { type NativePlan, nativeSteps } from './plan.js';

export const RUNNING = [
  'PENDING',
  'IN_PROGRESS',
  'ROLLBACK_REQUESTED',
  'ROLLBACK_IN_PROGRESS',
  'STOP_REQUESTED',
] as const;
export const finished = (d: ServiceDeployment) => !(RUNNING as readonly string[]).includes(d.status ?? '');
export const rollingBack = (d: ServiceDeployment) => /^ROLLBACK|^STOP/.test(d.status ?? '');

/** Where the production traffic of a native service is read: its production rule and its two target groups. */
export interface NativeTraffic {
  route?: TrafficRoute;
  /** The target group serving production before this release, and the one the new revision comes up in. */
  stableTargetGroup?: string;
  newTargetGroup?: string;
}

/** What the post step needs to pick a native release up: plain JSON. */
export interface NativeResume {
  cluster: string;
  service: string;
  serviceArn: string;
  deploymentArn?: string;
  /** The configuration this run set, and the one the service had before. */
  ours: DeploymentConfiguration;
  before: DeploymentConfiguration;
  traffic: NativeTraffic;
  revisionBefore?: string;
}

/** Reads the service's production rule and which of its two target groups serves production now. */
export async function observeNativeTraffic(clients: AwsClients, service: Service): Promise<NativeTraffic> {
  const lb = service.loadBalancers?.find((l) => l.advancedConfiguration?.productionListenerRule);
  const advanced = lb?.advancedConfiguration;
  if (!lb?.targetGroupArn || !advanced?.productionListenerRule || !advanced.alternateTargetGroupArn) return {};
  const route = parseRouteArn(advanced.productionListenerRule, 'service');
  const split = (await observeRoute(clients.elbv2, route, 'service')).split;
  const [a, b] = [lb.targetGroupArn, advanced.alternateTargetGroupArn];
  const stable = percentOf(split, b) > percentOf(split, a) ? b : a;
  return { route, stableTargetGroup: stable, newTargetGroup: stable === a ? b : a };
}

/** One release of one native service. */
export class NativeProvider implements TrafficProvider {
  readonly kind = 'ecs-native' as const;
  readonly plan: ProviderPlan;
  notes: string[] = [];
  private store: TagStore;
  private arn?: string;
  /** The deployment as this run last read it: the expectation of every answer it sends. */
  private last?: ServiceDeployment;
  private askedRollback = false;
  /**
   * Set while an UpdateService may have started a deployment this run cannot name: a restore cannot say where traffic
   * is.
   */
  private unknownStart?: string;

  constructor(
    private readonly request: ReleaseRequest,
    private readonly service: Service,
    private readonly native: NativePlan,
    private readonly traffic: NativeTraffic,
    clients: AwsClients,
  ) {
    this.store = ecsServiceTags(clients.ecs, service.serviceArn!);
    const name = service.serviceName!;
    this.plan = {
      steps: nativeSteps(native.deploymentConfiguration, request.holdMs),
      summary: native.why,
      revisionBefore: service.taskDefinition,
      revisionAfter: request.taskDefinition,
      sides: [
        `${name} ${shortTaskDefinition(service.taskDefinition)}`,
        `${name} ${shortTaskDefinition(request.taskDefinition)}`,
      ],
      testRoute: service.loadBalancers?.find((l) => l.advancedConfiguration?.testListenerRule)?.advancedConfiguration
        ?.testListenerRule,
    };
  }

  /**
   * How often the deployment is looked at while the platform moves: the poll interval, or the check interval when
   * shorter.
   */
  private get followMs(): number {
    return Math.min(this.request.pollIntervalMs, this.request.checkIntervalMs);
  }

  async claim(ctx: ProviderContext): Promise<void> {
    const ttlMs =
      this.request.waitTimeoutMs * 3 +
      this.plan.steps.reduce((s, x) => s + x.bakeMs, 0) +
      this.request.maxExtensionMs * this.plan.steps.length +
      60 * 60_000;
    const acquired = await acquireLease(this.store, ctx.me, { ttlMs, takeOverStale: true, clock: ctx.clock });
    if (acquired.tookOver) this.notes.push(`took over a stale lease of ${describeLease(acquired.tookOver)}`);
  }

  async start(ctx: ProviderContext): Promise<Moved> {
    const { clients, io, clock } = ctx;
    const { cluster, taskDefinition } = this.request;
    const name = this.service.serviceName!;
    const createdAfter = new Date(Date.now() - 2000);
    const sent = await guardedWrite({
      what: `update ${name} to ${shortTaskDefinition(taskDefinition)} with our PAUSE hooks`,
      proofs: [leaseProof(this.store, ctx.me, clock), this.serviceUnchangedProof(clients)],
      send: async () => {
        try {
          await clients.ecs.send(
            new UpdateServiceCommand({
              cluster,
              service: name,
              taskDefinition,
              deploymentConfiguration: this.native.deploymentConfiguration,
            }),
          );
        } catch (err) {
          // A refusal changed nothing; a call that got no answer may have started the deployment.
          if (awsErrorKind(err) === 'transient')
            this.unknownStart = `the update of ${name} to ${shortTaskDefinition(taskDefinition)} may have reached ECS`;
          throw err;
        }
        this.unknownStart = `ECS accepted the update of ${name} to ${shortTaskDefinition(taskDefinition)}, but its service deployment was not found`;
      },
      readBack: async () =>
        (
          await clients.ecs.send(
            new ListServiceDeploymentsCommand({ cluster, service: name, createdAt: { after: createdAfter } }),
          )
        ).serviceDeployments?.[0]?.serviceDeploymentArn,
    });
    if (!sent.done) return { done: false, refused: sent.refused };
    if (!sent.value)
      throw new Error(`UpdateService of ${name} started no service deployment that ListServiceDeployments shows`);
    this.unknownStart = undefined;
    this.arn = sent.value;
    io.info(`${name}: service deployment ${this.arn} started with ${shortTaskDefinition(taskDefinition)}`);
    // The gate: ECS scales the new revision up, gives it test traffic, then waits at our first hook.
    const gate = await this.waitFor(ctx, (r) => r.waiting || r.weight > 0, 'the new revision up with test traffic');
    return gate.ended
      ? {
          done: false,
          refused: `ECS ended the deployment before any production traffic moved: ${gate.ended.detail}`,
          reading: gate,
        }
      : { done: true, reading: gate };
  }

  async read(ctx: ProviderContext): Promise<TrafficReading> {
    const d = await this.describe(ctx.clients);
    return this.readingOf(d, await this.productionWeight(ctx.clients, d));
  }

  async advance(index: number, ctx: ProviderContext): Promise<Moved> {
    const target = this.plan.steps[index].weight;
    // From a pause: answer our hooks (each through the guard) until ECS has moved production traffic to the step.
    const deadline = ctx.clock.now() + this.request.waitTimeoutMs;
    for (;;) {
      const reading = await this.read(ctx);
      if (reading.ended || reading.lost)
        return { done: false, refused: reading.ended?.detail ?? reading.lost!, reading };
      if (reading.weight >= target && (reading.weight > 0 || target === 0)) return { done: true, reading };
      if (reading.waiting) {
        const answered = await this.answer(ctx);
        if (answered) return { done: false, refused: answered, reading };
      } else if (ctx.clock.now() > deadline) {
        return {
          done: false,
          refused: `ECS did not move production traffic to ${target}% within ${formatDuration(this.request.waitTimeoutMs)}: ${reading.detail}`,
          reading,
        };
      } else await ctx.clock.sleep(this.followMs, ctx.signal);
    }
  }

  async restore(reason: string, ctx: ProviderContext): Promise<Restored> {
    const { cluster } = this.request;
    const name = this.service.serviceName!;
    if (this.unknownStart)
      throw new Error(
        `${this.unknownStart}. Check \`aws ecs list-service-deployments --cluster ${cluster} --service ${name}\`: a deployment of ${shortTaskDefinition(this.request.taskDefinition)} still running is rolled back by mode: abort`,
      );
    if (!this.arn)
      return { back: true, detail: 'no deployment was started: production traffic never moved', serving: 'stable' };
    const { end, refused } = await this.rollBackAndFollow(reason, ctx);
    if (refused) return { back: false, detail: `${refused}; traffic left as read: ${end.detail}`, reading: end };
    await this.removeOurHooks(ctx);
    const [was, next] = [
      shortTaskDefinition(this.service.taskDefinition),
      shortTaskDefinition(this.request.taskDefinition),
    ];
    if (end.ended?.how === 'rolled-back')
      return {
        back: true,
        detail: `ECS rolled ${this.arn} back: all traffic on ${was} again (ROLLBACK_SUCCESSFUL)`,
        reading: end,
        serving: 'stable',
      };
    if (end.ended?.how === 'completed') {
      ctx.io.error(
        `bake-and-promote: ${reason}; but ECS had completed ${this.arn} first: ${next} serves all traffic. Roll it back (the rollback action) now.`,
      );
      return {
        back: false,
        detail: `ECS completed the deployment before the rollback: ${next} serves all traffic, run rollback`,
        reading: end,
        serving: 'new',
      };
    }
    return {
      back: false,
      detail: `ECS ended ${end.detail}, so traffic is not confirmed back on ${was}. Check \`aws ecs describe-service-deployments --service-deployment-arns ${this.arn}\``,
      reading: end,
    };
  }

  /**
   * Asks ECS to roll the deployment back (through the guard, unless it is already rolling back or over), then follows
   * it
   * to its end for up to wait-timeout; looks that fail are tried again. Throws, saying what to check, when ECS could
   * not
   * be read at all.
   */
  private async rollBackAndFollow(
    reason: string,
    ctx: ProviderContext,
  ): Promise<{ end: TrafficReading; refused?: string }> {
    const giveUpAt = ctx.clock.now() + this.request.waitTimeoutMs;
    // The deployment as the bake last saw it: the expectation that stands in for the lease when the lease cannot be
    // read.
    const expected = this.last;
    let problem: unknown;
    let last: TrafficReading | undefined;
    for (;;) {
      try {
        const d = await this.describe(ctx.clients);
        last = this.readingOf(d, d.targetServiceRevision?.requestedProductionTrafficWeight ?? 0);
        if (finished(d))
          return { end: { ...last, weight: await this.productionWeight(ctx.clients, d).catch(() => last!.weight) } };
        if (!rollingBack(d) && !this.askedRollback) {
          const refused = await this.askRollback(reason, d, expected, ctx);
          if (refused) return { end: last, refused };
        }
      } catch (err) {
        if (awsErrorKind(err) !== 'transient' && awsErrorKind(err) !== 'throttled') throw err;
        problem = err;
        ctx.io.warning(`reading or rolling back ${this.arn} failed (${errorMessage(err)}); trying again`);
      }
      if (ctx.clock.now() >= giveUpAt) break;
      await ctx.clock.sleep(this.followMs);
    }
    if (!last)
      throw new Error(
        `${this.arn} could not be read after the error (${errorMessage(problem)}); it was not rolled back. Check \`aws ecs describe-service-deployments --service-deployment-arns ${this.arn}\`; while it runs, mode: abort rolls it back (the post step tries too)`,
        { cause: problem },
      );
    return { end: { ...last, detail: `${this.arn} was ${last.detail} at the last look` } };
  }

  /**
   * The rollback, through the guard: the lease (2 s at most, after a cancel), or the deployment still as this run last
   * read it.
   */
  private async askRollback(
    reason: string,
    d: ServiceDeployment,
    expected: ServiceDeployment | undefined,
    ctx: ProviderContext,
  ): Promise<string | undefined> {
    const asked = await guardedWrite({
      what: `roll ${this.service.serviceName} back (${reason})`,
      proofs: [
        eitherProof(
          boundedProof(2000, leaseProof(this.store, ctx.me, ctx.clock)),
          this.deploymentUnchangedProof(ctx.clients, expected),
        ),
      ],
      send: async () => {
        this.askedRollback = true;
        // ECS may have finished it between our look and this call: the next look says how.
        ctx.io.info(
          await rollBackServiceDeployment(ctx.clients, d).catch(
            (err) => `asking ECS to roll back failed (${errorMessage(err)}); looking again`,
          ),
        );
      },
      readBack: async () => undefined,
    });
    return asked.done ? undefined : asked.refused;
  }

  async finish(ctx: ProviderContext): Promise<Finished> {
    const notes: string[] = [];
    const reading = await this.read(ctx);
    if (reading.waiting) {
      const answered = await this.answer(ctx);
      if (answered) return { promoted: false, detail: answered, reading, notes };
    }
    const end = await this.waitFor(ctx, (r) => r.ended !== undefined, 'ECS to finish the deployment', false);
    const promoted = end.ended?.how === 'completed';
    await this.removeOurHooks(ctx, notes);
    return {
      promoted,
      detail: promoted
        ? `ECS completed ${this.arn}: all traffic on ${shortTaskDefinition(this.request.taskDefinition)} (read back)`
        : `ECS ended ${this.arn} ${end.ended?.detail ?? 'in no known state'}`,
      reading: end,
      notes,
    };
  }

  async release(ctx: ProviderContext): Promise<void> {
    ctx.io.info(`lease: ${await releaseLease(this.store, ctx.me)}`);
  }

  resumeState(): Record<string, unknown> {
    const state: NativeResume = {
      cluster: this.request.cluster,
      service: this.service.serviceName!,
      serviceArn: this.service.serviceArn!,
      deploymentArn: this.arn,
      ours: this.native.deploymentConfiguration,
      before: this.service.deploymentConfiguration ?? {},
      traffic: this.traffic,
      revisionBefore: this.service.taskDefinition,
    };
    return { ...state };
  }

  /**
   * Answers our awaiting hook with CONTINUE, guarded: the lease, the deployment as last read, the new revision up and
   * healthy.
   */
  private async answer(ctx: ProviderContext): Promise<string | undefined> {
    const d = this.last!;
    const hold = pausedBy(d, this.native.deploymentConfiguration);
    if (hold?.owner !== 'ours')
      return `the deployment waits on a hook that is not ours: ${hold ? hold.hookIds.join(', ') : 'none'}`;
    const proofs: Proof[] = [
      leaseProof(this.store, ctx.me, ctx.clock),
      this.deploymentUnchangedProof(ctx.clients),
      this.newRevisionUpProof(ctx.clients),
    ];
    if (this.traffic.newTargetGroup) proofs.push(healthyTargetsProof(ctx.clients.elbv2, this.traffic.newTargetGroup));
    const result = await guardedWrite({
      what: `continue ${d.lifecycleStage ?? 'the paused stage'} of ${this.arn}`,
      proofs,
      send: async () => {
        const refused = await continueOurHook(ctx.clients, this.arn!, hold.hookId);
        if (refused) ctx.io.warning(`ECS did not take the CONTINUE (${refused}); the next look says why`);
      },
      readBack: async () => this.describe(ctx.clients),
    });
    if (!result.done) return result.refused;
    ctx.io.info(`continued ${d.lifecycleStage} (${hold.hookId})`);
    return undefined;
  }

  /**
   * Looks every poll interval until `until` holds, ECS ends the deployment, or wait-timeout passes; returns the last
   * reading.
   */
  private async waitFor(
    ctx: ProviderContext,
    until: (r: TrafficReading) => boolean,
    what: string,
    cancellable = true,
  ): Promise<TrafficReading> {
    const deadline = ctx.clock.now() + this.request.waitTimeoutMs;
    for (;;) {
      const reading = await this.read(ctx);
      if (until(reading) || reading.ended) return reading;
      if (ctx.clock.now() > deadline)
        return {
          ...reading,
          detail: `still waiting for ${what} after ${formatDuration(this.request.waitTimeoutMs)}: ${reading.detail}`,
        };
      await ctx.clock.sleep(this.followMs, cancellable ? ctx.signal : undefined);
    }
  }

  private async describe(clients: AwsClients): Promise<ServiceDeployment> {
    const found = (
      await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [this.arn!] }))
    ).serviceDeployments?.[0];
    if (!found) throw new Error(`DescribeServiceDeployments does not know ${this.arn}`);
    this.last = found;
    return found;
  }

  /**
   * The new revision's share of production traffic: from the production rule where the service has one, else ECS's
   * requested weight.
   */
  private async productionWeight(clients: AwsClients, d: ServiceDeployment): Promise<number> {
    const requested = d.targetServiceRevision?.requestedProductionTrafficWeight ?? 0;
    if (!this.traffic.route || !this.traffic.newTargetGroup) return requested;
    const split = (await observeRoute(clients.elbv2, this.traffic.route, 'service')).split;
    return percentOf(split, this.traffic.newTargetGroup);
  }

  private readingOf(d: ServiceDeployment, weight: number): TrafficReading {
    const [stable, next] = this.plan.sides;
    const hold = pausedBy(d, this.native.deploymentConfiguration);
    const status = d.status ?? 'unknown';
    const ended = finished(d)
      ? {
          how: endedHow(status),
          detail: `${status}${d.statusReason ? `: ${d.statusReason}` : ''}${d.rollback?.reason ? ` (${d.rollback.reason})` : ''}${d.alarms?.triggeredAlarmNames?.length ? ` (alarms ${d.alarms.triggeredAlarmNames.join(', ')})` : ''}`,
        }
      : undefined;
    const lost =
      !ended && rollingBack(d) && !this.askedRollback
        ? `another hand is rolling ${this.arn} back (${status}${d.rollback?.reason ? `: ${d.rollback.reason}` : ''})`
        : undefined;
    return {
      weight,
      shares: { [stable]: 100 - weight, [next]: weight },
      waiting: hold?.owner === 'ours',
      ended,
      lost,
      detail: `${status}${d.lifecycleStage ? ` at ${d.lifecycleStage}` : ''}, ${weight}% on ${shortTaskDefinition(this.request.taskDefinition)}${hold ? ` (paused${hold.owner === 'ours' ? '' : ' by a hook of yours'})` : ''}`,
    };
  }

  /** The service still runs what it ran when observed, with no deployment of another hand in flight. */
  private serviceUnchangedProof(clients: AwsClients): Proof {
    return async () => {
      const now = (await pollServices(clients, this.request.cluster, [this.service.serviceName!])).get(
        this.service.serviceName!,
      );
      if (now?.taskDefinition !== this.service.taskDefinition)
        return `${this.service.serviceName} runs ${shortTaskDefinition(now?.taskDefinition)} now, not the ${shortTaskDefinition(this.service.taskDefinition)} this run planned from`;
      const inFlight = now?.deployments?.find((x) => x.status === 'PRIMARY' && x.rolloutState === 'IN_PROGRESS');
      return inFlight ? `${this.service.serviceName} has a deployment in flight (${inFlight.id})` : undefined;
    };
  }

  /** The deployment is still where this run last read it: same status, stage and awaiting hook. */
  private deploymentUnchangedProof(clients: AwsClients, expected = this.last): Proof {
    return async () => {
      const now = (
        await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [this.arn!] }))
      ).serviceDeployments?.[0];
      const key = (d?: ServiceDeployment) =>
        `${d?.status}/${d?.lifecycleStage ?? ''}/${(d?.lifecycleHookDetails ?? [])
          .filter((h) => h.status === 'AWAITING_ACTION')
          .map((h) => h.hookId)
          .join(',')}`;
      return key(now) === key(expected)
        ? undefined
        : `${this.arn} is ${key(now)} now, not the ${key(expected)} this run last read`;
    };
  }

  /** The new revision has every task it asked for running. */
  private newRevisionUpProof(clients: AwsClients): Proof {
    return async () => {
      const target = (
        await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [this.arn!] }))
      ).serviceDeployments?.[0]?.targetServiceRevision;
      const [running, requested] = [target?.runningTaskCount ?? 0, target?.requestedTaskCount ?? 0];
      return requested > 0 && running >= requested
        ? undefined
        : `the new revision runs ${running} of ${requested} task(s)`;
    };
  }

  /**
   * Takes our hooks (and the alarms we added) off the service once the release has ended; the team's config otherwise
   * stays.
   */
  private async removeOurHooks(ctx: ProviderContext, notes: string[] = this.notes): Promise<void> {
    const said = await removeNativeHooks(
      ctx.clients,
      this.request.cluster,
      this.service.serviceName!,
      this.native.deploymentConfiguration,
      this.service.deploymentConfiguration ?? {},
    );
    if (!said) return;
    if (said.startsWith('could not')) notes.push(said);
    ctx.io.info(said);
  }
}

function endedHow(status: string): NonNullable<TrafficReading['ended']>['how'] {
  if (status === 'SUCCESSFUL') return 'completed';
  if (status === 'ROLLBACK_SUCCESSFUL') return 'rolled-back';
  if (status === 'STOPPED') return 'stopped';
  return 'failed';
}

/**
 * Puts the service's deploymentConfiguration back as the team had it, when it is still the one this run set; otherwise
 * (someone changed it meanwhile) only our PAUSE hooks come off. Leaving them would pause every later deployment of the
 * service, and a pause no one answers times out into a rollback. Returns what it did, or undefined when nothing was
 * ours.
 */
export async function removeNativeHooks(
  clients: AwsClients,
  cluster: string,
  name: string,
  ours: DeploymentConfiguration,
  before: DeploymentConfiguration,
): Promise<string | undefined> {
  try {
    const now = (await pollServices(clients, cluster, [name])).get(name)?.deploymentConfiguration;
    if (!hasOurHooks(now)) return undefined;
    const same = canonical(withoutOurHooks(now)) === canonical(withoutOurHooks(ours));
    const next = same ? { ...before, strategy: now?.strategy ?? before.strategy } : withoutOurHooks(now ?? {});
    await clients.ecs.send(new UpdateServiceCommand({ cluster, service: name, deploymentConfiguration: next }));
    return same
      ? `${name}: deployment configuration put back as it was before the bake (our PAUSE hooks and alarms off)`
      : `${name}: our PAUSE hooks taken off its deployment configuration (the rest was changed meanwhile and is kept)`;
  } catch (err) {
    return `could not take our PAUSE hooks off ${name} (${errorMessage(err)}): its next deployment would pause on them; remove them from its deployment configuration`;
  }
}

/** JSON with keys in order and empty values left out, so two reads of one configuration compare equal. */
function canonical(value: unknown): string {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined && x !== null && !(Array.isArray(x) && x.length === 0))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, x]) => [k, walk(x)]),
      );
    return v;
  };
  return JSON.stringify(walk(value));
}
