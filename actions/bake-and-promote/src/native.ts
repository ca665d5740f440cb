/**
 * The ECS native provider: one service whose deployment controller is ECS with strategy CANARY, LINEAR or BLUE_GREEN.
 * UpdateService carries the whole deploymentConfiguration with our PAUSE hooks and the alarms; the deployment is
 * followed with DescribeServiceDeployments; each paused hook is answered CONTINUE or ROLLBACK by the checks, and a
 * failing check between hooks stops the deployment with StopServiceDeployment ROLLBACK. ECS moves the traffic.
 */
import {
  ContinueServiceDeploymentCommand,
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
  type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import type { AwsClients } from '../../../lib/aws/clients.js';
import { formatDuration } from '../../../lib/core/duration.js';
import { CancelledError, errorMessage, PlanError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { describeServices } from '../../../lib/ecs/services.js';
import type { RoundRecord, WeightMark } from './bake-loop.js';
import { describeRound, judgeRound, type CheckRound } from './checks.js';
import type { BakeInputs } from './inputs.js';
import { answerHook, planNative } from './native-plan.js';
import { emptyReport, POST_STATE, type BakeReport, type PostState } from './report.js';

export interface NativeContext {
  clients: AwsClients;
  io: ActionIO;
  signal: AbortSignal;
  clock: Clock;
  checks: CheckRound;
  alarmNames: string[];
  /** Called once everything is checked, right before the first change (the GitHub deployment record starts here). */
  beforeChange?: () => Promise<void>;
}

const RUNNING = ['PENDING', 'IN_PROGRESS', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'STOP_REQUESTED'] as const;
const finished = (d: ServiceDeployment) => !(RUNNING as readonly string[]).includes(d.status ?? '');
const rollingBack = (d: ServiceDeployment) => /^ROLLBACK|^STOP/.test(d.status ?? '');
const awaiting = (d: ServiceDeployment) => d.lifecycleHookDetails?.find((h) => h.status === 'AWAITING_ACTION');
const weightOf = (d: ServiceDeployment) => d.targetServiceRevision?.requestedProductionTrafficWeight ?? 0;

export async function runNative(inputs: BakeInputs, ctx: NativeContext): Promise<BakeReport> {
  const { clients, io, clock, signal } = ctx;
  const name = inputs.services[0];
  const service = (await describeServices(clients, inputs.cluster, [name])).get(name)!;
  const hookTimeoutMinutes = Math.max(5, Math.ceil((inputs.maxExtensionMs + inputs.holdMs + inputs.checkIntervalMs * 2) / 60_000) + 5);
  const plan = planNative(service, ctx.alarmNames, inputs.steps, inputs.stepsGiven, hookTimeoutMinutes);
  const inFlight = (await clients.ecs.send(new ListServiceDeploymentsCommand({ cluster: inputs.cluster, service: name, status: [...RUNNING] }))).serviceDeployments ?? [];
  const report: BakeReport = { ...emptyReport('ecs-native', 'failed', ''), taskDefinitionBefore: service.taskDefinition };
  const running = inFlight[0]?.serviceDeploymentArn ? await describe(clients, inFlight[0].serviceDeploymentArn) : undefined;

  if (inputs.mode === 'status') {
    const summary = running ? `deployment ${running.serviceDeploymentArn} is ${running.status}${running.lifecycleStage ? ` at ${running.lifecycleStage}` : ''} with ${weightOf(running)}% on the new revision` : `no deployment is running; ${plan.why}`;
    return { ...report, verdict: 'status', reason: summary };
  }
  if (inputs.mode === 'abort') {
    if (!running || rollingBack(running)) return { ...report, verdict: 'unchanged', reason: running ? `ECS is already rolling back ${running.serviceDeploymentArn}` : 'nothing to abort: no deployment is running' };
    await rollBack(clients, running, io);
    return { ...report, verdict: 'restored', reason: `asked ECS to roll back ${running.serviceDeploymentArn} (it was at ${weightOf(running)}%)` };
  }
  if (running) throw new PlanError(`service "${name}" has a deployment in flight (${running.serviceDeploymentArn}, ${running.status}); refusing to start another over it (mode: abort rolls it back)`);
  if (shortTaskDefinition(service.taskDefinition) === shortTaskDefinition(inputs.taskDefinition)) return { ...report, verdict: 'unchanged', reason: `${name} already runs ${shortTaskDefinition(inputs.taskDefinition)}` };
  io.info(`plan: ${plan.why}`);
  if (signal.aborted) throw signal.reason ?? new CancelledError();

  await ctx.beforeChange?.();
  const startedAt = clock.now();
  const createdAfter = new Date(Date.now() - 2000);
  await clients.ecs.send(new UpdateServiceCommand({ cluster: inputs.cluster, service: name, taskDefinition: inputs.taskDefinition, deploymentConfiguration: plan.deploymentConfiguration }));
  const listed = (await clients.ecs.send(new ListServiceDeploymentsCommand({ cluster: inputs.cluster, service: name, createdAt: { after: createdAfter } }))).serviceDeployments ?? [];
  const arn = listed[0]?.serviceDeploymentArn;
  if (!arn) throw new Error(`UpdateService of ${name} started no service deployment that ListServiceDeployments shows`);
  io.info(`${name}: service deployment ${arn} started with ${shortTaskDefinition(inputs.taskDefinition)}`);
  const state: PostState = { region: inputs.region, cluster: inputs.cluster, provider: 'ecs-native', canaryService: name, serviceDeploymentArn: arn, phase: 'shifting' };
  const save = (phase: PostState['phase']) => io.saveState(POST_STATE, JSON.stringify({ ...state, phase }));
  save('shifting');

  const marks: WeightMark[] = [{ atMs: 0, weight: 0, event: 'start' }];
  const rounds: RoundRecord[] = [];
  const weights = (w: number) => ({ [`${name} ${shortTaskDefinition(inputs.taskDefinition)}`]: w, [`${name} ${shortTaskDefinition(service.taskDefinition)}`]: 100 - w });
  let weight = 0;
  let weightSince = clock.now();
  let hookSeen: { id: string; at: number } | undefined;
  let asked: { reason: string; at: number } | undefined;
  let round = 0;
  const deadline = startedAt + inputs.waitTimeoutMs * 3 + inputs.maxExtensionMs * 4 + inputs.holdMs + 60 * 60_000;
  try {
    for (;;) {
      const d = await describe(clients, arn);
      if (weightOf(d) !== weight) {
        weight = weightOf(d);
        weightSince = clock.now();
        marks.push({ atMs: clock.now() - startedAt, weight, event: d.lifecycleStage ?? d.status ?? '' });
        io.info(`traffic: ${weight}% on ${shortTaskDefinition(inputs.taskDefinition)} (${d.lifecycleStage ?? d.status})`);
      }
      if (finished(d)) {
        save('done');
        const base = { ...report, marks, rounds, finalWeights: weights(d.status === 'SUCCESSFUL' ? 100 : d.status === 'ROLLBACK_SUCCESSFUL' ? 0 : weightOf(d)) };
        if (d.status === 'SUCCESSFUL' && !asked) return { ...base, verdict: 'promoted', reason: `ECS completed ${arn}; every paused hook passed its checks`, taskDefinitionAfter: inputs.taskDefinition };
        if (d.status === 'SUCCESSFUL') {
          // Our rollback came too late: the release that failed its checks carries all traffic. Never a promotion.
          io.error(`bake-and-promote: ${asked!.reason}; but ECS had completed ${arn} first: ${shortTaskDefinition(inputs.taskDefinition)} serves all traffic. Roll it back (the rollback action) now.`);
          return { ...base, verdict: 'failed', reason: `${asked!.reason}; ECS completed the deployment before the rollback: ${shortTaskDefinition(inputs.taskDefinition)} serves all traffic, run rollback`, taskDefinitionAfter: inputs.taskDefinition };
        }
        const why = asked ? asked.reason : `ECS ended the deployment ${d.status}: ${d.rollback?.reason ?? d.statusReason ?? 'no reason given'}${d.alarms?.triggeredAlarmNames?.length ? ` (alarms ${d.alarms.triggeredAlarmNames.join(', ')})` : ''}`;
        // "aborted" says traffic is back on stable: only when ECS confirms its rollback completed.
        const restored = d.status === 'ROLLBACK_SUCCESSFUL';
        return { ...base, verdict: asked && restored ? 'aborted' : 'failed', reason: restored ? why : `${why}; ECS ended ${d.status}, so traffic is not confirmed back on ${shortTaskDefinition(service.taskDefinition)}`, taskDefinitionAfter: service.taskDefinition, restoreMs: asked && restored ? clock.now() - asked.at : undefined };
      }
      if (clock.now() > deadline && !asked) asked = { reason: await stopFor(`the deployment did not finish by ${formatDuration(deadline - startedAt)}`, d), at: clock.now() };
      const hook = awaiting(d);
      if (!asked && !rollingBack(d) && (hook || weight > 0)) {
        if (hook && hook.hookId !== hookSeen?.id) hookSeen = { id: hook.hookId!, at: clock.now() };
        round++;
        const outcomes = await ctx.checks({ weight, step: marks.length, round, since: new Date(weightSince), now: new Date(clock.now()), signal });
        const verdict = judgeRound(outcomes);
        rounds.push({ atMs: clock.now() - startedAt, step: marks.length, weight, verdict, outcomes });
        io.info(`${weight}%${hook ? ` paused at ${d.lifecycleStage}` : ''}: ${verdict}; ${describeRound(outcomes)}`);
        if (verdict === 'fail') asked = { reason: await stopFor(`a check failed at ${weight}%: ${describeRound(outcomes)}`, d), at: clock.now() };
        else if (hook) {
          const holding = d.lifecycleStage === 'POST_PRODUCTION_TRAFFIC_SHIFT' && clock.now() - hookSeen!.at < inputs.holdMs;
          const answer = holding && verdict === 'pass' ? 'WAIT' : answerHook(verdict, clock.now() - hookSeen!.at, inputs.maxExtensionMs);
          if (answer === 'CONTINUE') {
            await clients.ecs.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId: hook.hookId, action: 'CONTINUE' }));
            io.info(`continued ${d.lifecycleStage} (${hook.hookId})`);
            if (d.lifecycleStage === 'POST_PRODUCTION_TRAFFIC_SHIFT') save('promoted');
          } else if (answer === 'ROLLBACK') {
            asked = { reason: await stopFor(`the checks could not decide at ${d.lifecycleStage} within ${formatDuration(inputs.maxExtensionMs)}: ${describeRound(outcomes)}`, d), at: clock.now() };
          }
        }
      }
      await clock.sleep(inputs.checkIntervalMs, signal);
    }
  } catch (err) {
    if (!signal.aborted && !(err instanceof CancelledError)) throw err;
    // One call, without the abort signal: ECS puts production traffic back on the old revision itself.
    const d = await describe(clients, arn);
    if (!finished(d) && !rollingBack(d)) await rollBack(clients, d, io);
    save('done');
    return { ...report, marks, rounds, verdict: 'cancelled', reason: `cancelled at ${weight}%: ${errorMessage(signal.reason ?? err)}; ECS is rolling back`, finalWeights: weights(weight), taskDefinitionAfter: service.taskDefinition };
  }

  async function stopFor(reason: string, d: ServiceDeployment): Promise<string> {
    io.error(`bake-and-promote: ${reason}`, { title: 'bake stopped' });
    try {
      await rollBack(clients, d, io);
    } catch (err) {
      // It may have just finished: the next look says how, and a SUCCESSFUL after this stop is reported as a failure.
      io.warning(`asking ECS to roll back failed (${errorMessage(err)}); looking again`);
    }
    return reason;
  }
}

