/**
 * What the plan needs to know, read only: which revision (and commit) each service runs in production now, the
 * files changed since those commits, each changed service's pending migrations (linted), its image, and whether
 * staging completed a rollout of the commit. Problems are collected, never thrown one at a time.
 */
import { join } from 'node:path';

import type { Service } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../../lib/aws/clients.js';
import { errorMessage } from '../../../lib/core/errors.js';
import { findImage } from '../../../lib/ecr/images.js';
import { familyOf } from '../../../lib/ecs/arns.js';
import { deploymentHistory, gitShaOf } from '../../../lib/ecs/history.js';
import { findTaskDefinition, pollServices } from '../../../lib/ecs/services.js';
import {
  type GitRunner,
  listMigrations,
  migrationsAddedSince,
  readMigrationFiles,
} from '../../../lib/migrate/migrations.js';
import type { PlannedMigration, ProductionNow } from '../../../lib/release/plan.js';
import { short } from '../../../lib/release/plan.js';
import type { ReleaseService } from '../../../lib/release/services-file.js';
import { observeRoute, parseRouteArn } from '../../../lib/traffic/listener-weights.js';
import { percentOf } from '../../../lib/traffic/split.js';
import { ecsServicesOf } from './services.js';

/**
 * The revision serving production for each service: with colors, the one the listener rule sends all traffic to.
 * `described`: its ECS services (ecsServicesOf), described by main.ts.
 */
export async function productionNow(
  clients: AwsClients,
  services: ReleaseService[],
  problems: string[],
  described: Map<string, Service>,
): Promise<Record<string, ProductionNow>> {
  const now: Record<string, ProductionNow> = {};
  for (const s of services) {
    try {
      const arn = await liveRevision(clients, s, described);
      if (!arn) continue;
      const revision = await findTaskDefinition(clients, arn);
      now[s.name] = { taskDefinitionArn: arn, sha: gitShaOf(revision?.tags) };
    } catch (err) {
      problems.push(`${s.name}: cannot tell what production runs: ${errorMessage(err).split('\n')[0]}`);
    }
  }
  return now;
}

async function liveRevision(
  clients: AwsClients,
  s: ReleaseService,
  described: Map<string, Service>,
): Promise<string | undefined> {
  const missing = ecsServicesOf(s).filter((name) => !described.has(name));
  if (missing.length > 0) throw new Error(`ECS service ${missing.join(', ')} is not in the cluster`);
  if (!s.blueService) return described.get(s.service)?.taskDefinition;
  const route = await observeRoute(
    clients.elbv2,
    parseRouteArn(s.listenerRuleArn, `${s.name}.listener-rule-arn`),
    `${s.name}.listener-rule-arn`,
  );
  for (const color of [s.blueService, s.greenService]) {
    const group = described.get(color)?.loadBalancers?.[0]?.targetGroupArn ?? '';
    if (percentOf(route.split, group) === 100) return described.get(color)?.taskDefinition;
  }
  throw new Error(
    `neither ${s.blueService} nor ${s.greenService} takes all of the rule's traffic: a bake is in flight (or was left half-way)`,
  );
}

/**
 * `git diff --name-only <from> <to>` for each distinct commit production runs; undefined where git does not know it.
 */
export async function filesChangedSince(
  git: GitRunner,
  cwd: string,
  froms: string[],
  to: string,
): Promise<Record<string, string[] | undefined>> {
  const out: Record<string, string[] | undefined> = {};
  for (const from of [...new Set(froms)]) {
    if (!/^[0-9a-f]{7,40}$/.test(from)) {
      out[from] = undefined;
      continue;
    }
    const answer = await git(['diff', '--name-only', '--end-of-options', from, to, '--'], cwd);
    out[from] =
      answer.exitCode === 0
        ? answer.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : undefined;
  }
  return out;
}

/**
 * The migrations a service's release adds since the commit production runs (none known when production names no
 * commit), linted as one batch: a finding not allowed by a reasoned comment, or SQL that does not parse, is a problem.
 */
export async function pendingMigrations(
  git: GitRunner,
  workspace: string,
  s: ReleaseService,
  fromSha: string | undefined,
  problems: string[],
): Promise<PlannedMigration[]> {
  const dir = join(workspace, s.migrationsDir);
  let files;
  try {
    files = await listMigrations(dir, workspace, `${s.name}.migrations-dir`);
  } catch (err) {
    problems.push(`${s.name}: ${errorMessage(err)}`);
    return [];
  }
  // Without production's commit there is no "added since": migrate reads the pending set from the database at
  // release time and lints exactly that; linting the whole history here would block on migrations applied long ago.
  if (!fromSha) return [];
  const added = await migrationsAddedSince(git, fromSha, dir).catch((err: unknown) => {
    problems.push(`${s.name}: cannot tell which migrations are new since ${short(fromSha)}: ${errorMessage(err)}`);
    return new Set<string>();
  });
  files = files.filter((f) => added.has(f.name));
  if (files.length === 0) return [];
  const { lintMigrationBatch } = await import('../../../lib/migrate/batch-lint.js');
  const lint = await lintMigrationBatch(await readMigrationFiles(files), { acrossFiles: true });
  for (const p of lint.problems) problems.push(`${s.name}: ${p.file}:${p.line}: ${p.message}`);
  for (const f of lint.findings.filter((f) => !f.allowed))
    problems.push(`${s.name}: ${f.file}:${f.line}: ${f.rule}: ${f.message}`);
  return files.map((f) => ({
    name: f.name,
    path: f.path,
    allowed: lint.findings
      .filter((x) => x.file === f.path && x.allowed)
      .map((x) => ({ rule: x.rule, reason: x.allowed!.reason })),
  }));
}

/** The image of the commit is in the service's repository (a missing one is a problem naming it). */
export async function checkImage(
  clients: AwsClients,
  s: ReleaseService,
  sha: string,
  registryId: string | undefined,
  problems: string[],
): Promise<void> {
  try {
    const image = await findImage(clients.ecr, { repositoryName: s.ecrRepository, registryId }, sha);
    if (!image)
      problems.push(
        `${s.name}: no image tagged ${sha} in ECR repository ${s.ecrRepository}: build-push never pushed this commit`,
      );
  } catch (err) {
    problems.push(`${s.name}: cannot read ECR repository ${s.ecrRepository}: ${errorMessage(err).split('\n')[0]}`);
  }
}

/** Staging completed a rollout of the commit on the service (the proof rollback's `sha:` target accepts). */
export async function checkStaging(
  clients: AwsClients,
  stagingCluster: string,
  s: ReleaseService,
  sha: string,
  problems: string[],
): Promise<void> {
  try {
    const service = (await pollServices(clients, stagingCluster, [s.stagingService])).get(s.stagingService);
    if (!service?.taskDefinition) {
      problems.push(`${s.name}: staging service ${s.stagingService} is not in cluster ${stagingCluster}`);
      return;
    }
    const history = await deploymentHistory(
      clients,
      stagingCluster,
      s.stagingService,
      familyOf(service.taskDefinition),
    );
    if (history.entries.some((e) => e.gitSha === sha)) return;
    const done = history.entries
      .map((e) => e.gitSha && short(e.gitSha))
      .filter(Boolean)
      .slice(0, 5);
    problems.push(
      `${s.name}: staging never completed a rollout of ${short(sha)} on ${s.stagingService}${done.length ? ` (it completed ${done.join(', ')})` : ''}`,
    );
  } catch (err) {
    problems.push(`${s.name}: cannot read staging's history: ${errorMessage(err).split('\n')[0]}`);
  }
}
