/**
 * The pure judgement of a canary's ALB metrics against the stable version's over the same window, with statistics
 * rather than fixed allowances: every error counts (the targets' 5xx, the load balancer's failed connections to the
 * group, and the load balancer's own 5xx no group explains, against the canary), the error rates are compared with
 * Fisher's exact test, and latency with the Mann-Whitney U test over per-minute averages. A canary fails only when it
 * is worse with the confidence asked for AND by more than the tolerance; with fewer requests than the minimum sample
 * the verdict is "inconclusive", never a pass.
 */
import type { MetricPolicy } from './metric-policy.js';
import { binomialAtLeast, fisherGreater, mannWhitneyGreater, median } from './statistics.js';

/** One target group's numbers over the window; undefined where CloudWatch had nothing. */
export interface GroupStats {
  requests?: number;
  /** HTTPCode_Target_5XX_Count; ALB publishes it only when non-zero, so absent with requests means 0. */
  errors5xx?: number;
  /** TargetConnectionErrorCount: requests the load balancer could not hand to the group's targets (it answered 502). */
  connectionErrors?: number;
  /** The load balancer's own 5xx (HTTPCode_ELB_5XX_Count has no TargetGroup dimension) that no group's connection
   * errors explain: counted against the canary, the worst case, so a canary timing out (ELB 504) cannot hide. */
  unattributed5xx?: number;
  /** Per-minute averages of TargetResponseTime in ms, for the rank test. */
  latencySeries?: number[];
  /** TargetResponseTime p95 in ms, or 'unavailable' when the percentile could not be read. */
  p95Ms?: number | 'unavailable';
}

export { DEFAULT_METRIC_POLICY, type MetricPolicy } from './metric-policy.js';

export type MetricOutcome = 'pass' | 'fail' | 'inconclusive';

export interface MetricVerdict {
  verdict: MetricOutcome;
  errorRate: { outcome: MetricOutcome; reason: string; canary?: number; stable?: number; pValue?: number };
  latency: { outcome: MetricOutcome | 'off'; reason: string; canaryMs?: number; stableMs?: number };
}

/** Judges canary against stable under a policy; fail wins over inconclusive, which wins over pass. */
export function judgeMetrics(canary: GroupStats, stable: GroupStats, policy: MetricPolicy): MetricVerdict {
  const errorRate = judgeErrorRate(canary, stable, policy);
  const latency = policy.compareLatency
    ? judgeLatency(canary, stable, policy)
    : { outcome: 'off' as const, reason: 'latency comparison is off' };
  const outcomes = [errorRate.outcome, latency.outcome];
  const verdict: MetricOutcome = outcomes.includes('fail')
    ? 'fail'
    : outcomes.includes('inconclusive')
      ? 'inconclusive'
      : 'pass';
  return { verdict, errorRate, latency };
}

/** Every error a group's requests met, and the requests (at least as many as the errors). */
export function errorCounts(group: GroupStats): { errors: number; requests: number } {
  const errors = (group.errors5xx ?? 0) + (group.connectionErrors ?? 0) + (group.unattributed5xx ?? 0);
  return { errors, requests: Math.max(group.requests ?? 0, errors) };
}

