/**
 * One one-off task of the migration, start (or follow) to STOPPED: its log streamed into the job log and kept, its end
 * judged.
 */
import type { Task, TaskDefinition } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../../lib/aws/clients.js';
import { CancelledError, errorMessage, TimeoutError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { taskConsoleUrl, taskId } from '../../../lib/ecs/arns.js';
import { startOneOffTask, waitForTaskToStop } from '../../../lib/ecs/one-off-task.js';
import { containerLogStream, LogTail } from '../../../lib/ecs/task-logs.js';
import { judgeStoppedTask, type TaskOutcome } from '../../../lib/ecs/task-verdict.js';
import type { EcsTaskInputs } from './inputs.js';
import { type EcsTaskPlan, RUN_ATTEMPT_TAG, RUN_ID_TAG } from './plan.js';

export interface TaskRun {
  taskArn: string;
  /** The command it ran. */
  command: string[];
  /** Started by an earlier attempt of the job and followed, not started here. */
  attached: boolean;
  outcome: TaskOutcome;
  /** The container's log lines; empty when they could not be streamed (`readable` says why not). */
  lines: string[];
  /** False when the container does not log where the action can read it. */
  readable: boolean;
}

export interface TaskRunDeps {
  clients: AwsClients;
  signal?: AbortSignal;
  clock?: Clock;
}

/** Starts the plan's task (or follows `plan.attachTo`), streams its log, waits for STOPPED and judges it. */
export async function runMigrationTask(
  ecs: EcsTaskInputs,
  plan: EcsTaskPlan,
  taskDefinitionArn: string,
  definition: Pick<TaskDefinition, 'containerDefinitions'>,
  io: ActionIO,
  deps: TaskRunDeps,
): Promise<TaskRun> {
  const { clients } = deps;
  const task: Task =
    plan.attachTo ??
    (await startOneOffTask(clients, {
      cluster: ecs.cluster,
      taskDefinitionArn,
      container: plan.container,
      command: plan.command,
      placement: plan.placement,
      startedBy: plan.startedBy,
      group: plan.group,
      tags: plan.tags,
      clientToken: plan.clientToken,
    }));
  const taskArn = task.taskArn!;
  io.info(
    plan.attachTo
      ? `following ${taskArn}, ${startedEarlierBy(plan.attachTo)}, to its end instead of starting another`
      : `started ${taskArn}`,
  );
  io.info(`console: ${taskConsoleUrl(clients.region, ecs.cluster, taskArn)}`);

  const lines: string[] = [];
  const tail = ecs.streamLogs ? openTail(clients, definition, plan.container, taskArn, io, lines) : undefined;
  let lastStatus = '';
  const stopped = await io.group(`Task ${taskId(taskArn)}: ${plan.command.join(' ')}`, async () => {
    try {
      const final = await waitForTaskToStop(clients, ecs.cluster, taskArn, {
        intervalMs: ecs.pollIntervalMs,
        timeoutMs: ecs.waitTimeoutMs,
        signal: deps.signal,
        clock: deps.clock,
        onLook: async (seen) => {
          if (seen.lastStatus && seen.lastStatus !== lastStatus)
            io.info(`[ecs] task is ${(lastStatus = seen.lastStatus)}`);
          await tail?.poll();
        },
      });
      await tail?.poll(); // the last lines can land after STOPPED
      return final;
    } catch (err) {
      if (err instanceof TimeoutError || err instanceof CancelledError) {
        // Stopping a migration mid-statement is what leaves Prisma's P3009 state behind, so it is left to finish.
        throw new Error(
          `${errorMessage(err)}; task ${taskArn} was left running (stopping a migration mid-way leaves it failed): watch it in the console, or re-run the job, which follows it to its end`,
        );
      }
      throw err;
    }
  });
  return {
    taskArn,
    command: plan.command,
    attached: plan.attachTo !== undefined,
    outcome: judgeStoppedTask(stopped, plan.container),
    lines,
    readable: tail !== undefined,
  };
}

/** "started by run 4242 (attempt 1)", from the task's tags. */
export function startedEarlierBy(task: Task): string {
  const tag = (key: string) => task.tags?.find((t) => t.key === key)?.value;
  const run = tag(RUN_ID_TAG);
  const attempt = tag(RUN_ATTEMPT_TAG);
  return run
    ? `started by run ${run}${attempt ? ` (attempt ${attempt})` : ''} for this commit`
    : 'started earlier for this commit';
}

function openTail(
  clients: AwsClients,
  definition: Pick<TaskDefinition, 'containerDefinitions'>,
  container: string,
  taskArn: string,
  io: ActionIO,
  lines: string[],
): LogTail | undefined {
  const ref = containerLogStream(
    definition.containerDefinitions?.find((c) => c.name === container),
    taskId(taskArn),
  );
  if (!ref) {
    io.warning(
      `container ${container} does not log through awslogs with a stream prefix, so its output cannot be shown here; Prisma's result is judged by the exit code alone`,
    );
    return undefined;
  }
  if (ref.region && ref.region !== clients.region) {
    io.warning(`container ${container} logs to ${ref.region}, not ${clients.region}; its output is not streamed`);
    return undefined;
  }
  io.info(`streaming ${ref.group}/${ref.stream}`);
  return new LogTail(
    clients,
    ref,
    (line) => {
      lines.push(line);
      io.info(`[${container}] ${line}`);
    },
    (message) => io.warning(message),
  );
}
