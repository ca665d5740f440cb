/**
 * The ALB provider: two ECS services (blue and green), each in its own target group, and a listener rule that
 * forwards to both by weight. observe → plan → lease → roll the idle color → health gate → shift by steps under
 * checks → drain and scale the old color down; any failure or cancellation puts 100% back on stable first.
 */
import { UpdateServiceCommand, type Service } from '@aws-sdk/client-ecs';
import { AddTagsCommand, DescribeTagsCommand, RemoveTagsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { AwsClients } from '../../../lib/aws/clients.js';
import { ConfigurationError, errorMessage } from '../../../lib/core/errors.js';
import { formatDuration } from '../../../lib/core/duration.js';
import type { ActionIO } from '../../../lib/core/io.js';
import type { Clock } from '../../../lib/core/poll.js';
import { shortTaskDefinition } from '../../../lib/ecs/arns.js';
import { deploymentStyleOf } from '../../../lib/ecs/deployment-style.js';
import { rollOut } from '../../../lib/ecs/rollout.js';
import { describeServices } from '../../../lib/ecs/services.js';
import { acquireLease, describeLease, holderFromEnv, inspectLease, LEASE_TAG, releaseLease } from '../../../lib/traffic/lease.js';
import { applySplit, describeRoute, observeRoute, type ObservedRoute } from '../../../lib/traffic/listener-weights.js';
import { describeSplit, expectTargetGroups, percentOf, sameSplit, type TrafficSplit } from '../../../lib/traffic/split.js';
import { totalBakeMs } from '../../../lib/traffic/steps.js';
import { deregistrationDelayMs, judgeHealth, waitForHealthyTargets } from '../../../lib/traffic/target-groups.js';
import { runBake, type WeightMark } from './bake-loop.js';
import { describeRound, judgeRound, type CheckRound } from './checks.js';
import type { BakeInputs } from './inputs.js';
import { type AlbPlan, type Color, type ObservedPair } from './plan.js';
import { emptyReport, POST_STATE, ReportedError, type BakeReport, type PostState } from './report.js';

/** The tag naming the stable target group while a bake runs: how the next run (or an abort) knows where to restore. */
export const BAKE_STABLE_TAG = 'ecs-fargate-actions:bake-stable';

export interface AlbContext {
  clients: AwsClients;
  io: ActionIO;
  signal: AbortSignal;
  clock: Clock;
  /** Builds the check round once the plan knows which group is the canary. */
  checks: (canaryTargetGroupArn: string, stableTargetGroupArn: string, loadBalancerArn: string) => CheckRound;
  env: NodeJS.ProcessEnv;
}

export interface ObservedAlb {
  pair: ObservedPair;
  route: ObservedRoute;
  loadBalancerArn: string;
}

/** Reads both services, their target groups and the rule; refuses a rule that forwards anywhere else. */
export async function observeAlb(clients: AwsClients, inputs: BakeInputs): Promise<ObservedAlb> {
  const services = await describeServices(clients, inputs.cluster, inputs.services);
  const colors = inputs.services.map((name) => colorOf(services.get(name)!)) as [Color, Color];
  const route = await observeRoute(clients.elbv2, inputs.route!, 'listener-rule-arn');
  expectTargetGroups(route.split, colors.map((c) => c.targetGroupArn), 'listener-rule-arn', describeRoute(inputs.route!));
  const tags = await clients.elbv2.send(new DescribeTagsCommand({ ResourceArns: [route.leaseArn] }));
  const found = tags.TagDescriptions?.[0]?.Tags ?? [];
  // A bake writes its stable color under its lease and removes it before releasing: without a lease it is an orphan
  // (another tool, a rollback, took over the traffic) and says nothing about which color is stable now.
  const recordedStable = found.some((t) => t.Key === LEASE_TAG) ? found.find((t) => t.Key === BAKE_STABLE_TAG)?.Value : undefined;
  return { pair: { colors, split: route.split, recordedStable }, route, loadBalancerArn: loadBalancerFromRoute(route) ?? '' };
}

function colorOf(service: Service): Color {
  const name = service.serviceName!;
  const style = deploymentStyleOf(service);
  if (style.controller === 'CODE_DEPLOY') throw new ConfigurationError('services', `service "${name}" is deployed by CodeDeploy; bake-and-promote does not handle CodeDeploy-controlled services yet`);
  if (style.controller !== 'ECS' || style.strategy !== 'ROLLING') {
    throw new ConfigurationError('services', `service "${name}" uses ${style.controller === 'ECS' ? `ECS's ${style.strategy} strategy` : 'the EXTERNAL controller'}; a blue/green pair over ALB weights needs two rolling services (name one service alone to use its own strategy)`);
  }
  const groups = [...new Set((service.loadBalancers ?? []).map((lb) => lb.targetGroupArn).filter((arn): arn is string => !!arn))];
  if (groups.length !== 1) throw new ConfigurationError('services', `service "${name}" is registered in ${groups.length} target groups; each color needs exactly one`);
  return { service: name, targetGroupArn: groups[0], taskDefinition: service.taskDefinition, desiredCount: service.desiredCount ?? 0 };
}

// A listener ARN carries its load balancer: …:listener/app/name/id/listenerId → …:loadbalancer/app/name/id.
function loadBalancerFromRoute(route: ObservedRoute): string | undefined {
  const arn = route.route.kind === 'rule' ? route.route.ruleArn : route.route.listenerArn;
  const match = /^(arn:[^:]+:elasticloadbalancing:[^:]+:\d+:)listener(?:-rule)?\/(app|net)\/([^/]+)\/([^/]+)\//.exec(arn);
  return match ? `${match[1]}loadbalancer/${match[2]}/${match[3]}/${match[4]}` : undefined;
}

/** Carries out an ALB plan. Never leaves a split behind: every path after the first shift restores or promotes. */
export async function runAlb(inputs: BakeInputs, observed: ObservedAlb, plan: AlbPlan, ctx: AlbContext): Promise<BakeReport> {
  const { clients, io, clock } = ctx;
  const weightsOf = (split: TrafficSplit) => Object.fromEntries(observed.pair.colors.map((c) => [c.service, percentOf(split, c.targetGroupArn)]));
  if (plan.action === 'status') {
    const lease = await inspectLease(clients.elbv2, observed.route.leaseArn, holderFromEnv(ctx.env));
    const held = lease.state === 'held' || lease.state === 'stale' ? `; lease: ${lease.state} by ${describeLease(lease.lease)}` : '';
    return { ...emptyReport('alb', 'status', plan.summary + held), finalWeights: weightsOf(observed.route.split) };
  }
  if (plan.action === 'nothing') return { ...emptyReport('alb', 'unchanged', plan.why), finalWeights: weightsOf(observed.route.split) };

  const me = holderFromEnv(ctx.env);
  const startedAt = clock.now();
  const marks: WeightMark[] = [{ atMs: 0, weight: percentOf(observed.route.split, plan.canary.targetGroupArn), event: 'start' }];
  const report: BakeReport = { ...emptyReport('alb', 'failed', ''), marks, taskDefinitionBefore: plan.stable.taskDefinition, finalWeights: weightsOf(observed.route.split) };
  let route = observed.route;
  // Set once a weight change has been sent: a change cut short by a cancel may still have reached AWS.
  let touched = false;
  const setSplit = async (split: TrafficSplit, signal?: AbortSignal) => {
    touched = true;
    route = await applySplit(clients.elbv2, route, split, { clock, signal });
    report.finalWeights = weightsOf(route.split);
  };

  if (plan.action === 'restore') {
    // An operator's abort overrides a lease: it is the way out of a bake that misbehaves.
    const lease = await inspectLease(clients.elbv2, route.leaseArn, me);
    if (lease.state === 'held') {
      // A live holder notices the changed weights within one check interval and stops; its lease stays until then.
      report.notes.push(`the rule is leased by ${describeLease(lease.lease)}; abort overrides it. If that job is gone, re-run it (a re-run takes the lease over) or remove the ${LEASE_TAG} tag`);
    }
    if (lease.state === 'stale') {
      await clients.elbv2.send(new RemoveTagsCommand({ ResourceArns: [route.leaseArn], TagKeys: [LEASE_TAG] }));
      report.notes.push(`removed the stale lease of ${describeLease(lease.lease)} (${lease.why})`);
    }
    const before = clock.now();
    await setSplit(plan.restore);
    marks.push({ atMs: clock.now() - startedAt, weight: 0, event: 'restored' });
    io.info(`restored: ${describeSplit(route.split)} in ${formatDuration(clock.now() - before)} (read back)`);
    await scaleDown(clients, inputs.cluster, plan.canary.service, io);
    await clearBakeTags(clients, route.leaseArn);
    return { ...report, verdict: 'restored', reason: plan.why, taskDefinitionAfter: plan.stable.taskDefinition };
  }

  // A bake. Take the lease before the first change; a live lease of another run refuses here, having changed nothing.
  const ttlMs = inputs.waitTimeoutMs * 2 + totalBakeMs(plan.shifts) + inputs.maxExtensionMs * plan.shifts.length + inputs.holdMs + 30 * 60_000;
  const acquired = await acquireLease(clients.elbv2, route.leaseArn, me, { ttlMs, takeOverStale: true, clock });
  if (acquired.tookOver) {
    report.notes.push(`took over a stale lease of ${describeLease(acquired.tookOver)}`);
    io.warning(`${describeRoute(route.route)} had a stale lease of ${describeLease(acquired.tookOver)}: taking it over`);
  }
  const state: PostState = {
    region: inputs.region,
    cluster: inputs.cluster,
    provider: 'alb',
    route: route.route,
    leaseArn: route.leaseArn,
    stableTargetGroup: plan.stable.targetGroupArn,
    canaryTargetGroup: plan.canary.targetGroupArn,
    canaryService: plan.canary.service,
    phase: 'rolling',
  };
  const save = (phase: PostState['phase']) => ctx.io.saveState(POST_STATE, JSON.stringify({ ...state, phase }));
  save('rolling');

  let promoted = false;
  try {
    // Inside the try: a failure here still releases the lease (a lease left behind refuses every bake for hours).
    await clients.elbv2.send(new AddTagsCommand({ ResourceArns: [route.leaseArn], Tags: [{ Key: BAKE_STABLE_TAG, Value: plan.stable.targetGroupArn }] }));
    if (plan.leftover) {
      io.warning(plan.leftover.why);
      report.notes.push(plan.leftover.why);
      await setSplit(plan.restore);
      marks.push({ atMs: clock.now() - startedAt, weight: 0, event: 'leftover restored' });
    }
    // 1. The idle color onto the new revision, at the live color's size.
    if (plan.rollOut) {
      const services = await describeServices(clients, inputs.cluster, [plan.canary.service]);
      const rolled = await rollOut(
        [{ service: plan.canary.service, observed: services.get(plan.canary.service)!, update: { taskDefinitionArn: inputs.taskDefinition!, desiredCount: plan.desiredCount } }],
        { cluster: inputs.cluster, wait: true, timeoutMs: inputs.waitTimeoutMs, intervalMs: inputs.pollIntervalMs },
        { clients, io, signal: ctx.signal, clock, actionName: 'bake-and-promote' },
      );
      report.rollout = rolled.results;
      if (rolled.cancelled) return await stop(report, 'cancelled', `cancelled while rolling ${plan.canary.service} out: ${rolled.cancelled.message}`);
      const result = rolled.results[0];
      if (result.status !== 'succeeded') return await stop(report, 'failed', `${plan.canary.service} did not roll out onto ${shortTaskDefinition(inputs.taskDefinition)}: ${result.reason ?? result.status}; no traffic was shifted`);
    }
    // 2. The health gate: every target healthy, then one round of checks before any production traffic.
    const checks = withTrafficCheck(ctx.checks(plan.canary.targetGroupArn, plan.stable.targetGroupArn, observed.loadBalancerArn), async () => {
      // Someone else (an operator's abort, a console edit) moved the weights, or another run (a rollback) took the
      // lease: the bake stops; `stop` then decides whether the traffic is still this run's to put back.
      const [now, lease] = await Promise.all([observeRoute(clients.elbv2, route.route), inspectLease(clients.elbv2, route.leaseArn, me)]);
      if (lease.state !== 'mine') return `the rule's lease is no longer this run's (${lease.state === 'held' ? `held by ${describeLease(lease.lease)}` : lease.state})`;
      return sameSplit(now.split, route.split) ? undefined : `the rule's weights were changed outside this run: ${describeSplit(now.split)}, not ${describeSplit(route.split)}`;
    });
    const gate = await io.group(`Health gate: ${plan.canary.service}`, () => healthGate(plan, inputs, ctx, checks));
    if (gate) return await stop(report, gate.cancelled ? 'cancelled' : 'aborted', gate.reason);

    // 3. The bake.
    save('shifting');
    const outcome = await runBake(plan.shifts, { intervalMs: inputs.checkIntervalMs, inconclusive: inputs.inconclusive, maxExtensionMs: inputs.maxExtensionMs, holdMs: inputs.holdMs }, {
      clock,
      signal: ctx.signal,
      io,
      checks,
      marks,
      startedAt,
      shift: (shift) => setSplit(shift.split, ctx.signal),
      onPromoted: () => {
        promoted = true;
        save('promoted');
      },
    });
    report.rounds = outcome.rounds;
    if (outcome.verdict !== 'promoted') return await stop(report, outcome.verdict, outcome.reason, outcome.decidedAt);
    // 4. Drain what the old color still serves, then scale it down.
    const drainMs = Math.max(0, (await deregistrationDelayMs(clients.elbv2, plan.stable.targetGroupArn)) - inputs.holdMs);
    if (drainMs > 0) {
      io.info(`draining ${plan.stable.service} for ${formatDuration(drainMs)} (the target group's deregistration delay)`);
      await clock.sleep(drainMs, ctx.signal).catch(() => io.warning('cancelled while draining: the new version keeps all traffic; the old color stays up'));
    }
    // A rollback may have taken the rule during the drain and sent traffic back to the old color: then the old
    // color is what serves, and scaling it down would leave that traffic on no tasks. Unreadable: it stays up too.
    const promotedSplit = route.split;
    const taken = ctx.signal.aborted ? undefined : await ownerElsewhere(clients, route, me, promotedSplit).catch((err) => `the rule could not be read (${errorMessage(err)})`);
    if (taken) {
      io.warning(`not scaling ${plan.stable.service} down: ${taken}`);
      await finishBake(clients, route.leaseArn, me, () => save('done'));
      route = await observeRoute(clients.elbv2, route.route).catch(() => route);
      report.finalWeights = weightsOf(route.split);
      return { ...report, verdict: 'failed', reason: `${outcome.reason}, then during the drain: ${taken}; ${plan.stable.service} was left up`, taskDefinitionAfter: undefined };
    }
    if (!ctx.signal.aborted) await scaleDown(clients, inputs.cluster, plan.stable.service, io);
    marks.push({ atMs: clock.now() - startedAt, weight: 100, event: 'promoted' });
    await finishBake(clients, route.leaseArn, me, () => save('done'));
    return { ...report, verdict: 'promoted', reason: outcome.reason, taskDefinitionAfter: inputs.taskDefinition };
  } catch (err) {
    // Anything unexpected after the lease: put traffic back (unless promoted), then report the error with what is
    // known (the split read back after the restore), not an empty report.
    const stopped = await stop(report, 'failed', `stopped by an error: ${errorMessage(err)}`).catch((restoreErr) => {
      throw new Error(`${errorMessage(err)}; and restoring traffic failed too: ${errorMessage(restoreErr)} (the post step will try again)`);
    });
    const where = promoted ? `; the new version had been promoted and keeps all traffic (${describeSplit(route.split)})` : stopped.restoreMs !== undefined ? `; traffic restored: ${describeSplit(route.split)} (read back)` : '';
    throw new ReportedError({ ...stopped, reason: `${stopped.reason}${where}` }, err);
  }

  /** Ends a bake that did not promote: 100% stable in one call (read back), then the canary scaled down. */
  async function stop(r: BakeReport, verdict: BakeReport['verdict'], reason: string, decidedAt?: number): Promise<BakeReport> {
    const bake = plan as Extract<AlbPlan, { action: 'bake' }>;
    io.error(`bake-and-promote: ${reason}`, { title: verdict === 'cancelled' ? 'bake cancelled' : 'bake stopped' });
    // A run that took the lease over (a rollback) owns the traffic now: restoring over it, or scaling a color it
    // may have just sent all traffic to down to 0, would undo its choice. Unreadable, or not read within 2 s (a
    // cancel's restore must still go out inside the runner's grace period): restore, as before.
    const elsewhere = promoted ? undefined : await within(2000, ownerElsewhere(clients, route, me, bake.restore).catch(() => undefined));
    if (elsewhere) {
      r.notes.push(`traffic left as it is: ${elsewhere}`);
      io.warning(`not restoring: ${elsewhere}`);
      route = await observeRoute(clients.elbv2, route.route).catch(() => route);
      r.finalWeights = weightsOf(route.split);
    } else if (!promoted) {
      const before = decidedAt ?? clock.now();
      // No abort signal here: this one call must go out even while the job is being cancelled.
      if (touched || !sameSplit(route.split, bake.restore)) {
        await setSplit(bake.restore);
        marks.push({ atMs: clock.now() - startedAt, weight: 0, event: 'restored' });
        io.info(`traffic restored: ${describeSplit(route.split)} (read back) ${formatDuration(clock.now() - before)} after the decision`);
      }
      r.restoreMs = clock.now() - before;
      await scaleDown(clients, inputs.cluster, bake.canary.service, io).catch((e) => io.warning(`could not scale ${bake.canary.service} down: ${errorMessage(e)}`));
    }
    await finishBake(clients, route.leaseArn, me, () => save('done'));
    // "aborted" and "cancelled" say traffic is back on stable: not when another run decided where it is.
    if (elsewhere) return { ...r, verdict: 'failed', reason: `${reason}; traffic left as it is: ${elsewhere}`, taskDefinitionAfter: undefined };
    return { ...r, verdict, reason, taskDefinitionAfter: promoted ? inputs.taskDefinition : bake.stable.taskDefinition };
  }
}

/**
 * Who owns the rule's traffic when it is no longer this run: another run's live lease, or no lease of ours with all
 * traffic on one target group other than `target` (a choice someone made). Undefined while the lease is ours, and
 * for a split nobody holds, which is still this run's (or its post step's) to put back: a listener is never left split.
 */
export async function ownerElsewhere(clients: AwsClients, route: Pick<ObservedRoute, 'route' | 'leaseArn'>, me: ReturnType<typeof holderFromEnv>, target: TrafficSplit): Promise<string | undefined> {
  const lease = await inspectLease(clients.elbv2, route.leaseArn, me);
  if (lease.state === 'mine') return undefined;
  if (lease.state === 'held') return `${describeLease(lease.lease)} holds the rule's lease now and owns its traffic`;
  const { split } = await observeRoute(clients.elbv2, route.route);
  const served = Object.values(split).filter((weight) => weight > 0).length;
  return served === 1 && !sameSplit(split, target) ? `this run's lease is gone (${lease.state}) and another hand put all traffic on one target group: ${describeSplit(split)}` : undefined;
}

/** The promise's value, or undefined when it takes longer than `ms` of real time. */
function within<T>(ms: number, promise: Promise<T | undefined>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Waits until the canary's targets are healthy, then runs one round of checks at 0%; says why not, or undefined to go on. */
async function healthGate(plan: Extract<AlbPlan, { action: 'bake' }>, inputs: BakeInputs, ctx: AlbContext, checks: CheckRound): Promise<{ reason: string; cancelled?: boolean } | undefined> {
  const { clients, io, clock, signal } = ctx;
  try {
    const health = judgeHealth(await waitForHealthyTargets(clients.elbv2, plan.canary.targetGroupArn, { timeoutMs: inputs.waitTimeoutMs, intervalMs: inputs.pollIntervalMs, clock, signal }));
    io.info(`${plan.canary.service} is healthy: ${health.reason}`);
    const now = new Date(clock.now());
    const outcomes = await checks({ weight: 0, step: 0, round: 1, since: now, now, signal });
    const verdict = judgeRound(outcomes);
    io.info(`health gate checks: ${verdict}; ${describeRound(outcomes)}`);
    // At 0% only checks that need no production traffic run; with none of those, target health is the gate.
    if (outcomes.length > 0 && verdict !== 'pass') return { reason: `the health gate did not pass before any traffic moved: ${describeRound(outcomes)}` };
    return undefined;
  } catch (err) {
    if (signal.aborted) return { reason: `cancelled during the health gate: ${errorMessage(signal.reason)}`, cancelled: true };
    return { reason: `the health gate did not pass: ${errorMessage(err)}` };
  }
}

/** Adds a check that the rule still holds the split this run last read back; a change by anyone else fails the round. */
function withTrafficCheck(checks: CheckRound, changedBy: () => Promise<string | undefined>): CheckRound {
  return async (context) => {
    const [outcomes, changed] = await Promise.all([checks(context), changedBy().catch((err) => `could not read the rule: ${errorMessage(err)}`)]);
    if (changed === undefined) return outcomes;
    const unreadable = changed.startsWith('could not');
    return [...outcomes, { kind: 'traffic', outcome: unreadable ? 'error' : 'fail', detail: changed }];
  };
}

/** Sets a service's desired count to 0 (its tasks stop; ECS keeps the service and its revision). */
export async function scaleDown(clients: AwsClients, cluster: string, service: string, io: Pick<ActionIO, 'info'>): Promise<void> {
  await clients.ecs.send(new UpdateServiceCommand({ cluster, service, desiredCount: 0 }));
  io.info(`${service} scaled down to 0 tasks`);
}

/** Ends a bake's hold on the rule: removes the bake tag, releases the lease, then `saved` marks the post state done. Safe to call twice; says what became of the lease. */
export async function finishBake(clients: AwsClients, leaseArn: string, me: ReturnType<typeof holderFromEnv>, saved: () => void): Promise<Awaited<ReturnType<typeof releaseLease>>> {
  await clearBakeTags(clients, leaseArn);
  const lease = await releaseLease(clients.elbv2, leaseArn, me);
  saved();
  return lease;
}

async function clearBakeTags(clients: AwsClients, arn: string): Promise<void> {
  await clients.elbv2.send(new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: [BAKE_STABLE_TAG] }));
}

