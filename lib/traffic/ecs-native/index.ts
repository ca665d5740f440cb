/**
 * ECS's own CANARY, LINEAR and BLUE_GREEN strategies as one provider module: open a request, or resume after a dead
 * job.
 */
import {
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  type ServiceDeployment,
} from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../aws/clients.js';
import { ConfigurationError, PlanError } from '../../core/errors.js';
import { shortTaskDefinition } from '../../ecs/arns.js';
import { pausedBy } from '../../ecs/lifecycle-hooks.js';
import { continueOurHook, rollBackServiceDeployment } from '../../ecs/service-deployments.js';
import { describeServices } from '../../ecs/services.js';
import type { ProviderContext, ProviderModule, ReleaseRequest } from '../contract.js';
import { guardedWrite, leaseProof, notHeldByOtherProof } from '../guard.js';
import { acquireLease, describeLease, ecsServiceTags, inspectLease, releaseLease } from '../lease.js';
import { planNative } from './plan.js';
import {
  finished,
  NativeProvider,
  type NativeResume,
  observeNativeTraffic,
  removeNativeHooks,
  rollingBack,
  RUNNING,
} from './provider.js';

export const nativeProvider: ProviderModule = {
  async open(request: ReleaseRequest, ctx: ProviderContext) {
    const { clients } = ctx;
    const name = request.services[0];
    const service = (await describeServices(clients, request.cluster, [name])).get(name)!;
    // ECS walks the service's own strategy: there is no "straight to 100%" to ask it for, and baking instead would not
    // be what was asked.
    if (request.mode === 'promote-now')
      throw new ConfigurationError(
        'mode',
        "promote-now is not offered for ECS's own strategies: ECS moves their traffic by the service's strategy",
        'use bake (with shorter steps), or abort',
      );
    // A PAUSE hook that outlasts the longest wait between two answers, so ECS never times it out under a live bake.
    const hookTimeoutMinutes = Math.max(
      5,
      Math.ceil((request.maxExtensionMs + request.holdMs + request.checkIntervalMs * 2) / 60_000) + 5,
    );
    const native = planNative(service, request.alarmNames, request.steps, request.stepsGiven, hookTimeoutMinutes);
    const running = await inFlight(clients, request.cluster, name);
    const weight = running?.targetServiceRevision?.requestedProductionTrafficWeight ?? 0;
    if (request.mode === 'status') {
      const summary = running
        ? `deployment ${running.serviceDeploymentArn} is ${running.status}${running.lifecycleStage ? ` at ${running.lifecycleStage}` : ''} with ${weight}% on the new revision`
        : `no deployment is running; ${native.why}`;
      return { action: 'status', summary, shares: {}, revisionBefore: service.taskDefinition };
    }
    if (request.mode === 'abort') {
      if (!running || rollingBack(running))
        return {
          action: 'nothing',
          why: running
            ? `ECS is already rolling back ${running.serviceDeploymentArn}`
            : 'nothing to abort: no deployment is running',
          shares: {},
          revisionBefore: service.taskDefinition,
        };
      const why = `asked ECS to roll back ${running.serviceDeploymentArn} (it was at ${weight}%)`;
      return {
        action: 'abort',
        why,
        revisionBefore: service.taskDefinition,
        run: (run) => abortNative(run, request, service.serviceArn!, running, why),
      };
    }
    if (running)
      throw new PlanError(
        `service "${name}" has a deployment in flight (${running.serviceDeploymentArn}, ${running.status}); refusing to start another over it (mode: abort rolls it back)`,
      );
    if (shortTaskDefinition(service.taskDefinition) === shortTaskDefinition(request.taskDefinition))
      return {
        action: 'nothing',
        why: `${name} already runs ${shortTaskDefinition(request.taskDefinition)}`,
        shares: {},
        revisionBefore: service.taskDefinition,
      };
    return {
      action: 'bake',
      provider: new NativeProvider(request, service, native, await observeNativeTraffic(clients, service), clients),
    };
  },

  async post(resume, phase, ctx) {
    const state = resume as unknown as NativeResume;
    const store = ecsServiceTags(ctx.clients.ecs, state.serviceArn);
    const lease = await inspectLease(store, ctx.me, new Date(ctx.clock.now()));
    if (lease.state === 'held')
      return `skipping: ${describeLease(lease.lease)} holds the service's lease now and owns its traffic`;
    let said = 'nothing to do: no deployment was started';
    if (state.deploymentArn) said = await settleLeftBehind(ctx, state, phase === 'promoted');
    const hooks = await removeNativeHooks(ctx.clients, state.cluster, state.service, state.ours, state.before);
    if (hooks) ctx.io.info(hooks);
    ctx.io.info(`lease: ${await releaseLease(store, ctx.me)}`);
    return said;
  },
};

