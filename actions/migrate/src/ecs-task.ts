/** Mode `ecs-task`: the migration runs inside the VPC as a one-off task of the release, watched to STOPPED. */
import { DescribeTaskDefinitionCommand, type Task, type TaskDefinition } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../../../lib/aws/clients.js';
import { CancelledError, TimeoutError, errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { familyOf, taskConsoleUrl, taskId } from '../../../lib/ecs/arns.js';
import { activeTasksOfGroup, startOneOffTask, waitForTaskToStop } from '../../../lib/ecs/one-off-task.js';
import { activeRevisions, describeServices, describeTaskDefinition, registerTaskDefinition } from '../../../lib/ecs/services.js';
import { LogTail, containerLogStream } from '../../../lib/ecs/task-logs.js';
import { judgeStoppedTask, type TaskOutcome } from '../../../lib/ecs/task-verdict.js';
import { explainPrismaError, parseDeployOutput, type FailureAdvice } from '../../../lib/migrate/prisma.js';
import type { EcsTaskInputs, MigrateInputs } from './inputs.js';
import { migrationGroup, planEcsTask, RUN_ATTEMPT_TAG, RUN_ID_TAG, type EcsTaskPlan, type ObservedEcs, type ObservedSource } from './plan.js';

export interface EcsResult {
  taskArn: string;
  taskDefinitionArn: string;
  registered: boolean;
  /** Why this revision, in words (the plan's reason). */
  revisionWhy: string;
  attached: boolean;
  outcome: TaskOutcome;
  applied: string[];
  /** True when the log showed Prisma's verdict ("applied" or "no pending"). */
  sawPrismaVerdict: boolean;
  logLines: number;
  failure?: FailureAdvice;
}

export interface EcsDeps {
  clients: AwsClients;
  signal?: AbortSignal;
  clock?: Clock;
}

/** Reads the service, the revision to run from (or the service's and the family's newest), and running migration tasks. */
export async function observeEcs(clients: AwsClients, ecs: EcsTaskInputs): Promise<ObservedEcs> {
  const service = (await describeServices(clients, ecs.cluster, [ecs.service])).get(ecs.service)!;
  const family = familyOf(service.taskDefinition!);
  let source: ObservedSource;
  if (ecs.source.kind === 'revision') {
    source = { kind: 'revision', requested: ecs.source.taskDefinition, ...(await describeIfKnown(clients, ecs.source.taskDefinition)) };
  } else {
    const live = await describeTaskDefinition(clients, service.taskDefinition!);
    const newestArn = (await activeRevisions(clients, family))[0];
    const newest = newestArn && newestArn !== live.definition.taskDefinitionArn ? (await describeTaskDefinition(clients, newestArn)).definition : undefined;
    source = { kind: 'image', live, newest };
  }
  const active = await activeTasksOfGroup(clients, ecs.cluster, family, migrationGroup(ecs.service));
  return { service, family, source, active };
}

/** ECS answers ClientException ("Unable to describe task definition") for a revision it does not know. */
async function describeIfKnown(clients: AwsClients, ref: string): Promise<{ definition?: TaskDefinition; problem?: string }> {
  try {
    const answer = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref }));
    return { definition: answer.taskDefinition };
  } catch (err) {
    if ((err as { name?: string }).name === 'ClientException') return { problem: errorMessage(err) };
    throw err;
  }
}

/** The definition of the revision the task runs: one already read, else described now (a task this commit started earlier). */
async function definitionOf(clients: AwsClients, arn: string, plan: EcsTaskPlan, observed: ObservedEcs): Promise<Pick<TaskDefinition, 'containerDefinitions'>> {
  if (plan.taskDefinition.action === 'register') return plan.taskDefinition.draft;
  const known = observed.source.kind === 'revision' ? [observed.source.definition] : [observed.source.live.definition, observed.source.newest];
  return known.find((d) => d?.taskDefinitionArn === arn) ?? (await describeTaskDefinition(clients, arn)).definition;
}

