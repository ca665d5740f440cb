/**
 * The smoke-check file teams keep in their repository (YAML), parsed and validated with line numbers so an
 * error, and later a failing check, can be annotated on the file and line. Pure apart from the text given.
 *
 *   defaults: { interval: 15s, failure-threshold: 2, timeout: 5s, latency-budget: 1s, headers: {…} }
 *   checks:
 *     - name: health
 *       path: /health                 # joined to each base URL (canary, production); or url: https://…
 *       method: POST                  # GET by default
 *       headers: { authorization: "Bearer ${SMOKE_TOKEN}" }   # ${VAR} comes from the environment
 *       body: { sku: abc }            # a string, or YAML that is sent as JSON
 *       expect: { status: [200, 201], body-contains: ok, json: [{ path: $.status, equals: ok }] }
 *       latency-budget: 800ms
 *       targets: [canary]             # which base URLs; all by default
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument, type YAMLMap } from 'yaml';

import { parseDuration } from '../core/duration.js';
import { ConfigurationError } from '../core/errors.js';
import { parseJsonPath } from './json-path.js';

export const SMOKE_TARGETS = ['canary', 'production'] as const;
export type SmokeTargetName = (typeof SMOKE_TARGETS)[number];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export interface SmokeDefaults {
  intervalMs: number;
  failureThreshold: number;
  timeoutMs: number;
  latencyBudgetMs?: number;
  headers: Record<string, string>;
}

export interface JsonExpectation {
  path: string;
  segments: (string | number)[];
  equals?: unknown;
  exists?: boolean;
  contains?: string;
  line: number;
}

export interface SmokeCheck {
  name: string;
  line: number;
  method: string;
  /** Joined to each base URL; exactly one of `path` and `url` is set. */
  path?: string;
  url?: string;
  headers: Record<string, string>;
  body?: string;
  /** "200", or a class such as "2xx". */
  expectStatus: string[];
  bodyContains: string[];
  json: JsonExpectation[];
  latencyBudgetMs?: number;
  timeoutMs: number;
  targets: SmokeTargetName[];
}

export interface SmokeFile {
  file: string;
  defaults: SmokeDefaults;
  checks: SmokeCheck[];
  /** The environment variables the file uses through `${VAR}`: mask their values (they are often tokens). */
  variables: string[];
}

/** A smoke file is wrong: names the input, the file, the line and the field. */
export class SmokeFileError extends ConfigurationError {
  constructor(
    input: string,
    readonly file: string,
    readonly line: number,
    readonly field: string,
    problem: string,
  ) {
    super(input, `${file}:${line}: \`${field}\` ${problem}`);
    this.name = 'SmokeFileError';
  }
}

export interface ParseOptions {
  /** The action input that named the file, for the error. */
  input?: string;
  /** Where `${VAR}` values come from. */
  env?: NodeJS.ProcessEnv;
}

