/**
 * Mode `ecs-task`: the migration runs inside the VPC as a one-off task of the release's revision, after a read-only
 * status task says what is pending.
 */
import { DescribeTaskDefinitionCommand, type TaskDefinition } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../../lib/aws/clients.js';
import { errorMessage } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { familyOf } from '../../../lib/ecs/arns.js';
import { activeTasksOfGroup } from '../../../lib/ecs/one-off-task.js';
import {
  activeRevisions,
  describeServices,
  describeTaskDefinition,
  registerTaskDefinition,
} from '../../../lib/ecs/services.js';
import type { TaskOutcome } from '../../../lib/ecs/task-verdict.js';
import { isRecoveryCommand, statusCommandOf } from '../../../lib/migrate/command.js';
import { appliedBeforeFailure, pendingFromStatus, type PendingVerdict } from '../../../lib/migrate/pending.js';
import {
  explainPrismaError,
  type FailureAdvice,
  parseDeployOutput,
  parseStatusOutput,
  type PrismaError,
} from '../../../lib/migrate/prisma.js';
import type { EcsTaskInputs, MigrateInputs } from './inputs.js';
import type { LintGate, LintOutcome, LintScope } from './lint-step.js';
import {
  type EcsTaskPlan,
  migrationGroup,
  type ObservedEcs,
  type ObservedSource,
  planEcsTask,
  statusTaskPlan,
} from './plan.js';
import { runMigrationTask, startedEarlierBy, type TaskRun } from './task-run.js';

export interface EcsResult {
  /** The revision the tasks ran from; undefined when the lint stopped the run before one was chosen for good. */
  taskDefinitionArn?: string;
  registered: boolean;
  /** Why this revision, in words (the plan's reason). */
  revisionWhy: string;
  lint: LintOutcome;
  /** The lint found blocking findings: no task applied anything. */
  stoppedByLint?: boolean;
  /** The read-only `migrate status` task that learned the pending set, when one ran. */
  status?: TaskRun;
  /**
   * The task that ran `command`; undefined when nothing was pending, or the lint or the status task stopped the run.
   */
  task?: TaskRun;
  /** What status said was pending before anything was applied; undefined when not asked or unreadable. */
  pending?: string[];
  applied: string[];
  /** Pending after the run: 0 once Prisma said so; undefined when unknown. */
  pendingCount?: number;
  failure?: FailureAdvice;
}

export interface EcsDeps {
  clients: AwsClients;
  signal?: AbortSignal;
  clock?: Clock;
}

/**
 * Reads the service, the revision to run from (or the service's and the family's newest), and running migration tasks.
 */
export async function observeEcs(clients: AwsClients, ecs: EcsTaskInputs): Promise<ObservedEcs> {
  const service = (await describeServices(clients, ecs.cluster, [ecs.service])).get(ecs.service)!;
  const family = familyOf(service.taskDefinition!);
  let source: ObservedSource;
  if (ecs.source.kind === 'revision') {
    source = {
      kind: 'revision',
      requested: ecs.source.taskDefinition,
      ...(await describeIfKnown(clients, ecs.source.taskDefinition)),
    };
  } else {
    const live = await describeTaskDefinition(clients, service.taskDefinition!);
    const newestArn = (await activeRevisions(clients, family))[0];
    const newest =
      newestArn && newestArn !== live.definition.taskDefinitionArn
        ? (await describeTaskDefinition(clients, newestArn)).definition
        : undefined;
    source = { kind: 'image', live, newest };
  }
  const active = await activeTasksOfGroup(clients, ecs.cluster, family, migrationGroup(ecs.service));
  return { service, family, source, active };
}

/** ECS answers ClientException ("Unable to describe task definition") for a revision it does not know. */
async function describeIfKnown(
  clients: AwsClients,
  ref: string,
): Promise<{ definition?: TaskDefinition; problem?: string }> {
  try {
    const answer = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref }));
    return { definition: answer.taskDefinition };
  } catch (err) {
    if ((err as { name?: string }).name === 'ClientException') return { problem: errorMessage(err) };
    throw err;
  }
}

/**
 * The definition of the revision the task runs: one already read, else described now (a task this commit started
 * earlier).
 */
