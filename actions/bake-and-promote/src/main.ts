/**
 * bake-and-promote: inputs → observe → plan → apply (lease, roll the idle color, shift under checks, promote or
 * restore) → report.
 *
 * Start path: this module holds only what comes before the first AWS call: the inputs read and checked (the smoke file
 * parsed) and the alarms resolved, with the CloudWatch client that resolves them in the bundle's entry. The rest
 * (bake.ts: the task definition check, the providers, checks, statistics, the release and its report) is loaded once
 * the alarms are known, so it is not compiled before the first call (bench/cold-start.mjs).
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';

import { createAwsClients } from '../../../lib/aws/clients.js';
import { resolveAlarms } from '../../../lib/checks/alarms.js';
import type { Clock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { annotateSmokeFileError } from '../../../lib/smoke/annotate.js';
import { SmokeFileError } from '../../../lib/smoke/file.js';
import { type BakeInputs, readBakeInputs } from './inputs.js';
import type { BakeReport } from './report.js';

export interface BakeDeps {
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export async function main(ctx: RunContext): Promise<void> {
  await bakeAndPromote(ctx);
}

/** The whole action; `deps` lets scenario tests drive time. Resolves with the report it wrote out. */
export async function bakeAndPromote(run: RunContext, deps: BakeDeps = {}): Promise<BakeReport> {
  const { io } = run;
  const env = deps.env ?? process.env;
  let inputs: BakeInputs;
  try {
    inputs = readBakeInputs(io, env);
  } catch (err) {
    // A smoke file error also lands on its file and line in the run view.
    if (err instanceof SmokeFileError) annotateSmokeFileError(io, err);
    throw err;
  }
  // Not handed the run's abort signal: after a cancel this action still has to put traffic back (one restore call,
  // read back), which must not be aborted with the rest. Its waits and checks take the signal themselves.
  // CloudWatch is preloaded: resolving the alarms is the first call whenever alarms are given.
  const clients = createAwsClients({
    region: inputs.region,
    action: 'bake-and-promote',
    preloaded: { cloudwatch: CloudWatchClient },
  });

  // Everything that can be wrong with the inputs is found here and in bake.ts, before the first change.
  const alarmNames =
    inputs.alarms.names.length + inputs.alarms.prefixes.length
      ? await resolveAlarms(clients.cloudwatch, inputs.alarms, 'alarms')
      : [];
  const { bakeResolved } = await import('./bake.js');
  return bakeResolved(run, { ...deps, env }, inputs, clients, alarmNames);
}
