/**
 * The significance tests the canary judge uses, pure and exact where it matters: Fisher's exact test for "the
 * canary's error rate is higher than stable's" (2×2 counts, no large-sample assumption, so 3 errors in 40 requests
 * is judged as fairly as 300 in 4000), a binomial tail for a rate against a fixed bound (no stable baseline, at
 * 100%), and the Mann-Whitney U test for "the canary's latencies sit higher than stable's" (ranks, no assumption
 * about their distribution; Kayenta judges latency the same way).
 */

/** ln(n!) by Lanczos' log-gamma: exact enough for sums of hypergeometric terms up to millions of requests. */
export function logFactorial(n: number): number {
  return logGamma(n + 1);
}

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = 0.99999999999980993;
  const t = z + 7.5;
  LANCZOS.forEach((c, i) => (a += c / (z + i + 1)));
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/**
 * One-sided Fisher's exact test: the probability, with both groups' totals and the total of errors fixed, that the
 * canary gets at least `canaryErrors` of the errors if both versions fail alike. Small means "the canary is worse".
 */
export function fisherGreater(
  canaryErrors: number,
  canaryTotal: number,
  stableErrors: number,
  stableTotal: number,
): number {
  const errors = canaryErrors + stableErrors;
  const total = canaryTotal + stableTotal;
  if (errors === 0 || canaryTotal === 0) return 1;
  const top = Math.min(errors, canaryTotal);
  const logDenominator = logChoose(total, errors);
  let p = 0;
  for (let k = canaryErrors; k <= top; k++) {
    if (errors - k > stableTotal) continue;
    p += Math.exp(logChoose(canaryTotal, k) + logChoose(stableTotal, errors - k) - logDenominator);
  }
  return Math.min(1, p);
}

/** P(X ≥ x) for X ~ Binomial(n, p): how likely `x` or more errors are in `n` requests at an error rate of `p`. */
export function binomialAtLeast(x: number, n: number, p: number): number {
  if (x <= 0) return 1;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let sum = 0;
  for (let k = x; k <= n; k++) {
    const term = Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
    sum += term;
    // The terms fall fast past the mean: stop once they no longer count.
    if (k > n * p && term < sum * 1e-12) break;
  }
  return Math.min(1, sum);
}

/**
 * One-sided Mann-Whitney U test: the probability of ranks at least this high for the canary's values if both samples
 * came from one distribution (normal approximation with the tie correction and a continuity correction; exact
 * enough from 5 values a side, the least the judge uses). Small means "the canary's values are higher".
 */
export function mannWhitneyGreater(canary: readonly number[], stable: readonly number[]): number {
  const n1 = canary.length;
  const n2 = stable.length;
  if (n1 === 0 || n2 === 0) return 1;
  const all = [...canary.map((v) => ({ v, c: true })), ...stable.map((v) => ({ v, c: false }))].sort(
    (a, b) => a.v - b.v,
  );
  let rankSum = 0;
  let ties = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && all[j + 1].v === all[i].v) j++;
    const rank = (i + j + 2) / 2;
    const size = j - i + 1;
    ties += size ** 3 - size;
    for (let k = i; k <= j; k++) if (all[k].c) rankSum += rank;
    i = j + 1;
  }
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const n = n1 + n2;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance <= 0) return 1;
  const z = (u - mean - 0.5) / Math.sqrt(variance);
  return 1 - normalCdf(z);
}

/** The standard normal CDF (Abramowitz and Stegun 7.1.26 through erf, error under 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** The median of a sample (undefined when empty). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
