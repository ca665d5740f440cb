/**
 * Runs a bundled action entry the way the runner does: `node actions/<name>/dist/main/index.js` with
 * INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, then reads them back.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parseCommandFile } from '../../lib/core/action-entry.js';

export interface DistRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** `::error::` / `::warning::` lines, as the runner would turn them into annotations. */
  annotations: string[];
  /** The state file's content, to hand to a post entry. */
  stateFile: string;
}

export interface DistRunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  entry?: 'main' | 'post';
  /** GITHUB_STATE content from an earlier main run, for post entries. */
  state?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
  signalAfterMs?: { signal: NodeJS.Signals; ms: number };
  /** Sends `signal` once `probe` (polled every 100 ms while the entry runs) resolves true. */
  signalWhen?: { signal: NodeJS.Signals; probe: () => Promise<boolean> };
}

export const REPO_ROOT = new URL('../..', import.meta.url).pathname;

export { parseCommandFile };

/** Runs `actions/<action>/dist/<entry>/index.js` as a child process and collects what it wrote. */
export async function runDist(action: string, options: DistRunOptions = {}): Promise<DistRun> {
  const dir = mkdtempSync(join(tmpdir(), `run-${action}-`));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), state: join(dir, 'state') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.state, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/rides',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_WORKSPACE: options.cwd ?? REPO_ROOT,
    GITHUB_EVENT_NAME: 'push',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // V8's code cache for the bundle and what it starts (npx, the Prisma CLI), when scripts/test.sh set one: the
    // same code, compiled once per run instead of once per action run.
    ...(process.env.NODE_COMPILE_CACHE ? { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE } : {}),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  const script = join(REPO_ROOT, 'actions', action, 'dist', options.entry ?? 'main', 'index.js');
  const child = spawn(process.execPath, [script], {
    cwd: options.cwd ?? REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const signalTimer = options.signalAfterMs
    ? setTimeout(() => child.kill(options.signalAfterMs!.signal), options.signalAfterMs.ms)
    : undefined;
  let probing = !!options.signalWhen;
  const probeLoop = (async () => {
    while (probing) {
      if (await options.signalWhen!.probe().catch(() => false)) {
        child.kill(options.signalWhen!.signal);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  probing = false;
  await probeLoop;
  clearTimeout(timeout);
  if (signalTimer) clearTimeout(signalTimer);
  const stateFile = readFileSync(files.state, 'utf8');
  const run: DistRun = {
    exitCode,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    state: parseCommandFile(stateFile),
    summary: readFileSync(files.summary, 'utf8'),
    annotations: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
    stateFile,
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}

/**
 * What the runner would show of an action's stdout: each `::add-mask::` line registers a value (GitHub masks
 * exact matches only), and every later line shows each registered value as ***. Command lines stay hidden.
 */
export function runnerView(stdout: string): string {
  const masks: string[] = [];
  const shown: string[] = [];
  for (const line of stdout.split('\n')) {
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) {
      const value = mask[1].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
      if (value) masks.push(value);
      masks.sort((a, b) => b.length - a.length);
      continue;
    }
    shown.push(masks.reduce((text, value) => text.split(value).join('***'), line));
  }
  return shown.join('\n');
}
