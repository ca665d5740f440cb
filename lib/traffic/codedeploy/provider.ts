/**
 * The CodeDeploy provider: one ECS service whose deployment controller is CODE_DEPLOY (blue/green behind an ALB).
 * The deployment is created with an AppSpec of the release's revision and the group's configuration (or one made
 * from `steps`); CodeDeploy moves the traffic. Where the group waits before rerouting (Ready) and during the
 * termination wait, CodeDeploy waits for this run's word: ContinueDeployment, through the guard. Any failure stops the
 * deployment with rollback, through the guard, and the original task set is verified back from the listeners.
 */
import type { Service } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../aws/clients.js';
import { awsErrorKind } from '../../aws/errors.js';
import { renderAppSpec } from '../../codedeploy/appspec.js';
import type { EcsDeploymentGroup } from '../../codedeploy/deployment-group.js';
import {
  continueDeployment,
  listenerShares,
  observeDeployment,
  startDeployment,
  stopWithRollback,
} from '../../codedeploy/deployments.js';
import { followDeployment } from '../../codedeploy/follow.js';
import type { CodeDeployPlan } from '../../codedeploy/plan.js';
import { redeployAllAtOnce } from '../../codedeploy/redeploy.js';
import { stepsOfRouting } from '../../codedeploy/traffic-routing.js';
import {
  type DeploymentObservation,
  type DeploymentSets,
  type DeploymentVerdict,
  describeVerdict,
  judgeDeployment,
  setsOf,
} from '../../codedeploy/verdict.js';
import { formatDuration } from '../../core/duration.js';
import { errorMessage } from '../../core/errors.js';
import { shortTaskDefinition } from '../../ecs/arns.js';
import { recordRolledOut } from '../../ecs/history.js';
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
import { boundedProof, eitherProof, guardedWrite, leaseProof, type Proof } from '../guard.js';
import { acquireLease, describeLease, ecsServiceTags, releaseLease, type TagStore } from '../lease.js';

/** What the post step needs to pick a CodeDeploy release up: plain JSON. */
export interface CodeDeployResume {
  cluster: string;
  service: string;
  serviceArn: string;
  deploymentId?: string;
  group: EcsDeploymentGroup;
}

/** One release of one CODE_DEPLOY service. */
export class CodeDeployProvider implements TrafficProvider {
  readonly kind = 'codedeploy' as const;
  readonly plan: ProviderPlan;
  notes: string[] = [];
  private store: TagStore;
  private id?: string;
  private targetId?: string;
  private sets?: DeploymentSets;
  /** The last look: the expectation of every call this run sends. */
  private last?: { o: DeploymentObservation; v: DeploymentVerdict };
  private stopped = false;
  private unknownStart?: string;

