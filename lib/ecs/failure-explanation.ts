/** Why a rollout failed, in words: stopped tasks, exit codes, health checks, service events, links. */
import {
  type ContainerDefinition,
  DescribeTasksCommand,
  ListTasksCommand,
  type Service,
  type Task,
} from '@aws-sdk/client-ecs';

import type { AwsClients } from '../aws/clients.js';
import { errorMessage } from '../core/errors.js';
import { serviceConsoleUrl, taskId } from './arns.js';
import { containerLogStream } from './task-logs.js';

export interface StoppedTaskReport {
  taskId: string;
  stopCode?: string;
  stoppedReason?: string;
  health?: string;
  containers: { name: string; exitCode?: number; reason?: string; health?: string; logUrl?: string }[];
}

export interface FailureExplanation {
  stoppedTasks: StoppedTaskReport[];
  unhealthyTargets: string[];
  recentEvents: string[];
  consoleUrl: string;
}

/** Builds a CloudWatch Logs console link for an awslogs container of a task, when the log config says where. */
export function logStreamUrl(
  region: string,
  container: ContainerDefinition | undefined,
  taskId: string,
): string | undefined {
  const ref = containerLogStream(container, taskId);
  if (!ref) return undefined;
  // The console's fragment encoding: '/' becomes $252F, as the console itself writes it.
  const enc = (value: string) => encodeURIComponent(value).replace(/%/g, '$25');
  const logRegion = ref.region ?? region;
  return `https://${logRegion}.console.aws.amazon.com/cloudwatch/home?region=${logRegion}#logsV2:log-groups/log-group/${enc(ref.group)}/log-events/${enc(ref.stream)}`;
}

/** Turns the tasks' own words into one short line per task. Pure. */
export function describeStoppedTask(report: StoppedTaskReport): string {
  const containers = report.containers
    .filter((c) => c.exitCode !== undefined || c.reason || (c.health && c.health !== 'UNKNOWN'))
    .map((c) => {
      const bits = [
        c.exitCode !== undefined
          ? `exit code ${c.exitCode}${c.exitCode === 137 ? ' (killed: out of memory or stop timeout)' : ''}`
          : '',
        c.reason ?? '',
        c.health === 'UNHEALTHY' ? 'health check failing' : '',
      ];
      return `${c.name}: ${bits.filter(Boolean).join(', ')}`;
    });
  const head = `task ${report.taskId}${report.stopCode ? ` [${report.stopCode}]` : ''}: ${report.stoppedReason ?? 'stopped'}`;
  return containers.length ? `${head}; ${containers.join('; ')}` : head;
}

function taskReport(task: Task, region: string, containers: ContainerDefinition[]): StoppedTaskReport {
  const id = task.taskArn ? taskId(task.taskArn) : 'unknown';
  return {
    taskId: id,
    stopCode: task.stopCode,
    stoppedReason: task.stoppedReason,
    health: task.healthStatus,
    containers: (task.containers ?? []).map((c) => ({
      name: c.name ?? '',
      exitCode: c.exitCode,
      reason: c.reason,
      health: c.healthStatus,
      logUrl: logStreamUrl(
        region,
        containers.find((d) => d.name === c.name),
        id,
      ),
    })),
  };
}

/** Gathers what AWS knows about a failed rollout. Best-effort: a failing lookup is noted, never thrown. */
export async function explainFailure(
  clients: AwsClients,
  cluster: string,
  service: Service | undefined,
  taskDefinitionArn: string,
  containers: ContainerDefinition[],
): Promise<FailureExplanation> {
  const name = service?.serviceName ?? 'unknown';
  const explanation: FailureExplanation = {
    stoppedTasks: [],
    unhealthyTargets: [],
    recentEvents: (service?.events ?? []).slice(0, 5).map((e) => e.message ?? ''),
    consoleUrl: serviceConsoleUrl(clients.region, cluster, name),
  };
  try {
    const listed = await clients.ecs.send(
      new ListTasksCommand({ cluster, serviceName: name, desiredStatus: 'STOPPED', maxResults: 100 }),
    );
    if (listed.taskArns?.length) {
      const described = await clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: listed.taskArns }));
      explanation.stoppedTasks = (described.tasks ?? [])
        .filter((t) => t.taskDefinitionArn === taskDefinitionArn)
        .sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0))
        .slice(0, 3)
        .map((t) => taskReport(t, clients.region, containers));
    }
  } catch (err) {
    explanation.recentEvents.push(`(could not read stopped tasks: ${errorMessage(err)})`);
  }
  for (const lb of service?.loadBalancers ?? []) {
    if (!lb.targetGroupArn) continue;
    try {
      // Loaded here, not at start: only an explanation of a failure needs the ELBv2 package.
      const { DescribeTargetHealthCommand } = await import('@aws-sdk/client-elastic-load-balancing-v2');
      const health = await clients.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: lb.targetGroupArn }));
      for (const target of health.TargetHealthDescriptions ?? []) {
        const state = target.TargetHealth?.State;
        if (state && state !== 'healthy') {
          explanation.unhealthyTargets.push(
            `${target.Target?.Id}:${target.Target?.Port} ${state}${target.TargetHealth?.Description ? `: ${target.TargetHealth.Description}` : ''}`,
          );
        }
      }
    } catch (err) {
      explanation.recentEvents.push(`(could not read target health: ${errorMessage(err)})`);
    }
  }
  return explanation;
}
