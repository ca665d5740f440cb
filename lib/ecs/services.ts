/** Reading and changing ECS services and task definitions: the AWS side of deploy-ecs and rollback. */
import {
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServicesCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type Failure,
  type Service,
  type Tag,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients.js';
import { PlanError } from '../core/errors.js';
import type { TaskDefinitionDraft } from '../taskdef/types.js';

/** DescribeServices takes at most ten services a call. */
export const DESCRIBE_SERVICES_LIMIT = 10;

export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Describes services by name, ten a call, as they are now; missing ones are simply absent from the map. */
export async function pollServices(clients: AwsClients, cluster: string, names: string[]): Promise<Map<string, Service>> {
  return (await describeServiceBatches(clients, cluster, names)).found;
}

/** Describes services before a deploy: a missing or inactive service is a PlanError naming it. */
export async function describeServices(clients: AwsClients, cluster: string, names: string[]): Promise<Map<string, Service>> {
  const { found, failures } = await describeServiceBatches(clients, cluster, names);
  const failure = failures[0];
  if (failure) {
    const name = failure.arn?.split('/').pop() ?? failure.arn;
    throw new PlanError(`service "${name}" was not found in cluster "${cluster}" (${failure.reason ?? 'unknown reason'})`);
  }
  for (const name of names) {
    const service = found.get(name);
    if (!service) throw new PlanError(`service "${name}" was not found in cluster "${cluster}"`);
    if (service.status !== 'ACTIVE') throw new PlanError(`service "${name}" in cluster "${cluster}" is ${service.status}, not ACTIVE`);
  }
  return found;
}

async function describeServiceBatches(clients: AwsClients, cluster: string, names: string[]): Promise<{ found: Map<string, Service>; failures: Failure[] }> {
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
export async function describeTaskDefinition(clients: AwsClients, arn: string): Promise<{ definition: TaskDefinition; tags: Tag[] }> {
  const answer = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
  if (!answer.taskDefinition) throw new PlanError(`task definition ${arn} was not found`);
  return { definition: answer.taskDefinition, tags: answer.tags ?? [] };
}

/** Registers a new revision; returns its ARN. */
export async function registerTaskDefinition(clients: AwsClients, draft: TaskDefinitionDraft): Promise<string> {
  // ECS rejects an empty tag list as a parameter; send tags only when there are some.
  const input = { ...draft, tags: draft.tags && draft.tags.length > 0 ? draft.tags : undefined };
  const answer = await clients.ecs.send(new RegisterTaskDefinitionCommand(input));
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
}

/** Points the service at the task definition; returns the deployment this started (the new PRIMARY). */
export async function updateService(clients: AwsClients, update: ServiceUpdate): Promise<{ deploymentId: string; service: Service }> {
  const answer = await clients.ecs.send(
    new UpdateServiceCommand({
      cluster: update.cluster,
      service: update.service,
      taskDefinition: update.taskDefinitionArn,
      desiredCount: update.desiredCount,
      forceNewDeployment: update.forceNewDeployment,
    }),
  );
  const service = answer.service;
  const primary = service?.deployments?.find((d) => d.status === 'PRIMARY');
  if (!service || !primary?.id) throw new Error(`UpdateService for ${update.service} returned no PRIMARY deployment`);
  return { deploymentId: primary.id, service };
}

/** Every task definition ARN any service in the cluster uses (its deployments included). */
export async function taskDefinitionsInUse(clients: AwsClients, cluster: string): Promise<Set<string>> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await clients.ecs.send(new ListServicesCommand({ cluster, nextToken, maxResults: 100 }));
    arns.push(...(page.serviceArns ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  const inUse = new Set<string>();
  for (const batch of chunk(arns, DESCRIBE_SERVICES_LIMIT)) {
    const answer = await clients.ecs.send(new DescribeServicesCommand({ cluster, services: batch }));
    for (const service of answer.services ?? []) {
      if (service.taskDefinition) inUse.add(service.taskDefinition);
      for (const deployment of service.deployments ?? []) if (deployment.taskDefinition) inUse.add(deployment.taskDefinition);
    }
  }
  return inUse;
}

/** ACTIVE revisions of a family, newest first (sorted here: some endpoints ignore `sort`). */
export async function activeRevisions(clients: AwsClients, family: string): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await clients.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', nextToken }));
    arns.push(...(page.taskDefinitionArns ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return arns.filter((arn) => familyOf(arn) === family).sort((a, b) => revisionOf(b) - revisionOf(a));
}

export async function deregisterTaskDefinition(clients: AwsClients, arn: string): Promise<void> {
  await clients.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
}

/** `arn:…:task-definition/web:12` → 12. */
export function revisionOf(arn: string): number {
  return Number(/:(\d+)$/.exec(arn)?.[1] ?? NaN);
}

/** `arn:…:task-definition/web:12` → "web". */
export function familyOf(arn: string): string {
  return arn.split('/').pop()!.replace(/:\d+$/, '');
}

/** Revisions to deregister: all but the newest `keep`, never one in use. Pure. */
export function revisionsToPrune(newestFirst: string[], keep: number, inUse: Set<string>): string[] {
  if (keep <= 0) return [];
  return newestFirst.slice(keep).filter((arn) => !inUse.has(arn));
}

/** The console page of a service's deployments. */
export function serviceConsoleUrl(region: string, cluster: string, service: string): string {
  return `https://${region}.console.aws.amazon.com/ecs/v2/clusters/${encodeURIComponent(cluster)}/services/${encodeURIComponent(service)}/deployments?region=${region}`;
}
