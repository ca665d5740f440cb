/**
 * Jest's node environment, plus a place for what one jest worker keeps from one test file to the next.
 *
 * Jest gives every test file a fresh module registry, so a server a file starts dies with the file unless
 * something outside the registry holds it. This module is loaded once per worker process (outside the files'
 * sandboxes), so its state lives as long as the worker: test/support/moto.ts keeps one moto per worker here
 * and resets it between files instead of starting one per file. Each file reaches it as `globalThis.__workerKeep`
 * (the `WorkerKeep` type in test/support/worker-keep.ts).
 */
import { TestEnvironment } from 'jest-environment-node';

/** Values kept for the life of this worker process, by key. */
const kept = new Map();
/** Processes that must not outlive this worker. */
const pids = new Set();

// 'exit' runs however the worker ends normally (jest ends its workers with process.exit). A worker killed outright
// skips it: the servers themselves exit when their stdin (a pipe from this process) closes.
process.once('exit', () => {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

export default class WorkerKeepEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const fileEnds = (this.fileEnds = []);
    this.global.__workerKeep = {
      kept,
      killOnExit: (pid) => pids.add(pid),
      forget: (pid) => pids.delete(pid),
      onFileEnd: (fn) => fileEnds.push(fn),
    };
  }

  async teardown() {
    // What a file borrowed goes back even when its afterAll never ran (a failed beforeAll, a timeout).
    for (const fn of this.fileEnds.splice(0).reverse())
      await Promise.resolve()
        .then(fn)
        .catch((err) => console.error('worker keep: giving back failed', err));
    await super.teardown();
  }
}
