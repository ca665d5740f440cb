/**
 * Runs another action of this repository as the runner runs a step: `node <action>/dist/main/index.js` with
 * INPUT_* variables and its own GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, then its post entry
 * (when it has one and saved state), and reads back what it wrote. The runner downloads the whole repository for
 * any one of its actions, so the siblings of a bundle are there at the same commit.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface EntryRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  /** The `::error::` lines it wrote (their text). */
  errors: string[];
}

export interface EntryOptions {
  /** The folder holding every action (`actions/`). */
  actionsDir: string;
  action: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  cwd: string;
  /** Each line it prints (workflow commands included), as it comes. */
  onLine: (line: string) => void;
  signal?: AbortSignal;
}

/** Parses the runner's `name<<delimiter` file format (and plain `name=value` lines). */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]);
      values[heredoc[1]] = body.join('\n');
    } else if (lines[i].includes('=')) {
      values[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return values;
}

/** The environment a step gets: the job's, without this step's own inputs and command files. */
function stepEnv(base: NodeJS.ProcessEnv, extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (
      value === undefined ||
      key.startsWith('INPUT_') ||
      key.startsWith('STATE_') ||
      ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].includes(key)
    )
      continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs the action's main entry, then its post entry when it saved state; never throws for a failing step. */
export async function runActionEntry(options: EntryOptions): Promise<EntryRun> {
  const script = (entry: string) => join(options.actionsDir, options.action, 'dist', entry, 'index.js');
  if (!existsSync(script('main'))) throw new Error(`actions/${options.action} has no bundle at ${script('main')}`);
  const dir = mkdtempSync(join(tmpdir(), `step-${options.action}-`));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  try {
    const inputs = Object.fromEntries(
      Object.entries(options.inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
    );
    const env = stepEnv(process.env, { ...options.env, ...inputs, ...files });
    const errors: string[] = [];
    const onLine = (line: string) => {
      if (line.startsWith('::error')) errors.push(line.replace(/^::error[^:]*::/, ''));
      options.onLine(line);
    };
    const exitCode = await runNode(script('main'), env, options.cwd, onLine, options.signal);
    const state = parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8'));
    if (existsSync(script('post')) && Object.keys(state).length > 0) {
      const postEnv = { ...env, ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])) };
      await runNode(script('post'), postEnv, options.cwd, onLine);
    }
    return {
      exitCode,
      outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      errors,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One node process; a cancel is passed on as SIGINT (the runner's first signal), so the step can restore. */
function runNode(
  script: string,
  env: Record<string, string>,
  cwd: string,
  onLine: (line: string) => void,
  signal?: AbortSignal,
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const onAbort = () => child.kill('SIGINT');
    signal?.addEventListener('abort', onAbort, { once: true });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) onLine(line);
      });
      stream.on('end', () => rest && onLine(rest));
    }
    child.on('close', (code) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(code ?? 1);
    });
  });
}