  constructor(
    private readonly request: ReleaseRequest,
    private readonly service: Service,
    private readonly codeDeploy: CodeDeployPlan,
    clients: AwsClients,
  ) {
    this.store = ecsServiceTags(clients.ecs, service.serviceArn!);
    const name = service.serviceName!;
    const steps = stepsOfRouting(codeDeploy.config.routing);
    const group = codeDeploy.group;
    this.plan = {
      steps: [
        { weight: 0, bakeMs: 0 },
        ...steps.map((s, i) => ({ weight: s.weight, bakeMs: i === steps.length - 1 ? request.holdMs : s.bakeMs })),
      ],
      summary: `CodeDeploy group ${group.applicationName}/${group.deploymentGroupName}, configuration ${codeDeploy.config.name} (${codeDeploy.config.source}); ${group.waitsBeforeRerouting ? 'it waits before rerouting: the checks run against the test listener first' : 'it reroutes without waiting'}`,
      revisionBefore: service.taskDefinition,
      revisionAfter: request.taskDefinition,
      sides: [
        `${name} ${shortTaskDefinition(service.taskDefinition)} (original)`,
        `${name} ${shortTaskDefinition(request.taskDefinition)} (replacement)`,
      ],
      testRoute: group.testListenerArns[0],
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
    const { clients, io } = ctx;
    const group = this.codeDeploy.group;
    const next = shortTaskDefinition(this.request.taskDefinition);
    const started = await guardedWrite({
      what: `create a CodeDeploy deployment of ${next}`,
      proofs: [leaseProof(this.store, ctx.me, ctx.clock)],
      send: async () => {
        try {
          this.id = await startDeployment(clients, {
            group,
            config: this.codeDeploy.config,
            appSpec: renderAppSpec(this.request.taskDefinition!, this.codeDeploy.target),
            description: `bake-and-promote ${next}`,
          });
        } catch (err) {
          // A refusal changed nothing; a call that got no answer may have created the deployment.
          if (awsErrorKind(err) === 'transient')
            this.unknownStart = `CreateDeployment of ${next} may have reached CodeDeploy. Check \`aws deploy list-deployments --application-name ${group.applicationName} --deployment-group-name ${group.deploymentGroupName}\`: a deployment still running is stopped with rollback by mode: abort`;
          throw err;
        }
      },
      readBack: async () => this.id,
    });
    if (!started.done) return { done: false, refused: started.refused };
    io.info(`${this.service.serviceName}: CodeDeploy deployment ${this.id} started with ${next}`);
    const gate = await this.waitFor(ctx, (r) => r.waiting || r.weight > 0, 'the replacement up with test traffic');
    return gate.ended
      ? {
          done: false,
          refused: `CodeDeploy ended the deployment before any production traffic moved: ${gate.ended.detail}`,
          reading: gate,
        }
      : { done: true, reading: gate };
  }

  async read(ctx: ProviderContext): Promise<TrafficReading> {
    const o = await observeDeployment(ctx.clients, this.id!, this.targetId);
    this.targetId = o.targetId;
    this.sets ??= setsOf(o.target);
    const v = judgeDeployment({ ...o, sets: this.sets });
    this.last = { o: { ...o, sets: this.sets }, v };
    return this.readingOf(v, await this.productionWeight(ctx.clients, v));
  }

  async advance(index: number, ctx: ProviderContext): Promise<Moved> {
    const target = this.plan.steps[index].weight;
    const deadline = ctx.clock.now() + this.request.waitTimeoutMs + this.plan.steps[index - 1].bakeMs;
    for (;;) {
      const reading = await this.read(ctx);
      if (reading.ended || reading.lost)
        return { done: false, refused: reading.ended?.detail ?? reading.lost!, reading };
      if (reading.weight >= target) return { done: true, reading };
      if (this.last!.v.phase === 'ready') {
        const sent = await this.continueAt('READY_WAIT', ctx);
        if (sent) return { done: false, refused: sent, reading };
      } else if (ctx.clock.now() > deadline) {
        return {
          done: false,
          refused: `CodeDeploy did not move production traffic to ${target}% in time: ${reading.detail}`,
          reading,
        };
      }
      await ctx.clock.sleep(this.followMs, ctx.signal);
    }
  }

  async restore(reason: string, ctx: ProviderContext): Promise<Restored> {
    if (this.unknownStart) throw new Error(this.unknownStart);
    if (!this.id)
      return { back: true, detail: 'no deployment was started: production traffic never moved', serving: 'stable' };
    const expected = this.last;
    const unknown = (err: unknown, what: string) =>
      new Error(
        `${what} (${errorMessage(err)}). Check \`aws deploy get-deployment --deployment-id ${this.id}\` and the production listener's weights; while it runs, mode: abort stops it with rollback (the post step tries too)`,
        { cause: err },
      );
    // A fresh look first (tried again for up to wait-timeout): the stop is sent only on what is read now.
    const look = await this.lookPatiently(ctx).catch((err) => {
      throw unknown(err, `${this.id} could not be stopped with rollback and followed after the error`);
    });
    if (!look.done && look.rollback === 'none' && look.phase !== 'stopped' && !this.stopped) {
      const asked = await guardedWrite({
        what: `stop ${this.id} with rollback (${reason})`,
        proofs: [
          eitherProof(
            boundedProof(2000, leaseProof(this.store, ctx.me, ctx.clock)),
            this.deploymentUnchangedProof(ctx.clients, expected),
          ),
        ],
        send: async () => {
          this.stopped = true;
          ctx.io.info(
            `stopped ${this.id} with rollback: ${await stopWithRollback(ctx.clients, this.id!).catch((err) => `no answer (${errorMessage(err)}); the next look says whether it took`)}`,
          );
        },
        readBack: async () => undefined,
      });
      if (!asked.done)
        return { back: false, detail: `${asked.refused}; traffic left as read: ${(await this.read(ctx)).detail}` };
    }
    const followed = await followDeployment(ctx.clients, this.id, this.codeDeploy.group, {
      clock: ctx.clock,
      signal: new AbortController().signal,
      intervalMs: this.followMs,
      timeoutMs: this.request.waitTimeoutMs,
      restoreTimeoutMs: this.request.waitTimeoutMs,
      giveUpAfterMs: this.request.waitTimeoutMs,
      decide: async () => 'wait',
    }).catch((err) => {
      throw unknown(err, `${this.id} could not be stopped with rollback and followed after the error`);
    });
    if (followed.outcome === 'succeeded') return this.putOriginalBack(reason, ctx);
    const back = followed.restore?.ok === true;
    const reading = this.readingOf(followed.verdict, back ? 0 : followed.verdict.weight);
    return {
      back,
      detail: back
        ? `${this.id} stopped with rollback; the original task set carries all traffic again (verified: ${followed.restore!.detail})`
        : `NOT verified back on the original task set: ${followed.restore?.detail ?? followed.reason}`,
      reading,
      serving: back ? 'stable' : undefined,
    };
  }

  /** One look, tried again while it fails (throttling, the network) for up to wait-timeout. */
  private async lookPatiently(ctx: ProviderContext): Promise<DeploymentVerdict> {
    const giveUpAt = ctx.clock.now() + this.request.waitTimeoutMs;
    for (;;) {
      try {
        await this.read(ctx);
        return this.last!.v;
      } catch (err) {
        const kind = awsErrorKind(err);
        if ((kind !== 'transient' && kind !== 'throttled') || ctx.clock.now() >= giveUpAt) throw err;
        ctx.io.warning(`reading ${this.id} failed (${errorMessage(err)}); trying again`);
        await ctx.clock.sleep(this.followMs);
      }
    }
  }

  async finish(ctx: ProviderContext): Promise<Finished> {
    const notes: string[] = [];
    await this.read(ctx);
    if (this.last!.v.terminationWait) {
      const sent = await this.continueAt('TERMINATION_WAIT', ctx);
      if (sent) notes.push(`the termination wait was not ended early (${sent}); CodeDeploy ends it on its own`);
    }
    const end = await this.waitFor(ctx, (r) => r.ended !== undefined, 'CodeDeploy to finish', false);
    // Still in the termination wait at our timeout: the release passed; CodeDeploy completes it on its own.
    const promoted = end.ended?.how === 'completed' || (!end.ended && end.weight === 100);
    if (promoted && this.request.taskDefinition) {
      const missed = await recordRolledOut(
        ctx.clients,
        this.request.cluster,
        this.service.serviceName!,
        this.request.taskDefinition,
        new Date(ctx.clock.now()),
      );
      if (missed)
        notes.push(
          `could not tag ${shortTaskDefinition(this.request.taskDefinition)} as rolled out (${missed}); rollback's previous target will not know this release`,
        );
    }
    return {
      promoted,
      detail: promoted ? `CodeDeploy completed ${this.id}` : `CodeDeploy ended ${this.id}: ${end.detail}`,
      reading: end,
      notes,
    };
  }

  async release(ctx: ProviderContext): Promise<void> {
    ctx.io.info(`lease: ${await releaseLease(this.store, ctx.me)}`);
  }

  resumeState(): Record<string, unknown> {
    const state: CodeDeployResume = {
      cluster: this.request.cluster,
      service: this.service.serviceName!,
      serviceArn: this.service.serviceArn!,
      deploymentId: this.id,
      group: this.codeDeploy.group,
    };
    return { ...state };
  }

  /**
   * ContinueDeployment, guarded: the lease, the deployment where it was last read, and (to reroute) the replacement
   * healthy.
   */
  private async continueAt(wait: 'READY_WAIT' | 'TERMINATION_WAIT', ctx: ProviderContext): Promise<string | undefined> {
    const sent = await guardedWrite({
      what: `continue ${this.id} (${wait})`,
      proofs: [leaseProof(this.store, ctx.me, ctx.clock), this.deploymentUnchangedProof(ctx.clients, this.last)],
      send: async () => {
        await continueDeployment(ctx.clients, this.id!, wait).catch((err) =>
          ctx.io.warning(`CodeDeploy did not take ${wait} (${errorMessage(err)}); the next look says why`),
        );
      },
      readBack: async () => undefined,
    });
    if (sent.done) ctx.io.info(`continued ${this.id} (${wait})`);
    return sent.done ? undefined : sent.refused;
  }

  /** CodeDeploy finished the release before the stop: the original goes back out as a new deployment, all at once. */
  private async putOriginalBack(reason: string, ctx: ProviderContext): Promise<Restored> {
    const was = shortTaskDefinition(this.service.taskDefinition);
    ctx.io.error(`a check failed (${reason}) just as CodeDeploy finished ${this.id}; putting ${was} back`);
    const next = shortTaskDefinition(this.request.taskDefinition);
    const group = this.codeDeploy.group;
    const back = await redeployAllAtOnce(
      ctx.clients,
      group,
      this.service,
      this.service.taskDefinition!,
      `bake-and-promote: put ${was} back after failed checks`,
      {
        clock: ctx.clock,
        signal: new AbortController().signal,
        intervalMs: this.followMs,
        timeoutMs: this.request.waitTimeoutMs,
      },
    ).catch((err) => {
      throw new Error(
        `CodeDeploy had already finished, and putting ${was} back failed: ${next} carried all traffic when CodeDeploy finished ${this.id}, and a deployment putting ${was} back may have started. Check \`aws deploy list-deployments --application-name ${group.applicationName} --deployment-group-name ${group.deploymentGroupName}\`; if ${next} still serves, run rollback`,
        { cause: err },
      );
    });
    const ok = back.followed.outcome === 'succeeded';
    const name = this.service.serviceName!;
    const reading: TrafficReading = {
      weight: ok ? 0 : 100,
      shares: { [`${name} ${was}`]: ok ? 100 : 0 },
      waiting: false,
      detail: back.followed.reason,
    };
    const detail = `CodeDeploy had already finished, so ${was} was deployed again (${back.deploymentId}: ${ok ? 'succeeded, all traffic on it' : `NOT restored: ${back.followed.reason}`})`;
    return { back: ok, detail, reading, serving: ok ? 'stable' : 'new' };
  }

  /** Looks every poll interval until `until` holds, CodeDeploy ends the deployment, or wait-timeout passes. */
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

  /**
   * The replacement's share of production traffic as the production listeners forward it (the target's weight when they
   * cannot say).
   */
  private async productionWeight(clients: AwsClients, v: DeploymentVerdict): Promise<number> {
    const replacement = this.sets?.replacementTargetGroup;
    if (!replacement || this.codeDeploy.group.prodListenerArns.length === 0) return v.weight;
    const read = await listenerShares(clients, this.codeDeploy.group, replacement).catch(() => undefined);
    const shares = Object.values(read?.shares ?? {});
    return shares.length ? Math.min(...shares) : v.weight;
  }

  private readingOf(v: DeploymentVerdict, weight: number): TrafficReading {
    const [original, replacement] = this.plan.sides;
    const waiting = v.phase === 'ready' || v.terminationWait === true;
    const how =
      v.phase === 'succeeded'
        ? 'completed'
        : v.rollback === 'rolled-back'
          ? 'rolled-back'
          : v.phase === 'stopped'
            ? 'stopped'
            : 'failed';
    const ended = v.done ? ({ how, detail: describeVerdict(v) } as const) : undefined;
    const lost =
      !v.done && (v.rollback !== 'none' || v.phase === 'stopped') && !this.stopped
        ? `${this.id} is being rolled back without this run's word (${describeVerdict(v)})`
        : undefined;
    return {
      weight,
      shares: { [replacement]: weight, [original]: 100 - weight },
      waiting,
      ended,
      lost,
      detail: `${describeVerdict(v)} (${weight}% on the replacement, read from the production listeners)`,
    };
  }

  /** The deployment is where this run last read it: same status, phase and weight. */
  private deploymentUnchangedProof(clients: AwsClients, expected = this.last): Proof {
    return async () => {
      const now = judgeDeployment({ ...(await observeDeployment(clients, this.id!, this.targetId)), sets: this.sets });
      const key = (v?: DeploymentVerdict) => `${v?.phase}/${v?.weight}/${v?.rollback}`;
      return key(now) === key(expected?.v)
        ? undefined
        : `${this.id} is ${describeVerdict(now)} now, not ${expected ? describeVerdict(expected.v) : 'what this run last read'}`;
    };
  }
}
