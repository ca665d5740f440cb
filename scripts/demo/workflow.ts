/**
 * Reads the reusable workflow and turns it into the steps the demo runs, so the demo cannot drift from
 * it: same jobs, same steps, same `with:` inputs, evaluated with a small GitHub-expression evaluator.
 */
import { readFileSync } from 'node:fs';

import { parse } from 'yaml';

export const ACTION_PREFIX = 'ecs-fargate-actions/ecs-fargate-actions/actions/';

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string | boolean;
  with?: Record<string, string | boolean | number>;
  env?: Record<string, string>;
}

export interface WorkflowJob {
  needs?: string | string[];
  if?: string | boolean;
  environment?: string | { name: string; url?: string };
  steps: WorkflowStep[];
  outputs?: Record<string, string>;
}

export interface Workflow {
  on: {
    workflow_dispatch?: { inputs: Record<string, { type: string; required?: boolean; default?: string | boolean }> };
    workflow_call: {
      inputs: Record<string, { type: string; required?: boolean; default?: string | boolean }>;
      secrets?: Record<string, { required?: boolean }>;
      outputs: Record<string, { value: string }>;
    };
  };
  jobs: Record<string, WorkflowJob>;
}

/** What one step is, for the demo. */
export type StepKind =
  | { kind: 'action'; action: string }
  | { kind: 'checkout' }
  | { kind: 'aws-credentials' }
  | { kind: 'builder-setup'; uses: string }
  | { kind: 'artifact' }
  | { kind: 'run'; script: string };

export interface PlannedStep {
  job: string;
  id: string;
  kind: StepKind;
  step: WorkflowStep;
}

export function readWorkflow(path: string): Workflow {
  return parse(readFileSync(path, 'utf8')) as Workflow;
}

/** The jobs a job needs (directly). */
export function jobNeeds(workflow: Workflow, job: string): string[] {
  const needs = workflow.jobs[job].needs ?? [];
  return Array.isArray(needs) ? needs : [needs];
}

/** Jobs in an order that respects `needs`. */
export function jobOrder(workflow: Workflow): string[] {
  const order: string[] = [];
  const visit = (name: string, trail: string[]) => {
    if (order.includes(name)) return;
    if (trail.includes(name)) throw new Error(`jobs need each other in a cycle: ${[...trail, name].join(' → ')}`);
    for (const need of jobNeeds(workflow, name)) visit(need, [...trail, name]);
    order.push(name);
  };
  for (const name of Object.keys(workflow.jobs)) visit(name, []);
  return order;
}

export function classify(step: WorkflowStep): StepKind {
  if (step.run !== undefined) return { kind: 'run', script: step.run };
  const uses = step.uses ?? '';
  if (uses.startsWith('actions/checkout@')) return { kind: 'checkout' };
  if (uses.startsWith('aws-actions/configure-aws-credentials@')) return { kind: 'aws-credentials' };
  if (uses.startsWith('docker/setup-buildx-action@') || uses.startsWith('docker/setup-qemu-action@'))
    return { kind: 'builder-setup', uses };
  if (uses.startsWith('actions/upload-artifact@')) return { kind: 'artifact' };
  if (uses.startsWith(ACTION_PREFIX))
    return { kind: 'action', action: uses.slice(ACTION_PREFIX.length).replace(/@.*$/, '') };
  throw new Error(`the demo does not know how to run step ${JSON.stringify(step.name ?? uses)}`);
}

/** Every step of every job, in the order the runner would take them. */
export function planPipeline(workflow: Workflow): PlannedStep[] {
  return jobOrder(workflow).flatMap((job) =>
    workflow.jobs[job].steps.map((step, index) => ({
      job,
      id: step.id ?? `${job}-${index + 1}`,
      kind: classify(step),
      step,
    })),
  );
}

/** The context expressions are evaluated in. */
export interface ExpressionContext {
  inputs: Record<string, string | boolean>;
  needs: Record<string, { outputs: Record<string, string>; result?: string }>;
  steps: Record<string, { outputs: Record<string, string> }>;
  github: Record<string, unknown>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /**
   * What `success()` and `failure()` answer: for a step, whether a step before it in its job failed; for a job,
   * whether a job it needs (or one those need) failed. Default: nothing failed.
   */
  status?: { failed: boolean; success?: boolean };
}

function lookup(path: string, context: ExpressionContext): unknown {
  let value: unknown = context;
  for (const part of path.split('.')) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** GitHub's truthiness: false, 0, '', null and undefined are false. */
export function truthy(value: unknown): boolean {
  return !(
    value === false ||
    value === 0 ||
    value === '' ||
    value === null ||
    value === undefined ||
    Number.isNaN(value)
  );
}

const FUNCTIONS: Record<string, (args: unknown[], context: ExpressionContext) => unknown> = {
  // Case-insensitive, as GitHub's: a substring of a string, or an item of an array.
  contains: ([haystack, needle]) =>
    Array.isArray(haystack)
      ? haystack.some((item) => String(item).toLowerCase() === String(needle).toLowerCase())
      : String(haystack ?? '')
          .toLowerCase()
          .includes(String(needle ?? '').toLowerCase()),
  startsWith: ([text, prefix]) =>
    String(text ?? '')
      .toLowerCase()
      .startsWith(String(prefix ?? '').toLowerCase()),
  format: ([template, ...args]) =>
    String(template ?? '').replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)] ?? '')),
  // The status functions, as GitHub answers them in an `if:` (no run is ever cancelled here).
  success: (_args, context) => context.status?.success ?? !context.status?.failed,
  failure: (_args, context) => context.status?.failed ?? false,
  always: () => true,
  cancelled: () => false,
};

