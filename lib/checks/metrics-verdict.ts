/**
 * The pure judgement of a canary's ALB metrics against the stable version's over the same window: 5xx rate and
 * p95 latency, with a minimum request count. Too little data is "inconclusive", never a pass; a comparison that
 * could not be made (p95 unavailable) is reported and keeps the verdict from passing.
 */

/** One target group's numbers over the window; undefined where CloudWatch had nothing. */
export interface GroupStats {
  requests?: number;
  /** HTTPCode_Target_5XX_Count; ALB publishes it only when non-zero, so absent with requests means 0. */
  errors5xx?: number;
  /** TargetResponseTime p95 in ms, or 'unavailable' when the percentile could not be read. */
  p95Ms?: number | 'unavailable';
}

export interface MetricPolicy {
  /** The canary needs at least this many requests in the window before anything is judged. */
  minRequests: number;
  /** Allowed rise of the canary's 5xx rate over the stable one, as a fraction (0.01 = one percentage point). */
  max5xxRateIncrease: number;
  /** Compare p95 latency at all; when on, a missing p95 keeps the verdict inconclusive. */
  compareLatency: boolean;
  /** The canary's p95 may be at most this many times the stable p95… */
  maxLatencyRatio: number;
  /** …and a difference under this many ms never fails (tiny services jitter). */
  latencySlackMs: number;
}

export const DEFAULT_METRIC_POLICY: MetricPolicy = { minRequests: 50, max5xxRateIncrease: 0.01, compareLatency: true, maxLatencyRatio: 1.5, latencySlackMs: 50 };

export type MetricOutcome = 'pass' | 'fail' | 'inconclusive';

export interface MetricVerdict {
  verdict: MetricOutcome;
  errorRate: { outcome: MetricOutcome; reason: string; canary?: number; stable?: number };
  latency: { outcome: MetricOutcome | 'off'; reason: string; canaryMs?: number; stableMs?: number };
}

/** Judges canary against stable under a policy; fail wins over inconclusive, which wins over pass. */
export function judgeMetrics(canary: GroupStats, stable: GroupStats, policy: MetricPolicy): MetricVerdict {
  const errorRate = judgeErrorRate(canary, stable, policy);
  const latency = policy.compareLatency ? judgeLatency(canary, stable, policy) : { outcome: 'off' as const, reason: 'latency comparison is off' };
  const outcomes = [errorRate.outcome, latency.outcome];
  const verdict: MetricOutcome = outcomes.includes('fail') ? 'fail' : outcomes.includes('inconclusive') ? 'inconclusive' : 'pass';
  return { verdict, errorRate, latency };
}

function judgeErrorRate(canary: GroupStats, stable: GroupStats, policy: MetricPolicy): MetricVerdict['errorRate'] {
  const requests = canary.requests ?? 0;
  if (requests < policy.minRequests) return { outcome: 'inconclusive', reason: `the canary served ${requests} requests, fewer than the ${policy.minRequests} needed to judge` };
  const canaryRate = (canary.errors5xx ?? 0) / requests;
  const stableEnough = (stable.requests ?? 0) >= policy.minRequests;
  // Without a stable baseline (e.g. at 100%), the canary is held to an error rate of zero plus the allowance.
  const stableRate = stableEnough ? (stable.errors5xx ?? 0) / stable.requests! : 0;
  const base = stableEnough ? `stable ${percent(stableRate)}` : `no stable baseline (${stable.requests ?? 0} requests), so 0%`;
  const reason = `5xx rate ${percent(canaryRate)} (${canary.errors5xx ?? 0}/${requests}) against ${base}, allowed +${percent(policy.max5xxRateIncrease)}`;
  const outcome = canaryRate > stableRate + policy.max5xxRateIncrease + 1e-12 ? 'fail' : 'pass';
  return { outcome, reason, canary: canaryRate, stable: stableEnough ? stableRate : undefined };
}

function judgeLatency(canary: GroupStats, stable: GroupStats, policy: MetricPolicy): MetricVerdict['latency'] {
  if ((canary.requests ?? 0) < policy.minRequests) return { outcome: 'inconclusive', reason: 'too few canary requests to judge p95 latency' };
  if (canary.p95Ms === 'unavailable' || stable.p95Ms === 'unavailable') return { outcome: 'inconclusive', reason: 'p95 latency could not be read from CloudWatch' };
  if (canary.p95Ms === undefined) return { outcome: 'inconclusive', reason: 'no p95 latency data for the canary' };
  if (stable.p95Ms === undefined || (stable.requests ?? 0) < policy.minRequests) {
    return { outcome: 'inconclusive', reason: `no stable p95 to compare the canary's ${ms(canary.p95Ms)} with`, canaryMs: canary.p95Ms };
  }
  const limit = Math.max(stable.p95Ms * policy.maxLatencyRatio, stable.p95Ms + policy.latencySlackMs);
  const reason = `p95 ${ms(canary.p95Ms)} against stable ${ms(stable.p95Ms)}, limit ${ms(limit)}`;
  return { outcome: canary.p95Ms > limit ? 'fail' : 'pass', reason, canaryMs: canary.p95Ms, stableMs: stable.p95Ms };
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(fraction < 0.1 ? 2 : 1).replace(/\.?0+$/, '')}%`;
}

function ms(value: number): string {
  return `${Math.round(value)}ms`;
}
