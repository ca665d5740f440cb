/** Running builder processes, behind one function type so tests can hand in a recorder instead of mocking modules. */
import type { BuilderCommand } from './builder-command.js';

export interface CommandOptions {
  /** Extra environment (build secrets travel here, never in argv). */
  env?: Record<string, string>;
  /** Written to standard input (the registry password). */
  input?: string;
  /** Keep the output out of the log (login chatter). */
  silent?: boolean;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs one command to completion; never throws for a non-zero exit, the caller decides what that means. */
export type CommandRunner = (command: BuilderCommand, options?: CommandOptions) => Promise<CommandResult>;

/** The real runner: `@actions/exec`, which streams output into the job log as it comes. */
export function execCommandRunner(): CommandRunner {
  return async (command, options = {}) => {
    // @actions/exec is ESM-only; loading it here keeps it out of every module that only builds argv.
    const { getExecOutput } = await import('@actions/exec');
    const result = await getExecOutput(command.tool, command.args, {
      ignoreReturnCode: true,
      silent: options.silent ?? false,
      input: options.input === undefined ? undefined : Buffer.from(options.input),
      env: options.env ? ({ ...process.env, ...options.env } as Record<string, string>) : undefined,
    });
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  };
}

/** The last lines of a failed command's output, for the error message. */
export function outputTail(result: CommandResult, lines = 5): string {
  return (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-lines).join('\n');
}
