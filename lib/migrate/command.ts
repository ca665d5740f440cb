/**
 * Runs a program on the runner and hands its output back line by line. It is a function type so tests pass
 * a fake (the ESM-only @actions/exec cannot be module-mocked classically); `execCommand` is the real one.
 */
import { exec } from '@actions/exec';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd: string;
  env: Record<string, string>;
  /** Called with each line of stdout and stderr as it arrives. */
  onLine?: (line: string) => void;
}

export type CommandRunner = (command: string, args: string[], options: CommandOptions) => Promise<CommandResult>;

/** The real runner: @actions/exec without its own echo, so the caller decides what reaches the log. */
export const execCommand: CommandRunner = async (command, args, options) => {
  let stdout = '';
  let stderr = '';
  const exitCode = await exec(command, args, {
    cwd: options.cwd,
    env: options.env,
    silent: true,
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

/** The process environment without undefined values, as child processes take it. */
export function definedEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return { ...out, ...extra };
}

/**
 * Splits a command input into words: a JSON array as given, otherwise on whitespace with '…' and "…" quoting.
 * Returns undefined for an unterminated quote.
 */
export function splitCommand(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) && parsed.every((w) => typeof w === 'string') ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (const ch of trimmed) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) return undefined;
  if (inWord) words.push(current);
  return words;
}
