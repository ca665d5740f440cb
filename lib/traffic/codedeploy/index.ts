/** CodeDeploy blue/green as one provider module: open a request, or resume a release a dead job left behind. */
import { appSpecTargetOfService } from '../../codedeploy/appspec.js';
import { observeDeployment, stopWithRollback } from '../../codedeploy/deployments.js';
import { planCodeDeploy } from '../../codedeploy/plan.js';
import { describeVerdict, judgeDeployment } from '../../codedeploy/verdict.js';
import { ConfigurationError, PlanError } from '../../core/errors.js';
import { shortTaskDefinition } from '../../ecs/arns.js';
import { describeServices, describeTaskDefinition } from '../../ecs/services.js';
import type { ProviderContext, ProviderModule, ReleaseRequest } from '../contract.js';
import { guardedWrite, leaseProof, notHeldByOtherProof } from '../guard.js';
import { acquireLease, describeLease, ecsServiceTags, inspectLease, releaseLease } from '../lease.js';
import { CodeDeployProvider, type CodeDeployResume } from './provider.js';

export const codeDeployProvider: ProviderModule = {
  async open(request: ReleaseRequest, ctx: ProviderContext) {
    const { clients } = ctx;
    const name = request.services[0];
    const service = (await describeServices(clients, request.cluster, [name])).get(name)!;
    if (request.mode === 'promote-now')
      throw new ConfigurationError(
        'mode',
        'promote-now is not offered for CodeDeploy services: CodeDeploy moves their traffic on its own schedule',
        'use bake (with shorter steps), or abort',
      );
    // Everything that can be wrong is found before anything is started: group, AppSpec, configuration.
    const revision = request.taskDefinition ? await describeTaskDefinition(clients, request.taskDefinition) : undefined;
    const target = appSpecTargetOfService(service);
    if (!target)
      throw new PlanError(
        `service "${name}" names no container and port in its load balancer, so the AppSpec cannot say which container takes traffic`,
      );
    const plan = await planCodeDeploy(clients, {
      cluster: request.cluster,
      service: name,
      taskDefinition: revision?.definition ?? { containerDefinitions: [] },
      target: { ...target },
      steps: request.stepsGiven ? request.steps : undefined,
      inputs: { container: 'task-definition', port: 'task-definition', hooks: 'task-definition', steps: 'steps' },
    }).catch((err) => {
      // In status and abort modes the revision is not ours to check.
      if (request.mode !== 'bake' && err instanceof ConfigurationError) return undefined;
      throw err;
    });
    const active = plan?.activeDeploymentId;
    if (request.mode === 'status' || request.mode === 'abort') {
      const none = `no CodeDeploy deployment of ${name} is running`;
      if (!active && request.mode === 'status')
        return { action: 'status', summary: none, shares: {}, revisionBefore: service.taskDefinition };
      if (!active) return { action: 'nothing', why: none, shares: {}, revisionBefore: service.taskDefinition };
      const verdict = judgeDeployment(await observeDeployment(clients, active));
      if (request.mode === 'status')
        return {
          action: 'status',
          summary: `CodeDeploy deployment ${active}: ${describeVerdict(verdict)}`,
          shares: {},
          revisionBefore: service.taskDefinition,
        };
      const why = `stopped ${active} with rollback; it was ${describeVerdict(verdict)}`;
      return {
        action: 'abort',
        why,
        revisionBefore: service.taskDefinition,
        run: (run) => abortCodeDeploy(run, request, service.serviceArn!, active, why),
      };
    }
    if (!plan || !revision) throw new PlanError('the CodeDeploy plan could not be made');
    const group = plan.group;
    // CodeDeploy ends the termination wait on its own: a hold longer than it would be cut short and still look
    // promoted.
    if (request.holdMs > 0 && request.holdMs + request.checkIntervalMs > group.terminationWaitMinutes * 60_000) {
      throw new ConfigurationError(
        'hold',
        `${request.holdMs / 1000}s (plus one check interval) is longer than the deployment group's termination wait of ${group.terminationWaitMinutes} minute(s): CodeDeploy would end the hold early`,
        "lengthen the group's termination wait, or shorten `hold`",
      );
    }
    if (active)
      throw new PlanError(
        `service "${name}" has a CodeDeploy deployment in flight (${active}); refusing to start another over it (mode: abort stops it with rollback)`,
      );
    if (shortTaskDefinition(service.taskDefinition) === shortTaskDefinition(request.taskDefinition))
      return {
        action: 'nothing',
        why: `${name} already runs ${shortTaskDefinition(request.taskDefinition)}`,
        shares: {},
        revisionBefore: service.taskDefinition,
      };
    return { action: 'bake', provider: new CodeDeployProvider(request, service, plan, clients) };
  },

  async post(resume, phase, ctx) {
    const state = resume as unknown as CodeDeployResume;
    if (!state.deploymentId) return 'nothing to do: no CodeDeploy deployment was started';
    const store = ecsServiceTags(ctx.clients.ecs, state.serviceArn);
    const lease = await inspectLease(store, ctx.me, new Date(ctx.clock.now()));
    if (lease.state === 'held')
      return `skipping: ${describeLease(lease.lease)} holds the service's lease now and owns its traffic`;
    const verdict = judgeDeployment(await observeDeployment(ctx.clients, state.deploymentId));
    let said: string;
    if (verdict.done || verdict.phase === 'succeeded' || verdict.rollback !== 'none')
      said = `nothing to stop: CodeDeploy deployment ${state.deploymentId} is ${describeVerdict(verdict)}`;
    else if (phase === 'promoted')
      said = `leaving CodeDeploy deployment ${state.deploymentId} to finish: main had passed every check through the hold (${describeVerdict(verdict)})`;
    else {
      const sent = await guardedWrite({
        what: `stop ${state.deploymentId} with rollback`,
        proofs: [notHeldByOtherProof(store, ctx.me, ctx.clock)],
        send: async () => void (await stopWithRollback(ctx.clients, state.deploymentId!)),
        readBack: async () => undefined,
      });
      said = sent.done
        ? `the main step left CodeDeploy deployment ${state.deploymentId} running (${describeVerdict(verdict)}); stopped it with rollback`
        : sent.refused;
    }
    ctx.io.info(`lease: ${await releaseLease(store, ctx.me)}`);
    return said;
  },
};

/**
 * An operator's abort: the lease taken over visibly, the deployment stopped with rollback through the guard, the lease
 * let go.
 */
async function abortCodeDeploy(
  ctx: ProviderContext,
  request: ReleaseRequest,
  serviceArn: string,
  active: string,
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
    const sent = await guardedWrite({
      what: `stop ${active} with rollback`,
      proofs: [leaseProof(store, ctx.me, ctx.clock)],
      send: async () => void ctx.io.info(await stopWithRollback(ctx.clients, active)),
      readBack: async () => undefined,
    });
    return sent.done ? { back: true, detail: why, notes } : { back: false, detail: sent.refused, notes };
  } finally {
    await releaseLease(store, ctx.me).catch(() => undefined);
  }
}