/** Asks ECS to roll a deployment back: ContinueServiceDeployment ROLLBACK at a paused hook, else StopServiceDeployment ROLLBACK. */
async function rollBack(clients: AwsClients, d: ServiceDeployment, io: Pick<ActionIO, 'info'>): Promise<void> {
  const hook = awaiting(d);
  if (hook) {
    await clients.ecs.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: d.serviceDeploymentArn, hookId: hook.hookId, action: 'ROLLBACK' }));
    io.info(`answered ${d.lifecycleStage} with ROLLBACK`);
  } else {
    await clients.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: d.serviceDeploymentArn, stopType: 'ROLLBACK' }));
    io.info(`stopped ${d.serviceDeploymentArn} with ROLLBACK`);
  }
}

async function describe(clients: AwsClients, arn: string): Promise<ServiceDeployment> {
  const found = (await clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }))).serviceDeployments?.[0];
  if (!found) throw new Error(`DescribeServiceDeployments does not know ${arn}`);
  return found;
}

/** Post step: a native deployment main left running (and did not promote) is rolled back; safe to run twice. */
export async function stopNativeDeployment(clients: AwsClients, state: PostState, io: Pick<ActionIO, 'info' | 'warning'>): Promise<void> {
  const d = await describe(clients, state.serviceDeploymentArn!);
  if (finished(d)) return io.info(`nothing to do: ${d.serviceDeploymentArn} already ended ${d.status}`);
  if (rollingBack(d)) return io.info(`nothing to do: ECS is already rolling ${d.serviceDeploymentArn} back (${d.status})`);
  if (state.phase === 'promoted') return io.info(`leaving ${d.serviceDeploymentArn} to finish: main had passed every check and continued its last hook`);
  await rollBack(clients, d, io);
  io.warning(`the main step left ${d.serviceDeploymentArn} at ${weightOf(d)}% (${d.lifecycleStage ?? d.status}); asked ECS to roll it back`);
}