async function definitionOf(
  clients: AwsClients,
  arn: string,
  plan: EcsTaskPlan,
  observed: ObservedEcs,
): Promise<Pick<TaskDefinition, 'containerDefinitions'>> {
  if (plan.taskDefinition.action === 'register') return plan.taskDefinition.draft;
  const known =
    observed.source.kind === 'revision'
      ? [observed.source.definition]
      : [observed.source.live.definition, observed.source.newest];
  return known.find((d) => d?.taskDefinitionArn === arn) ?? (await describeTaskDefinition(clients, arn)).definition;
}

/**
 * Observe and plan; then, unless the lint is off or the command is not a plain `migrate deploy`, a read-only
 * `migrate status` task learns the pending set inside the VPC, the lint judges exactly that, and the deploy task
 * runs only when something is pending and nothing blocks. Prisma's failures are returned, not thrown.
 */
export async function migrateInEcs(
  inputs: MigrateInputs,
  ecs: EcsTaskInputs,
  io: ActionIO,
  deps: EcsDeps,
  gate: LintGate,
  migrations: string[],
): Promise<EcsResult> {
  const { clients } = deps;
  const observed = await io.group(`Read service ${ecs.service} in ${ecs.cluster}`, () => observeEcs(clients, ecs));
  const plan = planEcsTask(inputs, ecs, observed);
  await io.group('Plan', async () => logPlan(plan, io));
  const statusCommand = inputs.lint.policy !== 'off' && !plan.attachTo ? statusCommandOf(plan.command) : undefined;
  const base = {
    registered: plan.taskDefinition.action === 'register',
    revisionWhy: plan.taskDefinition.why,
    applied: [],
  };

  // No status to ask: the lint decides before anything is registered or started.
  const early = statusCommand ? undefined : await gate(scopeWithoutStatus(plan, inputs.lint.policy));
  if (early?.stops) return { ...base, registered: false, lint: early, stoppedByLint: true };

  let taskDefinitionArn: string;
  if (plan.taskDefinition.action === 'register') {
    taskDefinitionArn = await registerTaskDefinition(clients, plan.taskDefinition.draft);
    io.info(`registered ${taskDefinitionArn}`);
  } else {
    taskDefinitionArn = plan.taskDefinition.arn;
  }
  const definition = await definitionOf(clients, taskDefinitionArn, plan, observed);
  const run = (taskPlan: EcsTaskPlan) => runMigrationTask(ecs, taskPlan, taskDefinitionArn, definition, io, deps);
  let result: EcsResult = { ...base, taskDefinitionArn, lint: early! };

  if (statusCommand) {
    io.info(`asking the database what is pending first, with a read-only task: ${statusCommand.join(' ')}`);
    const status = await run(statusTaskPlan(plan, statusCommand));
    result.status = status;
    const verdict = statusVerdict(status, migrations);
    if (verdict.kind === 'task-failed' || verdict.kind === 'error' || verdict.kind === 'failed-migration') {
      const why =
        verdict.kind === 'failed-migration'
          ? `migrate deploy applies nothing until ${verdict.failed[0]} is resolved`
          : 'the status task could not read the database';
      return {
        ...result,
        lint: await gate({ kind: 'none', why }),
        failure: inVpc(verdict.kind === 'task-failed' ? undefined : verdict.error, status.outcome),
      };
    }
    if (verdict.kind === 'up-to-date') {
      io.info('nothing is pending: no migrate deploy task is needed');
      return {
        ...result,
        lint: await gate({ kind: 'none', why: 'no migration is pending' }),
        pending: [],
        pendingCount: 0,
      };
    }
    const pending = verdict.kind === 'pending' ? verdict.names : undefined;
    if (pending) io.info(`${pending.length} migration(s) pending: ${pending.join(', ')}`);
    const scope: LintScope = pending
      ? { kind: 'pending', names: pending }
      : {
          kind: 'unknown',
          why: `the status task exited with ${status.outcome.exitCode} and ${verdict.kind === 'unknown' ? verdict.why : ''}`,
        };
    result = { ...result, pending, lint: await gate(scope) };
    if (result.lint.stops) return { ...result, stoppedByLint: true };
  }

  const task = await run(plan);
  result.task = task;
  const deployed = parseDeployOutput(task.lines.join('\n'));
  if (task.outcome.kind === 'succeeded') {
    // Only Prisma's own words say nothing is left: in the log, or a plain `migrate deploy` (the one status was asked
    // for) exiting 0 after a pending set was read; an exit code 0 from a custom command says nothing.
    const sawVerdict = deployed.applied.length > 0 || deployed.nothingPending || result.pending !== undefined;
    return { ...result, applied: deployed.applied, pendingCount: sawVerdict ? 0 : undefined };
  }
  const applied = result.pending && appliedBeforeFailure(result.pending, deployed.error);
  const pendingCount = result.pending && applied ? result.pending.length - applied.length - 1 : undefined;
  return { ...result, applied: applied ?? [], pendingCount, failure: inVpc(deployed.error, task.outcome) };
}

