/**
 * judge: the canary metrics judge (lib/checks/metrics-verdict.ts: Fisher's exact test at a confidence, over a
 * tolerance) side by side with the fixed-allowance check it replaced (canary 5xx rate > stable rate + allowance, after
 * 50 requests), on simulated canaries. A bake at 10% weight for 10 minutes, one round every 30 s over the window since
 * the step began (as the driver judges), at realistic request rates; the canary's error rate is 1×, 1.5×, 2× and 5×
 * stable's. Counts per round are drawn from a seeded generator (Poisson), so every run prints the same numbers.
 * Power: the share of seeds where a bad canary is aborted, and after how many rounds; false aborts: the share of seeds
 * where a canary exactly like stable (1×) is aborted.
 *
 * Run: node --import ./scripts/register-ts.mjs bench/judge.ts [seeds]   (or: bash bench/run.sh judge)
 */
import { DEFAULT_METRIC_POLICY, judgeMetrics, type MetricPolicy } from '../lib/checks/metrics-verdict.js';

const SEEDS = Number(process.argv[2] ?? 400);
const ROUNDS = 20; // 10 minutes at one round every 30 s
const WEIGHT = 0.1;
const MULTIPLIERS = [1, 1.5, 2, 5];
const SCENARIOS = [
  { name: 'low traffic', rps: 5, stableRate: 0.01 },
  { name: 'busy', rps: 50, stableRate: 0.005 },
  { name: 'busy, noisy', rps: 50, stableRate: 0.03 },
];
const TOLERANCES = [0.01, 0.0025];

type Judge = (
  c: { requests: number; errors: number },
  s: { requests: number; errors: number },
  tolerance: number,
) => boolean;

/** Today's check before this change: a fixed allowance over stable's rate, after 50 canary requests. */
const fixedAllowance: Judge = (c, s, allowance) =>
  c.requests >= 50 && c.errors / c.requests > (s.requests >= 50 ? s.errors / s.requests : 0) + allowance + 1e-12;
const statistical =
  (confidence: number): Judge =>
  (c, s, tolerance) => {
    const policy: MetricPolicy = {
      ...DEFAULT_METRIC_POLICY,
      compareLatency: false,
      max5xxRateIncrease: tolerance,
      confidence,
    };
    return (
      judgeMetrics({ requests: c.requests, errors5xx: c.errors }, { requests: s.requests, errors5xx: s.errors }, policy)
        .verdict === 'fail'
    );
  };

// mulberry32: small, seeded, good enough for a simulation.
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(lambda: number, random: () => number): number {
  if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(random)));
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

/** The round a judge first aborts at, or undefined when the bake passes. */
function roundsUntilAbort(
  judge: Judge,
  tolerance: number,
  rps: number,
  stableRate: number,
  multiplier: number,
  seed: number,
): number | undefined {
  const random = generator(seed);
  const canary = { requests: 0, errors: 0 };
  const stable = { requests: 0, errors: 0 };
  for (let round = 1; round <= ROUNDS; round++) {
    const c = poisson(rps * 30 * WEIGHT, random);
    const s = poisson(rps * 30 * (1 - WEIGHT), random);
    canary.requests += c;
    canary.errors += Math.min(c, poisson(c * stableRate * multiplier, random));
    stable.requests += s;
    stable.errors += Math.min(s, poisson(s * stableRate, random));
    if (judge(canary, stable, tolerance)) return round;
  }
  return undefined;
}

const rows: string[][] = [];
for (const { name, rps, stableRate } of SCENARIOS) {
  for (const tolerance of TOLERANCES) {
    for (const [judgeName, judge] of [
      ['fixed allowance', fixedAllowance],
      ['statistical, 95%', statistical(0.95)],
      ['statistical, 99%', statistical(0.99)],
    ] as const) {
      const cells = MULTIPLIERS.map((m) => {
        const rounds = Array.from({ length: SEEDS }, (_, seed) =>
          roundsUntilAbort(judge, tolerance, rps, stableRate, m, seed * 7919 + m * 101),
        ).filter((r): r is number => r !== undefined);
        const share = `${((100 * rounds.length) / SEEDS).toFixed(1)}%`;
        const mean = rounds.length ? ` @${(rounds.reduce((a, b) => a + b, 0) / rounds.length).toFixed(1)}` : '';
        return share + mean;
      });
      rows.push([
        `${name} (${rps} req/s, stable ${(stableRate * 100).toFixed(1)}%)`,
        `+${(tolerance * 100).toFixed(2)} pt`,
        judgeName,
        ...cells,
      ]);
    }
  }
}
const header = [
  'traffic',
  'tolerance',
  'judge',
  ...MULTIPLIERS.map((m) => (m === 1 ? '1× (false aborts)' : `${m}× (aborted @mean round)`)),
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(
  `judge: ${SEEDS} seeds per cell; 10% canary weight; ${ROUNDS} rounds of 30 s (10 min); share of bakes aborted, and the mean round of the abort`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(line(row));
