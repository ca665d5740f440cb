/**
 * The CodeDeploy provider: one ECS service whose deployment controller is CODE_DEPLOY (blue/green behind an ALB).
 * The deployment is created with an AppSpec of the release's revision and the group's configuration, or one made
 * from `steps`; CodeDeploy moves the traffic. Where the group waits before rerouting (Ready), the checks run
 * against the test listener first and the deployment is continued only when they pass; while production traffic
 * shifts and during the termination wait, they run every check interval. Any failure (or a cancel, or the
 * timeout) stops the deployment with rollback, and the original task set is verified to carry all traffic again.
 */
import type { Service } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../../../lib/aws/clients.js';
import { appSpecTargetOfService, renderAppSpec } from '../../../lib/codedeploy/appspec.js';
import { observeDeployment, startDeployment, stopWithRollback } from '../../../lib/codedeploy/deployments.js';
import { followDeployment, type FollowDecision, type FollowResult } from '../../../lib/codedeploy/follow.js';
import { planCodeDeploy } from '../../../lib/codedeploy/plan.js';
import { redeployAllAtOnce } from '../../../lib/codedeploy/redeploy.js';
import { describeVerdict, judgeDeployment, type DeploymentVerdict } from '../../../lib/codedeploy/verdict.js';
import { awsErrorKind } from '../../../lib/aws/errors.js';
import { CancelledError, ConfigurationError, errorMessage, PlanError } from '../../../lib/core/errors.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { describeTaskDefinition } from '../../../lib/ecs/services.js';
import { recordRolledOut } from '../../../lib/ecs/history.js';
import type { RoundRecord, WeightMark } from './driver.js';
import { describeRound, judgeRound, type CheckRound } from './checks.js';
import type { BakeInputs } from './inputs.js';
import { emptyReport, POST_STATE, ReportedError, unknownTrafficReport, type BakeReport, type PostState } from './report.js';

export interface CodeDeployContext {
  clients: AwsClients;
  io: ActionIO;
  signal: AbortSignal;
  clock: Clock;
  checks: CheckRound;
  beforeChange?: () => Promise<void>;
}

/** The post step's part: a deployment main left running (a SIGKILL) before its hold passed is stopped with rollback. Safe to run twice. */
export async function stopCodeDeployLeftBehind(clients: AwsClients, state: PostState, io: Pick<ActionIO, 'info' | 'warning'>): Promise<void> {
  const verdict = judgeDeployment(await observeDeployment(clients, state.deploymentId!));
  if (verdict.done || verdict.phase === 'succeeded' || verdict.rollback !== 'none') return io.info(`nothing to stop: CodeDeploy deployment ${state.deploymentId} is ${describeVerdict(verdict)}`);
  if (state.phase === 'promoted') return io.info(`leaving CodeDeploy deployment ${state.deploymentId} to finish: main had passed every check through the hold (${describeVerdict(verdict)})`);
  const rollback = await stopWithRollback(clients, state.deploymentId!);
  io.warning(`the main step left CodeDeploy deployment ${state.deploymentId} running (${describeVerdict(verdict)}); stopped it with rollback (${rollback})`);
}

