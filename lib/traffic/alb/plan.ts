/**
 * The pure plan of a bake over ALB weights: which color is live and which is idle, the splits to walk through,
 * what to restore to, and what a split left behind by an earlier run needs first. Nothing here calls AWS.
 */
import { PlanError } from '../../core/errors.js';
import { shortTaskDefinition } from '../../ecs/arns.js';
import { describeSplit, percentOf, shortTargetGroup, splitFor, type TrafficSplit } from '../split.js';
import type { TrafficStep } from '../steps.js';

/** What a run over two colors is asked to do. */
export type AlbMode = 'bake' | 'promote-now' | 'abort' | 'status';

/** One of the two ECS services, with the target group it is registered in. */
export interface Color {
  service: string;
  targetGroupArn: string;
  taskDefinition?: string;
  desiredCount: number;
  /** Tasks running now (0 when not read). */
  runningCount?: number;
}

/** What observe found: both colors, the rule's split, and the stable target group a bake recorded on the rule. */
export interface ObservedPair {
  colors: [Color, Color];
  split: TrafficSplit;
  /**
   * The target group an earlier bake named as stable in its tag on the rule (there while a bake runs or was killed).
   */
  recordedStable?: string;
}

/** One weight change and how long to bake after it. */
export interface Shift {
  weight: number;
  bakeMs: number;
  split: TrafficSplit;
}

export type AlbPlan =
  | { action: 'status'; summary: string }
  | { action: 'nothing'; why: string }
  | { action: 'restore'; stable: Color; canary: Color; restore: TrafficSplit; why: string }
  | {
      action: 'bake';
      stable: Color;
      canary: Color;
      /** Roll the canary color onto the revision first (false when it already runs it at the right count). */
      rollOut: boolean;
      desiredCount: number;
      shifts: Shift[];
      /** 100% on the stable color: what every abort sends. */
      restore: TrafficSplit;
      /** A split an earlier run left behind, put back to 100% stable before anything else. */
      leftover?: { split: TrafficSplit; why: string };
      why: string;
    };

/** Decides everything for one run of the ALB provider. Throws PlanError when the state cannot be acted on safely. */
export function planAlb(
  mode: AlbMode,
  taskDefinition: string | undefined,
  steps: readonly TrafficStep[],
  observed: ObservedPair,
): AlbPlan {
  const [a, b] = observed.colors;
  if (a.targetGroupArn === b.targetGroupArn)
    throw new PlanError(
      `services ${a.service} and ${b.service} are registered in the same target group ${shortTargetGroup(a.targetGroupArn)}; each color needs its own`,
    );
  const wa = percentOf(observed.split, a.targetGroupArn);
  const wb = percentOf(observed.split, b.targetGroupArn);
  const clean = wa === 0 || wb === 0;
  const recorded = observed.colors.find((c) => c.targetGroupArn === observed.recordedStable);
  const now = describeSplit(observed.split);
  const describe = (c: Color) =>
    `${c.service} (${shortTargetGroup(c.targetGroupArn)}, ${shortTaskDefinition(c.taskDefinition)}, ${c.desiredCount} task(s))`;

  if (mode === 'status') {
    const live = clean ? (wa === 100 ? a : b) : undefined;
    const summary = live
      ? `all traffic on ${describe(live)}; ${describe(live === a ? b : a)} is idle`
      : `traffic is split: ${now}${recorded ? `; a bake is under way (or was left behind) with ${recorded.service} as stable` : '; no bake is recorded on the rule'}`;
    return { action: 'status', summary };
  }

  // Which color is stable: the one with all traffic, or the one a bake recorded while the split is mixed.
  let stable: Color;
  if (clean) stable = wa === 100 ? a : b;
  else if (recorded) stable = recorded;
  else {
    throw new PlanError(
      `the rule splits traffic ${now} and no bake recorded which color is stable, so neither can be assumed; put 100% on the color that should serve (the console, or ModifyRule) and run again`,
    );
  }
  const canary = stable === a ? b : a;
  const restore = splitFor(stable.targetGroupArn, canary.targetGroupArn, 0);

  const sides: Sides = { a, b, stable, canary, recorded, clean, now, describe };
  if (mode === 'abort') return planAbort(sides, restore);
  return planBake(mode, taskDefinition, steps, sides, restore, observed.split);
}

/** Both colors as read, which is stable, and how to describe them: what the abort and bake plans decide from. */
interface Sides {
  a: Color;
  b: Color;
  stable: Color;
  canary: Color;
  recorded: Color | undefined;
  clean: boolean;
  now: string;
  describe: (c: Color) => string;
}

