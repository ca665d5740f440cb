/**
 * One-off ECS tasks beside a service (a migration, a backfill): placed exactly like the service's own tasks,
 * started once per job (client token), watched until STOPPED and judged by one container's exit code.
 */
import {
  type CapacityProviderStrategyItem,
  DescribeTasksCommand,
  type LaunchType,
  ListTasksCommand,
  type NetworkConfiguration,
  RunTaskCommand,
  type Service,
  type Tag,
  type Task,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { chunk } from '../aws/paging.js';
import { PlanError } from '../core/errors.js';
import { type Clock, pollUntil } from '../core/poll.js';
import { sameTaskDefinition } from '../taskdef/compare.js';
import { draftFromLive } from '../taskdef/source.js';
import type { TaskDefinitionDraft } from '../taskdef/types.js';
import { taskId } from './arns.js';

/** Where and how a service's tasks run: RunTask needs the same to reach what the service reaches. */
export interface TaskPlacement {
  networkConfiguration: NetworkConfiguration;
  launchType?: LaunchType;
  capacityProviderStrategy?: CapacityProviderStrategyItem[];
  platformVersion?: string;
}

/** The service's placement; a service without an awsvpc configuration is a PlanError (Fargate needs one). */
export function placementFromService(service: Service): TaskPlacement {
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
  const networkConfiguration = service.networkConfiguration ?? primary?.networkConfiguration;
  if (!networkConfiguration?.awsvpcConfiguration?.subnets?.length) {
    throw new PlanError(
      `service "${service.serviceName}" has no awsvpc network configuration (subnets and security groups), so a one-off task cannot be placed like its tasks; only awsvpc services (all Fargate services) are supported`,
    );
  }
  const strategy = service.capacityProviderStrategy ?? primary?.capacityProviderStrategy;
  return {
    networkConfiguration,
    // RunTask refuses a launch type together with a capacity provider strategy.
    launchType: strategy?.length ? undefined : (service.launchType ?? primary?.launchType),
    capacityProviderStrategy: strategy?.length ? strategy : undefined,
    platformVersion: service.platformVersion ?? primary?.platformVersion,
  };
}

/** The container a command runs in: the one named, or the only one; PlanError naming the choices otherwise. */
export function pickContainer(
  definition: Pick<TaskDefinition, 'containerDefinitions' | 'family'>,
  name: string | undefined,
): string {
  const names = (definition.containerDefinitions ?? []).map((c) => c.name ?? '');
  if (name) {
    if (!names.includes(name))
      throw new PlanError(
        `task definition ${definition.family} has no container "${name}" (it has ${names.join(', ')})`,
      );
    return name;
  }
  if (names.length === 1) return names[0];
  const essential = (definition.containerDefinitions ?? [])
    .filter((c) => c.essential !== false)
    .map((c) => c.name ?? '');
  if (essential.length === 1) return essential[0];
  throw new PlanError(
    `task definition ${definition.family} has ${names.length} containers (${names.join(', ')}): name the one to run in with \`container\``,
  );
}

export type TaskDefinitionChoice =
  { action: 'reuse'; arn: string; why: string } | { action: 'register'; draft: TaskDefinitionDraft; why: string };

/**
 * RunTask cannot override the image, so the command needs a revision that names it. Reuses the service's
 * revision or the family's newest when either already runs exactly this image; else drafts a copy of the
 * service's revision with the container's image replaced. Pure.
 */
export function taskDefinitionForImage(
  live: { definition: TaskDefinition; tags: Tag[] },
  newest: TaskDefinition | undefined,
  container: string,
  image: string,
  extraTags: Tag[] = [],
): TaskDefinitionChoice {
  const draft = draftFromLive(live.definition, live.tags);
  draft.containerDefinitions = (draft.containerDefinitions ?? []).map((c) =>
    c.name === container ? { ...c, image } : c,
  );
  const imageOf = (d: TaskDefinition | undefined) => d?.containerDefinitions?.find((c) => c.name === container)?.image;
  if (imageOf(live.definition) === image) {
    return {
      action: 'reuse',
      arn: live.definition.taskDefinitionArn!,
      why: `the service's revision already runs ${image}`,
    };
  }
  // A re-run, or a deploy that registered this image already, left an identical newest revision: use it.
  if (newest?.taskDefinitionArn && sameTaskDefinition(newest, draft)) {
    return {
      action: 'reuse',
      arn: newest.taskDefinitionArn,
      why: `the family's newest revision already runs ${image}`,
    };
  }
  const tags = [...(draft.tags ?? []).filter((t) => !extraTags.some((e) => e.key === t.key)), ...extraTags];
  return {
    action: 'register',
    draft: { ...draft, tags: tags.length ? tags : undefined },
    why: `the service runs ${imageOf(live.definition) ?? 'another image'}`,
  };
}

export interface OneOffTaskRequest {
  cluster: string;
  taskDefinitionArn: string;
  container: string;
  command: string[];
  placement: TaskPlacement;
  /** Up to 128 letters, digits, -, / and _; shows in the console and filters ListTasks. */
  startedBy: string;
  /** Tasks of one purpose share a group, e.g. `migrate:web`: how a second run finds the first. */
  group: string;
  tags: Tag[];
  /** RunTask's idempotency token (≤ 64 characters): the same token within a few hours returns the same task. */
  clientToken: string;
}

/**
 * Tasks of the group that have not stopped (ListTasks by family, then DescribeTasks, since it cannot filter by group).
 */
export async function activeTasksOfGroup(
  clients: AwsClients,
  cluster: string,
  family: string,
  group: string,
): Promise<Task[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await clients.ecs.send(new ListTasksCommand({ cluster, family, desiredStatus: 'RUNNING', nextToken }));
    arns.push(...(page.taskArns ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  const active: Task[] = [];
  for (const batch of chunk(arns, 100)) {
    const answer = await clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: batch, include: ['TAGS'] }));
    active.push(...(answer.tasks ?? []).filter((t) => t.group === group && t.lastStatus !== 'STOPPED'));
  }
  return active;
}

