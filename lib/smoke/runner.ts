/**
 * Runs one round of smoke checks against the base URLs in play (the canary-only URL and/or the production URL),
 * all requests at once, each with its own timeout. A request that cannot decide (timeout, refused connection,
 * reset) is a failure with its reason: never a pass.
 */
import { formatDuration } from '../core/duration.js';
import { CancelledError } from '../core/errors.js';
import type { JsonExpectation, SmokeCheck, SmokeFile, SmokeTargetName } from './file.js';
import { valueAt } from './json-path.js';
import { quoteUntrusted } from './untrusted.js';

/** A base URL the checks' paths are joined to. */
export interface SmokeTarget {
  name: SmokeTargetName;
  baseUrl: string;
  /** Sent with every request to this target (the test route's header that takes it to the canary). */
  headers?: Record<string, string>;
}

/** One check against one target in one round. */
export interface SmokeResult {
  check: string;
  /** The check's line in the smoke file, for annotations. */
  line: number;
  /** "canary", "production", or "url" for a check with an absolute URL. */
  target: string;
  url: string;
  ok: boolean;
  status?: number;
  latencyMs: number;
  /** Why it failed, or "200 in 42ms" when it passed. */
  reason: string;
}

export interface RoundOptions {
  /** Aborting stops every request and rejects with CancelledError (it is not a check result). */
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Values never to quote from an answer (the smoke file's `${VAR}` values): replaced by *** in reasons. */
  masked?: readonly string[];
}

const MAX_BODY_BYTES = 1_000_000;

/** Runs every check against every target it applies to, concurrently; one result per pair. */
export async function runSmokeRound(
  file: SmokeFile,
  targets: readonly SmokeTarget[],
  options: RoundOptions = {},
): Promise<SmokeResult[]> {
  const runs: Promise<SmokeResult>[] = [];
  for (const check of file.checks) {
    if (check.url) runs.push(runCheck(check, 'url', check.url, options));
    else
      for (const target of targets)
        if (check.targets.includes(target.name))
          runs.push(runCheck(check, target.name, joinUrl(target.baseUrl, check.path!), options, target.headers));
  }
  const results = await Promise.all(runs);
  if (options.signal?.aborted) throw options.signal.reason ?? new CancelledError();
  return results;
}

/** Joins a path to a base URL that may carry its own path prefix ("https://x/stage" + "/health"). */
export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

async function runCheck(
  check: SmokeCheck,
  target: string,
  url: string,
  options: RoundOptions,
  headers?: Record<string, string>,
): Promise<SmokeResult> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, check.timeoutMs);
  const onCancel = () => controller.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  const started = performance.now();
  const result = (ok: boolean, reason: string, status?: number): SmokeResult => ({
    check: check.name,
    line: check.line,
    target,
    url,
    ok,
    status,
    latencyMs: Math.round(performance.now() - started),
    reason,
  });
  try {
    const response = await fetchImpl(url, {
      method: check.method,
      headers: { ...check.headers, ...headers },
      body: check.body,
      redirect: 'manual',
      signal: controller.signal,
    });
    const body = await readBody(response);
    const latencyMs = Math.round(performance.now() - started);
    const problems = judgeResponse(check, response.status, body, latencyMs, options.masked);
    return {
      ...result(
        problems.length === 0,
        problems.join('; ') || `${response.status} in ${formatDuration(latencyMs)}`,
        response.status,
      ),
      latencyMs,
    };
  } catch (err) {
    if (timedOut) return result(false, `no complete answer within the ${formatDuration(check.timeoutMs)} timeout`);
    if (options.signal?.aborted) return result(false, 'cancelled');
    return result(false, `request failed: ${networkReason(err)}`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

/**
 * Everything wrong with one answer, in the order a person checks it; empty when it passes. What the answer said is
 * quoted only through quoteUntrusted.
 */
export function judgeResponse(
  check: Pick<SmokeCheck, 'expectStatus' | 'bodyContains' | 'json' | 'latencyBudgetMs'>,
  status: number,
  body: string,
  latencyMs: number,
  masked: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  if (!check.expectStatus.some((want) => statusMatches(want, status)))
    problems.push(`status ${status}, expected ${check.expectStatus.join(' or ')}`);
  for (const text of check.bodyContains)
    if (!body.includes(text)) problems.push(`body does not contain ${JSON.stringify(text)}`);
  if (check.json.length > 0) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
      for (const expectation of check.json) {
        const problem = judgeJson(expectation, parsed, masked);
        if (problem) problems.push(problem);
      }
    } catch {
      problems.push(`body is not JSON ("${quoteUntrusted(body, masked)}")`);
    }
  }
  if (check.latencyBudgetMs !== undefined && latencyMs > check.latencyBudgetMs)
    problems.push(`took ${formatDuration(latencyMs)}, over the ${formatDuration(check.latencyBudgetMs)} budget`);
  return problems;
}

function statusMatches(want: string, status: number): boolean {
  return want.endsWith('xx') ? Math.floor(status / 100) === Number(want[0]) : Number(want) === status;
}

function judgeJson(expectation: JsonExpectation, document: unknown, masked: readonly string[]): string | undefined {
  const { found, value } = valueAt(document, expectation.segments);
  const shown = found ? quoteUntrusted(JSON.stringify(value) ?? 'undefined', masked) : 'missing';
  if (expectation.exists !== undefined && found !== expectation.exists)
    return `${expectation.path} ${found ? 'is present' : 'is missing'}, expected it ${expectation.exists ? 'present' : 'absent'}`;
  if ('equals' in expectation && (!found || !deepEqual(value, expectation.equals)))
    return `${expectation.path} is ${shown}, expected ${JSON.stringify(expectation.equals)}`;
  if (expectation.contains !== undefined) {
    const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
    if (!found || !text.includes(expectation.contains))
      return `${expectation.path} is ${shown}, expected it to contain ${JSON.stringify(expectation.contains)}`;
  }
  return undefined;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

async function readBody(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size < MAX_BODY_BYTES) chunks.push(value);
    size += value.byteLength;
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, MAX_BODY_BYTES);
}

// undici hides the useful part (ECONNREFUSED, ECONNRESET, ENOTFOUND) in `cause`.
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code)
    return `${cause.code}${cause.message && !cause.message.includes(cause.code) ? ` (${cause.message})` : ''}`;
  return cause?.message ?? (err as Error).message ?? String(err);
}
