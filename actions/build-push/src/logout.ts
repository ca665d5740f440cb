/** Logging the builder out of the registry main logged in to. Safe to run twice; says why it skips. */
import type { ActionIO } from '../../../lib/core/io.js';
import { type BuilderKind, BUILDERS, logoutCommand } from '../../../lib/image/builder-command.js';
import { type CommandRunner, outputTail } from '../../../lib/image/command-runner.js';

/** State names main saves before logging in, so this step knows what to log out of. */
export const STATE = { registry: 'login-registry', builder: 'login-builder' } as const;

export async function logout(io: ActionIO, runCommand: CommandRunner): Promise<void> {
  const registry = io.getState(STATE.registry);
  const builder = io.getState(STATE.builder) as BuilderKind;
  if (!registry || !(BUILDERS as readonly string[]).includes(builder)) {
    io.info(
      'Nothing to log out of: the main step did not log in (it reused or promoted an image, or stopped before pushing).',
    );
    return;
  }
  const result = await runCommand(logoutCommand(builder, registry), { silent: true });
  if (result.exitCode === 0) {
    io.info(`Logged ${builder} out of ${registry}.`);
  } else if (/not logged in|not found/i.test(result.stderr + result.stdout)) {
    io.info(`Already logged out of ${registry}.`);
  } else {
    // A failed logout leaves a 12-hour token in the runner's credential store: worth a warning, not a failed job.
    io.warning(`Could not log ${builder} out of ${registry}: ${outputTail(result)}`);
  }
}