const STATUS_FUNCTION = /\b(success|failure|always|cancelled)\s*\(/;

const TOKEN =
  /\s*(?:(\(|\)|,|==|!=|&&|\|\||!)|('(?:[^']|'')*')|(-?\d+(?:\.\d+)?)(?![\w.-])|([a-z_][\w-]*(?:\.[\w-]+)*))/iy;

/**
 * Evaluates one expression the way GitHub does for what the workflow uses: context paths, string and number
 * literals, true/false/null, `==` `!=` (strings compared without case), `!`, `&&` and `||` (which return an
 * operand, so `a || 'default'` works), parentheses, the functions `contains`, `startsWith` and `format`, and the
 * status functions `success()`, `failure()`, `always()` and `cancelled()`.
 * Anything else is refused, so a workflow change the demo cannot follow fails loudly.
 */
export function evaluateExpression(expression: string, context: ExpressionContext): unknown {
  const text = expression.trim();
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match || match.index !== at) {
      if (/^\s*$/.test(text.slice(at))) break;
      throw new Error(`the demo cannot evaluate \${{ ${text} }}`);
    }
    tokens.push(match[0].trim());
  }
  let position = 0;
  const refuse = (): never => {
    throw new Error(`the demo cannot evaluate \${{ ${text} }}`);
  };
  const peek = () => tokens[position];
  const take = (expected?: string) => {
    const token = tokens[position++];
    if (token === undefined || (expected !== undefined && token !== expected)) refuse();
    return token;
  };
  const or = (): unknown => {
    let left = and();
    while (peek() === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): unknown => {
    let left = equality();
    while (peek() === '&&') {
      take();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const equality = (): unknown => {
    let left = unary();
    while (peek() === '==' || peek() === '!=') {
      const op = take();
      const right = unary();
      const same =
        typeof left === 'string' && typeof right === 'string'
          ? left.toLowerCase() === right.toLowerCase()
          : String(left ?? '') === String(right ?? '');
      left = op === '==' ? same : !same;
    }
    return left;
  };
  const unary = (): unknown => {
    if (peek() === '!') {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): unknown => {
    const token = take();
    if (token === '(') {
      const value = or();
      take(')');
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (/^-?\d/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    if (peek() === '(') {
      const fn = FUNCTIONS[token];
      if (!fn) refuse();
      take('(');
      const args: unknown[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') take();
        else if (peek() !== ')') refuse();
      }
      take(')');
      return fn(args, context);
    }
    if (/^[a-z_]/i.test(token)) return lookup(token, context);
    return refuse();
  };
  const value = or();
  if (position !== tokens.length) refuse();
  return value;
}

/** Replaces every `${{ … }}` in a value; a value that is one whole expression keeps its type. */
export function interpolate(value: string | boolean | number, context: ExpressionContext): string | boolean {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : value;
  // One expression and nothing else (not `${{ a }}/${{ b }}`).
  const whole = /^\$\{\{((?:(?!\}\}).)+)\}\}$/s.exec(value.trim());
  if (whole) {
    const result = evaluateExpression(whole[1], context);
    return typeof result === 'boolean' ? result : String(result ?? '');
  }
  return value.replace(/\$\{\{(.+?)\}\}/g, (_m, expression: string) =>
    String(evaluateExpression(expression, context) ?? ''),
  );
}

/**
 * Whether a step (or a job) runs, as GitHub decides: an `if` without a status function means
 * `success() && (…)`, so after a failure only `if: failure()` or `always()` runs.
 */
export function stepRuns(step: { if?: string | boolean }, context: ExpressionContext): boolean {
  const succeeded = truthy(FUNCTIONS.success([], context));
  if (step.if === undefined) return succeeded;
  if (typeof step.if === 'boolean') return succeeded && step.if;
  const expression = step.if.trim().replace(/^\$\{\{(.+)\}\}$/s, '$1');
  if (!STATUS_FUNCTION.test(expression) && !succeeded) return false;
  return truthy(evaluateExpression(expression, context));
}

/** The workflow_call inputs with their defaults filled in; an unknown or missing required input is an error. */
export function resolveInputs(
  workflow: Workflow,
  given: Record<string, string | boolean>,
  event: 'workflow_call' | 'workflow_dispatch' = 'workflow_call',
): Record<string, string | boolean> {
  const declared = workflow.on[event]?.inputs ?? {};
  for (const name of Object.keys(given))
    if (!(name in declared)) throw new Error(`the workflow declares no input "${name}"`);
  const resolved: Record<string, string | boolean> = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (name in given) resolved[name] = given[name];
    else if (spec.required) throw new Error(`the workflow's input "${name}" is required`);
    else resolved[name] = spec.default ?? '';
  }
  return resolved;
}
