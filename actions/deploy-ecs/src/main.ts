/** deploy-ecs: inputs → observe → plan → apply (register, then the shared rollout step, then prune) → report. */
import { ECSClient } from '@aws-sdk/client-ecs';
import { createAwsClients, type AwsClients } from '../../../lib/aws/clients.js';
import type { CodeDeployPlan } from '../../../lib/codedeploy/plan.js';
import { CancelledError, errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { familyOf } from '../../../lib/ecs/arns.js';
import { describeStyle } from '../../../lib/ecs/deployment-style.js';
import { overallStatus, recordStateOf, rollOut, type RolloutContext, type RolloutReport, type ServiceChange } from '../../../lib/ecs/rollout.js';
import {
  activeRevisions,
  deregisterTaskDefinition,
  describeServices,
  describeTaskDefinition,
  newestRevision,
  registerTaskDefinition,
  registeredByUs,
  revisionsToPrune,
  taskDefinitionsInUse,
} from '../../../lib/ecs/services.js';
import { startDeploymentRecord } from '../../../lib/report/github-deployment.js';
import { checkSecretReferences, reportReferenceCheck } from '../../../lib/secrets/references.js';
import { describeDiff } from '../../../lib/taskdef/compare.js';
import { readDeployInputs, type DeployInputs } from './inputs.js';
import { planDeploy, type DeployPlan, type ObservedService } from './plan.js';
import { deploySummary, type ServiceResult } from './summary.js';

export interface DeployDeps {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export async function main(ctx: RunContext): Promise<void> {
  await deploy(ctx);
}

/** The whole action; `deps` lets scenario tests drive time. */
export async function deploy({ io, signal }: RunContext, deps: DeployDeps = {}): Promise<void> {
  const inputs = readDeployInputs(io, deps.env);
  // Its first call is ECS's (DescribeServices): that client comes with the entry, the others load on first use.
  const clients = createAwsClients({ region: inputs.region, action: 'deploy-ecs', signal, preloaded: { ecs: ECSClient } });

  const observed = await io.group(`Read ${inputs.services.length} service(s) in ${inputs.cluster}`, () => observe(clients, inputs));
  await verifySecrets(clients, inputs, io);
  const plan = planDeploy(inputs, observed);
  // CODE_DEPLOY services: their group, configuration and deployment in flight, read before anything is registered.
  // That path (lib/codedeploy, and the CodeDeploy and ELBv2 commands) is loaded only when a service takes it.
  const codeDeployPath = plan.services.some((s) => s.style.controller === 'CODE_DEPLOY') && !inputs.registerOnly ? await import('./codedeploy.js') : undefined;
  const codeDeploy = codeDeployPath ? await codeDeployPath.planCodeDeployServices(clients, inputs, plan, observed) : new Map<string, CodeDeployPlan>();
  await io.group('Plan', async () => logPlan(plan, codeDeploy, io, codeDeployPath));
  // Everything above only read; a cancel that arrived meanwhile stops here, before the first change.
  if (signal.aborted) throw signal.reason ?? new CancelledError();

  const record = inputs.registerOnly
    ? undefined
    : await startDeploymentRecord(io, inputs.githubDeployment && { ...inputs.githubDeployment, description: `deploy ${inputs.services.join(', ')} to ${inputs.cluster}` });
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
        update: s.action === 'no-change' ? undefined : { taskDefinitionArn: arn ?? s.previousTaskDefinitionArn!, desiredCount: s.desiredCount, forceNewDeployment: inputs.forceNewDeployment },
        containers: s.registration !== undefined ? (plan.registrations[s.registration].containerDefinitions ?? []) : [],
      };
    });
    if (inputs.registerOnly) {
      results = changes.map((c, i) => ({ service: c.service, action: plan.services[i].action, status: 'unchanged', taskDefinitionArn: c.update?.taskDefinitionArn ?? c.observed.taskDefinition, previousTaskDefinitionArn: c.observed.taskDefinition }));
    } else {
      report = await deployAll(changes, codeDeploy, inputs, { clients, io, signal, clock: deps.clock, actionName: 'deploy-ecs' });
      results = plan.services.map((s) => ({ ...report.results.find((r) => r.service === s.service)!, action: s.action }));
      if (inputs.keepRevisions > 0 && !report.cancelled && results.every((r) => r.status === 'succeeded' || r.status === 'unchanged')) {
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
  if (failed.length) throw new Error(`rollout failed for ${failed.map((r) => `${r.service} (${r.reason})`).join('; ')}`);
}

/**
 * Rolls out the ECS-controlled services with UpdateService (rolling, or ECS's own strategies walked through their
 * lifecycle stages), then deploys the CODE_DEPLOY ones through CodeDeploy, one after another.
 */
async function deployAll(changes: ServiceChange[], codeDeploy: Map<string, CodeDeployPlan>, inputs: DeployInputs, ctx: RolloutContext): Promise<RolloutReport> {
  const settings = { cluster: inputs.cluster, wait: inputs.wait, timeoutMs: inputs.waitTimeoutMs, intervalMs: inputs.pollIntervalMs };
  const byEcs = changes.filter((c) => !codeDeploy.has(c.service));
  const report: RolloutReport = byEcs.length ? await rollOut(byEcs, settings, ctx) : { results: [] };
  for (const c of changes.filter((x) => codeDeploy.has(x.service))) {
    const update = c.update && { taskDefinitionArn: c.update.taskDefinitionArn, desiredCount: c.update.desiredCount };
    const { deployThroughCodeDeploy } = await import('./codedeploy.js');
    const result = await deployThroughCodeDeploy({ service: c.service, observed: c.observed, plan: codeDeploy.get(c.service)!, update, containers: c.containers ?? [] }, settings, ctx);
    report.results.push(result);
    if (result.failureKind === 'cancelled' || (ctx.signal?.aborted && result.status === 'unchanged' && c.update)) {
      report.cancelled ??= { message: errorMessage(ctx.signal?.reason ?? 'job cancelled'), leftInFlight: [] };
      if (result.deploymentId) report.cancelled.leftInFlight.push({ service: c.service, state: result.reason ?? `CodeDeploy deployment ${result.deploymentId} stopped with rollback` });
    }
  }
  return report;
}

function writeOutputs(io: ActionIO, results: ServiceResult[], registerOnly: boolean): void {
  const primary = results[0];
  io.setOutput('task-definition-arn', primary?.taskDefinitionArn ?? '');
  io.setOutput('previous-task-definition-arn', primary?.previousTaskDefinitionArn ?? '');
  io.setOutput('deployment-id', primary?.deploymentId ?? '');
  io.setOutput('changed', String(results.some((r) => r.action !== 'no-change')));
  io.setOutput('status', registerOnly ? 'registered' : overallStatus(results));
  io.setOutput('results', JSON.stringify(results.map(({ explanation: _explanation, timeline: _timeline, ...rest }) => rest)));
}

async function observe(clients: AwsClients, inputs: DeployInputs): Promise<ObservedService[]> {
  const services = await describeServices(clients, inputs.cluster, inputs.services);
  const requested = inputs.source.kind === 'registered' ? await describeTaskDefinition(clients, inputs.source.reference).catch(() => undefined) : undefined;
  const newestByFamily = new Map<string, ObservedService['newest']>();
  const observed: ObservedService[] = [];
  for (const name of inputs.services) {
    const service = services.get(name)!;
    const current = service.taskDefinition ? await describeTaskDefinition(clients, service.taskDefinition) : undefined;
    const family = inputs.source.kind === 'document' ? inputs.source.draft.family : current?.definition.family;
    if (family && inputs.source.kind !== 'registered' && !newestByFamily.has(family)) newestByFamily.set(family, await newestRevision(clients, family));
    observed.push({ name, service, current, newest: family ? newestByFamily.get(family) : undefined, requested });
  }
  return observed;
}

async function verifySecrets(clients: AwsClients, inputs: DeployInputs, io: ActionIO): Promise<void> {
  if (!inputs.verifySecrets || inputs.render.secrets.length === 0) return;
  reportReferenceCheck(await checkSecretReferences(clients, inputs.render.secrets), inputs.region, io);
}

function logPlan(plan: DeployPlan, codeDeploy: Map<string, CodeDeployPlan>, io: ActionIO, codeDeployPath?: typeof import('./codedeploy.js')): void {
  for (const service of plan.services) {
    const cd = codeDeploy.get(service.service);
    io.info(`${service.service}: ${service.action} (${service.why}); through ${cd && codeDeployPath ? codeDeployPath.describeCodeDeployPlan(cd) : describeStyle(service.style)}`);
    for (const line of describeDiff(service.diff)) io.info(`  ${line}`);
  }
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
async function prune(clients: AwsClients, inputs: DeployInputs, plan: DeployPlan, registered: string[], observed: ObservedService[], io: ActionIO): Promise<void> {
  await io.group(`Keep the newest ${inputs.keepRevisions} revision(s)`, async () => {
    const spared = await taskDefinitionsInUse(clients);
    for (const o of observed) if (o.service.taskDefinition) spared.add(o.service.taskDefinition);
    for (const arn of registered) spared.add(arn);
    const families = new Set([...plan.registrations.map((d) => d.family!), ...plan.services.flatMap((s) => (s.existingArn ? [familyOf(s.existingArn)] : []))]);
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