/** An operator's abort: all traffic back on stable (or on the recorded color during a hold), never onto no tasks. */
function planAbort({ a, b, stable, canary, recorded, clean, now, describe }: Sides, restore: TrafficSplit): AlbPlan {
  if (clean && (!recorded || recorded === stable))
    return { action: 'nothing', why: `nothing to abort: all traffic is already on ${describe(stable)}` };
  // Abort sends all traffic to one color at once: never to one that runs no tasks (a bake that died after its
  // promotion had scaled the old color in, before clearing its record), which would be an outage.
  const noTasks = (to: Color, from: Color) =>
    new PlanError(
      `abort would send all traffic to ${describe(to)}, which runs no tasks; traffic stays ${now}. If ${from.service} should serve, remove the ecs-fargate-actions:bake-stable and traffic-lease tags from the rule; to go back, scale ${to.service} up first and run abort again`,
    );
  if (clean && recorded && recorded !== stable) {
    // After a full shift a recorded bake is in its hold: an abort flips back to the recorded stable color.
    const back = recorded;
    const other = back === a ? b : a;
    if (back.desiredCount === 0) throw noTasks(back, other);
    return {
      action: 'restore',
      stable: back,
      canary: other,
      restore: splitFor(back.targetGroupArn, other.targetGroupArn, 0),
      why: `all traffic is on ${other.service} during a bake's hold; abort flips it back to ${back.service}`,
    };
  }
  if (stable.desiredCount === 0) throw noTasks(stable, canary);
  return {
    action: 'restore',
    stable,
    canary,
    restore,
    why: `traffic is split ${now}; abort puts all of it back on ${describe(stable)}`,
  };
}

/** A bake (or promote-now) of `taskDefinition` onto the idle color, or nothing when it already serves everything. */
function planBake(
  mode: AlbMode,
  taskDefinition: string | undefined,
  steps: readonly TrafficStep[],
  { stable, canary, recorded, clean, now, describe }: Sides,
  restore: TrafficSplit,
  split: TrafficSplit,
): AlbPlan {
  if (!taskDefinition) throw new PlanError(`mode ${mode} needs a task definition`);
  if (clean && recorded && recorded !== stable) {
    // A bake died in its hold (all traffic on its canary, its record still on the rule): that version never passed
    // the hold, so it is not the stable one to bake from, and this run will not decide for the team.
    throw new PlanError(
      `all traffic is on ${describe(stable)}, but a bake recorded ${recorded.service} as stable and never finished (it died during its hold, or before clearing its record): run mode abort to put traffic back on ${recorded.service}, or remove the ecs-fargate-actions:bake-stable and traffic-lease tags from the rule to accept ${stable.service}`,
    );
  }
  const leftover = clean
    ? undefined
    : {
        split,
        why: `an earlier bake left traffic split ${now}; it is put back to 100% on ${stable.service} first`,
      };
  if (clean && sameRevision(stable.taskDefinition, taskDefinition)) {
    return {
      action: 'nothing',
      why: `${stable.service} already serves all traffic with ${shortTaskDefinition(taskDefinition)}: nothing to bake`,
    };
  }
  if (sameRevision(stable.taskDefinition, taskDefinition)) {
    throw new PlanError(
      `the stable color ${stable.service} already runs ${shortTaskDefinition(taskDefinition)}; baking it against itself proves nothing`,
    );
  }
  const desiredCount = Math.max(1, stable.desiredCount);
  const plannedSteps = mode === 'promote-now' ? [{ weight: 100, bakeMs: 0 }] : steps;
  const shifts = plannedSteps.map((step) => ({
    weight: step.weight,
    bakeMs: step.bakeMs,
    split: splitFor(stable.targetGroupArn, canary.targetGroupArn, step.weight),
  }));
  const rollOut = !(sameRevision(canary.taskDefinition, taskDefinition) && canary.desiredCount === desiredCount);
  return {
    action: 'bake',
    stable,
    canary,
    rollOut,
    desiredCount,
    shifts,
    restore,
    leftover,
    why: `${canary.service} is idle (0%): ${rollOut ? `roll it onto ${shortTaskDefinition(taskDefinition)} with ${desiredCount} task(s), then ` : ''}shift ${shifts.map((s) => `${s.weight}%`).join(' → ')} from ${stable.service}`,
  };
}

/** The split to restore to after a run was interrupted: before full promotion, 100% stable; after it, 100% canary. */
export function restoreTarget(stableTg: string, canaryTg: string, promoted: boolean): TrafficSplit {
  return promoted ? splitFor(canaryTg, stableTg, 0) : splitFor(stableTg, canaryTg, 0);
}

// "web:8" and "arn:…:task-definition/web:8" name the same revision (moto stores what UpdateService was given).
function sameRevision(a: string | undefined, b: string): boolean {
  return a !== undefined && shortTaskDefinition(a) === shortTaskDefinition(b);
}
