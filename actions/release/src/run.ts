/**
 * release, once production's services are described (main.ts makes that first call before loading this module):
 * `plan` observes the rest and prints the plan, `release` carries an approved plan out.
 */
import { writeFileSync } from 'node:fs';

import type { Service } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../../lib/aws/clients.js';
import { execCommand } from '../../../lib/core/command.js';
import { PlanError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { GitRunner } from '../../../lib/migrate/migrations.js';
import { sendNotice } from '../../../lib/notify/send.js';
import { planLines, type PlannedMigration, planRelease, type ReleasePlan, short } from '../../../lib/release/plan.js';
import { releaseNotice, releaseRecord, releaseSummary } from '../../../lib/release/record.js';
import { decideRollback, type ServiceOutcome } from '../../../lib/release/verdict.js';
import { codeBlock, heading } from '../../../lib/report/markdown.js';
import type { ReleaseInputs } from './inputs.js';
import { checkImage, checkStaging, filesChangedSince, pendingMigrations, productionNow } from './observe.js';
import { plannedServices } from './services.js';
import { releaseService, rollBackService, type StepContext } from './steps.js';

const git: GitRunner = (args, cwd) => execCommand('git', args, { cwd });

/** Everything the plan needs, read only; every problem found goes into one error, before anything changes. */
export async function plan(
  inputs: ReleaseInputs,
  clients: AwsClients,
  io: ActionIO,
  described: Map<string, Service>,
): Promise<void> {
  const problems: string[] = [];
  const now = await productionNow(clients, inputs.services, problems, described);
  const froms = Object.values(now)
    .map((n) => n.sha)
    .filter((s): s is string => Boolean(s));
  const files = await filesChangedSince(git, inputs.workspace, froms, inputs.sha);
  const first = planRelease(inputs.services, inputs.sha, now, files, {});
  const migrations: Record<string, PlannedMigration[]> = {};
  for (const planned of first.services) {
    const s = inputs.services.find((x) => x.name === planned.name)!;
    await checkImage(clients, s, inputs.sha, inputs.ecrRegistryId, problems);
    if (!inputs.skipStagingCheck && inputs.stagingCluster)
      await checkStaging(clients, inputs.stagingCluster, s, inputs.sha, problems);
    if (s.migrate) migrations[s.name] = await pendingMigrations(git, inputs.workspace, s, planned.from.sha, problems);
  }
  if (problems.length > 0)
    throw new PlanError(
      `the release of ${short(inputs.sha)} cannot go ahead; nothing was changed:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  const result = planRelease(inputs.services, inputs.sha, now, files, migrations);
  for (const line of planLines(result)) io.info(line);
  io.setOutput('plan', JSON.stringify(result));
  io.setOutput('changed', String(result.services.length > 0));
  io.setOutput('waves', JSON.stringify(result.waves));
  await io.appendSummary(
    heading(`Release plan of ${short(inputs.sha)}`) +
      (inputs.skipStagingCheck
        ? '⚠️ **skip-staging-check** was set: no proof that staging completed these commits.\n\n'
        : '') +
      codeBlock(planLines(result).join('\n')),
  );
}

/** Production must still run what the plan was made from: a release between approval and now is refused. */
async function checkStillPlanned(
  inputs: ReleaseInputs,
  clients: AwsClients,
  approved: ReleasePlan,
  described: Map<string, Service>,
): Promise<void> {
  const problems: string[] = [];
  const planned = plannedServices(inputs.services, approved);
  const unknown = approved.services.filter((p) => !inputs.services.some((s) => s.name === p.name)).map((p) => p.name);
  if (unknown.length > 0) problems.push(`the services file no longer has ${unknown.join(', ')}`);
  const now = await productionNow(clients, planned, problems, described);
  for (const p of approved.services) {
    if ((now[p.name]?.taskDefinitionArn ?? '') !== (p.from.taskDefinitionArn ?? ''))
      problems.push(
        `${p.name} runs ${now[p.name]?.taskDefinitionArn ?? 'nothing'} now, not ${p.from.taskDefinitionArn ?? 'nothing'} as planned`,
      );
  }
  if (problems.length > 0)
    throw new PlanError(
      `production changed since the plan was made; nothing was changed, plan again:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
}

/**
 * Wave after wave; at the first failure no later wave starts, and the release's promoted services are rolled back (or
 * kept).
 */
export async function release(
  inputs: ReleaseInputs,
  clients: AwsClients,
  io: ActionIO,
  signal: AbortSignal,
  described: Map<string, Service>,
): Promise<void> {
  const approved = inputs.plan!;
  await checkStillPlanned(inputs, clients, approved, described);
  const startedAt = Date.now();
  const ctx: StepContext = { inputs, io, signal, summaries: [] };
  const serviceOf = (name: string) => inputs.services.find((s) => s.name === name)!;
  const plannedOf = (name: string) => approved.services.find((s) => s.name === name)!;
  const outcomes: ServiceOutcome[] = approved.services.map((p) => ({
    name: p.name,
    wave: p.wave,
    status: 'not-started',
    migrated: false,
    steps: [],
  }));
  const put = (o: ServiceOutcome) =>
    outcomes.splice(
      outcomes.findIndex((x) => x.name === o.name),
      1,
      o,
    );
  for (const [index, names] of approved.waves.entries()) {
    if (signal.aborted) break;
    io.info(`wave ${index + 1} of ${approved.waves.length}: ${names.join(', ')}`);
    for (const o of await Promise.all(names.map((name) => releaseService(ctx, serviceOf(name), plannedOf(name)))))
      put(o);
    if (outcomes.some((o) => o.status === 'failed')) break;
  }
  const failed = outcomes.filter((o) => o.status === 'failed' || (signal.aborted && o.status !== 'promoted'));
  if (failed.length > 0) {
    const databaseOf = Object.fromEntries(inputs.services.map((s) => [s.name, s.database]));
    const decision = decideRollback(approved, outcomes, inputs.onFailure, databaseOf);
    const why = `release of ${short(inputs.sha)}: ${failed.map((o) => `${o.name} ${o.reason ?? 'failed'}`).join('; ')}`;
    for (const k of decision.keep)
      put({
        ...outcomes.find((o) => o.name === k.name)!,
        status: k.why.startsWith('left') ? 'left-for-a-person' : 'kept',
        reason: k.why,
      });
    for (const name of decision.rollBack)
      put(
        await rollBackService(
          ctx,
          serviceOf(name),
          plannedOf(name),
          outcomes.find((o) => o.name === name)!,
          why,
        ),
      );
  }
  const record = releaseRecord(approved, outcomes, inputs.onFailure, startedAt, Date.now());
  writeFileSync(inputs.recordFile, JSON.stringify(record, null, 2));
  await io.appendSummary(releaseSummary(record) + ctx.summaries.join(''));
  io.setOutput('verdict', record.verdict);
  io.setOutput('record-file', inputs.recordFile);
  io.setOutput(
    'results',
    JSON.stringify(
      outcomes.map((o) => ({
        service: o.name,
        wave: o.wave,
        status: o.status,
        reason: o.reason ?? '',
        taskDefinitionArn: o.taskDefinitionArn ?? '',
        bake: o.bake ?? '',
      })),
    ),
  );
  // The alerts topic pages on failures only (as production.yml's); Slack hears every release.
  const targets = record.verdict === 'failed' ? inputs.notify : { slackWebhookUrl: inputs.notify.slackWebhookUrl };
  await sendNotice(
    clients,
    io,
    targets,
    releaseNotice(record, {
      cluster: inputs.cluster,
      environment: inputs.environment,
      actor: inputs.actor,
      runUrl: inputs.runUrl,
    }),
  );
  if (record.verdict === 'failed') {
    const left = outcomes.filter((o) => o.status === 'left-for-a-person' || o.status === 'rollback-failed');
    io.setFailed(
      `release: ${failed.map((o) => `${o.name}: ${o.reason ?? o.status}`).join('; ')}${left.length ? `. Left for a person: ${left.map((o) => `${o.name} (${o.reason})`).join('; ')}` : ''}`,
    );
  }
}