/** Observe, plan, then register (if needed), run, stream logs and judge. Prisma's failure is returned, not thrown. */
export async function migrateInEcs(inputs: MigrateInputs, ecs: EcsTaskInputs, io: ActionIO, deps: EcsDeps): Promise<EcsResult> {
  const { clients } = deps;
  const observed = await io.group(`Read service ${ecs.service} in ${ecs.cluster}`, () => observeEcs(clients, ecs));
  const plan = planEcsTask(inputs, ecs, observed);
  await io.group('Plan', async () => logPlan(plan, io));

  let taskDefinitionArn: string;
  if (plan.taskDefinition.action === 'register') {
    taskDefinitionArn = await registerTaskDefinition(clients, plan.taskDefinition.draft);
    io.info(`registered ${taskDefinitionArn}`);
  } else {
    taskDefinitionArn = plan.taskDefinition.arn;
  }
  const definition = await definitionOf(clients, taskDefinitionArn, plan, observed);

  const task: Task = plan.attachTo ?? (await startOneOffTask(clients, { cluster: ecs.cluster, taskDefinitionArn, container: plan.container, command: plan.command, placement: plan.placement, startedBy: plan.startedBy, group: plan.group, tags: plan.tags, clientToken: plan.clientToken }));
  const taskArn = task.taskArn!;
  io.info(plan.attachTo ? `following ${taskArn}, ${startedEarlierBy(plan.attachTo)}, to its end instead of starting another` : `started ${taskArn}`);
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
          if (seen.lastStatus && seen.lastStatus !== lastStatus) io.info(`[ecs] task is ${(lastStatus = seen.lastStatus)}`);
          await tail?.poll();
        },
      });
      await tail?.poll(); // the last lines can land after STOPPED
      return final;
    } catch (err) {
      if (err instanceof TimeoutError || err instanceof CancelledError) {
        // Stopping a migration mid-statement is what leaves Prisma's P3009 state behind, so it is left to finish.
        throw new Error(`${errorMessage(err)}; task ${taskArn} was left running (stopping a migration mid-way leaves it failed): watch it in the console, or re-run the job, which follows it to its end`);
      }
      throw err;
    }
  });

  const outcome = judgeStoppedTask(stopped, plan.container);
  const deployed = parseDeployOutput(lines.join('\n'));
  const result: EcsResult = {
    taskArn,
    taskDefinitionArn,
    registered: plan.taskDefinition.action === 'register',
    revisionWhy: plan.taskDefinition.why,
    attached: plan.attachTo !== undefined,
    outcome,
    applied: deployed.applied,
    sawPrismaVerdict: deployed.applied.length > 0 || deployed.nothingPending,
    logLines: tail?.count ?? 0,
  };
  if (outcome.kind !== 'succeeded') {
    const advice = deployed.error ? explainPrismaError(deployed.error) : undefined;
    result.failure = advice
      ? { ...advice, explanation: advice.commands.length ? `${advice.explanation} The database is reachable only from the VPC: run the command there, for instance with this action and \`command\` set to it.` : advice.explanation }
      : { title: outcome.summary, explanation: outcome.hint ?? '', commands: [] };
  }
  return result;
}

/** "started by run 4242 (attempt 1)", from the task's tags. */
export function startedEarlierBy(task: Task): string {
  const tag = (key: string) => task.tags?.find((t) => t.key === key)?.value;
  const run = tag(RUN_ID_TAG);
  const attempt = tag(RUN_ATTEMPT_TAG);
  return run ? `started by run ${run}${attempt ? ` (attempt ${attempt})` : ''} for this commit` : 'started earlier for this commit';
}

function openTail(clients: AwsClients, definition: Pick<TaskDefinition, 'containerDefinitions'>, container: string, taskArn: string, io: ActionIO, lines: string[]): LogTail | undefined {
  const ref = containerLogStream(definition.containerDefinitions?.find((c) => c.name === container), taskId(taskArn));
  if (!ref) {
    io.warning(`container ${container} does not log through awslogs with a stream prefix, so its output cannot be shown here; Prisma's result is judged by the exit code alone`);
    return undefined;
  }
  if (ref.region && ref.region !== clients.region) {
    io.warning(`container ${container} logs to ${ref.region}, not ${clients.region}; its output is not streamed`);
    return undefined;
  }
  io.info(`streaming ${ref.group}/${ref.stream}`);
  return new LogTail(clients, ref, (line) => {
    lines.push(line);
    io.info(`[${container}] ${line}`);
  }, (message) => io.warning(message));
}

function logPlan(plan: EcsTaskPlan, io: ActionIO): void {
  const td = plan.taskDefinition;
  io.info(`task definition: ${td.action === 'reuse' ? `reuse ${td.arn}` : `register a new revision of ${td.draft.family}`} (${td.why})`);
  io.info(`container ${plan.container} runs: ${plan.command.join(' ')}`);
  const net = plan.placement.networkConfiguration.awsvpcConfiguration;
  io.info(`placement: subnets ${net?.subnets?.join(', ')}; security groups ${net?.securityGroups?.join(', ') ?? 'default'}; ${plan.placement.capacityProviderStrategy?.length ? `capacity providers ${plan.placement.capacityProviderStrategy.map((s) => s.capacityProvider).join(', ')}` : `launch type ${plan.placement.launchType ?? 'cluster default'}`}${plan.placement.platformVersion ? `, platform ${plan.placement.platformVersion}` : ''}`);
  io.info(`group ${plan.group}, startedBy ${plan.startedBy}`);
  if (plan.attachTo) io.info(`a migration of this commit is still running (${plan.attachTo.taskArn}, ${startedEarlierBy(plan.attachTo)}): following it instead of starting another`);
}
