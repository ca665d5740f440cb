/** Running builder processes, behind one function type so tests can hand in a recorder instead of mocking modules. */
import { type CommandResult, definedEnv, execCommand } from '../core/command.js';
import type { BuilderCommand } from './builder-command.js';

export type { CommandResult };

export interface CommandOptions {
  /** Extra environment (build secrets travel here, never in argv). */
  env?: Record<string, string>;
  /** Written to standard input (the registry password). */
  input?: string;
  /** Keep the output out of the log (login chatter). */
  silent?: boolean;
}

/** Runs one command to completion; never throws for a non-zero exit, the caller decides what that means. */
export type CommandRunner = (command: BuilderCommand, options?: CommandOptions) => Promise<CommandResult>;

/** The real runner: the shared `execCommand`, streaming the builder's output into the job log as it comes. */
export function execCommandRunner(): CommandRunner {
  return (command, options = {}) =>
    execCommand(command.tool, command.args, {
      silent: options.silent ?? false,
      input: options.input,
      env: options.env ? definedEnv(process.env, options.env) : undefined,
    });
}

/** The last lines of a failed command's output, for the error message. */
export function outputTail(result: CommandResult, lines = 5): string {
  return (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-lines).join('\n');
}
