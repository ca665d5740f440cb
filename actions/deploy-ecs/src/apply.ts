/**
 * deploy-ecs's apply stage: register the plan's revisions, roll each service out (the shared rollout step, or
 * CodeDeploy), prune old revisions, then the outputs, the job summary and the GitHub record, whatever happened.
 * main.ts loads it once the plan is made: a run that stops at its reads or its plan never reads this code, and
 * none of it is compiled before the action's first AWS call.
 */
import type { AwsClients } from '../../../lib/aws/clients.js';
import type { CodeDeployPlan } from '../../../lib/codedeploy/plan.js';
import { CancelledError, errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { familyOf } from '../../../lib/ecs/arns.js';
import {
  overallStatus,
  recordStateOf,
  rollOut,
  type RolloutContext,
  type RolloutReport,
  type ServiceChange,
} from '../../../lib/ecs/rollout.js';
import {
  activeRevisions,
  deregisterTaskDefinition,
  describeTaskDefinition,
  registeredByUs,
  registerTaskDefinition,
  revisionsToPrune,
  taskDefinitionsInUse,
} from '../../../lib/ecs/services.js';
import { startDeploymentRecord } from '../../../lib/report/github-deployment.js';
import type { DeployInputs } from './inputs.js';
import type { DeployPlan, ObservedService, ServicePlan } from './plan.js';
import { deploySummary, type ServiceResult } from './summary.js';

/**
 * What main.ts read and decided: the inputs, the services as observed, the plan and each CODE_DEPLOY service's plan.
 */
export interface PlannedDeploy {
  inputs: DeployInputs;
  observed: ObservedService[];
  plan: DeployPlan;
  codeDeploy: Map<string, CodeDeployPlan>;
}

export interface ApplyContext {
  clients: AwsClients;
  io: ActionIO;
  signal: AbortSignal;
  clock?: Clock;
}

/** Carries the plan out and reports it; throws when the deploy failed or was cancelled, after reporting. */
export async function applyDeploy(
  { inputs, observed, plan, codeDeploy }: PlannedDeploy,
  { clients, io, signal, clock }: ApplyContext,
): Promise<void> {
  const record = inputs.registerOnly
    ? undefined
    : await startDeploymentRecord(
        io,
        inputs.githubDeployment && {
          ...inputs.githubDeployment,
          description: `deploy ${inputs.services.join(', ')} to ${inputs.cluster}`,
        },
      );
  let report: RolloutReport = { results: [] };
  let results: ServiceResult[] = [];
  let thrown: unknown;
  try {
    const registered = await register(clients, plan, io, signal);
    const changes = plan.services.map((s): ServiceChange => {
      const arn = s.registration !== undefined ? registered[s.registration] : s.existingArn;
      return {
        service: s.service,
        observed: observed.find((o) => o.name === s.service)!.service,
        update:
          s.action === 'no-change'
            ? undefined
            : {
                taskDefinitionArn: arn ?? s.previousTaskDefinitionArn!,
                desiredCount: s.desiredCount,
                forceNewDeployment: inputs.forceNewDeployment,
              },
        containers: s.registration !== undefined ? (plan.registrations[s.registration].containerDefinitions ?? []) : [],
      };
    });
    if (inputs.registerOnly) {
      results = changes.map((c, i) =>
        registeredResult(
          plan.services[i],
          c.update?.taskDefinitionArn ?? c.observed.taskDefinition,
          c.observed.taskDefinition,
        ),
      );
      const serving = servingService(changes.map((c) => ({ ...c.observed, serviceName: c.service })));
      for (const r of results) if (r.service === serving) r.serving = true;
    } else {
      report = await deployAll(changes, codeDeploy, inputs, { clients, io, signal, clock, actionName: 'deploy-ecs' });
      results = plan.services.map((s) => ({
        ...report.results.find((r) => r.service === s.service)!,
        action: s.action,
      }));
      if (
        inputs.keepRevisions > 0 &&
        !report.cancelled &&
        results.every((r) => r.status === 'succeeded' || r.status === 'unchanged')
      ) {
        await prune(clients, inputs, plan, registered, observed, io);
      }
    }
  } catch (err) {
    thrown = err;
  }

  // Outputs, the summary and the GitHub record are written whatever happened above.
  const failed = results.filter((r) => r.status === 'failed');
  writeOutputs(io, results, inputs.registerOnly);
  await io.appendSummary(deploySummary(inputs, plan, results, report.cancelled?.leftInFlight, thrown));
  const [state, description] = recordStateOf(results, { thrown, cancelled: !!report.cancelled }, 'deploy');
  await record?.setState(state, description);

  if (thrown) throw thrown;
  if (report.cancelled) throw new CancelledError(report.cancelled.message);
  if (failed.length)
    throw new Error(`rollout failed for ${failed.map((r) => `${r.service} (${r.reason})`).join('; ')}`);
}

/**
 * Rolls out the ECS-controlled services with UpdateService (rolling, or ECS's own strategies walked through their
 * lifecycle stages), then deploys the CODE_DEPLOY ones through CodeDeploy, one after another.
 */
async function deployAll(
  changes: ServiceChange[],
  codeDeploy: Map<string, CodeDeployPlan>,
  inputs: DeployInputs,
  ctx: RolloutContext,
): Promise<RolloutReport> {
  const settings = {
    cluster: inputs.cluster,
    wait: inputs.wait,
    timeoutMs: inputs.waitTimeoutMs,
    intervalMs: inputs.pollIntervalMs,
  };
  const byEcs = changes.filter((c) => !codeDeploy.has(c.service));
  const report: RolloutReport = byEcs.length ? await rollOut(byEcs, settings, ctx) : { results: [] };
  for (const c of changes.filter((x) => codeDeploy.has(x.service))) {
    const update = c.update && { taskDefinitionArn: c.update.taskDefinitionArn, desiredCount: c.update.desiredCount };
    const { deployThroughCodeDeploy } = await import('./codedeploy.js');
    const result = await deployThroughCodeDeploy(
      {
        service: c.service,
        observed: c.observed,
        plan: codeDeploy.get(c.service)!,
        update,
        containers: c.containers ?? [],
      },
      settings,
      ctx,
    );
    report.results.push(result);
    if (result.failureKind === 'cancelled' || (ctx.signal?.aborted && result.status === 'unchanged' && c.update)) {
      report.cancelled ??= { message: errorMessage(ctx.signal?.reason ?? 'job cancelled'), leftInFlight: [] };
      if (result.deploymentId)
        report.cancelled.leftInFlight.push({
          service: c.service,
          state: result.reason ?? `CodeDeploy deployment ${result.deploymentId} stopped with rollback`,
        });
    }
  }
  return report;
}

async function register(clients: AwsClients, plan: DeployPlan, io: ActionIO, signal: AbortSignal): Promise<string[]> {
  if (plan.registrations.length === 0) return [];
  return io.group('Register task definitions', async () => {
    const arns: string[] = [];
    for (const draft of plan.registrations) {
      if (signal.aborted) throw signal.reason ?? new CancelledError();
      const arn = await registerTaskDefinition(clients, draft);
      io.info(`registered ${arn}`);
      arns.push(arn);
    }
    return arns;
  });
}

/**
 * Deregisters all but the newest `keep-revisions` of each family deployed, sparing any revision a service in
 * any cluster of the account uses, the revision each service ran before (its rollback target), what this run
 * registered, and every revision this collection did not register.
 */
async function prune(
  clients: AwsClients,
  inputs: DeployInputs,
  plan: DeployPlan,
  registered: string[],
  observed: ObservedService[],
  io: ActionIO,
): Promise<void> {
  await io.group(`Keep the newest ${inputs.keepRevisions} revision(s)`, async () => {
    const spared = await taskDefinitionsInUse(clients);
    for (const o of observed) if (o.service.taskDefinition) spared.add(o.service.taskDefinition);
    for (const arn of registered) spared.add(arn);
    const families = new Set([
      ...plan.registrations.map((d) => d.family!),
      ...plan.services.flatMap((s) => (s.existingArn ? [familyOf(s.existingArn)] : [])),
    ]);
    for (const family of families) {
      for (const arn of revisionsToPrune(await activeRevisions(clients, family), inputs.keepRevisions, spared)) {
        const { tags } = await describeTaskDefinition(clients, arn);
        if (!registeredByUs(tags)) {
          io.info(`kept ${arn}: not registered by ecs-fargate-actions`);
          continue;
        }
        await deregisterTaskDefinition(clients, arn);
        io.info(`deregistered ${arn}`);
      }
    }
  });
}

/**
 * register-only, one service: `register` (a new revision registered now: status `registered`), `reuse` (an
 * identical revision of the same commit registered earlier) or `no-change` (the service already runs it); both
 * of the latter register nothing: status `unchanged`. No service is touched either way.
 */
export function registeredResult(
  plan: Pick<ServicePlan, 'service' | 'action' | 'registration'>,
  taskDefinitionArn: string | undefined,
  previousTaskDefinitionArn: string | undefined,
): ServiceResult {
  const action: ServiceResult['action'] =
    plan.registration !== undefined ? 'register' : plan.action === 'no-change' ? 'no-change' : 'reuse';
  return {
    service: plan.service,
    action,
    status: action === 'register' ? 'registered' : 'unchanged',
    taskDefinitionArn,
    previousTaskDefinitionArn,
  };
}

/**
 * Of several services (the colors of a pair), the one running the most tasks: the revision the release replaces is
 * its. Undefined for one service, or when none runs a task. Pure.
 */
export function servingService(
  services: { serviceName?: string; runningCount?: number; desiredCount?: number }[],
): string | undefined {
  if (services.length < 2) return undefined;
  const tasks = (s: (typeof services)[number]) => Math.max(s.runningCount ?? 0, s.desiredCount ?? 0);
  const best = services.reduce((a, b) => (tasks(b) > tasks(a) ? b : a));
  return tasks(best) > 0 ? best.serviceName : undefined;
}

/**
 * The step's outputs, which always agree: `changed` is true when a revision was registered or a service updated;
 * `status` is `registered`/`unchanged` for register-only (`registered` exactly when `changed`), else the rollout's
 * overall status; `results` has one entry per service with its own action and status.
 */
export function stepOutputs(results: ServiceResult[], registerOnly: boolean): Record<string, string> {
  // The service the outputs name: for register-only of several services, the one serving (its revision is what the
  // release replaces).
  const primary = (registerOnly && results.find((r) => r.serving)) || results[0];
  const changed = registerOnly
    ? results.some((r) => r.status === 'registered')
    : results.some((r) => r.action !== 'no-change');
  return {
    'task-definition-arn': primary?.taskDefinitionArn ?? '',
    'previous-task-definition-arn': primary?.previousTaskDefinitionArn ?? '',
    'deployment-id': primary?.deploymentId ?? '',
    changed: String(changed),
    status: registerOnly ? (changed ? 'registered' : 'unchanged') : overallStatus(results),
    results: JSON.stringify(results.map(({ explanation: _explanation, timeline: _timeline, ...rest }) => rest)),
  };
}

function writeOutputs(io: ActionIO, results: ServiceResult[], registerOnly: boolean): void {
  const outputs = stepOutputs(results, registerOnly);
  io.setOutput('task-definition-arn', outputs['task-definition-arn']);
  io.setOutput('previous-task-definition-arn', outputs['previous-task-definition-arn']);
  io.setOutput('deployment-id', outputs['deployment-id']);
  io.setOutput('changed', outputs.changed);
  io.setOutput('status', outputs.status);
  io.setOutput('results', outputs.results);
}
