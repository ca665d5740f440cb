/**
 * The post step's memory of what main was doing, one setter and one reader per key (saved with io.saveState): the
 * region, the provider, where the run stands, and what the provider needs to pick the release up again.
 */
import type { ActionIO } from '../../../lib/core/io.js';
import type { BakePhase, ProviderKind } from '../../../lib/traffic/contract.js';
import type { TestRoute } from '../../../lib/traffic/test-route.js';

const KEY = {
  region: 'bake-region',
  provider: 'bake-provider',
  phase: 'bake-phase',
  resume: 'bake-resume',
  testRoute: 'bake-test-route',
} as const;

/** What the post step reads back. */
export interface PostState {
  region: string;
  provider: ProviderKind;
  phase: BakePhase;
  /** The provider's own resume state (its `resumeState()`). */
  resume: Record<string, unknown>;
  /** The canary's test route while it may exist (planned, or created); absent once removed. */
  testRoute?: TestRoute;
}

/** Saved once the run is about to change something: from here on, the post step has work. */
export function saveStarted(
  io: ActionIO,
  region: string,
  provider: ProviderKind,
  resume: Record<string, unknown>,
): void {
  io.saveState(KEY.region, region);
  io.saveState(KEY.provider, provider);
  saveResume(io, resume);
  savePhase(io, 'starting');
}

export function savePhase(io: ActionIO, phase: BakePhase): void {
  io.saveState(KEY.phase, phase);
}

export function saveResume(io: ActionIO, resume: Record<string, unknown>): void {
  io.saveState(KEY.resume, JSON.stringify(resume));
}

/** Records the test route (planned or created), or that it is gone (undefined). */
export function saveTestRoute(io: ActionIO, route: TestRoute | undefined): void {
  io.saveState(KEY.testRoute, route ? JSON.stringify(route) : '');
}

/** The saved state, or undefined when main changed nothing. */
export function readPostState(io: ActionIO): PostState | undefined {
  const provider = io.getState(KEY.provider) as ProviderKind | '';
  if (!provider) return undefined;
  const testRoute = io.getState(KEY.testRoute);
  return {
    region: io.getState(KEY.region),
    provider,
    phase: (io.getState(KEY.phase) || 'starting') as BakePhase,
    resume: JSON.parse(io.getState(KEY.resume) || '{}') as Record<string, unknown>,
    testRoute: testRoute ? (JSON.parse(testRoute) as TestRoute) : undefined,
  };
}
