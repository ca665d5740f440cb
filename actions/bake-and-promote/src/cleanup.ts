/**
 * The post step: runs after main however it ended (a cancel, a SIGKILL, a crash). It reads what main saved and hands
 * the release to its provider: before the promotion, all traffic back on the stable version; after it, the release
 * kept; the lease let go. Every move goes through the provider's guarded writes, so a rollback or an abort that
 * took the traffic over meanwhile is left alone. Safe to run twice: each step looks first and says why it skips.
 */
import { createAwsClients } from '../../../lib/aws/clients.js';
import { realClock } from '../../../lib/core/poll.js';
import type { RunContext } from '../../../lib/core/run.js';
import { PROVIDERS } from '../../../lib/traffic/factory.js';
import { holderFromEnv } from '../../../lib/traffic/lease.js';
import { stopCodeDeployLeftBehind } from './codedeploy.js';
import { POST_STATE, type PostState as LegacyState } from './report.js';
import { readPostState, savePhase } from './state.js';

export async function post({ io, signal }: RunContext, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const state = readPostState(io);
  if (!state) return legacyPost(io);
  if (state.phase === 'done') return io.info('nothing to verify: the main step finished and released the rule itself');
  const module = PROVIDERS[state.provider];
  if (!module) return io.warning(`no provider ${state.provider} to hand the release to`);
  const clients = createAwsClients({ region: state.region, action: 'bake-and-promote' });
  const said = await module.post(state.resume, state.phase, { clients, io, clock: realClock, signal, me: holderFromEnv(env) });
  io.info(said);
  savePhase(io, 'done');
}

async function legacyPost(io: RunContext['io']): Promise<void> {
  const raw = io.getState(POST_STATE);
  if (!raw) return io.info('nothing to verify: the main step changed no traffic (no bake was started)');
  const state = JSON.parse(raw) as LegacyState;
  if (state.phase === 'done') return io.info('nothing to verify: the main step finished and released the rule itself');
  const clients = createAwsClients({ region: state.region, action: 'bake-and-promote' });
  await stopCodeDeployLeftBehind(clients, state, io);
  io.saveState(POST_STATE, JSON.stringify({ ...state, phase: 'done' }));
}