function judgeErrorRate(canary: GroupStats, stable: GroupStats, policy: MetricPolicy): MetricVerdict['errorRate'] {
  const c = errorCounts(canary);
  const s = errorCounts(stable);
  const alpha = 1 - policy.confidence;
  if (c.requests < policy.minRequests)
    return {
      outcome: 'inconclusive',
      reason: `the canary served ${c.requests} requests, fewer than the ${policy.minRequests} needed to judge`,
    };
  const canaryRate = c.errors / c.requests;
  const counted = `errors ${c.errors}/${c.requests} (${percent(canaryRate)}${breakdown(canary)})`;
  const tolerance = `tolerance +${percent(policy.max5xxRateIncrease)}, confidence ${percent(policy.confidence)}`;
  if (s.requests < policy.minRequests) {
    // No stable baseline (at 100%, or a stable group with too little traffic): the canary's rate against the tolerance
    // alone.
    const pValue = binomialAtLeast(c.errors, c.requests, policy.max5xxRateIncrease);
    const outcome = pValue < alpha ? 'fail' : 'pass';
    return {
      outcome,
      reason: `${counted} against no stable baseline (${s.requests} requests): binomial p=${pValue.toPrecision(2)}${outcome === 'fail' ? ` < ${alpha.toPrecision(2)}` : ''}; ${tolerance}`,
      canary: canaryRate,
      pValue,
    };
  }
  const stableRate = s.errors / s.requests;
  const pValue = fisherGreater(c.errors, c.requests, s.errors, s.requests);
  const over = canaryRate - stableRate > policy.max5xxRateIncrease + 1e-12;
  const outcome = pValue < alpha && over ? 'fail' : 'pass';
  const why =
    pValue >= alpha
      ? 'not significant'
      : over
        ? 'significant and over the tolerance'
        : 'significant but within the tolerance';
  return {
    outcome,
    reason: `${counted} against stable ${s.errors}/${s.requests} (${percent(stableRate)}): Fisher p=${pValue.toPrecision(2)}, ${why}; ${tolerance}`,
    canary: canaryRate,
    stable: stableRate,
    pValue,
  };
}

function breakdown(group: GroupStats): string {
  const parts = [
    group.connectionErrors ? `${group.connectionErrors} connection errors` : '',
    group.unattributed5xx ? `${group.unattributed5xx} load balancer 5xx` : '',
  ].filter(Boolean);
  return parts.length ? `; ${parts.join(', ')} included` : '';
}

function judgeLatency(canary: GroupStats, stable: GroupStats, policy: MetricPolicy): MetricVerdict['latency'] {
  if ((canary.requests ?? 0) < policy.minRequests)
    return { outcome: 'inconclusive', reason: 'too few canary requests to judge p95 latency' };
  const ranked = rankLatency(canary.latencySeries ?? [], stable.latencySeries ?? [], policy);
  if (ranked) return ranked;
  if (canary.p95Ms === 'unavailable' || stable.p95Ms === 'unavailable')
    return { outcome: 'inconclusive', reason: 'p95 latency could not be read from CloudWatch' };
  if (canary.p95Ms === undefined) return { outcome: 'inconclusive', reason: 'no p95 latency data for the canary' };
  if (stable.p95Ms === undefined || (stable.requests ?? 0) < policy.minRequests) {
    return {
      outcome: 'inconclusive',
      reason: `no stable p95 to compare the canary's ${ms(canary.p95Ms)} with`,
      canaryMs: canary.p95Ms,
    };
  }
  const limit = Math.max(stable.p95Ms * policy.maxLatencyRatio, stable.p95Ms + policy.latencySlackMs);
  const reason = `p95 ${ms(canary.p95Ms)} against stable ${ms(stable.p95Ms)}, limit ${ms(limit)}`;
  return { outcome: canary.p95Ms > limit ? 'fail' : 'pass', reason, canaryMs: canary.p95Ms, stableMs: stable.p95Ms };
}

/** Mann-Whitney over per-minute averages, once each side has enough of them; undefined to fall back to the p95. */
function rankLatency(
  canary: readonly number[],
  stable: readonly number[],
  policy: MetricPolicy,
): MetricVerdict['latency'] | undefined {
  if (canary.length < policy.minLatencyPeriods || stable.length < policy.minLatencyPeriods) return undefined;
  const [c, s] = [median(canary)!, median(stable)!];
  const limit = Math.max(s * policy.maxLatencyRatio, s + policy.latencySlackMs);
  const pValue = mannWhitneyGreater(canary, stable);
  const alpha = 1 - policy.confidence;
  const outcome = pValue < alpha && c > limit ? 'fail' : 'pass';
  return {
    outcome,
    reason: `per-minute latency median ${ms(c)} against stable ${ms(s)} (${canary.length}/${stable.length} minutes), limit ${ms(limit)}: Mann-Whitney p=${pValue.toPrecision(2)}`,
    canaryMs: c,
    stableMs: s,
  };
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(fraction < 0.1 ? 2 : 1).replace(/\.?0+$/, '')}%`;
}

function ms(value: number): string {
  return `${Math.round(value)}ms`;
}
