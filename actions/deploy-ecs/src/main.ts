/** deploy-ecs: inputs → observe → plan → apply (register, update, watch, explain, prune) → report. */
import { createAwsClients, type AwsClients } from '../../../lib/aws/clients.js';
import type { Clock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { explainFailure, type FailureExplanation } from '../../../lib/ecs/failure-explanation.js';
import { RolloutsCancelled, watchRollouts, type RolloutOutcome } from '../../../lib/ecs/rollout-watch.js';
import {
  activeRevisions,
  deregisterTaskDefinition,
  describeServices,
  describeTaskDefinition,
  registerTaskDefinition,
  revisionsToPrune,
  taskDefinitionsInUse,
  updateService,
} from '../../../lib/ecs/services.js';
import { startDeploymentRecord } from '../../../lib/report/github-deployment.js';
import { checkSecretReferences, reportReferenceCheck } from '../../../lib/secrets/references.js';
import { describeDiff } from '../../../lib/taskdef/compare.js';
import { readDeployInputs, type DeployInputs } from './inputs.js';
import { planDeploy, type DeployPlan, type ObservedService } from './plan.js';
import { cancelledSummary, deploySummary, type ServiceResult } from './summary.js';

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
  const clients = createAwsClients({ region: inputs.region, action: 'deploy-ecs' });

  const observed = await io.group(`Read ${inputs.services.length} service(s) in ${inputs.cluster}`, () => observe(clients, inputs));
  await verifySecrets(clients, inputs, io);
  const plan = planDeploy(inputs, observed);
  await io.group('Plan', async () => logPlan(plan, io));

  const record = await startDeploymentRecord(
    io,
    inputs.githubDeployment && { ...inputs.githubDeployment, description: `deploy ${inputs.services.join(', ')} to ${inputs.cluster}` },
  );
  let results: ServiceResult[];
  try {
    results = await apply(clients, inputs, plan, { io, signal }, deps.clock);
  } catch (err) {
    if (err instanceof RolloutsCancelled) {
      await io.appendSummary(cancelledSummary(inputs, err.leftInFlight));
      await record.setState('error', 'cancelled mid-rollout');
    }
    throw err;
  }
  const failed = results.filter((r) => r.status === 'failed');

  const primary = results[0];
  io.setOutput('task-definition-arn', primary.taskDefinitionArn ?? '');
  io.setOutput('previous-task-definition-arn', primary.previousTaskDefinitionArn ?? '');
  io.setOutput('deployment-id', primary.deploymentId ?? '');
  io.setOutput('changed', String(results.some((r) => r.action !== 'no-change')));
  io.setOutput('results', JSON.stringify(results.map(({ explanation: _explanation, timeline: _timeline, ...rest }) => rest)));
  await io.appendSummary(deploySummary(inputs, plan, results));

  await record.setState(failed.length ? 'failure' : 'success', failed.length ? `${failed.length} service(s) failed` : 'deployed');
  if (failed.length) {
    throw new Error(`rollout failed for ${failed.map((r) => `${r.service} (${r.reason})`).join('; ')}`);
  }
}

async function observe(clients: AwsClients, inputs: DeployInputs): Promise<ObservedService[]> {
  const services = await describeServices(clients, inputs.cluster, inputs.services);
  const observed: ObservedService[] = [];
  for (const name of inputs.services) {
    const service = services.get(name)!;
    const current = service.taskDefinition ? await describeTaskDefinition(clients, service.taskDefinition) : undefined;
    observed.push({ name, service, current });
  }
  return observed;
}

async function verifySecrets(clients: AwsClients, inputs: DeployInputs, io: RunContext['io']): Promise<void> {
  if (!inputs.verifySecrets || inputs.render.secrets.length === 0) return;
  reportReferenceCheck(await checkSecretReferences(clients, inputs.render.secrets), inputs.region, io);
}

function logPlan(plan: DeployPlan, io: RunContext['io']): void {
  for (const service of plan.services) {
    io.info(`${service.service}: ${service.action} (${service.why})`);
    for (const line of describeDiff(service.diff)) io.info(`  ${line}`);
  }
}

