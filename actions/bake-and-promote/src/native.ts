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
import { awsErrorKind } from '../../../lib/aws/errors.js';
import { formatDuration } from '../../../lib/core/duration.js';
import { CancelledError, errorMessage, PlanError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { describeServices } from '../../../lib/ecs/services.js';
import type { RoundRecord, WeightMark } from './driver.js';
import { describeRound, judgeRound, type CheckRound } from './checks.js';
import type { BakeInputs } from './inputs.js';
import { answerHook, planNative } from './native-plan.js';
import { emptyReport, POST_STATE, ReportedError, unknownTrafficReport, type BakeReport, type PostState } from './report.js';

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
  const was = shortTaskDefinition(service.taskDefinition);
  const next = shortTaskDefinition(inputs.taskDefinition);
  let updated = false;
  let arn: string;
  try {
    await clients.ecs.send(new UpdateServiceCommand({ cluster: inputs.cluster, service: name, taskDefinition: inputs.taskDefinition, deploymentConfiguration: plan.deploymentConfiguration }));
    updated = true;
    const listed = (await clients.ecs.send(new ListServiceDeploymentsCommand({ cluster: inputs.cluster, service: name, createdAt: { after: createdAfter } }))).serviceDeployments ?? [];
    const found = listed[0]?.serviceDeploymentArn;
    if (!found) throw new Error(`UpdateService of ${name} started no service deployment that ListServiceDeployments shows`);
    arn = found;
  } catch (err) {
    // A refused update changed nothing. Otherwise, without the service deployment there is nothing to follow or roll
    // back, and the post step cannot either.
    if (!updated && awsErrorKind(err) !== 'transient') throw err;
    const sent = updated ? `ECS accepted the update of ${name} to ${next}, but its service deployment was not found` : `the update of ${name} to ${next} may have reached ECS`;
    const check = `${sent}. Check \`aws ecs list-service-deployments --cluster ${inputs.cluster} --service ${name}\`: a deployment of ${next} still running is rolled back by mode: abort`;
    throw new ReportedError(unknownTrafficReport('ecs-native', service.taskDefinition, `stopped by an error: ${errorMessage(err)}`, check), err);
  }
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
  // Set once every check has passed and the last hook was continued: an error after this does not roll back.
  let promoted = false;
  const track = (d: ServiceDeployment) => {
    if (weightOf(d) === weight) return;
    weight = weightOf(d);
    weightSince = clock.now();
    marks.push({ atMs: clock.now() - startedAt, weight, event: d.lifecycleStage ?? d.status ?? '' });
    io.info(`traffic: ${weight}% on ${next} (${d.lifecycleStage ?? d.status})`);
  };
  const deadline = startedAt + inputs.waitTimeoutMs * 3 + inputs.maxExtensionMs * 4 + inputs.holdMs + 60 * 60_000;
  try {
    for (;;) {
      const d = await describe(clients, arn);
      track(d);
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
            if (d.lifecycleStage === 'POST_PRODUCTION_TRAFFIC_SHIFT') {
              promoted = true;
              save('promoted');
            }
          } else if (answer === 'ROLLBACK') {
            asked = { reason: await stopFor(`the checks could not decide at ${d.lifecycleStage} within ${formatDuration(inputs.maxExtensionMs)}: ${describeRound(outcomes)}`, d), at: clock.now() };
          }
        }
      }
      await clock.sleep(inputs.checkIntervalMs, signal);
    }
  } catch (err) {
    if (!signal.aborted && !(err instanceof CancelledError)) throw await settleAfter(err);
    // One call, without the abort signal: ECS puts production traffic back on the old revision itself.
    const d = await describe(clients, arn);
    if (!finished(d) && !rollingBack(d)) await rollBack(clients, d, io);
    save('done');
    return { ...report, marks, rounds, verdict: 'cancelled', reason: `cancelled at ${weight}%: ${errorMessage(signal.reason ?? err)}; ECS is rolling back`, finalWeights: weights(weight), taskDefinitionAfter: service.taskDefinition };
  }

  /**
   * After an unexpected error (a network error, say) while following: ECS is asked to roll back unless it already
   * was, or every check had passed and the last hook was continued; then the deployment is followed to its end for
   * up to wait-timeout (failed looks are tried again), so the report can say where traffic is. When that cannot be
   * learned, the report says traffic state is unknown and what to check; the post state is left for the post step.
   */
  async function settleAfter(err: unknown): Promise<ReportedError> {
    const error = `stopped by an error: ${errorMessage(err)}`;
    const why = asked ? `${asked.reason}; then ${error}` : error;
    io.error(`bake-and-promote: ${error}`, { title: 'bake stopped' });
    const giveUpAt = clock.now() + inputs.waitTimeoutMs;
    let last: ServiceDeployment | undefined;
    let problem = errorMessage(err);
    for (;;) {
      try {
        const d = await describe(clients, arn);
        last = d;
        track(d);
        if (finished(d)) {
          save('done');
          return new ReportedError(settled(d, why), err);
        }
        if (!asked && !promoted && !rollingBack(d)) {
          await rollBack(clients, d, io);
          asked = { reason: error, at: clock.now() };
        }
      } catch (again) {
        problem = errorMessage(again);
        io.warning(`after the error, reading or rolling back ${arn} failed too (${problem}); trying again`);
      }
      if (clock.now() >= giveUpAt || signal.aborted) break;
      await clock.sleep(inputs.checkIntervalMs, signal).catch(() => undefined);
    }
    const seen = last ? `${arn} was ${last.status} with ${weightOf(last)}% on ${next} at the last look` : `${arn} could not be read after the error (${problem})`;
    const rollback = asked ? 'ECS had been asked to roll it back' : promoted ? 'every check had passed, so it was left to finish' : !last ? 'it was not rolled back' : rollingBack(last) ? 'ECS was rolling it back' : `asking ECS to roll it back failed (${problem})`;
    const check = `${seen}; ${rollback}. Check \`aws ecs describe-service-deployments --service-deployment-arns ${arn}\`; while it runs, mode: abort rolls it back${promoted ? '' : ' (the post step tries too)'}`;
    return new ReportedError(unknownTrafficReport('ecs-native', service.taskDefinition, why, check), err);
  }

  /** The report of a deployment that ended after an unexpected error: failed, naming the error and where traffic is. */
  function settled(d: ServiceDeployment, why: string): BakeReport {
    const base = { ...report, marks, rounds, verdict: 'failed' as const };
    if (d.status === 'ROLLBACK_SUCCESSFUL') {
      return { ...base, reason: `${why}; ECS rolled ${arn} back: all traffic on ${was} again (ROLLBACK_SUCCESSFUL)`, finalWeights: weights(0), taskDefinitionAfter: service.taskDefinition, restoreMs: asked ? clock.now() - asked.at : undefined };
    }
    if (d.status === 'SUCCESSFUL') {
      const how = promoted ? `every check had passed, and ECS completed ${arn}: ${next} serves all traffic` : `ECS completed ${arn} before any rollback: ${next} serves all traffic, run rollback`;
      return { ...base, reason: `${why}; ${how}`, finalWeights: weights(100), taskDefinitionAfter: inputs.taskDefinition };
    }
    return { ...base, reason: `${why}; ECS ended ${arn} ${d.status}, so traffic is not confirmed back on ${was} (${weightOf(d)}% on ${next} at the end)`, finalWeights: weights(weightOf(d)), taskDefinitionAfter: service.taskDefinition };
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
