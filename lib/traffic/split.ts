/**
 * The pure half of ALB weighted routing: reading a `TrafficSplit` out of a rule's (or a listener's default)
 * action list, checking it against what AWS would accept, and building the full action list for a new split.
 * moto accepts weights outside 0–999 and a `TargetGroupArn` that disagrees with the `ForwardConfig`; AWS
 * rejects both, so we check them here instead of trusting the test double.
 */
import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';

import { ConfigurationError, PlanError } from '../core/errors.js';

/** Target group ARN → its ALB weight (0–999; ours always sum to 100, so they read as percents). */
export type TrafficSplit = Record<string, number>;

export const MAX_ALB_WEIGHT = 999;
/** A forward action may name at most five target groups. */
const MAX_TARGET_GROUPS = 5;

/** Reads the weights of the one forward action; accepts a ForwardConfig and a bare TargetGroupArn alike. */
export function splitOf(actions: readonly Action[], where: string): TrafficSplit {
  const forwards = actions.filter((action) => action.Type === 'forward');
  if (forwards.length !== 1) {
    const types = actions.map((action) => action.Type).join(', ') || 'no actions';
    throw new PlanError(`${where} must have exactly one forward action to shift traffic; it has ${types}`);
  }
  const forward = forwards[0];
  const groups = forward.ForwardConfig?.TargetGroups ?? [];
  if (groups.length === 0) {
    if (!forward.TargetGroupArn) throw new PlanError(`${where} forwards to no target group`);
    return { [forward.TargetGroupArn]: 1 };
  }
  if (forward.TargetGroupArn && (groups.length !== 1 || groups[0].TargetGroupArn !== forward.TargetGroupArn)) {
    throw new PlanError(
      `${where} names TargetGroupArn ${shortTargetGroup(forward.TargetGroupArn)} beside a ForwardConfig of ${groups.map((g) => shortTargetGroup(g.TargetGroupArn ?? '?')).join(', ')}; AWS accepts both only for the same single target group`,
    );
  }
  const split: TrafficSplit = {};
  for (const group of groups) {
    if (!group.TargetGroupArn) throw new PlanError(`${where} has a ForwardConfig target group without an ARN`);
    if (group.TargetGroupArn in split)
      throw new PlanError(`${where} names ${shortTargetGroup(group.TargetGroupArn)} twice`);
    // AWS fills in a weight of 1 when none was given.
    split[group.TargetGroupArn] = group.Weight ?? 1;
  }
  return split;
}

/** Checks that a split is one AWS would take: whole weights 0–999, at least one positive, at most five groups. */
export function checkSplit(split: TrafficSplit, where: string): void {
  const entries = Object.entries(split);
  if (entries.length === 0 || entries.length > MAX_TARGET_GROUPS) {
    throw new PlanError(
      `${where}: a forward action takes 1 to ${MAX_TARGET_GROUPS} target groups, not ${entries.length}`,
    );
  }
  for (const [arn, weight] of entries) {
    if (!Number.isInteger(weight) || weight < 0 || weight > MAX_ALB_WEIGHT) {
      throw new PlanError(`${where}: weight ${weight} for ${shortTargetGroup(arn)} is outside 0–${MAX_ALB_WEIGHT}`);
    }
  }
  if (entries.every(([, weight]) => weight === 0))
    throw new PlanError(`${where}: every weight is 0, so no target group would get traffic`);
}

/**
 * Checks the rule forwards only to the expected target groups (blue and green, in either share). A rule that
 * also sends traffic elsewhere is the user's configuration, not something to shift: it names `input`.
 */
export function expectTargetGroups(
  split: TrafficSplit,
  expected: readonly string[],
  input: string,
  where: string,
): void {
  const strangers = Object.keys(split).filter((arn) => !expected.includes(arn));
  if (strangers.length > 0) {
    throw new ConfigurationError(
      input,
      `${where} forwards to ${strangers.map(shortTargetGroup).join(', ')}, which is not one of the expected target groups (${expected.map(shortTargetGroup).join(', ')})`,
      'point the rule at the blue and green target groups only, or name the rule that does',
    );
  }
  checkSplit(split, where);
}