/**
 * What to lint when no status task runs: nothing with the lint off, for a recovery command or a followed task; else
 * lint-base's selection.
 */
function scopeWithoutStatus(plan: EcsTaskPlan, policy: MigrateInputs['lint']['policy']): LintScope {
  if (policy === 'off') return { kind: 'none', why: 'off' };
  if (isRecoveryCommand(plan.command))
    return { kind: 'none', why: `\`${plan.command.join(' ')}\` applies no migration` };
  if (plan.attachTo)
    return { kind: 'none', why: 'the task followed was started by an earlier attempt of this job, after its own lint' };
  return {
    kind: 'unknown',
    why: '`command` is not a plain `prisma migrate deploy`, so the action cannot ask Prisma what is pending',
  };
}

/**
 * What the status task says is pending. status exits 1 whenever anything is pending: any other end is the task's own
 * failure.
 */
function statusVerdict(status: TaskRun, migrations: string[]): PendingVerdict | { kind: 'task-failed' } {
  const { kind, exitCode } = status.outcome;
  if (kind !== 'succeeded' && !(kind === 'exit-code' && exitCode === 1)) return { kind: 'task-failed' };
  const unreadable = status.readable
    ? 'its log names no pending migration and no verdict'
    : 'its output could not be read (the container must log through awslogs with a stream prefix, and `stream-logs` be on)';
  return pendingFromStatus(parseStatusOutput(status.lines.join('\n')), exitCode, migrations, unreadable);
}

/** Prisma's error explained, with where recovery commands must run; without one, the task's own end in words. */
function inVpc(error: PrismaError | undefined, outcome: TaskOutcome): FailureAdvice {
  const advice = error ? explainPrismaError(error) : undefined;
  if (!advice) return { title: outcome.summary, explanation: outcome.hint ?? '', commands: [] };
  if (!advice.commands.length) return advice;
  return {
    ...advice,
    explanation: `${advice.explanation} The database is reachable only from the VPC: run the command there, for instance with this action and \`command\` set to it.`,
  };
}

function logPlan(plan: EcsTaskPlan, io: ActionIO): void {
  const td = plan.taskDefinition;
  io.info(
    `task definition: ${td.action === 'reuse' ? `reuse ${td.arn}` : `register a new revision of ${td.draft.family}`} (${td.why})`,
  );
  io.info(`container ${plan.container} runs: ${plan.command.join(' ')}`);
  const net = plan.placement.networkConfiguration.awsvpcConfiguration;
  io.info(
    `placement: subnets ${net?.subnets?.join(', ')}; security groups ${net?.securityGroups?.join(', ') ?? 'default'}; ${plan.placement.capacityProviderStrategy?.length ? `capacity providers ${plan.placement.capacityProviderStrategy.map((s) => s.capacityProvider).join(', ')}` : `launch type ${plan.placement.launchType ?? 'cluster default'}`}${plan.placement.platformVersion ? `, platform ${plan.placement.platformVersion}` : ''}`,
  );
  io.info(`group ${plan.group}, startedBy ${plan.startedBy}`);
  if (plan.attachTo)
    io.info(
      `a migration of this commit is still running (${plan.attachTo.taskArn}, ${startedEarlierBy(plan.attachTo)}): following it instead of starting another`,
    );
}
