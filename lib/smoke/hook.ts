/**
 * The team's own smoke script as a check: a shell command run with the URLs and the current weight in its
 * environment. Exit 0 passes; anything else, a timeout, or a command that cannot start fails. It runs in its
 * own process group so a timeout stops the script's children too (a hanging curl must not outlive the check).
 */
import { spawn } from 'node:child_process';

import { formatDuration } from '../core/duration.js';
import { CancelledError } from '../core/errors.js';

/** What the script learns about the bake, as BAKE_* variables. */
export interface HookContext {
  canaryUrl?: string;
  /**
   * The header a canary request must carry to reach the canary (the test route's), as BAKE_CANARY_HEADER "name: value".
   */
  canaryHeader?: Record<string, string>;
  productionUrl?: string;
  /** Percent of production traffic on the new version now. */
  weight: number;
  /** 1-based step and round, for the script's own logs. */
  step?: number;
  round?: number;
}

export interface HookResult {
  ok: boolean;
  exitCode?: number;
  durationMs: number;
  reason: string;
  /** The last lines the script printed (stdout and stderr together). */
  outputTail: string;
}

export interface HookOptions {
  timeoutMs: number;
  cwd?: string;
  /** The environment the command starts from (the runner's own by default); BAKE_* are added on top. */
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onLine?: (line: string) => void;
  /** After a timeout, SIGTERM, then SIGKILL after this long (default 2s). */
  killGraceMs?: number;
}

const TAIL_CHARS = 4000;

/** The BAKE_* variables the command sees. */
export function hookEnvironment(context: HookContext): Record<string, string> {
  const env: Record<string, string> = { BAKE_WEIGHT: String(context.weight) };
  if (context.canaryUrl) env.BAKE_CANARY_URL = context.canaryUrl;
  for (const [name, value] of Object.entries(context.canaryHeader ?? {})) env.BAKE_CANARY_HEADER = `${name}: ${value}`;
  if (context.productionUrl) env.BAKE_PRODUCTION_URL = context.productionUrl;
  if (context.step !== undefined) env.BAKE_STEP = String(context.step);
  if (context.round !== undefined) env.BAKE_ROUND = String(context.round);
  return env;
}

/** Runs `command` with bash; resolves with pass or fail, rejects only with CancelledError when the signal aborts. */
export function runSmokeHook(command: string, context: HookContext, options: HookOptions): Promise<HookResult> {
  const started = performance.now();
  const env = { ...(options.env ?? process.env), ...hookEnvironment(context) };
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(options.signal.reason ?? new CancelledError());
    const child = spawn('bash', ['-c', command], {
      cwd: options.cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    let partial = '';
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-TAIL_CHARS);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) options.onLine?.(line);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const stop = () => {
      killGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), options.killGraceMs ?? 2000);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = () => stop();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let finished = false;
    const finish = (result: Omit<HookResult, 'durationMs' | 'outputTail'>) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      if (partial) options.onLine?.(partial);
      if (options.signal?.aborted) return reject(options.signal.reason ?? new CancelledError());
      resolve({ ...result, durationMs: Math.round(performance.now() - started), outputTail: tail });
    };
    child.on('error', (err) => finish({ ok: false, reason: `could not start bash: ${err.message}` }));
    let exit: { code: number | null; signal: NodeJS.Signals | null } = { code: null, signal: null };
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // A background child of the script may still hold the output pipes; leave nothing behind.
      killGroup(child.pid, 'SIGKILL');
    });
    child.on('close', () => {
      const { code, signal } = exit;
      if (timedOut)
        return finish({ ok: false, reason: `did not finish within the ${formatDuration(options.timeoutMs)} timeout` });
      if (code === 0) return finish({ ok: true, exitCode: 0, reason: 'exit 0' });
      finish({
        ok: false,
        exitCode: code ?? undefined,
        reason: code === null ? `killed by ${signal}` : `exit ${code}`,
      });
    });
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
