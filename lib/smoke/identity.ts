/**
 * Proving a canary check judged the release being baked: each round, one request along the canary's route (its URL,
 * with the test route's header) asks the answering version who it is — `/health` reporting the commit in a JSON
 * field, or a response header — and anything but the baked release's version fails at once. A check that reached
 * the stable color (a static canary URL on the wrong color, a rule that forwards elsewhere) fails loudly instead of
 * passing.
 */
import { formatDuration } from '../core/duration.js';
import { ConfigurationError } from '../core/errors.js';
import { parseJsonPath } from './json-path.js';
import { valueAt } from './json-path.js';
import { joinUrl, type SmokeTarget } from './runner.js';
import { quoteUntrusted } from './untrusted.js';

/** Where an answer says its version: a JSON field of the answer at `path`, or one of its headers. */
export type IdentitySource =
  { path: string; jsonPath: string; segments: (string | number)[] } | { path: string; header: string };

/** The source, and the version the release being baked reports. */
export interface Identity {
  source: IdentitySource;
  expected: string;
}

export const DEFAULT_IDENTITY = '/health $.version';
const ACCEPTED =
  'a path and where its answer names the version: `/health $.version` (a JSON field), `/health header:x-version` (a response header), or `off`';

/** Parses `canary-identity`; undefined for `off`. */
export function parseIdentitySource(text: string, input = 'canary-identity'): IdentitySource | undefined {
  if (text.trim() === 'off') return undefined;
  const [path, where, ...rest] = text.trim().split(/\s+/);
  if (!path?.startsWith('/') || !where || rest.length) throw ConfigurationError.value(input, text, ACCEPTED);
  if (where.startsWith('header:')) {
    const header = where.slice('header:'.length).toLowerCase();
    if (!/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(header)) throw ConfigurationError.value(input, text, ACCEPTED);
    return { path, header };
  }
  const segments = parseJsonPath(where);
  if (!segments?.length) throw ConfigurationError.value(input, text, ACCEPTED);
  return { path, jsonPath: where, segments };
}

/** Says how a source reads, for logs: "/health $.version". */
export function describeIdentity(source: IdentitySource): string {
  return 'header' in source ? `${source.path} header ${source.header}` : `${source.path} ${source.jsonPath}`;
}

/** One request along the canary's route; ok only when the answer names the expected version. */
export async function probeIdentity(
  target: SmokeTarget,
  identity: Identity,
  options: { timeoutMs: number; signal?: AbortSignal; masked?: readonly string[]; fetchImpl?: typeof fetch },
): Promise<{ ok: boolean; reason: string }> {
  const url = joinUrl(target.baseUrl, identity.source.path);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const onCancel = () => controller.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  const where = `${describeIdentity(identity.source)} on ${target.name}`;
  try {
    const response = await (options.fetchImpl ?? fetch)(url, {
      headers: target.headers,
      redirect: 'manual',
      signal: controller.signal,
    });
    const reported = await reportedVersion(response, identity.source);
    if (reported === undefined)
      return {
        ok: false,
        reason: `${where} (HTTP ${response.status}) names no version: cannot tell which release answered`,
      };
    if (reported === identity.expected) return { ok: true, reason: `${where}: ${identity.expected}` };
    return {
      ok: false,
      reason: `answered by version "${quoteUntrusted(reported, options.masked)}", not the release being baked (${identity.expected}): ${where} reached another version (the stable color?)`,
    };
  } catch (err) {
    if (options.signal?.aborted) return { ok: false, reason: 'cancelled' };
    return {
      ok: false,
      reason: controller.signal.aborted
        ? `${where}: no answer within ${formatDuration(options.timeoutMs)}`
        : `${where}: request failed (${(err as Error).message})`,
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

async function reportedVersion(response: Response, source: IdentitySource): Promise<string | undefined> {
  if ('header' in source) {
    await response.body?.cancel();
    return response.headers.get(source.header) ?? undefined;
  }
  const text = await response.text();
  try {
    const { found, value } = valueAt(JSON.parse(text), source.segments);
    return found && (typeof value === 'string' || typeof value === 'number') ? String(value) : undefined;
  } catch {
    return undefined;
  }
}
