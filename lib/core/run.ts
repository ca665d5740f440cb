/**
 * The run wrapper every entry goes through: one `setFailed` with the action's name in front, and the runner's
 * cancel (SIGINT, then SIGTERM) turned into an abort signal the waits stop on.
 */
import { CancelledError, ConfigurationError, errorMessage } from './errors.js';
import type { ActionIO } from './io.js';

/** What every action's `main` receives: the runner, and a signal that fires when the job is cancelled. */
export interface RunContext {
  io: ActionIO;
  signal: AbortSignal;
}

/**
 * Runs one entry: catches everything, calls `setFailed` exactly once with the action's name in front.
 * The runner cancels a job with SIGINT, then SIGTERM 7.5 s later: both abort the signal so waits stop
 * and the action can say what state it left things in.
 */
export async function runAction(
  actionName: string,
  io: ActionIO,
  main: (ctx: RunContext) => Promise<void>,
): Promise<void> {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (!controller.signal.aborted) io.warning(`${actionName}: received ${sig}: the job is being cancelled`);
    controller.abort(new CancelledError(`job cancelled (${sig})`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await main({ io, signal: controller.signal });
  } catch (err) {
    const prefix = err instanceof ConfigurationError ? `${actionName}: ` : `${actionName} failed: `;
    io.setFailed(prefix + errorMessage(err));
    if (!(err instanceof ConfigurationError) && err instanceof Error && err.stack) io.debug(err.stack);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