/** The running deployment of a service, described, when there is one. */
async function inFlight(clients: AwsClients, cluster: string, service: string): Promise<ServiceDeployment | undefined> {
  const listed =
    (await clients.ecs.send(new ListServiceDeploymentsCommand({ cluster, service, status: [...RUNNING] })))
      .serviceDeployments ?? [];
  const arn = listed[0]?.serviceDeploymentArn;
  return arn
    ? (await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })))
        .serviceDeployments?.[0]
    : undefined;
}

/**
 * An operator's abort: the lease taken over visibly, ECS asked to roll back through the guard, our hooks off, the lease
 * let go.
 */
async function abortNative(
  ctx: ProviderContext,
  request: ReleaseRequest,
  serviceArn: string,
  running: ServiceDeployment,
  why: string,
) {
  const store = ecsServiceTags(ctx.clients.ecs, serviceArn);
  const notes: string[] = [];
  const acquired = await acquireLease(store, ctx.me, {
    ttlMs: request.waitTimeoutMs + 10 * 60_000,
    takeOverStale: true,
    preempt: true,
    clock: ctx.clock,
  });
  if (acquired.tookOver)
    notes.push(
      `took the service over from ${describeLease(acquired.tookOver)}: that run stops at its next guarded write`,
    );
  try {
    const asked = await guardedWrite({
      what: `roll ${running.serviceDeploymentArn} back`,
      proofs: [leaseProof(store, ctx.me, ctx.clock)],
      send: async () => ctx.io.info(await rollBackServiceDeployment(ctx.clients, running)),
      readBack: async () => undefined,
    });
    if (!asked.done) return { back: false, detail: asked.refused, notes };
    return { back: true, detail: why, notes };
  } finally {
    await releaseLease(store, ctx.me).catch(() => undefined);
  }
}

/**
 * The post step on a deployment main left: rolled back unless main had passed its hold; then its last hook answered.
 */
async function settleLeftBehind(ctx: ProviderContext, state: NativeResume, promoted: boolean): Promise<string> {
  const d = (
    await ctx.clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [state.deploymentArn!] }))
  ).serviceDeployments?.[0];
  if (!d) return `nothing to do: ${state.deploymentArn} is not known to ECS`;
  if (finished(d)) return `nothing to do: ${d.serviceDeploymentArn} already ended ${d.status}`;
  if (rollingBack(d)) return `nothing to do: ECS is already rolling ${d.serviceDeploymentArn} back (${d.status})`;
  const store = ecsServiceTags(ctx.clients.ecs, state.serviceArn);
  if (promoted) {
    const hold = pausedBy(d, state.ours);
    if (hold?.owner !== 'ours')
      return `leaving ${d.serviceDeploymentArn} to finish: main had passed every check through its hold`;
    const sent = await guardedWrite({
      what: `continue the last pause of ${d.serviceDeploymentArn}`,
      proofs: [notHeldByOtherProof(store, ctx.me, ctx.clock)],
      send: async () => void (await continueOurHook(ctx.clients, d.serviceDeploymentArn!, hold.hookId)),
      readBack: async () => undefined,
    });
    return sent.done
      ? `main had passed every check through its hold: continued ${d.lifecycleStage} so ECS finishes ${d.serviceDeploymentArn}`
      : sent.refused;
  }
  const weight = d.targetServiceRevision?.requestedProductionTrafficWeight ?? 0;
  const asked = await guardedWrite({
    what: `roll ${d.serviceDeploymentArn} back`,
    proofs: [notHeldByOtherProof(store, ctx.me, ctx.clock)],
    send: async () => void (await rollBackServiceDeployment(ctx.clients, d)),
    readBack: async () => undefined,
  });
  if (!asked.done) return asked.refused;
  ctx.io.warning(
    `the main step left ${d.serviceDeploymentArn} at ${weight}% (${d.lifecycleStage ?? d.status}); asked ECS to roll it back`,
  );
  return 'rolled back what the main step left';
}
