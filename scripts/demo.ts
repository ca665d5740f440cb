/**
 * `npm run demo`: the staging pipeline (.github/workflows/deploy.yml) for the example service, run twice
 * on a local testbed it starts and stops itself. Needs `npm run setup` once.
 */
import { runDemo } from './demo/run.js';

try {
  await runDemo();
  console.log('\ndemo: passed');
} catch (err) {
  console.error(`\ndemo: FAILED: ${(err as Error).message}`);
  process.exitCode = 1;
}