export async function runCodeDeploy(inputs: BakeInputs, service: Service, ctx: CodeDeployContext): Promise<BakeReport> {
  const { clients, io, clock, signal } = ctx;
  const name = inputs.services[0];
  const report: BakeReport = { ...emptyReport('codedeploy', 'failed', ''), taskDefinitionBefore: service.taskDefinition };
  if (inputs.mode === 'promote-now') throw new ConfigurationError('mode', 'promote-now is not offered for CodeDeploy services: CodeDeploy moves their traffic on its own schedule', 'use bake (with shorter steps), or abort');

  // Everything that can be wrong is found before anything is started: group, AppSpec, configuration.
  const revision = inputs.taskDefinition ? await describeTaskDefinition(clients, inputs.taskDefinition) : undefined;
  const target = appSpecTargetOfService(service);
  if (!target) throw new PlanError(`service "${name}" names no container and port in its load balancer, so the AppSpec cannot say which container takes traffic`);
  const plan = await planCodeDeploy(clients, {
    cluster: inputs.cluster,
    service: name,
    taskDefinition: revision?.definition ?? { containerDefinitions: [] },
    target: { ...target },
    steps: inputs.stepsGiven ? inputs.steps : undefined,
    inputs: { container: 'task-definition', port: 'task-definition', hooks: 'task-definition', steps: 'steps' },
  }).catch((err) => {
    // In status and abort modes the revision is not ours to check.
    if (inputs.mode !== 'bake' && err instanceof ConfigurationError) return undefined;
    throw err;
  });
  const group = plan?.group;

  if (inputs.mode === 'status' || inputs.mode === 'abort') {
    const active = plan?.activeDeploymentId;
    if (!active) return { ...report, verdict: inputs.mode === 'status' ? 'status' : 'unchanged', reason: `no CodeDeploy deployment of ${name} is running` };
    const verdict = judgeDeployment(await observeDeployment(clients, active));
    if (inputs.mode === 'status') return { ...report, verdict: 'status', reason: `CodeDeploy deployment ${active}: ${describeVerdict(verdict)}` };
    const rollback = await stopWithRollback(clients, active);
    return { ...report, verdict: 'restored', reason: `stopped ${active} with rollback (${rollback}); it was ${describeVerdict(verdict)}` };
  }
  if (!plan || !group || !revision) throw new PlanError('the CodeDeploy plan could not be made');
  // CodeDeploy ends the termination wait on its own: a hold longer than it would be cut short and still look promoted.
  if (inputs.holdMs > 0 && inputs.holdMs + inputs.checkIntervalMs > group.terminationWaitMinutes * 60_000) {
    throw new ConfigurationError('hold', `${inputs.holdMs / 1000}s (plus one check interval) is longer than the deployment group's termination wait of ${group.terminationWaitMinutes} minute(s): CodeDeploy would end the hold early`, 'lengthen the group\'s termination wait, or shorten `hold`');
  }
  if (plan.activeDeploymentId) throw new PlanError(`service "${name}" has a CodeDeploy deployment in flight (${plan.activeDeploymentId}); refusing to start another over it (mode: abort stops it with rollback)`);
  if (shortTaskDefinition(service.taskDefinition) === shortTaskDefinition(inputs.taskDefinition)) return { ...report, verdict: 'unchanged', reason: `${name} already runs ${shortTaskDefinition(inputs.taskDefinition)}` };
  io.info(`plan: CodeDeploy group ${group.applicationName}/${group.deploymentGroupName}, configuration ${plan.config.name} (${plan.config.source}); ${group.waitsBeforeRerouting ? 'it waits before rerouting: the checks run against the test listener first' : 'it reroutes without waiting'}`);
  if (signal.aborted) throw signal.reason ?? new CancelledError();

  await ctx.beforeChange?.();
  const startedAt = clock.now();
  const was = shortTaskDefinition(service.taskDefinition);
  const next = shortTaskDefinition(inputs.taskDefinition);
  const listDeployments = `\`aws deploy list-deployments --application-name ${group.applicationName} --deployment-group-name ${group.deploymentGroupName}\``;
  const deploymentId = await startDeployment(clients, { group, config: plan.config, appSpec: renderAppSpec(inputs.taskDefinition!, plan.target), description: `bake-and-promote ${next}` }).catch((err) => {
    // A refusal changed nothing; a call that got no answer may have created the deployment.
    if (awsErrorKind(err) !== 'transient') throw err;
    const check = `CreateDeployment of ${next} may have reached CodeDeploy. Check ${listDeployments}: a deployment still running is stopped with rollback by mode: abort`;
    throw new ReportedError(unknownTrafficReport('codedeploy', service.taskDefinition, `stopped by an error: ${errorMessage(err)}`, check), err);
  });
  io.info(`${name}: CodeDeploy deployment ${deploymentId} started with ${shortTaskDefinition(inputs.taskDefinition)}`);
  const state: PostState = { region: inputs.region, cluster: inputs.cluster, provider: 'codedeploy', canaryService: name, deploymentId, phase: 'shifting' };
  io.saveState(POST_STATE, JSON.stringify(state));

  const marks: WeightMark[] = [];
  const rounds: RoundRecord[] = [];
  let round = 0;
  let weightSince = clock.now();
  let weight = -1;
  let draining: number | undefined;
  // A check's stop, and whether every check passed through the hold at 100% (an error after that does not roll back).
  let stopAsked: string | undefined;
  let promoted = false;
  const decide = async (verdict: DeploymentVerdict): Promise<FollowDecision> => {
    if (verdict.phase === 'in-progress') return 'wait';
    if (verdict.weight !== weight) {
      weight = verdict.weight;
      weightSince = clock.now();
    }
    round++;
    const outcomes = await ctx.checks({ weight: verdict.weight, step: marks.length, round, since: new Date(weightSince), now: new Date(clock.now()), signal, budgetMs: inputs.checkIntervalMs });
    const result = judgeRound(outcomes);
    rounds.push({ atMs: clock.now() - startedAt, step: marks.length, weight: verdict.weight, verdict: result, outcomes });
    io.info(`${verdict.phase} at ${verdict.weight}%: ${result}; ${describeRound(outcomes)}`);
    if (result === 'fail') {
      stopAsked = `a check failed at ${verdict.weight}%${verdict.phase === 'ready' ? ' (test traffic, before any production traffic)' : ''}: ${describeRound(outcomes)}`;
      return { stop: stopAsked };
    }
    if (verdict.phase === 'ready') return result === 'pass' ? 'continue' : 'wait';
    if (verdict.phase === 'draining') {
      draining ??= clock.now();
      // The hold: checks go on at 100% while the original task set can still take the traffic back.
      if (!promoted && result === 'pass' && clock.now() - draining >= inputs.holdMs) {
        promoted = true;
        // A job killed from here on leaves a release that passed: the post step lets CodeDeploy finish it.
        io.saveState(POST_STATE, JSON.stringify({ ...state, phase: 'promoted' }));
      }
      return promoted ? 'continue' : 'wait';
    }
    return 'wait';
  };
  const onChange = (v: DeploymentVerdict) => {
    marks.push({ atMs: clock.now() - startedAt, weight: v.weight, event: v.phase });
    io.info(`CodeDeploy: ${describeVerdict(v)}`);
  };
  const weights = (w: number) => ({ [`${name} ${next} (replacement)`]: w, [`${name} ${was} (original)`]: 100 - w });
  let followed: FollowResult;
  try {
    followed = await followDeployment(clients, deploymentId, group, {
      clock,
      signal,
      intervalMs: inputs.checkIntervalMs,
      timeoutMs: inputs.waitTimeoutMs * 2 + inputs.maxExtensionMs + inputs.holdMs + 60 * 60_000,
      decide,
      onChange,
      onRetry: (err) => io.warning(`reading the deployment failed and is retried: ${(err as Error).message}`),
      giveUpAfterMs: inputs.waitTimeoutMs,
    });
  } catch (err) {
    throw await settleAfter(err);
  }
  io.saveState(POST_STATE, JSON.stringify({ ...state, phase: 'done' }));
  const base = { ...report, marks, rounds, restoreMs: followed.restoreMs };
  const restored = followed.restore ? (followed.restore.ok ? '; the original task set carries all traffic again (verified)' : `; NOT verified back on the original task set: ${followed.restore.detail}`) : '';
  if (followed.outcome === 'succeeded' && followed.stop) {
    // A check failed, but CodeDeploy finished the release before our stop: the failed version has all the traffic.
    // Put the original back with a new deployment, all at once, and say so; this is never a promotion.
    const stop = followed.stop;
    io.error(`a check failed (${stop.reason}) just as CodeDeploy finished ${deploymentId}; putting ${was} back`);
    const back = await redeployAllAtOnce(clients, group, service, service.taskDefinition!, `bake-and-promote: put ${was} back after failed checks`, {
      clock,
      signal: new AbortController().signal,
      intervalMs: inputs.checkIntervalMs,
      timeoutMs: inputs.waitTimeoutMs,
    }).catch((err) => {
      const check = `${next} carried all traffic when CodeDeploy finished ${deploymentId}, and a deployment putting ${was} back may have started. Check ${listDeployments}; if ${next} still serves, run rollback`;
      throw new ReportedError(unknownTrafficReport('codedeploy', service.taskDefinition, `${stop.reason}; CodeDeploy had already finished, and putting ${was} back stopped by an error: ${errorMessage(err)}`, check), err);
    });
    const ok = back.followed.outcome === 'succeeded';
    return {
      ...report,
      marks,
      rounds,
      // "aborted" says traffic is back on stable: only when the put-back succeeded.
      verdict: ok ? 'aborted' : 'failed',
      reason: `${followed.stop.reason}; CodeDeploy had already finished, so ${shortTaskDefinition(service.taskDefinition)} was deployed again (${back.deploymentId}: ${ok ? 'succeeded, all traffic on it' : `NOT restored: ${back.followed.reason}`})`,
      finalWeights: { [`${name} ${shortTaskDefinition(service.taskDefinition)}`]: ok ? 100 : 0 },
      taskDefinitionAfter: ok ? service.taskDefinition : inputs.taskDefinition,
    };
  }
  if (followed.outcome === 'succeeded') {
    // The record rollback reads for CODE_DEPLOY services (ECS's service-deployments API does not cover them).
    const missed = await recordRolledOut(clients, inputs.cluster, name, inputs.taskDefinition!, new Date());
    if (missed) io.warning(`could not tag ${shortTaskDefinition(inputs.taskDefinition)} as rolled out (${missed}); rollback's previous target will not know this release`);
  }
  switch (followed.outcome) {
    case 'succeeded':
      // A success with a stop of ours was put back above: here every check passed.
      return { ...base, verdict: 'promoted', reason: `CodeDeploy completed ${deploymentId}`, finalWeights: weights(100), taskDefinitionAfter: inputs.taskDefinition };
    case 'cancelled':
      return { ...base, verdict: 'cancelled', reason: `cancelled; ${deploymentId} stopped with rollback${restored}`, finalWeights: weights(followed.restore?.ok ? 0 : followed.verdict.weight), taskDefinitionAfter: service.taskDefinition };
    case 'stopped':
      // "aborted" says traffic is back on stable: only with the restore verified.
      return { ...base, verdict: followed.restore?.ok ? 'aborted' : 'failed', reason: `${followed.stop?.reason ?? followed.reason}${restored}`, finalWeights: weights(followed.restore?.ok ? 0 : followed.verdict.weight), taskDefinitionAfter: service.taskDefinition };
    default:
      return { ...base, verdict: 'failed', reason: `${followed.reason}${restored}`, finalWeights: weights(followed.restore?.ok ? 0 : followed.verdict.weight), taskDefinitionAfter: service.taskDefinition };
  }

  /**
   * After an unexpected error while following (StopDeployment or ContinueDeployment got no answer, say): unless every
   * check had passed through the hold, the deployment is stopped with rollback (or its rollback followed, when our
   * stop had got through) and the original task set verified to carry all traffic, giving up after wait-timeout of
   * failing looks. The report then says where traffic is, or that it is unknown and what to check.
   */
  async function settleAfter(err: unknown): Promise<ReportedError> {
    const error = `stopped by an error: ${errorMessage(err)}`;
    const why = stopAsked ? `${stopAsked}; then ${error}` : error;
    io.error(`bake-and-promote: ${error}`, { title: 'bake stopped' });
    const errorAt = clock.now();
    const known = (r: Pick<BakeReport, 'reason' | 'finalWeights' | 'taskDefinitionAfter' | 'restoreMs'>) => {
      io.saveState(POST_STATE, JSON.stringify({ ...state, phase: 'done' }));
      return new ReportedError({ ...report, marks, rounds, verdict: 'failed', ...r }, err);
    };
    const unknown = (what: string) => {
      const check = `${what}. Check \`aws deploy get-deployment --deployment-id ${deploymentId}\` and the production listener's weights; while it runs, mode: abort stops it with rollback (the post step tries too)`;
      return new ReportedError(unknownTrafficReport('codedeploy', service.taskDefinition, why, check), err);
    };
    if (promoted) {
      // The release passed: CodeDeploy ends the termination wait on its own. One look says whether it still has all traffic.
      const v = await observeDeployment(clients, deploymentId).then(judgeDeployment, () => undefined);
      if (v?.phase !== 'succeeded' && v?.phase !== 'draining') return unknown(`every check had passed through the hold, but ${deploymentId} ${v ? `is ${describeVerdict(v)}` : 'could not be read again'}`);
      const end = v.phase === 'succeeded' ? `CodeDeploy completed ${deploymentId}` : `CodeDeploy completes ${deploymentId} when the termination wait ends`;
      return known({ reason: `${why}; every check had passed through the hold: all traffic on ${next} (read back), and ${end}`, finalWeights: weights(100), taskDefinitionAfter: inputs.taskDefinition });
    }
    let after: FollowResult;
    try {
      after = await followDeployment(clients, deploymentId, group!, {
        clock,
        signal,
        intervalMs: inputs.checkIntervalMs,
        timeoutMs: inputs.waitTimeoutMs,
        restoreTimeoutMs: inputs.waitTimeoutMs,
        // Asked at the first look, unless CodeDeploy is rolling back already (a stop of ours that got through).
        decide: async () => ({ stop: error }),
        onChange,
        onRetry: (again) => io.warning(`after the error, reading the deployment failed too and is retried: ${errorMessage(again)}`),
        // Looks that keep failing end it: where traffic is stays unknown.
        giveUpAfterMs: inputs.waitTimeoutMs,
      });
    } catch (again) {
      return unknown(`${deploymentId} could not be stopped with rollback and followed after the error (${errorMessage(again)})`);
    }
    if (after.outcome === 'cancelled') return unknown(`cancelled while putting traffic back: ${after.reason}`);
    if (after.outcome === 'succeeded') {
      return known({ reason: `${why}; CodeDeploy completed ${deploymentId} before it could be stopped: ${next} carries all traffic, run rollback`, finalWeights: weights(100), taskDefinitionAfter: inputs.taskDefinition });
    }
    const back = after.restore?.ok === true;
    const where = back ? `traffic restored: ${after.restore!.detail} (verified)` : after.restore ? `${after.verdict.reason}; NOT verified back on the original task set: ${after.restore.detail}` : after.reason;
    return known({ reason: `${why}; ${where}`, finalWeights: weights(back ? 0 : after.verdict.weight), taskDefinitionAfter: service.taskDefinition, restoreMs: back ? (after.restoreMs ?? clock.now() - errorAt) : undefined });
  }
}
