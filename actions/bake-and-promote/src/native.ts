/** The ECS native provider (deployment controller ECS, strategy CANARY, LINEAR or BLUE_GREEN). */
import type { AwsClients } from '../../../lib/aws/clients.js';
import { ConfigurationError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { describeServices } from '../../../lib/ecs/services.js';
import { deploymentStyleOf } from '../../../lib/ecs/deployment-style.js';
import type { CheckRound } from './checks.js';
import type { BakeInputs } from './inputs.js';
import type { BakeReport, PostState } from './report.js';

export interface NativeContext {
  clients: AwsClients;
  io: ActionIO;
  signal: AbortSignal;
  clock: Clock;
  checks: CheckRound;
  alarmNames: string[];
}

export async function runNative(inputs: BakeInputs, ctx: NativeContext): Promise<BakeReport> {
  const service = (await describeServices(ctx.clients, inputs.cluster, inputs.services)).get(inputs.services[0])!;
  const style = deploymentStyleOf(service);
  if (style.controller === 'CODE_DEPLOY') throw new ConfigurationError('service', `service "${inputs.services[0]}" is deployed by CodeDeploy; bake-and-promote does not handle CodeDeploy-controlled services yet (a later release will)`);
  throw new ConfigurationError('service', `service "${inputs.services[0]}": the ECS native provider is not built yet; name a blue/green pair in \`services\` with \`listener-rule-arn\``);
}

/** Post step for a native deployment main left running. */
export async function stopNativeDeployment(_clients: AwsClients, state: PostState, io: Pick<ActionIO, 'info'>): Promise<void> {
  io.info(`nothing to stop for ${state.canaryService}`);
}
