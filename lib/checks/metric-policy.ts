/**
 * What the metrics check tolerates: the bake's inputs fill it in, metrics-verdict.ts judges by it. Apart from the
 * verdict so that reading inputs does not load the statistics.
 */
export interface MetricPolicy {
  /** The canary needs at least this many requests in the window before anything is judged (the minimum sample). */
  minRequests: number;
  /**
   * The tolerance: a rise of the canary's error rate over the stable one that never fails, as a fraction (0.01 = one
   * point).
   */
  max5xxRateIncrease: number;
  /**
   * How sure a failing verdict must be: 0.99 fails only when chance would explain the difference under 1% of the time
   * (each round tests again; bench/judge.ts shows 95% aborting up to a fifth of good canaries).
   */
  confidence: number;
  /** Per-minute latency averages needed on each side for the rank test; with fewer, the window's p95 is compared. */
  minLatencyPeriods: number;
  /** Compare p95 latency at all; when on, a missing p95 keeps the verdict inconclusive. */
  compareLatency: boolean;
  /** The canary's p95 may be at most this many times the stable p95… */
  maxLatencyRatio: number;
  /** …and a difference under this many ms never fails (tiny services jitter). */
  latencySlackMs: number;
}

export const DEFAULT_METRIC_POLICY: MetricPolicy = {
  minRequests: 50,
  max5xxRateIncrease: 0.01,
  confidence: 0.99,
  minLatencyPeriods: 5,
  compareLatency: true,
  maxLatencyRatio: 1.5,
  latencySlackMs: 50,
};
