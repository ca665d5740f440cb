/**
 * `npm run demo`: the staging pipeline (.github/workflows/deploy.yml) for the example service, run three times
 * on a local testbed it starts and stops itself. Needs `npm run setup` once.
 */
import { runDemo } from './demo/run.js';

// The actions run on the runner's node24; the SDK's notice about Node 20 is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

try {
  await runDemo();
  console.log('\ndemo: passed');
} catch (err) {
  console.error(`\ndemo: FAILED: ${(err as Error).message}`);
  process.exitCode = 1;
}
