/** ecs-task mode's plan: a pure function of the inputs and what ECS holds now. */
import { createHash } from 'node:crypto';

import type { Service, Tag, Task, TaskDefinition } from '@aws-sdk/client-ecs';

import { formatDuration } from '../../../lib/core/duration.js';
import { PlanError } from '../../../lib/core/errors.js';
import { taskId } from '../../../lib/ecs/arns.js';
import {
  pickContainer,
  placementFromService,
  type TaskDefinitionChoice,
  taskDefinitionForImage,
  type TaskPlacement,
} from '../../../lib/ecs/one-off-task.js';
import type { EcsTaskInputs, MigrateInputs } from './inputs.js';

/** What the task would start from, as ECS describes it now. */
export type ObservedSource =
  | {
      kind: 'image';
      /** The service's revision: copied with only the image changed when no revision names the image yet. */
      live: { definition: TaskDefinition; tags: Tag[] };
      /** The family's newest ACTIVE revision, when it is not the service's. */
      newest?: TaskDefinition;
    }
  | {
      kind: 'revision';
      /** `task-definition` as given. */
      requested: string;
      /** Undefined when ECS does not know it; `problem` then holds ECS's words. */
      definition?: TaskDefinition;
      problem?: string;
    };

export interface ObservedEcs {
  service: Service;
  /** The family of the service's task definition. */
  family: string;
  source: ObservedSource;
  /** Migration tasks of this service that have not stopped. */
  active: Task[];
}

export interface EcsTaskPlan {
  placement: TaskPlacement;
  container: string;
  /** The revision the task runs; when attaching, the one the running task was started from. */
  taskDefinition: TaskDefinitionChoice;
  command: string[];
  group: string;
  startedBy: string;
  tags: Tag[];
  clientToken: string;
  /**
   * A migration of this same commit that is still running (a re-run of the job): followed instead of starting another.
   */
  attachTo?: Task;
}

export const RUN_ID_TAG = 'github-run-id';
export const RUN_ATTEMPT_TAG = 'github-run-attempt';

/** The group every migration task of a service shares. */
export function migrationGroup(service: string): string {
  return `migrate:${service}`;
}

/**
 * RunTask's idempotency token: one per run attempt, job, service and commit. The SDK's own retries of one
 * RunTask share it (no second task when an answer is lost); a re-run of the job is a new attempt and gets
 * a new task, since ECS hands back the first request's task, failed or not, for 24 hours on a repeated token.
 */
export function migrationClientToken(
  inputs: Pick<MigrateInputs, 'gitSha' | 'runId' | 'runAttempt' | 'job'>,
  ecs: Pick<EcsTaskInputs, 'cluster' | 'service'>,
): string {
  return createHash('sha256')
    .update([ecs.cluster, ecs.service, inputs.gitSha, inputs.runId, inputs.runAttempt, inputs.job].join('\n'))
    .digest('hex');
}

/**
 * The read-only `prisma migrate status` task that runs before the deploy, to learn the pending set: the same
 * revision, placement, group and startedBy, its own purpose tag, and its own token (a shared token would make ECS
 * hand the status task back for the deploy's RunTask).
 */
export function statusTaskPlan(plan: EcsTaskPlan, command: string[]): EcsTaskPlan {
  const tags = plan.tags.map((t) => (t.key === 'purpose' ? { key: 'purpose', value: 'migrate-status' } : t));
  return {
    ...plan,
    command,
    tags,
    attachTo: undefined,
    clientToken: createHash('sha256').update(`${plan.clientToken}\nstatus`).digest('hex'),
  };
}

/**
 * Decides the revision, placement, names and token. A migration of this commit that is still running is
 * followed (nothing is registered or started); one of another commit, or of another command, is refused.
 */
export function planEcsTask(
  inputs: MigrateInputs,
  ecs: EcsTaskInputs,
  observed: ObservedEcs,
  now: Date = new Date(),
): EcsTaskPlan {
  const placement = placementFromService(observed.service);
  const { container, choice } =
    observed.source.kind === 'revision'
      ? releaseRevision(observed.source, observed.family, ecs)
      : imageRevision(observed.source, ecs, inputs.gitSha);
  const startedBy = `migrate/${inputs.gitSha}`.slice(0, 128);
  const tags: Tag[] = [
    { key: 'git-sha', value: inputs.gitSha },
    { key: 'purpose', value: 'migrate' },
    { key: RUN_ID_TAG, value: inputs.runId },
    { key: RUN_ATTEMPT_TAG, value: inputs.runAttempt },
  ];
  const clientToken = ecs.clientToken ?? migrationClientToken(inputs, ecs);
  const plan: EcsTaskPlan = {
    placement,
    container,
    taskDefinition: choice,
    command: ecs.command,
    group: migrationGroup(ecs.service),
    startedBy,
    tags,
    clientToken,
  };

  const attachTo = runningMigrationToFollow(observed.active, plan, ecs.service, inputs.gitSha, now);
  if (!attachTo) return plan;
  // DescribeTasks always names the task's revision; the fallback only keeps the type honest.
  const arn = attachTo.taskDefinitionArn ?? (choice.action === 'reuse' ? choice.arn : '');
  return {
    ...plan,
    attachTo,
    taskDefinition: {
      action: 'reuse',
      arn,
      why: `task ${taskId(attachTo.taskArn ?? '')} already migrates this commit from it`,
    },
  };
}

