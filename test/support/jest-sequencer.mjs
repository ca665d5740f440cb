/**
 * The order test files start in. With several workers the run ends when the last file ends, so the longest files
 * must start first. Jest orders by the durations it cached from an earlier run; a fresh clone has none, and jest
 * then orders by file size, which starts the end-to-end demo (a small file, the longest run) near the end. So a
 * file without a cached duration gets an estimate: end-to-end files before scenario files before unit files,
 * larger before smaller, and the files known to run longest first of all.
 */
import Sequencer from '@jest/test-sequencer';

/**
 * Files that run far longer than their size says, longest first (as measured on two cores): the demo re-runs the
 * whole staging and production story; migrate-local runs the real Prisma CLI some twenty times; the bakes and
 * rollouts wait on compressed but real bake times and wait-timeouts. Files not named here follow by size.
 */
const LONGEST = [
  'test/e2e/demo.test.ts',
  'test/e2e/migrate-local.test.ts',
  'test/e2e/bake-and-promote-alb.test.ts',
  'test/e2e/bake-and-promote-codedeploy.test.ts',
  'test/e2e/bake-and-promote-native.test.ts',
  'test/e2e/deploy-ecs.test.ts',
  'test/e2e/rollback.test.ts',
];
/** A guess at how long a file of each project runs, in ms, before jest has timed it. */
const PER_PROJECT_MS = { e2e: 30_000, scenario: 2_000, unit: 1_000 };

export default class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const estimate = (test) => {
      const cached = this.time(test);
      if (cached != null) return cached;
      const longest = LONGEST.findIndex((file) => test.path.endsWith(file));
      if (longest >= 0) return 3_600_000 - longest;
      const project = test.context.config.displayName?.name;
      const size = test.context.hasteFS.getSize(test.path) ?? 0;
      return (PER_PROJECT_MS[project] ?? 1_000) + size / 100;
    };
    const failedFirst = (test) => (this.hasFailed(test) ? 1 : 0);
    const keyed = tests.map((test) => ({ test, failed: failedFirst(test), ms: estimate(test) }));
    keyed.sort((a, b) => b.failed - a.failed || b.ms - a.ms);
    return keyed.map(({ test }) => test);
  }
}
