/**
 * The post step: runs after main however it ended (a cancel, a SIGKILL, a crash). It reads what main saved, checks
 * the rule's weights and puts them back where they must be (100% stable unless main had promoted), scales the
 * canary down and releases the lease. Safe to run twice: each step looks first and says why it skips.
 */
import { createAwsClients } from '../../../lib/aws/clients.js';
import type { RunContext } from '../../../lib/core/run.js';
import { pollServices } from '../../../lib/ecs/services.js';
import { holderFromEnv } from '../../../lib/traffic/lease.js';
import { applySplit, observeRoute } from '../../../lib/traffic/listener-weights.js';
import { describeSplit, sameSplit } from '../../../lib/traffic/split.js';
import { finishBake, ownerElsewhere, scaleDown } from './alb.js';
import { stopCodeDeployLeftBehind } from './codedeploy.js';
import { stopNativeDeployment } from './native.js';
import { restoreTarget } from './plan.js';
import { POST_STATE, type PostState } from './report.js';

export async function post({ io }: RunContext, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const raw = io.getState(POST_STATE);
  if (!raw) return io.info('nothing to verify: the main step changed no traffic (no bake was started)');
  const state = JSON.parse(raw) as PostState;
  if (state.phase === 'done') return io.info('nothing to verify: the main step finished and released the rule itself');
  const clients = createAwsClients({ region: state.region, action: 'bake-and-promote' });
  if (state.provider === 'ecs-native') {
    await stopNativeDeployment(clients, state, io);
    return;
  }
  if (state.provider === 'codedeploy') {
    await stopCodeDeployLeftBehind(clients, state, io);
    io.saveState(POST_STATE, JSON.stringify({ ...state, phase: 'done' }));
    return;
  }
  const me = holderFromEnv(env);
  // Another run that holds the rule (a rollback), or that put all traffic on one group after this run's lease went,
  // decided where traffic is: putting it back over that choice would undo a rollback.
  const promoted = state.phase === 'promoted';
  const target = restoreTarget(state.stableTargetGroup!, state.canaryTargetGroup!, promoted);
  const elsewhere = await ownerElsewhere(clients, { route: state.route!, leaseArn: state.leaseArn! }, me, target);
  if (elsewhere) return io.info(`skipping: ${elsewhere}`);
  const route = await observeRoute(clients.elbv2, state.route!);
  if (sameSplit(route.split, target)) {
    io.info(`weights verified: ${describeSplit(route.split)}; nothing to restore`);
  } else {
    const after = await applySplit(clients.elbv2, route, target);
    io.warning(`the main step left traffic at ${describeSplit(route.split)}; restored to ${describeSplit(after.split)} (read back)`);
  }
  if (!promoted) {
    const canary = (await pollServices(clients, state.cluster, [state.canaryService])).get(state.canaryService);
    // The canary never took over: the same scale-down as main's.
    if (canary && (canary.desiredCount ?? 0) > 0) await scaleDown(clients, state.cluster, state.canaryService, io);
    else io.info(`${state.canaryService} is already at 0 tasks`);
  }
  const released = await finishBake(clients, state.leaseArn!, me, () => io.saveState(POST_STATE, JSON.stringify({ ...state, phase: 'done' })));
  io.info(`lease: ${released}`);
}
