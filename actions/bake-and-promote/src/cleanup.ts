/**
 * The post step: runs after main however it ended (a cancel, a SIGKILL, a crash). It reads what main saved and hands
 * the release to its provider: before the promotion, all traffic back on the stable version; after it, the release
 * kept; the lease let go. Every move goes through the provider's guarded writes, so a rollback or an abort that
 * took the traffic over meanwhile is left alone. Safe to run twice: each step looks first and says why it skips.
 */
import { createAwsClients } from '../../../lib/aws/clients.js';
import { type Clock, realClock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { PROVIDERS } from '../../../lib/traffic/factory.js';
import { holderFromEnv } from '../../../lib/traffic/lease.js';
import { removeTestRoute } from '../../../lib/traffic/test-route.js';
import { readPostState, savePhase, saveTestRoute } from './state.js';

export async function post(
  { io, signal }: RunContext,
  env: NodeJS.ProcessEnv = process.env,
  clock: Clock = realClock,
): Promise<void> {
  const state = readPostState(io);
  if (!state) return io.info('nothing to verify: the main step changed no traffic (no bake was started)');
  const clients = createAwsClients({ region: state.region, action: 'bake-and-promote' });
  // First, whatever the phase: the test route forwards to the canary's group, and the canary is scaled in only once no
  // rule does.
  if (state.testRoute) {
    io.info(await removeTestRoute(clients.elbv2, state.testRoute));
    saveTestRoute(io, undefined);
  }
  if (state.phase === 'done') return io.info('nothing to verify: the main step finished and released the rule itself');
  const said = await PROVIDERS[state.provider].post(state.resume, state.phase, {
    clients,
    io,
    clock,
    signal,
    me: holderFromEnv(env),
  });
  io.info(said);
  savePhase(io, 'done');
}
