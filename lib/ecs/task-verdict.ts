/** How a stopped one-off task ended, in words: by one container's exit code, and ECS's stop code and reason. Pure. */
import type { Task } from '@aws-sdk/client-ecs';

export type TaskOutcomeKind = 'succeeded' | 'exit-code' | 'out-of-memory' | 'never-started' | 'stopped-early';

export interface TaskOutcome {
  kind: TaskOutcomeKind;
  exitCode?: number;
  stopCode?: string;
  stoppedReason?: string;
  containerReason?: string;
  /** One sentence a person reads in the log and the summary. */
  summary: string;
  /** What to look at next, when there is something specific. */
  hint?: string;
}

const OOM = /OutOfMemory|out of memory|OOM/i;

/** Judges the stopped task by the named container (the one whose command was overridden). */
export function judgeStoppedTask(task: Task, container: string): TaskOutcome {
  const c = task.containers?.find((x) => x.name === container);
  const base = {
    exitCode: c?.exitCode,
    stopCode: task.stopCode,
    stoppedReason: task.stoppedReason,
    containerReason: c?.reason,
  };
  const reason = [task.stoppedReason, c?.reason].filter(Boolean).join('; ');

  if (c?.exitCode === 0) return { ...base, kind: 'succeeded', summary: `container ${container} exited with code 0` };

  if (OOM.test(c?.reason ?? '') || (c?.exitCode === 137 && OOM.test(task.stoppedReason ?? ''))) {
    return {
      ...base,
      kind: 'out-of-memory',
      summary: `container ${container} ran out of memory and was killed${c?.exitCode !== undefined ? ` (exit code ${c.exitCode})` : ''}: ${reason}`,
      hint: "raise the container's memory (or the task's) in the task definition; the migration was cut off mid-way, so check `prisma migrate status` before retrying",
    };
  }

  if (task.stopCode === 'TaskFailedToStart' || (c?.exitCode === undefined && task.startedAt === undefined)) {
    return {
      ...base,
      kind: 'never-started',
      summary: `the task never started${task.stopCode ? ` [${task.stopCode}]` : ''}: ${reason || 'ECS gave no reason'}`,
      hint: neverStartedHint(reason),
    };
  }

  if (c?.exitCode !== undefined) {
    return {
      ...base,
      kind: 'exit-code',
      summary: `container ${container} exited with code ${c.exitCode}${c.exitCode === 137 ? ' (killed: SIGKILL after a stop, or out of memory)' : ''}${reason ? `: ${reason}` : ''}`,
      hint: 'the command failed: its log lines above say why',
    };
  }

  return {
    ...base,
    kind: 'stopped-early',
    summary: `the task stopped before container ${container} finished${task.stopCode ? ` [${task.stopCode}]` : ''}: ${reason || 'ECS gave no reason'}`,
    hint:
      task.stopCode === 'UserInitiated'
        ? 'someone (or something) called StopTask on it'
        : task.stopCode === 'SpotInterruption'
          ? 'Fargate Spot reclaimed the capacity: run it on FARGATE instead'
          : undefined,
  };
}

function neverStartedHint(reason: string): string | undefined {
  if (/CannotPullContainer/i.test(reason))
    return 'the image could not be pulled: check that it exists, that the execution role may pull it, and that the subnets reach ECR (NAT gateway or VPC endpoints)';
  if (/ResourceInitializationError/i.test(reason))
    return 'ECS could not prepare the task: usually secrets or the log group it cannot read, or subnets without a route to Secrets Manager/SSM/CloudWatch Logs';
  if (/capacity|RESOURCE:/i.test(reason)) return 'no capacity was available: try again, or another capacity provider';
  return undefined;
}
