/**
 * Which revisions completed a rollout on a service, newest first: the candidates a rollback may go back to.
 * ECS's service-deployments API says so where it answers (SUCCESSFUL deployments and their target revisions);
 * every rollout this collection sees complete also tags its revision `rolled-out:<cluster>/<service>` with the
 * time, so accounts without that API (or history older than it keeps) still have a record. A revision that was
 * only registered (migrate's, a failed release's) is in neither, so it is never a candidate. A rollback tags the
 * revision it took the service off `rolled-back:<cluster>/<service>`, so that a re-run of it does not take the
 * revision it restored for "the previous one" and roll forward onto the release it left.
 */
import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  ListServiceDeploymentsCommand,
  ListTaskDefinitionsCommand,
  type Tag,
  TagResourceCommand,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { awsErrorKind } from '../aws/errors.js';
import { allPages, chunk } from '../aws/paging.js';
import { errorMessage } from '../core/errors.js';
import { familyOf, revisionOf, serviceNameOf } from './arns.js';
import { findTaskDefinition } from './services.js';

/** One completed rollout of a revision on the service. */
export interface HistoryEntry {
  taskDefinitionArn: string;
  /** When that rollout completed. */
  completedAt: Date;
  gitSha?: string;
  /** ACTIVE or INACTIVE (deregistered revisions can be re-registered as a copy). */
  status?: string;
  source: 'service-deployments' | 'tags';
  /** When a rollback last took the service off this revision. */
  rolledBackAt?: Date;
}

export interface DeploymentHistory {
  entries: HistoryEntry[];
  /** Why the service-deployments API was not used, when it was not. */
  apiUnavailable?: string;
}

/** The tag a completed rollout leaves on its revision: `rolled-out:<cluster>/<service>` = ISO time. */
export function rolledOutTagKey(cluster: string, service: string): string {
  return `rolled-out:${serviceNameOf(cluster)}/${service}`.slice(0, 128);
}

/** The tag a rollback leaves on the revision it took the service off: `rolled-back:<cluster>/<service>` = ISO time. */
export function rolledBackTagKey(cluster: string, service: string): string {
  return `rolled-back:${serviceNameOf(cluster)}/${service}`.slice(0, 128);
}

/**
 * Records that `arn` completed a rollout on the service (best effort: a missing ecs:TagResource only loses the record).
 */
export function recordRolledOut(
  clients: AwsClients,
  cluster: string,
  service: string,
  arn: string,
  at: Date,
): Promise<string | undefined> {
  return tagTime(clients, arn, rolledOutTagKey(cluster, service), at);
}

/** Records that a rollback took the service off `arn` (best effort, like recordRolledOut). */
export function recordRolledBack(
  clients: AwsClients,
  cluster: string,
  service: string,
  arn: string,
  at: Date,
): Promise<string | undefined> {
  return tagTime(clients, arn, rolledBackTagKey(cluster, service), at);
}

async function tagTime(clients: AwsClients, arn: string, key: string, at: Date): Promise<string | undefined> {
  try {
    await clients.ecs.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key, value: at.toISOString() }] }));
    return undefined;
  } catch (err) {
    return errorMessage(err).split('\n')[0];
  }
}

