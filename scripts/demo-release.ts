/**
 * `npm run demo:release`: .github/workflows/release.yml for three services of one repository, three releases
 * (two waves; one service only; a failed bake in wave 2 that rolls wave 1 back) and three refused plans, on a
 * local testbed it starts and stops itself (moto and loopback stand-ins). Needs `npm run setup` once.
 */
import { DemoPrinter } from './demo/printer.js';
import { runReleaseDemo } from './demo/release.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Brief; DEMO_VERBOSE=1 or --verbose prints every input, output and summary in full.
const out = new DemoPrinter((text) => console.log(text));
const print = (text: string) => out.print(text);
try {
  const report = await runReleaseDemo(
    (step) => out.step(step),
    (text) => (text.startsWith('  •') ? print(text) : out.rule(text)),
  );
  const s = (run: { seconds: number }) => `${run.seconds.toFixed(1)} s`;
  print(
    `\nrelease 1 (two waves) ${s(report.first)}, release 2 (one service) ${s(report.second)}, release 3 (failed, rolled back) ${s(report.failing)}; refused plans ${s(report.refused.cycle)}, ${s(report.refused.unknown)}, ${s(report.refused.missingImage)}`,
  );
  console.log('\ndemo:release: passed');
} catch (err) {
  console.error(`\ndemo:release: FAILED: ${(err as Error).message}`);
  process.exitCode = 1;
}