/** The desired split that puts `percent` on `green` and the rest on `blue`. */
export function splitFor(blue: string, green: string, percent: number): TrafficSplit {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    throw new PlanError(`a traffic share must be a whole percent 0–100, not ${percent}`);
  if (blue === green) throw new PlanError(`blue and green are the same target group ${shortTargetGroup(blue)}`);
  return { [blue]: 100 - percent, [green]: percent };
}

/** The share of traffic (0–100, rounded) a target group gets under a split; 0 when it is not in it. */
export function percentOf(split: TrafficSplit, targetGroupArn: string): number {
  const total = Object.values(split).reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 0;
  return Math.round(((split[targetGroupArn] ?? 0) / total) * 100);
}

/** True when two splits send the same share to every group (weights 1/3 equal 10/30; an absent group is 0). */
export function sameSplit(a: TrafficSplit, b: TrafficSplit): boolean {
  const totalA = Object.values(a).reduce((s, w) => s + w, 0);
  const totalB = Object.values(b).reduce((s, w) => s + w, 0);
  if (totalA === 0 || totalB === 0) return totalA === totalB;
  const arns = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...arns].every((arn) => (a[arn] ?? 0) * totalB === (b[arn] ?? 0) * totalA);
}

/**
 * The full action list with the forward action re-weighted to `split`; every other action and every other
 * forward field (Order, stickiness) stays as it was. The result always uses a ForwardConfig and drops the bare
 * TargetGroupArn, which AWS refuses beside more than one group.
 */
export function actionsWithSplit(actions: readonly Action[], split: TrafficSplit, where: string): Action[] {
  splitOf(actions, where);
  checkSplit(split, `${where} (new split)`);
  return actions.map((action) => {
    if (action.Type !== 'forward') return preserved(action);
    const existing =
      action.ForwardConfig?.TargetGroups?.map((g) => g.TargetGroupArn ?? '') ??
      (action.TargetGroupArn ? [action.TargetGroupArn] : []);
    const order = [
      ...existing.filter((arn) => arn in split),
      ...Object.keys(split).filter((arn) => !existing.includes(arn)),
    ];
    const dropped = existing.filter((arn) => !(arn in split));
    if (dropped.length > 0)
      throw new PlanError(
        `${where}: the new split leaves out ${dropped.map(shortTargetGroup).join(', ')}, which the rule forwards to now`,
      );
    const { TargetGroupArn: _bare, ForwardConfig, ...rest } = action;
    return {
      ...rest,
      ForwardConfig: {
        ...ForwardConfig,
        TargetGroups: order.map((arn) => ({ TargetGroupArn: arn, Weight: split[arn] })),
      },
    };
  });
}

/** Writes a split as people read it: "blue-tg 90% · green-tg 10%". */
export function describeSplit(split: TrafficSplit): string {
  return Object.keys(split)
    .map((arn) => `${shortTargetGroup(arn)} ${percentOf(split, arn)}%`)
    .join(' · ');
}

/** "targetgroup/web-green/0123" → "web-green", for messages. */
export function shortTargetGroup(arn: string): string {
  return /targetgroup\/([^/]+)/.exec(arn)?.[1] ?? arn;
}

// Describe* never returns an OIDC client secret; ModifyRule then needs UseExistingClientSecret or it fails.
function preserved(action: Action): Action {
  if (
    action.Type === 'authenticate-oidc' &&
    action.AuthenticateOidcConfig &&
    !action.AuthenticateOidcConfig.ClientSecret
  ) {
    return { ...action, AuthenticateOidcConfig: { ...action.AuthenticateOidcConfig, UseExistingClientSecret: true } };
  }
  return action;
}
