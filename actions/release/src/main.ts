/**
 * release: `command: plan` reads the services file, observes production and staging, and prints the plan (waves,
 * from → to, migrations), changing nothing; `command: release` carries an approved plan out, wave after wave,
 * and ends with one verdict, one summary, one notice and one JSON record.
 *
 * Start path: this module reads the inputs and makes the first AWS call of either command (DescribeServices of the
 * services production runs, with the ECS client in the bundle's entry); the rest of the action (run.ts) is loaded
 * after it, so it is not compiled before that call (bench/cold-start.mjs).
 */
import { ECSClient } from '@aws-sdk/client-ecs';

import { createAwsClients } from '../../../lib/aws/clients.js';
import type { RunContext } from '../../../lib/core/run.js';
import { pollServices } from '../../../lib/ecs/services.js';
import { readReleaseInputs } from './inputs.js';
import { ecsServicesOf, plannedServices } from './services.js';

export async function main({ io, signal }: RunContext): Promise<void> {
  const inputs = readReleaseInputs(io);
  const clients = createAwsClients({ region: inputs.region, action: 'release', signal, preloaded: { ecs: ECSClient } });
  // What production runs: every service of the file for a plan, the approved plan's services for a release.
  const observed = inputs.command === 'plan' ? inputs.services : plannedServices(inputs.services, inputs.plan!);
  const described = await pollServices(clients, inputs.cluster, observed.flatMap(ecsServicesOf));
  const { plan, release } = await import('./run.js');
  if (inputs.command === 'plan') await plan(inputs, clients, io, described);
  else await release(inputs, clients, io, signal, described);
}