/** The time a tag holds, or undefined when it is absent or not a time. */
export function timeOf(tags: Tag[] | undefined, key: string): Date | undefined {
  const value = tags?.find((t) => t.key === key)?.value;
  const at = value ? new Date(value) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

/** The commit a revision's tags name (deploy-ecs tags every revision it registers `git-sha`). */
export function gitShaOf(tags: Tag[] | undefined): string | undefined {
  return tags?.find((t) => t.key === 'git-sha')?.value;
}

/** How far back the tag record is read (newest revisions of the family). */
const TAGGED_REVISIONS_READ = 50;

/** Completed rollouts of the service, newest first, one entry per revision (its latest completion). */
export async function deploymentHistory(
  clients: AwsClients,
  cluster: string,
  service: string,
  family: string,
): Promise<DeploymentHistory> {
  const entries = new Map<string, HistoryEntry>();
  const keep = (entry: HistoryEntry) => {
    const known = entries.get(entry.taskDefinitionArn);
    if (!known || known.completedAt < entry.completedAt)
      entries.set(entry.taskDefinitionArn, {
        ...entry,
        gitSha: entry.gitSha ?? known?.gitSha,
        status: entry.status ?? known?.status,
      });
  };
  let apiUnavailable: string | undefined;
  try {
    for (const entry of await fromServiceDeployments(clients, cluster, service)) keep(entry);
  } catch (err) {
    if (awsErrorKind(err) === 'cancelled') throw err;
    apiUnavailable = errorMessage(err).split('\n')[0].slice(0, 160);
  }
  const described = new Map<string, { definition: TaskDefinition; tags: Tag[] }>();
  for (const entry of await fromTags(clients, cluster, service, family, described)) keep(entry);
  // Entries from the API still need the revision's commit and status; every entry, whether a rollback left it.
  for (const entry of entries.values()) {
    const revision =
      described.get(entry.taskDefinitionArn) ?? (await findTaskDefinition(clients, entry.taskDefinitionArn));
    entry.gitSha ??= gitShaOf(revision?.tags);
    entry.status ??= revision?.definition.status;
    entry.rolledBackAt = timeOf(revision?.tags, rolledBackTagKey(cluster, service));
  }
  return {
    entries: [...entries.values()].sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime()),
    apiUnavailable,
  };
}

async function fromServiceDeployments(clients: AwsClients, cluster: string, service: string): Promise<HistoryEntry[]> {
  const listed = await allPages(
    (nextToken) =>
      clients.ecs.send(
        new ListServiceDeploymentsCommand({ cluster, service, status: ['SUCCESSFUL'], nextToken, maxResults: 100 }),
      ),
    (page) => page.serviceDeployments,
  );
  const deployments = [];
  for (const batch of chunk(listed.map((d) => d.serviceDeploymentArn!).filter(Boolean), 20)) {
    deployments.push(
      ...((await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: batch })))
        .serviceDeployments ?? []),
    );
  }
  const revisionArns = [
    ...new Set(deployments.map((d) => d.targetServiceRevision?.arn).filter((a): a is string => Boolean(a))),
  ];
  const taskDefinitionOf = new Map<string, string>();
  for (const batch of chunk(revisionArns, 20)) {
    for (const revision of (await clients.ecs.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns: batch })))
      .serviceRevisions ?? []) {
      if (revision.serviceRevisionArn && revision.taskDefinition)
        taskDefinitionOf.set(revision.serviceRevisionArn, revision.taskDefinition);
    }
  }
  return deployments.flatMap((d) => {
    const taskDefinitionArn = taskDefinitionOf.get(d.targetServiceRevision?.arn ?? '');
    const completedAt = d.finishedAt ?? d.updatedAt ?? d.createdAt;
    return taskDefinitionArn && completedAt
      ? [{ taskDefinitionArn, completedAt, source: 'service-deployments' as const }]
      : [];
  });
}

async function fromTags(
  clients: AwsClients,
  cluster: string,
  service: string,
  family: string,
  described: Map<string, { definition: TaskDefinition; tags: Tag[] }>,
): Promise<HistoryEntry[]> {
  const key = rolledOutTagKey(cluster, service);
  const arns: string[] = [];
  for (const status of ['ACTIVE', 'INACTIVE'] as const) {
    arns.push(
      ...(await allPages(
        (nextToken) => clients.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status, nextToken })),
        (page) => page.taskDefinitionArns,
      )),
    );
  }
  const newest = arns
    .filter((arn) => familyOf(arn) === family)
    .sort((a, b) => revisionOf(b) - revisionOf(a))
    .slice(0, TAGGED_REVISIONS_READ);
  const entries: HistoryEntry[] = [];
  for (const arn of newest) {
    const revision = await findTaskDefinition(clients, arn);
    if (!revision) continue;
    described.set(arn, revision);
    const completedAt = timeOf(revision.tags, key);
    if (!completedAt) continue;
    entries.push({
      taskDefinitionArn: arn,
      completedAt,
      gitSha: gitShaOf(revision.tags),
      status: revision.definition.status,
      source: 'tags',
    });
  }
  return entries;
}
