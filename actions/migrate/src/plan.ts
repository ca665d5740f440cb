/** ecs-task mode's plan: a pure function of the inputs and what ECS holds now. */
import { createHash } from 'node:crypto';
import type { Service, Tag, Task, TaskDefinition } from '@aws-sdk/client-ecs';
import { PlanError } from '../../../lib/core/errors.js';
import { formatDuration } from '../../../lib/core/duration.js';
import { taskId } from '../../../lib/ecs/arns.js';
import { pickContainer, placementFromService, taskDefinitionForImage, type TaskDefinitionChoice, type TaskPlacement } from '../../../lib/ecs/one-off-task.js';
import type { EcsTaskInputs, MigrateInputs } from './inputs.js';

export interface ObservedEcs {
  service: Service;
  live: { definition: TaskDefinition; tags: Tag[] };
  /** The family's newest ACTIVE revision, when it is not the service's. */
  newest?: TaskDefinition;
  /** Migration tasks of this service that have not stopped. */
  active: Task[];
}

export interface EcsTaskPlan {
  placement: TaskPlacement;
  container: string;
  taskDefinition: TaskDefinitionChoice;
  command: string[];
  group: string;
  startedBy: string;
  tags: Tag[];
  clientToken: string;
  /** A task this same job started earlier (a re-run): watch it instead of starting another. */
  attachTo?: Task;
}

export const RUN_ID_TAG = 'github-run-id';

/** The group every migration task of a service shares. */
export function migrationGroup(service: string): string {
  return `migrate:${service}`;
}

/** Decides the task definition, placement, names and token; refuses while another migration of the service runs. */
export function planEcsTask(inputs: MigrateInputs, ecs: EcsTaskInputs, observed: ObservedEcs, now: Date = new Date()): EcsTaskPlan {
  const placement = placementFromService(observed.service);
  const container = pickContainer(observed.live.definition, ecs.container);
  const startedBy = `migrate/${inputs.gitSha}`.slice(0, 128);
  const tags: Tag[] = [
    { key: 'git-sha', value: inputs.gitSha },
    { key: 'purpose', value: 'migrate' },
    { key: RUN_ID_TAG, value: inputs.runId },
  ];
  const taskDefinition = taskDefinitionForImage(observed.live, observed.newest, container, ecs.image, [{ key: 'git-sha', value: inputs.gitSha }]);
  // One token per run, job, service and commit: a re-run of the job gets the task the first attempt started.
  const clientToken = ecs.clientToken ?? createHash('sha256').update([ecs.cluster, ecs.service, inputs.gitSha, inputs.runId, inputs.job].join('\n')).digest('hex');

  const ours = observed.active.find((t) => t.startedBy === startedBy && t.tags?.some((tag) => tag.key === RUN_ID_TAG && tag.value === inputs.runId));
  const others = observed.active.filter((t) => t !== ours);
  if (others.length > 0) {
    const described = others.map((t) => describeActive(t, now)).join('; ');
    throw new PlanError(`another migration task of service "${ecs.service}" has not stopped yet: ${described}. Two migrations at once would race for Prisma's lock; wait for it to stop (or stop it in the console if it is stuck), then run again`);
  }
  return { placement, container, taskDefinition, command: ecs.command, group: migrationGroup(ecs.service), startedBy, tags, clientToken, attachTo: ours };
}

function describeActive(task: Task, now: Date): string {
  const since = task.createdAt ? ` for ${formatDuration(now.getTime() - task.createdAt.getTime())}` : '';
  return `${taskId(task.taskArn ?? '')} (${task.lastStatus ?? 'unknown'}${since}, started by ${task.startedBy ?? 'unknown'})`;
}