/** Parses and validates a smoke file's text; throws a SmokeFileError at the first problem. */
export function parseSmokeFile(text: string, file: string, options: ParseOptions = {}): SmokeFile {
  const input = options.input ?? 'smoke-file';
  const env = options.env ?? process.env;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (node: Node | null | undefined, field: string, problem: string) =>
    new SmokeFileError(input, file, lineOf(node), field, problem);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new SmokeFileError(
      input,
      file,
      error.linePos?.[0].line ?? 1,
      '(yaml)',
      `is not valid YAML: ${error.message.split('\n')[0]}`,
    );
  }
  const root = doc.contents;
  if (!isMap(root)) throw fail(root, '(file)', 'must be a mapping with `checks:` (and optionally `defaults:`)');

  const str = (node: unknown, field: string, allowEmpty = false): string => {
    if (
      !isScalar(node) ||
      (typeof node.value !== 'string' && typeof node.value !== 'number') ||
      (!allowEmpty && String(node.value).trim() === '')
    ) {
      throw fail(node as Node, field, 'must be a non-empty string');
    }
    return expand(String(node.value), node as Node, field);
  };
  const variables = new Set<string>();
  const expand = (value: string, node: Node, field: string): string =>
    value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_all, name: string) => {
      const found = env[name];
      if (found === undefined) throw fail(node, field, `uses \${${name}}, which is not set in the environment`);
      variables.add(name);
      return found;
    });
  const duration = (node: unknown, field: string): number => {
    const raw = isScalar(node) ? String(node.value) : '';
    const ms = parseDuration(raw);
    if (ms === undefined || ms <= 0)
      throw fail(node as Node, field, `${JSON.stringify(raw)} is not a duration like 500ms, 5s or 1m`);
    return ms;
  };
  const headers = (node: unknown, field: string): Record<string, string> => {
    if (!isMap(node)) throw fail(node as Node, field, 'must be a mapping of header names to values');
    const out: Record<string, string> = {};
    for (const pair of node.items as Pair<Node, Node>[]) {
      const name = str(pair.key, field);
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
        throw fail(pair.key, `${field}.${name}`, 'is not a valid header name');
      // Header values may be secrets: the error names the field, never the value.
      out[name.toLowerCase()] = str(pair.value, `${field}.${name}`, true);
    }
    return out;
  };

  const top = fields(root, ['defaults', 'checks'], '', fail);
  const d = top.defaults
    ? fields(top.defaults, ['interval', 'failure-threshold', 'timeout', 'latency-budget', 'headers'], 'defaults', fail)
    : {};
  const defaults: SmokeDefaults = {
    intervalMs: d.interval ? duration(d.interval, 'defaults.interval') : 30_000,
    failureThreshold: d['failure-threshold']
      ? wholeNumber(d['failure-threshold'], 'defaults.failure-threshold', 1, 100, fail)
      : 1,
    timeoutMs: d.timeout ? duration(d.timeout, 'defaults.timeout') : 10_000,
    latencyBudgetMs: d['latency-budget'] ? duration(d['latency-budget'], 'defaults.latency-budget') : undefined,
    headers: d.headers ? headers(d.headers, 'defaults.headers') : {},
  };

  if (!isSeq(top.checks) || top.checks.items.length === 0)
    throw fail(top.checks ?? root, 'checks', 'must be a non-empty list of checks');
  const names = new Set<string>();
  const checks = (top.checks.items as Node[]).map((item, index) => {
    const at = `checks[${index}]`;
    const c = fields(
      item,
      ['name', 'method', 'path', 'url', 'headers', 'body', 'expect', 'latency-budget', 'timeout', 'targets'],
      at,
      fail,
    );
    const name = c.name ? str(c.name, `${at}.name`) : undefined;
    if (!name) throw fail(item, `${at}.name`, 'is required');
    if (names.has(name))
      throw fail(c.name, `${at}.name`, `"${name}" is used by an earlier check; names must be unique`);
    names.add(name);
    const method = c.method ? str(c.method, `${at}.method`).toUpperCase() : 'GET';
    if (!METHODS.includes(method))
      throw fail(c.method, `${at}.method`, `"${method}" is not one of ${METHODS.join(', ')}`);
    if (!!c.path === !!c.url)
      throw fail(item, at, 'needs exactly one of `path` (joined to each base URL) or `url` (absolute)');
    const path = c.path ? str(c.path, `${at}.path`) : undefined;
    if (path !== undefined && !path.startsWith('/')) throw fail(c.path, `${at}.path`, 'must start with /');
    const url = c.url ? str(c.url, `${at}.url`) : undefined;
    if (url !== undefined && !/^https?:\/\/[^/\s]+/.test(url))
      throw fail(c.url, `${at}.url`, 'must be an absolute http:// or https:// URL');
    let body: string | undefined;
    const checkHeaders = { ...defaults.headers, ...(c.headers ? headers(c.headers, `${at}.headers`) : {}) };
    if (c.body) {
      if (isScalar(c.body)) body = str(c.body, `${at}.body`, true);
      else {
        body = expand(JSON.stringify(c.body.toJSON()), c.body, `${at}.body`);
        checkHeaders['content-type'] ??= 'application/json';
      }
      if (method === 'GET' || method === 'HEAD') throw fail(c.body, `${at}.body`, `cannot be sent with ${method}`);
    }
    const e = c.expect ? fields(c.expect, ['status', 'body-contains', 'json'], `${at}.expect`, fail) : {};
    const targets = c.targets
      ? list(c.targets, `${at}.targets`, fail).map((node) => {
          const value = str(node, `${at}.targets`);
          if (!(SMOKE_TARGETS as readonly string[]).includes(value))
            throw fail(node, `${at}.targets`, `"${value}" is not one of ${SMOKE_TARGETS.join(', ')}`);
          return value as SmokeTargetName;
        })
      : [...SMOKE_TARGETS];
    return {
      name,
      line: lineOf(item),
      method,
      path,
      url,
      headers: checkHeaders,
      body,
      expectStatus: e.status
        ? list(e.status, `${at}.expect.status`, fail).map((node) => statusMatcher(node, `${at}.expect.status`, fail))
        : ['2xx'],
      bodyContains: e['body-contains']
        ? list(e['body-contains'], `${at}.expect.body-contains`, fail).map((node) =>
            str(node, `${at}.expect.body-contains`),
          )
        : [],
      json: e.json
        ? list(e.json, `${at}.expect.json`, fail).map((node, j) =>
            jsonExpectation(node, `${at}.expect.json[${j}]`, lineOf(node), fail),
          )
        : [],
      latencyBudgetMs: c['latency-budget']
        ? duration(c['latency-budget'], `${at}.latency-budget`)
        : defaults.latencyBudgetMs,
      timeoutMs: c.timeout ? duration(c.timeout, `${at}.timeout`) : defaults.timeoutMs,
      targets,
    } satisfies SmokeCheck;
  });
  return { file, defaults, checks, variables: [...variables].sort() };
}

