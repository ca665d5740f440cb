/**
 * What a traffic provider is: the one contract every way of moving production traffic between two versions keeps
 * (two ECS services behind weighted ALB rules, ECS's own CANARY/LINEAR/BLUE_GREEN, CodeDeploy blue/green). The
 * bake's driver walks the steps, runs the check rounds and the hold, and never names a provider; each provider
 * lives in its own folder (`alb/`, `ecs-native/`, `codedeploy/`) and `factory.ts` chooses one. Every call a
 * provider makes that moves traffic or capacity goes through `guardedWrite` (guard.ts).
 */
import type { AwsClients } from '../aws/clients.js';
import type { ActionIO } from '../core/io.js';
import type { Clock } from '../core/poll.js';
import type { LeaseHolder } from './lease.js';
import type { TrafficRoute } from './listener-weights.js';
import type { TrafficStep } from './steps.js';
import type { TestRoute } from './test-route.js';

export type ProviderKind = 'alb' | 'ecs-native' | 'codedeploy';

/**
 * One point of the schedule: the share of production traffic on the new version, and the least time to check it there.
 */
export interface PlannedStep {
  weight: number;
  bakeMs: number;
  /** How long the platform itself bakes the step before it pauses for our word (ECS's canary bake time). */
  platformBakeMs?: number;
}

/** Where production traffic is, as read from AWS just now (never as assumed). */
export interface TrafficReading {
  /**
   * Percent of production traffic on the new version, read from the load balancer (or the platform, where it has no
   * rule).
   */
  weight: number;
  /** Percent per side, for reports: "web-green (web:7)" → 10. */
  shares: Record<string, number>;
  /**
   * The platform waits for this run's word before it moves on (a paused hook, CodeDeploy's ready or termination wait);
   * the ALB provider always does.
   */
  waiting: boolean;
  /** The release ended without this run's word: ECS or CodeDeploy finished or rolled it back, or someone else did. */
  ended?: { how: 'completed' | 'rolled-back' | 'failed' | 'stopped'; detail: string };
  /** This run no longer owns the traffic: another run took the lease, or traffic is not where this run last put it. */
  lost?: string;
  /** One line for the log: the split, the stage or the phase. */
  detail: string;
}

/** A guarded write's result: done and read back, or refused (nothing written) with what was read. */
export type Moved =
  { done: true; reading: TrafficReading } | { done: false; refused: string; reading?: TrafficReading };

/** How a restore ended: traffic read back on the stable version, refused (with what was read), or unknown. */
export interface Restored {
  /** True only when the stable version was read back carrying all production traffic. */
  back: boolean;
  detail: string;
  reading?: TrafficReading;
  /** Which version serves all production traffic as read, when one does (the platform may have finished first). */
  serving?: 'stable' | 'new';
  /** When (clock ms) traffic was read back on the stable version: the restore time ends here, not after a drain. */
  at?: number;
  /** Traffic is back, but something is left for the post step (the canary kept up by a cancel during its drain). */
  unfinished?: string;
}

/** How the cut-over ended after the hold passed. */
export interface Finished {
  /** True when the new version was read back with all traffic and the old side released. */
  promoted: boolean;
  detail: string;
  reading?: TrafficReading;
  /** Things to tell (the old color kept up because a rule still forwards to it, say). */
  notes: string[];
}

/** What a run asks of a provider: the release, its schedule and its limits, whatever the provider. */
export interface ReleaseRequest {
  region: string;
  cluster: string;
  /** One service (ECS's own strategy, or CodeDeploy), or two colors behind `route`. */
  services: string[];
  route?: TrafficRoute;
  /** The registered revision to release (required to bake; abort and status go without). */
  taskDefinition?: string;
  steps: TrafficStep[];
  /** Whether `steps` was given (the platform providers keep their own schedule otherwise). */
  stepsGiven: boolean;
  /**
   * bake (the steps), promote-now (straight to 100% after the gate), abort (all traffic back, now), status (read only).
   */
  mode: 'bake' | 'promote-now' | 'abort' | 'status';
  holdMs: number;
  checkIntervalMs: number;
  maxExtensionMs: number;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  alarmNames: string[];
  /**
   * Canary checks will run: a provider that can make a route to the new version without production traffic makes one
   * (the ALB's test route).
   */
  testRoute?: boolean;
}

