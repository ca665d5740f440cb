/** deploy-ecs: inputs → observe → plan (here) → apply (apply.ts: register, the shared rollout step, prune) → report. */
import { ECSClient } from '@aws-sdk/client-ecs';

import { type AwsClients, createAwsClients } from '../../../lib/aws/clients.js';
import type { CodeDeployPlan } from '../../../lib/codedeploy/plan.js';
import { CancelledError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { describeStyle } from '../../../lib/ecs/deployment-style.js';
import { describeServices, describeTaskDefinition, newestRevision } from '../../../lib/ecs/services.js';
import { checkSecretReferences, reportReferenceCheck } from '../../../lib/secrets/references.js';
import { describeDiff } from '../../../lib/taskdef/compare.js';
import { type DeployInputs, readDeployInputs } from './inputs.js';
import { type DeployPlan, type ObservedService, planDeploy } from './plan.js';

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
  const clients = createAwsClients({
    region: inputs.region,
    action: 'deploy-ecs',
    signal,
    preloaded: { ecs: ECSClient },
  });

  const observed = await io.group(`Read ${inputs.services.length} service(s) in ${inputs.cluster}`, () =>
    observe(clients, inputs),
  );
  await verifySecrets(clients, inputs, io);
  const plan = planDeploy(inputs, observed);
  // CODE_DEPLOY services: their group, configuration and deployment in flight, read before anything is registered.
  // That path (lib/codedeploy, and the CodeDeploy and ELBv2 commands) is loaded only when a service takes it.
  const codeDeployPath =
    plan.services.some((s) => s.style.controller === 'CODE_DEPLOY') && !inputs.registerOnly
      ? await import('./codedeploy.js')
      : undefined;
  const codeDeploy = codeDeployPath
    ? await codeDeployPath.planCodeDeployServices(clients, inputs, plan, observed)
    : new Map<string, CodeDeployPlan>();
  await io.group('Plan', async () => logPlan(plan, codeDeploy, io, codeDeployPath));
  // Everything above only read; a cancel that arrived meanwhile stops here, before the first change.
  if (signal.aborted) throw signal.reason ?? new CancelledError();

  // Registering, the rollout, pruning and the report (apply.ts) are loaded once there is a plan to carry out.
  const { applyDeploy } = await import('./apply.js');
  await applyDeploy({ inputs, observed, plan, codeDeploy }, { clients, io, signal, clock: deps.clock });
}

async function observe(clients: AwsClients, inputs: DeployInputs): Promise<ObservedService[]> {
  const services = await describeServices(clients, inputs.cluster, inputs.services);
  const requested =
    inputs.source.kind === 'registered'
      ? await describeTaskDefinition(clients, inputs.source.reference).catch(() => undefined)
      : undefined;
  const newestByFamily = new Map<string, ObservedService['newest']>();
  const observed: ObservedService[] = [];
  for (const name of inputs.services) {
    const service = services.get(name)!;
    const current = service.taskDefinition ? await describeTaskDefinition(clients, service.taskDefinition) : undefined;
    const family = inputs.source.kind === 'document' ? inputs.source.draft.family : current?.definition.family;
    if (family && inputs.source.kind !== 'registered' && !newestByFamily.has(family))
      newestByFamily.set(family, await newestRevision(clients, family));
    observed.push({ name, service, current, newest: family ? newestByFamily.get(family) : undefined, requested });
  }
  return observed;
}

async function verifySecrets(clients: AwsClients, inputs: DeployInputs, io: ActionIO): Promise<void> {
  if (!inputs.verifySecrets || inputs.render.secrets.length === 0) return;
  reportReferenceCheck(await checkSecretReferences(clients, inputs.render.secrets), inputs.region, io);
}

function logPlan(
  plan: DeployPlan,
  codeDeploy: Map<string, CodeDeployPlan>,
  io: ActionIO,
  codeDeployPath?: typeof import('./codedeploy.js'),
): void {
  for (const service of plan.services) {
    const cd = codeDeploy.get(service.service);
    io.info(
      `${service.service}: ${service.action} (${service.why}); through ${cd && codeDeployPath ? codeDeployPath.describeCodeDeployPlan(cd) : describeStyle(service.style)}`,
    );
    for (const line of describeDiff(service.diff)) io.info(`  ${line}`);
  }
}
