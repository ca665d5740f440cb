/**
 * What a jest worker keeps from one test file to the next (test/support/jest-environment.mjs provides it). Outside
 * jest (the demo, the benches) there is none, and each server lives and dies with its caller.
 */
export interface WorkerKeep {
  /** Values kept for the life of the worker process, by key. */
  kept: Map<string, unknown>;
  /** Kills `pid` when the worker exits. */
  killOnExit(pid: number): void;
  forget(pid: number): void;
  /** Runs `fn` when the current test file ends, after its afterAll hooks. */
  onFileEnd(fn: () => void | Promise<void>): void;
}

/** The current jest worker's keep, or undefined outside jest's test environment. */
export function workerKeep(): WorkerKeep | undefined {
  return (globalThis as { __workerKeep?: WorkerKeep }).__workerKeep;
}