async function apply(clients: AwsClients, inputs: DeployInputs, plan: DeployPlan, ctx: RunContext, clock?: Clock): Promise<ServiceResult[]> {
  const { io, signal } = ctx;
  const registered = await io.group('Register task definitions', async () => {
    const arns: string[] = [];
    for (const draft of plan.registrations) {
      const arn = await registerTaskDefinition(clients, draft);
      io.info(`registered ${arn}`);
      arns.push(arn);
    }
    return arns;
  });

  const results: ServiceResult[] = [];
  const startedAt = new Date();
  await io.group('Update services', async () => {
    for (const service of plan.services) {
      const base: ServiceResult = { service: service.service, action: service.action, previousTaskDefinitionArn: service.previousTaskDefinitionArn, taskDefinitionArn: service.previousTaskDefinitionArn, status: 'unchanged' };
      if (service.action === 'no-change') {
        io.info(`${service.service}: nothing to deploy: ${service.why}`);
        results.push(base);
        continue;
      }
      const taskDefinitionArn = service.registration !== undefined ? registered[service.registration] : service.previousTaskDefinitionArn!;
      const { deploymentId } = await updateService(clients, {
        cluster: inputs.cluster,
        service: service.service,
        taskDefinitionArn,
        desiredCount: service.desiredCount,
        forceNewDeployment: inputs.forceNewDeployment,
      });
      io.info(`${service.service}: deployment ${deploymentId} started with ${taskDefinitionArn}`);
      results.push({ ...base, taskDefinitionArn, deploymentId, status: inputs.wait ? 'in-progress' : 'started' });
    }
  });

  const toWatch = results.filter((r) => r.status === 'in-progress');
  if (toWatch.length === 0) return results;
  const outcomes = await io.group(`Watch ${toWatch.length} rollout(s)`, () =>
    watchRollouts({
      clients,
      cluster: inputs.cluster,
      targets: toWatch.map((r) => ({ service: r.service, deploymentId: r.deploymentId!, taskDefinitionArn: r.taskDefinitionArn!, previousTaskDefinitionArn: r.previousTaskDefinitionArn })),
      intervalMs: inputs.pollIntervalMs,
      timeoutMs: inputs.waitTimeoutMs,
      io,
      signal,
      clock,
      startedAt,
    }),
  );
  for (const outcome of outcomes) await recordOutcome(clients, inputs, plan, results, outcome, ctx);
  if (inputs.keepRevisions > 0 && results.every((r) => r.status !== 'failed')) await prune(clients, inputs, plan, ctx);
  return results;
}

async function recordOutcome(clients: AwsClients, inputs: DeployInputs, plan: DeployPlan, results: ServiceResult[], outcome: RolloutOutcome, { io }: RunContext): Promise<void> {
  const result = results.find((r) => r.service === outcome.target.service)!;
  result.deploymentId = outcome.target.deploymentId;
  result.elapsedSeconds = Math.round(outcome.elapsedMs / 1000);
  result.timeline = outcome.timeline;
  if (outcome.verdict.state === 'succeeded') {
    result.status = 'succeeded';
    return;
  }
  result.status = 'failed';
  result.failureKind = outcome.verdict.kind;
  result.reason = outcome.verdict.reason;
  const servicePlan = plan.services.find((s) => s.service === result.service);
  const containers = servicePlan?.registration !== undefined ? plan.registrations[servicePlan.registration].containerDefinitions ?? [] : [];
  const explanation: FailureExplanation = await explainFailure(clients, inputs.cluster, outcome.lastSeen, result.taskDefinitionArn!, containers);
  result.explanation = explanation;
  await io.group(`Why ${result.service} failed`, async () => {
    io.error(`${result.service}: ${result.reason}`, { title: `deploy-ecs: ${result.service} rollout failed` });
    for (const task of explanation.stoppedTasks) {
      io.info(`stopped ${task.taskId}: ${task.stopCode ?? ''} ${task.stoppedReason ?? ''}`.trim());
      for (const c of task.containers) {
        const parts = [`exit ${c.exitCode ?? '—'}`, c.reason, c.health, c.logUrl && `logs: ${c.logUrl}`].filter(Boolean);
        io.info(`  ${c.name}: ${parts.join(', ')}`);
      }
    }
    for (const target of explanation.unhealthyTargets) io.info(`target ${target}`);
    for (const event of explanation.recentEvents) io.info(`event: ${event}`);
    io.info(`console: ${explanation.consoleUrl}`);
  });
}

async function prune(clients: AwsClients, inputs: DeployInputs, plan: DeployPlan, { io }: RunContext): Promise<void> {
  await io.group(`Keep the newest ${inputs.keepRevisions} revision(s)`, async () => {
    const inUse = await taskDefinitionsInUse(clients, inputs.cluster);
    for (const family of new Set(plan.registrations.map((d) => d.family!))) {
      for (const arn of revisionsToPrune(await activeRevisions(clients, family), inputs.keepRevisions, inUse)) {
        await deregisterTaskDefinition(clients, arn);
        io.info(`deregistered ${arn}`);
      }
    }
  });
}
