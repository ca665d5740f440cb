/**
 * Running programs on the runner (builders, the Prisma CLI, git), behind one function type so tests hand in
 * a fake: the ESM-only @actions/exec cannot be module-mocked classically. `execCommand` is the real one.
 * @actions/exec (and @actions/io under it) is loaded on the first command, not at start-up: the bundler makes
 * it a chunk, and a run that fails on its inputs, or never runs a program, never reads it.
 */

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd?: string;
  /** The whole environment of the child (see `definedEnv`); the runner's own when unset. */
  env?: Record<string, string>;
  /** Written to standard input (a registry password, never argv). */
  input?: string;
  /** Keep the output out of the job log (the default); the caller decides what reaches it, e.g. through `onLine`. */
  silent?: boolean;
  /** Called with each line of stdout and stderr as it arrives. */
  onLine?: (line: string) => void;
}

/** Runs one program to completion; never throws for a non-zero exit, the caller decides what that means. */
export type CommandRunner = (command: string, args: string[], options?: CommandOptions) => Promise<CommandResult>;

export const execCommand: CommandRunner = async (command, args, options = {}) => {
  const { exec } = await import('@actions/exec');
  let stdout = '';
  let stderr = '';
  const exitCode = await exec(command, args, {
    cwd: options.cwd,
    env: options.env,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
    silent: options.silent ?? true,
    ignoreReturnCode: true,
    listeners: {
      stdout: (data) => (stdout += data.toString()),
      stderr: (data) => (stderr += data.toString()),
      stdline: (line) => options.onLine?.(line),
      errline: (line) => options.onLine?.(line),
    },
  });
  return { exitCode, stdout, stderr };
};

/** The process environment without undefined values, as child processes take it, with `extra` on top. */
export function definedEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return { ...out, ...extra };
}