type Fail = (node: Node | null | undefined, field: string, problem: string) => Error;

// A mapping's fields by name; an unknown key is an error, so a typo such as `expected:` is caught.
function fields(node: unknown, known: string[], at: string, fail: Fail): Record<string, Node | undefined> {
  if (!isMap(node)) throw fail(node as Node, at || '(file)', 'must be a mapping');
  const out: Record<string, Node | undefined> = {};
  for (const pair of (node as YAMLMap<Node, Node>).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const field = at ? `${at}.${key}` : key;
    if (!known.includes(key)) throw fail(pair.key, field, `is not a known field; expected one of ${known.join(', ')}`);
    // `key:` with nothing after it reads as null: say so rather than treat it as absent.
    if (key !== 'equals' && (pair.value === null || (isScalar(pair.value) && pair.value.value === null)))
      throw fail(pair.key, field, 'has no value');
    out[key] = pair.value ?? undefined;
  }
  return out;
}

function list(node: Node | undefined, field: string, fail: Fail): Node[] {
  if (isSeq(node)) {
    if (node.items.length === 0) throw fail(node, field, 'must not be an empty list');
    return node.items as Node[];
  }
  if (isScalar(node)) return [node];
  throw fail(node, field, 'must be a value or a list of values');
}

function wholeNumber(node: Node | undefined, field: string, min: number, max: number, fail: Fail): number {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw fail(node, field, `must be a whole number from ${min} to ${max}`);
  return value;
}

function statusMatcher(node: Node, field: string, fail: Fail): string {
  const raw = isScalar(node) ? String(node.value).toLowerCase() : '';
  if (/^[1-5]\d\d$/.test(raw) || /^[1-5]xx$/.test(raw)) return raw;
  throw fail(node, field, `${JSON.stringify(raw)} is not a status like 200 or a class like 2xx`);
}

function jsonExpectation(node: Node, field: string, line: number, fail: Fail): JsonExpectation {
  const f = fields(node, ['path', 'equals', 'exists', 'contains'], field, fail);
  const path = isScalar(f.path) ? String(f.path.value) : '';
  const segments = parseJsonPath(path);
  if (!f.path || !segments)
    throw fail(f.path ?? node, `${field}.path`, `${JSON.stringify(path)} is not a path like $.order.items[0].id`);
  const out: JsonExpectation = { path, segments, line };
  if ('equals' in f) out.equals = f.equals ? (f.equals as Node).toJSON() : null;
  if (f.exists) {
    if (!isScalar(f.exists) || typeof f.exists.value !== 'boolean')
      throw fail(f.exists, `${field}.exists`, 'must be true or false');
    out.exists = f.exists.value;
  }
  if (f.contains) {
    if (!isScalar(f.contains)) throw fail(f.contains, `${field}.contains`, 'must be a string');
    out.contains = String(f.contains.value);
  }
  if (!('equals' in out) && out.exists === undefined && out.contains === undefined)
    throw fail(node, field, 'needs one of `equals`, `exists` or `contains`');
  return out;
}
