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

interface WorkflowJob {
  needs?: string | string[];
  steps: WorkflowStep[];
  outputs?: Record<string, string>;
}

export interface Workflow {
  on: { workflow_call: { inputs: Record<string, { type: string; required?: boolean; default?: string | boolean }>; outputs: Record<string, { value: string }> } };
  jobs: Record<string, WorkflowJob>;
}

/** What one step is, for the demo. */
export type StepKind = { kind: 'action'; action: string } | { kind: 'checkout' } | { kind: 'aws-credentials' } | { kind: 'run'; script: string };

export interface PlannedStep {
  job: string;
  id: string;
  kind: StepKind;
  step: WorkflowStep;
}

export function readWorkflow(path: string): Workflow {
  return parse(readFileSync(path, 'utf8')) as Workflow;
}

/** Jobs in an order that respects `needs`. */
export function jobOrder(workflow: Workflow): string[] {
  const order: string[] = [];
  const visit = (name: string, trail: string[]) => {
    if (order.includes(name)) return;
    if (trail.includes(name)) throw new Error(`jobs need each other in a cycle: ${[...trail, name].join(' → ')}`);
    const needs = workflow.jobs[name].needs ?? [];
    for (const need of Array.isArray(needs) ? needs : [needs]) visit(need, [...trail, name]);
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
  if (uses.startsWith(ACTION_PREFIX)) return { kind: 'action', action: uses.slice(ACTION_PREFIX.length).replace(/@.*$/, '') };
  throw new Error(`the demo does not know how to run step ${JSON.stringify(step.name ?? uses)}`);
}

/** Every step of every job, in the order the runner would take them. */
export function planPipeline(workflow: Workflow): PlannedStep[] {
  return jobOrder(workflow).flatMap((job) =>
    workflow.jobs[job].steps.map((step, index) => ({ job, id: step.id ?? `${job}-${index + 1}`, kind: classify(step), step })),
  );
}

/** The context expressions are evaluated in. */
export interface ExpressionContext {
  inputs: Record<string, string | boolean>;
  needs: Record<string, { outputs: Record<string, string> }>;
  steps: Record<string, { outputs: Record<string, string> }>;
  github: Record<string, unknown>;
}

function lookup(path: string, context: ExpressionContext): unknown {
  let value: unknown = context;
  for (const part of path.split('.')) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Evaluates one expression: a context path, a string literal, or `a == b` / `a != b`. Anything else is refused. */
export function evaluateExpression(expression: string, context: ExpressionContext): unknown {
  const text = expression.trim();
  const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(text);
  if (comparison) {
    const left = String(evaluateExpression(comparison[1], context) ?? '');
    const right = String(evaluateExpression(comparison[3], context) ?? '');
    return comparison[2] === '==' ? left === right : left !== right;
  }
  const literal = /^'(.*)'$/.exec(text);
  if (literal) return literal[1].replace(/''/g, "'");
  if (/^[a-z_][\w-]*(\.[\w-]+)*$/i.test(text)) return lookup(text, context);
  throw new Error(`the demo cannot evaluate \${{ ${text} }}`);
}

/** Replaces every `${{ … }}` in a value; a value that is one whole expression keeps its type. */
export function interpolate(value: string | boolean | number, context: ExpressionContext): string | boolean {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : value;
  const whole = /^\$\{\{(.+?)\}\}$/.exec(value.trim());
  if (whole) {
    const result = evaluateExpression(whole[1], context);
    return typeof result === 'boolean' ? result : String(result ?? '');
  }
  return value.replace(/\$\{\{(.+?)\}\}/g, (_m, expression: string) => String(evaluateExpression(expression, context) ?? ''));
}

/** Whether a step runs: no `if`, or an `if` that evaluates true. */
export function stepRuns(step: WorkflowStep, context: ExpressionContext): boolean {
  if (step.if === undefined) return true;
  if (typeof step.if === 'boolean') return step.if;
  const expression = step.if.trim().replace(/^\$\{\{(.+)\}\}$/, '$1');
  const value = evaluateExpression(expression, context);
  return value === true || value === 'true';
}

/** The workflow_call inputs with their defaults filled in; an unknown or missing required input is an error. */
export function resolveInputs(workflow: Workflow, given: Record<string, string | boolean>): Record<string, string | boolean> {
  const declared = workflow.on.workflow_call.inputs;
  for (const name of Object.keys(given)) if (!(name in declared)) throw new Error(`the workflow declares no input "${name}"`);
  const resolved: Record<string, string | boolean> = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (name in given) resolved[name] = given[name];
    else if (spec.required) throw new Error(`the workflow's input "${name}" is required`);
    else resolved[name] = spec.default ?? '';
  }
  return resolved;
}