/** What every provider call gets from the run. */
export interface ProviderContext {
  clients: AwsClients;
  io: ActionIO;
  clock: Clock;
  /** The run's cancellation: waits stop on it; a restore must go out anyway and does not take it. */
  signal: AbortSignal;
  me: LeaseHolder;
  /**
   * Records the test route for the post step: before the rule is created, once it is, and (undefined) once it is
   * removed.
   */
  saveTestRoute?: (route: TestRoute | undefined) => void;
}

/** The plan a provider made from what it observed: the steps the driver walks and one line that says it all. */
export interface ProviderPlan {
  /** Step 0 is the gate (weight 0): the new version is up and only the checks that need no production traffic run. */
  steps: PlannedStep[];
  summary: string;
  /** The revisions serving all traffic before, and after a promotion. */
  revisionBefore?: string;
  revisionAfter?: string;
  /** The two sides as reports name them: [stable, canary]. */
  sides: [string, string];
  /**
   * Where canary checks reach the new version without production traffic (a test listener, ECS's test rule), when the
   * provider has one.
   */
  testRoute?: string;
}

/**
 * One release through one provider. The driver calls `claim` and `start` once, then per step `advance` and, between,
 * `read`
 * once a round; on any failure `restore`; after the hold `finish`; and `release` on every way out. Each moving
 * call proves ownership, state and the receiving side before it writes (guard.ts), and reads back.
 */
export interface TrafficProvider {
  readonly kind: ProviderKind;
  readonly plan: ProviderPlan;
  /** While it exists, the header that takes a check to the new version without production traffic (after `start`). */
  readonly testRoute?: { header: { name: string; value: string }; detail: string };
  /**
   * Takes the lease (and writes this run's records beside it); throws LeaseHeldError, having changed nothing, when
   * another run holds it.
   */
  claim(ctx: ProviderContext): Promise<void>;
  /** Starts the new version with no production traffic, and waits until it is up (the gate). */
  start(ctx: ProviderContext): Promise<Moved>;
  /** One read of where traffic is: the per-round look (one call where it can). */
  read(ctx: ProviderContext): Promise<TrafficReading>;
  /**
   * Moves traffic to `steps[index]`, or lets the platform move on from a paused gate; resolves once read back there.
   */
  advance(index: number, ctx: ProviderContext): Promise<Moved>;
  /** All production traffic back on the stable version, read back; then the new version's capacity let go. */
  restore(reason: string, ctx: ProviderContext): Promise<Restored>;
  /** After the hold: cut over for good (drain, release the old side), record the release, read where traffic ends. */
  finish(ctx: ProviderContext): Promise<Finished>;
  /** Lets go of everything this run holds without moving traffic (lease, records, hooks); safe to call twice. */
  release(ctx: ProviderContext): Promise<void>;
  /** What the post step needs to pick this release up after the job died: plain JSON. */
  resumeState(): Record<string, unknown>;
}

/** Where a run stands, for the post step: before `promoted`, a post step restores; from it on, the release stays. */
export type BakePhase = 'starting' | 'shifting' | 'promoted' | 'done';

/**
 * What a provider makes of a request once it has observed AWS: a look, nothing to do, an abort to carry out, or a bake.
 */
export type Opened =
  | { action: 'status'; summary: string; shares: Record<string, number>; revisionBefore?: string }
  | { action: 'nothing'; why: string; shares: Record<string, number>; revisionBefore?: string }
  | {
      action: 'abort';
      why: string;
      revisionBefore?: string;
      run: (ctx: ProviderContext) => Promise<Restored & { notes: string[] }>;
    }
  | { action: 'bake'; provider: TrafficProvider };

/** One provider, as the factory knows it: open a request, and pick up a release a dead job left behind. */
export interface ProviderModule {
  /** Observes (read only) and plans; throws ConfigurationError or PlanError, having changed nothing. */
  open(request: ReleaseRequest, ctx: ProviderContext): Promise<Opened>;
  /**
   * The post step: before `promoted`, all traffic back on stable; after it, the release kept. Safe to run twice; says
   * what it did.
   */
  post(resume: Record<string, unknown>, phase: BakePhase, ctx: ProviderContext): Promise<string>;
}