/** Starts the task; a RunTask failure (capacity, a missing resource) is an Error in ECS's words. */
export async function startOneOffTask(clients: AwsClients, request: OneOffTaskRequest): Promise<Task> {
  const { placement } = request;
  const answer = await clients.ecs.send(
    new RunTaskCommand({
      cluster: request.cluster,
      taskDefinition: request.taskDefinitionArn,
      count: 1,
      networkConfiguration: placement.networkConfiguration,
      launchType: placement.launchType,
      capacityProviderStrategy: placement.capacityProviderStrategy,
      platformVersion: placement.platformVersion,
      overrides: { containerOverrides: [{ name: request.container, command: request.command }] },
      startedBy: request.startedBy,
      group: request.group,
      tags: request.tags.length ? request.tags : undefined,
      enableECSManagedTags: true,
      clientToken: request.clientToken,
    }),
  );
  const task = answer.tasks?.[0];
  if (!task?.taskArn) {
    const failure = answer.failures?.[0];
    throw new Error(
      `ECS did not start the task: ${failure ? `${failure.reason ?? 'unknown reason'}${failure.detail ? ` (${failure.detail})` : ''}${failure.arn ? ` for ${failure.arn}` : ''}` : 'RunTask returned no task'}`,
    );
  }
  return task;
}

export interface TaskWaitOptions {
  intervalMs: number;
  timeoutMs: number;
  signal?: AbortSignal;
  clock?: Clock;
  /** Called after every look, with the task as ECS describes it then (status changes, log tailing). */
  onLook?: (task: Task) => Promise<void>;
}

/**
 * Waits for STOPPED only: a fast task can go from PENDING to STOPPED between two looks, so RUNNING is
 * never a milestone to wait for. Throws TimeoutError (the task keeps running) or CancelledError.
 */
export async function waitForTaskToStop(
  clients: AwsClients,
  cluster: string,
  taskArn: string,
  options: TaskWaitOptions,
): Promise<Task> {
  return pollUntil<Task>({ ...options, what: `task ${taskId(taskArn)} to stop` }, async () => {
    const answer = await clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: [taskArn] }));
    const task = answer.tasks?.[0];
    if (!task)
      throw new Error(
        `task ${taskId(taskArn)} is no longer known to ECS (${answer.failures?.[0]?.reason ?? 'MISSING'})`,
      );
    await options.onLook?.(task);
    return task.lastStatus === 'STOPPED' ? { done: true, value: task } : { done: false };
  });
}
