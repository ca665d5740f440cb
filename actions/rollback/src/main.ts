/**
 * rollback: inputs → observe (service, completed rollouts, deployment in flight) → plan (here) → apply (apply.ts) →
 * tell the team.
 */
import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  ECSClient,
  ListServiceDeploymentsCommand,
} from '@aws-sdk/client-ecs';

import { type AwsClients, createAwsClients } from '../../../lib/aws/clients.js';
import { formatDuration } from '../../../lib/core/duration.js';
import type { ActionIO } from '../../../lib/core/io.js';
import { type Clock, realClock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { familyOf } from '../../../lib/ecs/arns.js';
import { deploymentStyleOf } from '../../../lib/ecs/deployment-style.js';
import { deploymentHistory, gitShaOf } from '../../../lib/ecs/history.js';
import { describeServices, findTaskDefinition } from '../../../lib/ecs/services.js';
import { checkNotifyTargets } from '../../../lib/notify/send.js';
import type { CodeDeployObserved } from './codedeploy.js';
import { readRollbackInputs, type RollbackInputs } from './inputs.js';
import { type ObservedRollback, planRollback, type RollbackPlan } from './plan.js';
import type { RollbackResult } from './summary.js';

export interface RollbackDeps {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export async function main(ctx: RunContext): Promise<void> {
  await rollback(ctx);
}

export async function rollback({ io, signal }: RunContext, deps: RollbackDeps = {}): Promise<void> {
  const inputs = readRollbackInputs(io, deps.env);
  // Its first call is ECS's (DescribeServices): that client comes with the entry, the others load on first use.
  const clients = createAwsClients({
    region: inputs.region,
    action: 'rollback',
    signal,
    preloaded: { ecs: ECSClient },
  });
  if (inputs.route) return rollbackByFlip(clients, inputs, { io, signal }, deps);

  const observed = await io.group(`Read ${inputs.services.length} service(s) and their completed rollouts`, () =>
    observe(clients, inputs, io),
  );
  if (inputs.verifyOnly) return (await import('./verify.js')).verifyCompleted(inputs, observed, io);
  // CODE_DEPLOY services roll back through CodeDeploy: their group and any deployment in flight, read before any
  // change.
  // That path (lib/codedeploy, and the CodeDeploy and ELBv2 commands) is loaded only when a service takes it.
  const codeDeployed = observed.filter((o) => deploymentStyleOf(o.service).controller === 'CODE_DEPLOY');
  const codeDeployPath = codeDeployed.length ? await import('./codedeploy.js') : undefined;
  const codeDeploy = new Map<string, CodeDeployObserved>();
  for (const o of codeDeployed)
    codeDeploy.set(o.name, await codeDeployPath!.observeCodeDeploy(clients, inputs.cluster, o.service));
  await checkNotifyTargets(clients, inputs.notify);
  // A CodeDeploy deployment in flight is what to undo: no earlier target is needed (or asked) for it.
  const stopsInFlight = (o: ObservedRollback) => codeDeploy.get(o.name)?.activeDeploymentId !== undefined;
  const planned = planRollback(
    inputs,
    observed.filter((o) => !stopsInFlight(o)),
  ).services;
  const plan: RollbackPlan = {
    services: observed.map((o) => {
      const s = planned.find((p) => p.service === o.name) ?? {
        service: o.name,
        from: { arn: o.service.taskDefinition ?? '', gitSha: gitShaOf(o.current?.tags) },
        to: { arn: '' },
        action: 'none' as const,
        why: '',
      };
      return codeDeploy.has(o.name) ? codeDeployPath!.codeDeployPlan(s, codeDeploy.get(o.name)!) : s;
    }),
  };
  // Carrying the plan out, and reporting it (apply.ts), is loaded once there is a plan.
  const apply = await import('./apply.js');
  if (await apply.planOnly(inputs, plan, io)) return;
  await apply.applyRollback(
    { inputs, plan, observed, codeDeploy, codeDeployPath },
    { clients, io, signal, clock: deps.clock },
  );
}

/**
 * Two colors behind a weighted rule: all traffic back on the color that last served well (the shared flip decides
 * from the rule's bake record and the revisions' records), through the bake's guarded writes; nothing changes when
 * there is nothing to roll back, and the outputs and the team's notice say so.
 */
async function rollbackByFlip(
  clients: AwsClients,
  inputs: RollbackInputs,
  { io, signal }: RunContext,
  deps: RollbackDeps,
): Promise<void> {
  const clock = deps.clock ?? realClock;
  // Loaded only for a blue/green pair: the flip (the lease, target health, the colors' records: ELBv2 commands).
  const { flipTraffic, observeFlip, planFlip } = await import('./flip.js');
  const { observed, colors, context } = await observeFlip(clients, inputs, clock);
  await checkNotifyTargets(clients, inputs.notify);
  const flip = planFlip(observed.route, colors, context);
  const apply = await import('./apply.js');
  if (flip.action === 'nothing') return apply.nothingToRollBack(inputs, colors, observed.route.split, flip.why, io);
  const plan: RollbackPlan = {
    services: [
      {
        service: flip.good.service,
        from: { arn: flip.bad.taskDefinition ?? '' },
        to: { arn: flip.good.taskDefinition ?? '' },
        action: 'flip',
        why: flip.why,
      },
    ],
  };
  if (await apply.planOnly(inputs, plan, io)) return;

  const record = await apply.startRecord(inputs, plan, io);
  let results: RollbackResult[] = plan.services.map((s) => ({ ...s, status: 'failed' }));
  let thrown: unknown;
  try {
    const outcome = await flipTraffic(clients, inputs, observed, flip, undefined, { io, signal, clock });
    results = [
      {
        ...plan.services[0],
        ...outcome.result,
        status: outcome.result.status,
        why: outcome.tookOver ? `${flip.why}; took the traffic over from ${outcome.tookOver}` : flip.why,
      },
    ];
    if (outcome.toTrafficMs !== undefined)
      io.info(`all traffic on ${flip.good.service} ${formatDuration(outcome.toTrafficMs)} after the rollback began`);
    await apply.checkHealth(inputs, results, io, signal, deps.clock);
  } catch (err) {
    thrown = err;
  }
  await apply.finish(inputs, plan, results, { io, record, thrown, signal });
}

async function observe(clients: AwsClients, inputs: RollbackInputs, io: ActionIO): Promise<ObservedRollback[]> {
  const services = await describeServices(clients, inputs.cluster, inputs.services);
  const observed: ObservedRollback[] = [];
  for (const name of inputs.services) {
    const service = services.get(name)!;
    const current = service.taskDefinition ? await findTaskDefinition(clients, service.taskDefinition) : undefined;
    const family = current?.definition.family ?? (service.taskDefinition ? familyOf(service.taskDefinition) : name);
    const history = await deploymentHistory(clients, inputs.cluster, name, family);
    if (history.apiUnavailable)
      io.info(
        `${name}: ECS's deployment history is not available (${history.apiUnavailable}); using the rolled-out tags`,
      );
    const reference =
      inputs.target.kind === 'revision'
        ? `${family}:${inputs.target.revision}`
        : inputs.target.kind === 'arn'
          ? inputs.target.arn
          : undefined;
    const requested = reference ? await findTaskDefinition(clients, reference) : undefined;
    const inFlight = history.apiUnavailable ? undefined : await deploymentInFlight(clients, inputs.cluster, name);
    observed.push({ name, service, current, history, requested, inFlight });
  }
  return observed;
}

/** The service deployment in progress and the revision it started from, where the API answers. */
async function deploymentInFlight(
  clients: AwsClients,
  cluster: string,
  service: string,
): Promise<ObservedRollback['inFlight']> {
  try {
    const listed = await clients.ecs.send(
      new ListServiceDeploymentsCommand({ cluster, service, status: ['PENDING', 'IN_PROGRESS'], maxResults: 5 }),
    );
    const arn = listed.serviceDeployments?.[0]?.serviceDeploymentArn;
    if (!arn) return undefined;
    const [deployment] =
      (await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })))
        .serviceDeployments ?? [];
    const sourceRevision = deployment?.sourceServiceRevisions?.[0]?.arn;
    const source = sourceRevision
      ? (await clients.ecs.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns: [sourceRevision] })))
          .serviceRevisions?.[0]?.taskDefinition
      : undefined;
    return { serviceDeploymentArn: arn, sourceTaskDefinitionArn: source, deployment };
  } catch {
    return undefined;
  }
}
