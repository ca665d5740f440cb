/** Reading and changing ECS services and task definitions: the AWS side of deploy-ecs, migrate and rollback. */
import {
  type DeploymentConfiguration,
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  type Failure,
  ListClustersCommand,
  ListServicesCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
  type Service,
  type Tag,
  type TaskDefinition,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { COLLECTION_NAME } from '../aws/clients.js';
import { allPages, chunk } from '../aws/paging.js';
import { PlanError } from '../core/errors.js';
import type { TaskDefinitionDraft } from '../taskdef/types.js';
import { familyOf, revisionOf, serviceNameOf } from './arns.js';

/** DescribeServices takes at most ten services a call. */
export const DESCRIBE_SERVICES_LIMIT = 10;

/** The tag every revision this collection registers carries: pruning never touches a revision without it. */
export const REGISTERED_BY_TAG = { key: 'registered-by', value: COLLECTION_NAME } as const;

/** Describes services by name, ten a call, as they are now; missing ones are simply absent from the map. */
export async function pollServices(
  clients: AwsClients,
  cluster: string,
  names: string[],
): Promise<Map<string, Service>> {
  return (await describeServiceBatches(clients, cluster, names)).found;
}

/** Describes services before a deploy: a missing or inactive service is a PlanError naming it. */
export async function describeServices(
  clients: AwsClients,
  cluster: string,
  names: string[],
): Promise<Map<string, Service>> {
  const { found, failures } = await describeServiceBatches(clients, cluster, names);
  const failure = failures[0];
  if (failure) {
    throw new PlanError(
      `service "${serviceNameOf(failure.arn ?? '')}" was not found in cluster "${cluster}" (${failure.reason ?? 'unknown reason'})`,
    );
  }
  for (const name of names) {
    const service = found.get(name);
    if (!service) throw new PlanError(`service "${name}" was not found in cluster "${cluster}"`);
    if (service.status !== 'ACTIVE')
      throw new PlanError(`service "${name}" in cluster "${cluster}" is ${service.status}, not ACTIVE`);
  }
  return found;
}

async function describeServiceBatches(
  clients: AwsClients,
  cluster: string,
  names: string[],
): Promise<{ found: Map<string, Service>; failures: Failure[] }> {
  const found = new Map<string, Service>();
  const failures: Failure[] = [];
  for (const batch of chunk(names, DESCRIBE_SERVICES_LIMIT)) {
    const answer = await clients.ecs.send(new DescribeServicesCommand({ cluster, services: batch }));
    for (const service of answer.services ?? []) if (service.serviceName) found.set(service.serviceName, service);
    failures.push(...(answer.failures ?? []));
  }
  return { found, failures };
}

/** A task definition with its tags (DescribeTaskDefinition omits tags unless asked). */
export async function describeTaskDefinition(
  clients: AwsClients,
  arn: string,
): Promise<{ definition: TaskDefinition; tags: Tag[] }> {
  const answer = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
  if (!answer.taskDefinition) throw new PlanError(`task definition ${arn} was not found`);
  return { definition: answer.taskDefinition, tags: answer.tags ?? [] };
}

/**
 * A task definition (ARN, family:revision, or a family for its newest ACTIVE revision) with its tags, or undefined
 * when ECS says there is none. Any other failure (access denied, throttling) is thrown, never read as "none".
 */
export async function findTaskDefinition(
  clients: AwsClients,
  reference: string,
): Promise<{ definition: TaskDefinition; tags: Tag[] } | undefined> {
  try {
    return await describeTaskDefinition(clients, reference);
  } catch (err) {
    if ((err as { name?: string }).name === 'ClientException' || err instanceof PlanError) return undefined;
    throw err;
  }
}

/** The newest ACTIVE revision of a family with its tags, or undefined when the family has none. */
export const newestRevision = findTaskDefinition;

/** Registers a new revision, marked as ours (REGISTERED_BY_TAG); returns its ARN. */
export async function registerTaskDefinition(clients: AwsClients, draft: TaskDefinitionDraft): Promise<string> {
  const tags = [...(draft.tags ?? []).filter((t) => t.key !== REGISTERED_BY_TAG.key), { ...REGISTERED_BY_TAG }];
  const answer = await clients.ecs.send(new RegisterTaskDefinitionCommand({ ...draft, tags }));
  const arn = answer.taskDefinition?.taskDefinitionArn;
  if (!arn) throw new Error(`RegisterTaskDefinition for ${draft.family} returned no ARN`);
  return arn;
}

export interface ServiceUpdate {
  cluster: string;
  service: string;
  taskDefinitionArn: string;
  desiredCount?: number;
  forceNewDeployment: boolean;
  /** The whole configuration to run with (ECS replaces it as a whole); left out, the service's own applies. */
  deploymentConfiguration?: DeploymentConfiguration;
}

/** Points the service at the task definition; returns the deployment this started (the new PRIMARY). */
export async function updateService(
  clients: AwsClients,
  update: ServiceUpdate,
): Promise<{ deploymentId: string; service: Service }> {
  const answer = await clients.ecs.send(
    new UpdateServiceCommand({
      cluster: update.cluster,
      service: update.service,
      taskDefinition: update.taskDefinitionArn,
      desiredCount: update.desiredCount,
      forceNewDeployment: update.forceNewDeployment,
      deploymentConfiguration: update.deploymentConfiguration,
    }),
  );
  const service = answer.service;
  const primary = service?.deployments?.find((d) => d.status === 'PRIMARY');
  if (!service || !primary?.id) throw new Error(`UpdateService for ${update.service} returned no PRIMARY deployment`);
  return { deploymentId: primary.id, service };
}

/** Sets a service's desired count and nothing else (all ECS lets a deploy change on a CODE_DEPLOY service itself). */
export async function setDesiredCount(
  clients: AwsClients,
  cluster: string,
  service: string,
  desiredCount: number,
): Promise<void> {
  await clients.ecs.send(new UpdateServiceCommand({ cluster, service, desiredCount }));
}

/** Every task definition ARN any service in any cluster of the account and region uses (their deployments included). */
export async function taskDefinitionsInUse(clients: AwsClients): Promise<Set<string>> {
  const clusters = await allPages(
    (nextToken) => clients.ecs.send(new ListClustersCommand({ nextToken, maxResults: 100 })),
    (page) => page.clusterArns,
  );
  const inUse = new Set<string>();
  for (const cluster of clusters) {
    const arns = await allPages(
      (nextToken) => clients.ecs.send(new ListServicesCommand({ cluster, nextToken, maxResults: 100 })),
      (page) => page.serviceArns,
    );
    for (const batch of chunk(arns, DESCRIBE_SERVICES_LIMIT)) {
      const answer = await clients.ecs.send(new DescribeServicesCommand({ cluster, services: batch }));
      for (const service of answer.services ?? []) {
        if (service.taskDefinition) inUse.add(service.taskDefinition);
        for (const deployment of service.deployments ?? [])
          if (deployment.taskDefinition) inUse.add(deployment.taskDefinition);
      }
    }
  }
  return inUse;
}

/** ACTIVE revisions of a family, newest first (sorted here: some endpoints ignore `sort`). */
export async function activeRevisions(clients: AwsClients, family: string): Promise<string[]> {
  const arns = await allPages(
    (nextToken) =>
      clients.ecs.send(
        new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', nextToken }),
      ),
    (page) => page.taskDefinitionArns,
  );
  return arns.filter((arn) => familyOf(arn) === family).sort((a, b) => revisionOf(b) - revisionOf(a));
}

export async function deregisterTaskDefinition(clients: AwsClients, arn: string): Promise<void> {
  await clients.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
}

/**
 * Candidates to deregister: all but the newest `keep`, never one in `protectedArns` (in use anywhere, or a
 * service's rollback target). Whether each was registered by us is checked on its tags afterwards. Pure.
 */
export function revisionsToPrune(newestFirst: string[], keep: number, protectedArns: Set<string>): string[] {
  if (keep <= 0) return [];
  return newestFirst.slice(keep).filter((arn) => !protectedArns.has(arn));
}

/** True when a revision's tags say this collection registered it. */
export function registeredByUs(tags: Tag[]): boolean {
  return tags.some((t) => t.key === REGISTERED_BY_TAG.key && t.value === REGISTERED_BY_TAG.value);
}
