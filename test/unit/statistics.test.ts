// The judge's tests against reference values from SciPy 1.x (fisher_exact, binomtest and mannwhitneyu with
// alternative='greater'; mannwhitneyu with method='asymptotic', the same normal approximation with tie and continuity
// corrections).
import { binomialAtLeast, fisherGreater, mannWhitneyGreater, median } from '../../lib/checks/statistics.js';

const close = (got: number, want: number) => expect(Math.abs(got - want) / Math.max(want, 1e-300)).toBeLessThan(1e-6);

test.each([
  [10, 200, 2, 1000, 6.590051419284671e-7],
  [3, 40, 5, 1000, 0.0025851130470525953],
  [2, 60, 10, 1000, 0.1444591705211077],
  [300, 20_000, 1000, 180_000, 3.1621253039277795e-43],
])('Fisher: %d/%d against %d/%d', (a, n1, b, n2, p) => close(fisherGreater(a, n1, b, n2), p));

test('Fisher: no errors anywhere, or no canary requests, is no evidence', () => {
  expect(fisherGreater(0, 100, 0, 900)).toBe(1);
  expect(fisherGreater(0, 0, 5, 900)).toBe(1);
});

test.each([
  [10, 500, 0.01, 0.031102106648487914],
  [6, 500, 0.01, 0.38403786817854735],
])('binomial: %d of %d at %d', (x, n, p, want) => close(binomialAtLeast(x, n, p), want));

test('binomial: any error against a tolerance of 0 is certain evidence; none is none', () => {
  expect(binomialAtLeast(1, 500, 0)).toBe(0);
  expect(binomialAtLeast(0, 500, 0)).toBe(1);
});

test.each([
  [[300, 310, 290, 305, 320, 298], [100, 105, 98, 102, 99, 101], 0.0025374340489701264],
  [[101, 99, 104, 100, 97, 103], [100, 105, 98, 102, 99, 101], 0.5639433175439393],
  [[1, 2, 2, 3, 5, 8, 8], [1, 1, 2, 2, 3, 3], 0.10614843917823746],
])('Mann-Whitney: %j against %j', (a, b, p) => expect(Math.abs(mannWhitneyGreater(a, b) - p)).toBeLessThan(1e-6));

test('median', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 2, 3])).toBe(2.5);
  expect(median([])).toBeUndefined();
});