/** The running migration task of this commit with this command, if any; a PlanError when another migration runs. */
function runningMigrationToFollow(
  active: Task[],
  plan: EcsTaskPlan,
  service: string,
  gitSha: string,
  now: Date,
): Task | undefined {
  const otherCommits = active.filter((t) => t.startedBy !== plan.startedBy);
  if (otherCommits.length > 0) {
    const described = otherCommits.map((t) => describeActive(t, now)).join('; ');
    throw new PlanError(
      `another migration task of service "${service}" has not stopped yet: ${described}. It migrates another commit than ${gitSha.slice(0, 12)}, and two migrations at once would race for Prisma's lock; wait for it to stop (or stop it in the console if it is stuck), then run again`,
    );
  }
  const sameCommand = (t: Task) =>
    sameWords(t.overrides?.containerOverrides?.find((c) => c.name === plan.container)?.command, plan.command);
  const followable = active
    .filter(sameCommand)
    .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
  const differing = active.filter((t) => !sameCommand(t));
  if (differing.length > 0) {
    const described = differing
      .map(
        (t) =>
          `${describeActive(t, now)} running \`${t.overrides?.containerOverrides?.find((c) => c.name === plan.container)?.command?.join(' ') ?? "its image's own command"}\``,
      )
      .join('; ');
    throw new PlanError(
      `a migration task of this commit is still running another command: ${described}. Following it would report its result as this step's; wait for it to stop, then run \`${plan.command.join(' ')}\` again`,
    );
  }
  return followable[0];
}

/** `task-definition`: exactly that revision, checked to be one ECS can run as this service's migration. */
function releaseRevision(
  source: Extract<ObservedSource, { kind: 'revision' }>,
  family: string,
  ecs: EcsTaskInputs,
): { container: string; choice: TaskDefinitionChoice } {
  const definition = source.definition;
  if (!definition?.taskDefinitionArn) {
    throw new PlanError(
      `task definition ${source.requested} was not found${source.problem ? ` (${source.problem})` : ''}: pass the revision the release registered, e.g. deploy-ecs's \`task-definition-arn\` output with \`register-only: true\``,
    );
  }
  const name = `${definition.family}:${definition.revision}`;
  if (definition.status !== 'ACTIVE') {
    throw new PlanError(
      `task definition ${name} is ${definition.status ?? 'not ACTIVE'}: ECS starts no new task from a deregistered revision; register the release again`,
    );
  }
  // The release's revision is a revision of the service's family by definition; any other family means
  // another service's image, environment and secrets (its database URL), which a migration must never run with.
  if (definition.family !== family) {
    throw new PlanError(
      `task definition ${name} is not a revision of family "${family}", which service "${ecs.service}" runs: the migration must run from the revision this release rolls out to "${ecs.service}"`,
    );
  }
  if (definition.networkMode !== 'awsvpc') {
    throw new PlanError(
      `task definition ${name} uses network mode ${definition.networkMode ?? 'bridge'}, not awsvpc: the migration task is placed in the service's subnets, which needs awsvpc`,
    );
  }
  const container = pickContainer(definition, ecs.container);
  return {
    container,
    choice: {
      action: 'reuse',
      arn: definition.taskDefinitionArn,
      why: `the release's revision, given as \`task-definition\``,
    },
  };
}

/**
 * `image`: the service's revision when it names the image, else its family's newest that does, else a copy to register.
 */
function imageRevision(
  source: Extract<ObservedSource, { kind: 'image' }>,
  ecs: EcsTaskInputs,
  gitSha: string,
): { container: string; choice: TaskDefinitionChoice } {
  if (ecs.source.kind !== 'image') throw new Error('an image source needs the `image` input');
  const container = pickContainer(source.live.definition, ecs.container);
  return {
    container,
    choice: taskDefinitionForImage(source.live, source.newest, container, ecs.source.image, [
      { key: 'git-sha', value: gitSha },
    ]),
  };
}

function sameWords(a: string[] | undefined, b: string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((word, i) => word === b[i]);
}

function describeActive(task: Task, now: Date): string {
  const since = task.createdAt ? ` for ${formatDuration(now.getTime() - task.createdAt.getTime())}` : '';
  return `${taskId(task.taskArn ?? '')} (${task.lastStatus ?? 'unknown'}${since}, started by ${task.startedBy ?? 'unknown'})`;
}
