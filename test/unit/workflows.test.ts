/**
 * The workflows users call, and the demo that runs them: actionlint finds no problem in any of them, every
 * input a step passes exists on the action it calls, and the demo runs exactly the workflow's steps with
 * exactly its inputs, but for the substitutions it declares.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'yaml';

import { actionInputs, DEMO_SUBSTITUTIONS } from '../../scripts/demo/pipeline.js';
import {
  blockedProblems,
  demoInputs,
  type DemoRun,
  deploymentProblems,
  errorAnnotations,
  noOpProblems,
  releaseProblems,
  WORKFLOW_PATH,
} from '../../scripts/demo/run.js';
import type { Testbed } from '../../scripts/demo/testbed.js';
import {
  evaluateExpression,
  type ExpressionContext,
  interpolate,
  planPipeline,
  readWorkflow,
  resolveInputs,
  stepRuns,
  type WorkflowStep,
} from '../../scripts/demo/workflow.js';
import { lintWorkflowFiles, workflowFiles as listWorkflowFiles } from '../../scripts/lint-workflows.mjs';

const root = new URL('../..', import.meta.url).pathname;
const workflow = readWorkflow(WORKFLOW_PATH);
// The files `npm run lint:workflows` checks: .github/workflows and examples/workflows.
const workflowFiles = listWorkflowFiles();

const actionInputsDeclared = (action: string) =>
  Object.keys((parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as { inputs: object }).inputs);

const fakeTestbed = {
  registry: { host: '127.0.0.1:5999' },
  databaseUrl: 'postgresql://127.0.0.1:5432/trips',
  healthUrl: 'http://127.0.0.1:3999/health',
} as unknown as Testbed;
const REGISTERED = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/trip-service:3';
const context = (inputs: Record<string, string | boolean> = demoInputs(fakeTestbed.healthUrl)): ExpressionContext => ({
  inputs: resolveInputs(workflow, inputs),
  needs: { build: { outputs: { 'image-ref': '127.0.0.1:5999/rides/trip-service@sha256:abc' } } },
  steps: { register: { outputs: { 'task-definition-arn': REGISTERED } } },
  secrets: {},
  github: { token: 't', sha: 'a1b2c3' },
});

describe.each(workflowFiles.map((f) => [f.slice(root.length)]))('%s', (file) => {
  test('actionlint finds nothing', async () => {
    expect(await lintWorkflowFiles([join(root, file)])).toEqual([]);
  });

  test('every step calling one of our actions passes only inputs the action declares', () => {
    const doc = parse(readFileSync(join(root, file), 'utf8')) as {
      jobs: Record<string, { steps?: { uses?: string; with?: object }[] }>;
    };
    for (const job of Object.values(doc.jobs)) {
      for (const step of job.steps ?? []) {
        const match = /actions\/([\w-]+)@/.exec(step.uses ?? '');
        if (!match || !existsSync(join(root, 'actions', match[1]))) continue;
        expect({
          action: match[1],
          unknown: Object.keys(step.with ?? {}).filter((n) => !actionInputsDeclared(match[1]).includes(n)),
        }).toEqual({ action: match[1], unknown: [] });
      }
    }
  });
});

test('actionlint is really looking: it flags an untrusted expression pasted into a script, and an undefined `vars` nowhere', async () => {
  const bad = join(mkdtempSync(join(tmpdir(), 'lint-workflows-')), 'bad.yml');
  writeFileSync(
    bad,
    'on: issues\njobs:\n  a:\n    runs-on: ${{ vars.RUNNER }}\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
  );
  expect((await lintWorkflowFiles([bad])).map((f) => [f.line, f.kind])).toEqual([[6, 'expression']]);
});

test("the demo walks the workflow's jobs and steps in order", () => {
  expect(
    planPipeline(workflow).map(
      (s) => `${s.job}:${s.kind.kind === 'action' ? `${s.kind.action}#${s.id}` : s.kind.kind}`,
    ),
  ).toEqual([
    'build:checkout',
    'build:builder-setup',
    'build:builder-setup',
    'build:aws-credentials',
    'build:build-push#image',
    'release:checkout',
    'release:aws-credentials',
    'release:deploy-ecs#register',
    'release:migrate#migrate',
    'release:deploy-ecs#deploy',
    'release:run',
  ]);
});

test.each(
  planPipeline(workflow)
    .filter((s) => s.kind.kind === 'action')
    .map((s) => [s.kind.kind === 'action' ? `${s.kind.action} (${s.id})` : '', s]),
)("the demo gives %s the workflow's inputs, changed only where it says why", (_name, planned) => {
  const action = planned.kind.kind === 'action' ? planned.kind.action : '';
  const given = actionInputs(planned, context(), fakeTestbed);
  const written = Object.fromEntries(
    Object.entries(planned.step.with ?? {}).map(([k, v]) => [k, String(interpolate(v, context()))]),
  );
  const substituted = DEMO_SUBSTITUTIONS[action]?.inputs(fakeTestbed, written) ?? {};
  expect(given).toEqual({ ...written, ...substituted });
  expect(Object.keys(substituted).filter((n) => !actionInputsDeclared(action).includes(n))).toEqual([]);
  expect(DEMO_SUBSTITUTIONS[action]?.why ?? 'nothing substituted').not.toBe('');
});

test('the demo passes the inputs the example caller passes for each service', () => {
  const caller = parse(readFileSync(join(root, 'examples/workflows/staging.yml'), 'utf8')) as {
    jobs: Record<string, { uses?: string; with?: object }>;
  };
  const call = Object.values(caller.jobs).find((job) => job.uses?.includes('.github/workflows/deploy.yml'));
  expect(Object.keys(demoInputs('http://x')).sort()).toEqual(Object.keys(call?.with ?? {}).sort());
});

describe('expressions the demo evaluates', () => {
  const ctx: ExpressionContext = {
    inputs: { service: 'trip', migrate: false, 'health-url': '' },
    needs: { build: { outputs: { 'image-ref': 'r@sha256:1' } } },
    steps: { deploy: { outputs: { changed: 'true' } } },
    github: { token: 't' },
  };
  test.each([
    ['inputs.service', 'trip'],
    ['needs.build.outputs.image-ref', 'r@sha256:1'],
    ['steps.deploy.outputs.changed', 'true'],
    ["inputs.health-url != ''", false],
    ["inputs.service == 'trip'", true],
    ['inputs.missing', undefined],
  ])('%s', (expression, value) => expect(evaluateExpression(expression, ctx)).toEqual(value));

  test.each([
    // `&&` and `||` give an operand back, as GitHub's do: how the workflow picks a default.
    ["inputs.health-url || 'none'", 'none'],
    ["inputs.service && 'yes' || 'no'", 'yes'],
    ["inputs.health-url && 'yes' || 'no'", 'no'],
    ["(inputs.health-url || inputs.service) == 'TRIP'", true],
    ['!inputs.migrate', true],
    ["contains(inputs.service, 'RI')", true],
    ["contains('linux/amd64,linux/arm64', 'arm64') && !inputs.migrate", true],
    ["startsWith(inputs.service, 'x')", false],
    ["format('{0}, {1}', inputs.service, 'green')", 'trip, green'],
    // The status functions: nothing has failed in this context.
    ['success()', true],
    ['failure()', false],
    ['always()', true],
  ])('%s', (expression, value) => expect(evaluateExpression(expression, ctx)).toEqual(value));

  test.each(["hashFiles('x')", 'inputs.service ==', 'toJSON(inputs.service)', 'inputs.service inputs.migrate'])(
    'anything else is refused, so a workflow change the demo cannot follow fails loudly: %s',
    (expression) => {
      expect(() => evaluateExpression(expression, ctx)).toThrow('the demo cannot evaluate');
    },
  );

  test('a step with a false `if` does not run', () => {
    expect(stepRuns({ if: '${{ inputs.migrate }}' }, ctx)).toBe(false);
    expect(stepRuns({ if: "${{ inputs.service == 'trip' }}" }, ctx)).toBe(true);
  });

  test('after a failure only `failure()` and `always()` run, as on GitHub (an `if` without them means `success() && …`)', () => {
    const failed = { ...ctx, status: { failed: true } };
    expect(stepRuns({}, failed)).toBe(false);
    expect(stepRuns({ if: "${{ inputs.service == 'trip' }}" }, failed)).toBe(false);
    expect(stepRuns({ if: '${{ failure() }}' }, failed)).toBe(true);
    expect(stepRuns({ if: "${{ always() && inputs.service == 'trip' }}" }, failed)).toBe(true);
    expect(stepRuns({ if: '${{ failure() }}' }, ctx)).toBe(false);
  });

  test("inputs are checked against the workflow's declarations", () => {
    expect(() => resolveInputs(workflow, { ...demoInputs('x'), colour: 'blue' })).toThrow(
      'the workflow declares no input "colour"',
    );
    const { service: _s, ...withoutService } = demoInputs('x');
    expect(() => resolveInputs(workflow, withoutService)).toThrow('the workflow\'s input "service" is required');
  });
});

describe('what the demo checks about each run', () => {
  const step = (id: string, outputs: Record<string, string>, exitCode = 0) => ({
    job: 'j',
    id,
    title: id,
    outputs,
    exitCode,
  });
  const running = { taskDefinitionArn: REGISTERED, version: 'a1b2c3' };
  const release = (outputs: Record<string, Record<string, string>>, run: Partial<DemoRun> = {}): DemoRun => ({
    sha: 'a1b2c3',
    steps: Object.entries(outputs).map(([id, o]) => step(id, o)),
    outputs: {},
    running,
    ...run,
  });

  test('a release rolls out the revision it registered, and /health reports the commit', () => {
    const good = release({
      register: { 'task-definition-arn': REGISTERED },
      deploy: { 'task-definition-arn': REGISTERED },
    });
    expect(releaseProblems(good)).toEqual([]);
    expect(releaseProblems({ ...good, running: { taskDefinitionArn: REGISTERED, version: 'dev' } })).toEqual([
      '/health reports version "dev", not the deployed a1b2c3',
    ]);
    expect(
      releaseProblems(
        release({
          register: { 'task-definition-arn': REGISTERED },
          deploy: { 'task-definition-arn': `${REGISTERED}0` },
        }),
      ),
    ).toHaveLength(1);
  });

  test('a re-run that rebuilt, registered, migrated or rolled out anything is called out', () => {
    const first = release({
      image: { reused: 'false' },
      register: { 'task-definition-arn': REGISTERED },
      migrate: { 'applied-count': '2' },
      deploy: { changed: 'true' },
    });
    expect(
      noOpProblems(
        first,
        release({
          image: { reused: 'true' },
          register: { 'task-definition-arn': REGISTERED },
          migrate: { 'applied-count': '0' },
          deploy: { changed: 'false' },
        }),
      ),
    ).toEqual([]);
    expect(
      noOpProblems(
        first,
        release({
          image: { reused: 'false' },
          register: { 'task-definition-arn': `${REGISTERED}4` },
          migrate: { 'applied-count': '2' },
          deploy: { changed: 'true' },
        }),
      ),
    ).toHaveLength(4);
  });

  test('the failure path must stop at the lint, before the database and the service', () => {
    const stopped = {
      ...release({}),
      steps: [step('register', {}), step('migrate', { 'lint-blocking-count': '1' }, 1)],
      failed: step('migrate', { 'lint-blocking-count': '1' }, 1),
    };
    expect(blockedProblems(stopped, running)).toEqual([]);
    expect(blockedProblems({ ...release({}), failed: undefined }, running)).toEqual(['the release succeeded']);
    expect(blockedProblems({ ...stopped, failed: step('image', {}, 1) }, running)).toEqual([
      'it failed at image, not at the migration lint',
    ]);
    expect(
      blockedProblems({ ...stopped, failed: step('migrate', { 'lint-blocking-count': '0' }, 1) }, running),
    ).toEqual(['migrate failed, but not because the lint found a blocking migration']);
    expect(
      blockedProblems({ ...stopped, running: { taskDefinitionArn: `${REGISTERED}4`, version: 'b2' } }, running),
    ).toHaveLength(2);
  });

  test('the failure path is explained with the annotations the action printed', () => {
    expect(
      errorAnnotations(
        'log\n::error file=m.sql,line=2::Drops column "x".%0AWhy it hurts: 100%25 of requests\n::warning::w\n',
      ),
    ).toEqual(['Drops column "x". Why it hurts: 100% of requests']);
  });

  test('one GitHub deployment record per release, none made by an action', () => {
    const job = "created for staging (the release job's environment)";
    expect(deploymentProblems([job, 'success', job, 'failure'], 2)).toEqual([]);
    expect(
      deploymentProblems(
        [job, 'created for staging (by an action)', 'in_progress (by an action)', 'success (by an action)', 'success'],
        1,
      ),
    ).toHaveLength(2);
  });
});

// ---- The reusable workflow as users call it (issue 9, point 4) ----

const releaseSteps = () => workflow.jobs.release.steps;
const stepById = (id: string) => releaseSteps().find((s) => s.id === id) as WorkflowStep;
const evaluated = (step: WorkflowStep, inputs?: Record<string, string | boolean>) =>
  Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(interpolate(v, context(inputs)))]));
const requiredOnly = () => {
  const declared = workflow.on.workflow_call.inputs;
  return Object.fromEntries(
    Object.keys(declared)
      .filter((n) => declared[n].required)
      .map((n) => [n, demoInputs('x')[n] ?? 'x']),
  );
};
const actionSpec = (action: string) =>
  parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { required?: boolean }>;
  };

describe('deploy.yml with every optional input left out', () => {
  test.each(
    planPipeline(workflow)
      .filter((s) => s.kind.kind === 'action')
      .map((s) => [s.id, s]),
  )('step %s passes every input its action requires, and nothing it refuses', (_id, planned) => {
    const action = planned.kind.kind === 'action' ? planned.kind.action : '';
    const given = evaluated(planned.step, requiredOnly());
    const required = Object.entries(actionSpec(action).inputs)
      .filter(([, spec]) => spec.required)
      .map(([name]) => name);
    expect(required.filter((name) => !given[name])).toEqual([]);
    // deploy-ecs refuses `environment-name` without `environment-file`.
    if (given['environment-name']) expect(given['environment-file']).not.toBe('');
  });

  test.each([
    [{}, ''],
    [{ 'environment-file': 'svc/environments.json' }, 'staging'],
    [{ 'environment-file': 'svc/environments.json', 'environment-section': 'staging-eu' }, 'staging-eu'],
    [{ 'environment-section': 'staging-eu' }, ''],
  ])('with %j the environment file\'s section is "%s"', (extra, section) => {
    const given = evaluated(stepById('register'), { ...requiredOnly(), ...extra });
    expect(given['environment-name']).toBe(section);
    expect(given['environment-file']).toBe((extra as Record<string, string>)['environment-file'] ?? '');
  });
});

describe('one release registers one revision, migrates from it and rolls it out', () => {
  test('register (register-only) → migrate (that revision) → deploy (that revision) → /health', () => {
    const ids = releaseSteps().map((s) => s.id ?? s.name ?? s.uses);
    expect(ids.indexOf('register')).toBeLessThan(ids.indexOf('migrate'));
    expect(ids.indexOf('migrate')).toBeLessThan(ids.indexOf('deploy'));
    expect(ids.indexOf('deploy')).toBeLessThan(ids.indexOf('health'));
    const register = evaluated(stepById('register'));
    expect(register['register-only']).toBe('true');
    expect(evaluated(stepById('migrate'))['task-definition']).toBe(REGISTERED);
    expect(evaluated(stepById('deploy'))['task-definition']).toBe(REGISTERED);
    expect(workflow.jobs.release.outputs?.['task-definition-arn']).toBe(
      '${{ steps.register.outputs.task-definition-arn }}',
    );
  });

  test('only the register step renders; migrate names no image (it would register a revision of its own)', () => {
    const renders = [
      'task-definition-template',
      'template-vars',
      'environment-file',
      'environment-name',
      'image',
      'images',
      'cpu',
      'memory',
      'environment',
      'secrets',
    ];
    expect(Object.keys(stepById('deploy').with ?? {}).filter((n) => renders.includes(n))).toEqual([]);
    expect(Object.keys(stepById('migrate').with ?? {})).not.toContain('image');
    expect(
      releaseSteps()
        .filter((s) => s.with && 'task-definition-template' in s.with)
        .map((s) => s.id),
    ).toEqual(['register']);
  });

  test('the demo runs the new inputs (register-only, task-definition) the workflow passes', () => {
    expect(
      actionInputs(
        planPipeline(workflow).find((s) => s.id === 'register')!,
        context(),
        fakeTestbed,
      )['register-only'],
    ).toBe('true');
    expect(
      actionInputs(
        planPipeline(workflow).find((s) => s.id === 'deploy')!,
        context(),
        fakeTestbed,
      )['task-definition'],
    ).toBe(REGISTERED);
    expect(
      actionInputs(
        planPipeline(workflow).find((s) => s.id === 'migrate')!,
        context(),
        fakeTestbed,
      )['task-definition'],
    ).toBe(REGISTERED);
  });
});

describe('deploy.yml on a GitHub-hosted runner, with least privilege', () => {
  const buildSteps = () => workflow.jobs.build.steps;
  const doc = () =>
    parse(readFileSync(WORKFLOW_PATH, 'utf8')) as {
      jobs: Record<string, { 'runs-on': string; environment?: unknown; permissions?: Record<string, string> }>;
    };

  test('buildx is set up (a docker-container builder, for the gha cache and several platforms) before build-push, and QEMU for arm64', () => {
    const uses = buildSteps().map((s) => (s.uses ?? '').replace(/@.*/, ''));
    expect(uses.indexOf('docker/setup-buildx-action')).toBeGreaterThan(-1);
    expect(uses.indexOf('docker/setup-buildx-action')).toBeLessThan(
      uses.indexOf('ecs-fargate-actions/ecs-fargate-actions/actions/build-push'),
    );
    const ctx = (extra: Record<string, string>) => context({ ...requiredOnly(), ...extra });
    const buildx = buildSteps().find((s) => s.uses?.startsWith('docker/setup-buildx-action@'))!;
    const qemu = buildSteps().find((s) => s.uses?.startsWith('docker/setup-qemu-action@'))!;
    expect(stepRuns(buildx, ctx({}))).toBe(true);
    expect(stepRuns(buildx, ctx({ builder: 'buildah' }))).toBe(false);
    expect(stepRuns(qemu, ctx({}))).toBe(false);
    expect(stepRuns(qemu, ctx({ platforms: 'linux/amd64,linux/arm64' }))).toBe(true);
  });

  test.each([
    ['build', 'image', 'platforms', 'platforms'],
    ['build', 'image', 'build-args', 'build-args'],
    ['build', 'image', 'cache', 'cache'],
    ['build', 'image', 'builder', 'builder'],
    ['release', 'migrate', 'migrate-mode', 'mode'],
    ['release', 'migrate', 'migrate-schema', 'schema'],
    ['release', 'migrate', 'migrate-config', 'config'],
    ['release', 'migrate', 'migrate-command', 'command'],
    ['release', 'migrate', 'container', 'container'],
    ['release', 'register', 'container', 'container'],
    ['release', 'register', 'cpu', 'cpu'],
    ['release', 'register', 'memory', 'memory'],
    ['release', 'deploy', 'desired-count', 'desired-count'],
    ['release', 'deploy', 'keep-revisions', 'keep-revisions'],
  ])('the %s job passes the workflow input to step %s: %s → %s', (job, id, input, actionInput) => {
    const step = workflow.jobs[job].steps.find((s) => s.id === id)!;
    expect(workflow.on.workflow_call.inputs[input]).toBeDefined();
    expect(String(step.with?.[actionInput])).toBe(`\${{ inputs.${input} }}`);
  });

  test("build secrets come through the reusable workflow's secrets: block, under an id GitHub accepts", () => {
    const secrets = workflow.on.workflow_call.secrets ?? {};
    expect(Object.keys(secrets)).toContain('BUILD_SECRETS');
    for (const name of Object.keys(secrets)) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(buildSteps().find((s) => s.id === 'image')?.with?.secrets).toBe('${{ secrets.BUILD_SECRETS }}');
  });

  test('runs-on and the deployment URL are inputs', () => {
    expect(doc().jobs.build['runs-on']).toBe('${{ inputs.runs-on }}');
    expect(doc().jobs.release['runs-on']).toBe('${{ inputs.runs-on }}');
    expect(doc().jobs.release.environment).toEqual({
      name: '${{ inputs.environment }}',
      url: '${{ inputs.environment-url }}',
    });
  });

  test("the build job can assume a push-only role of its own; the release job assumes the environment's role", () => {
    const role = (job: string) =>
      workflow.jobs[job].steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'))?.with?.[
        'role-to-assume'
      ];
    expect(role('build')).toBe('${{ inputs.build-role-to-assume || inputs.role-to-assume }}');
    expect(role('release')).toBe('${{ inputs.role-to-assume }}');
    expect(interpolate(String(role('build')), context(requiredOnly()))).toBe(requiredOnly()['role-to-assume']);
    expect(interpolate(String(role('build')), context())).toBe('arn:aws:iam::123456789012:role/staging-build');
  });

  test("one GitHub deployment record per release: the job's environment makes it, no step makes another", () => {
    expect(doc().jobs.release.environment).toBeDefined();
    for (const step of [...workflow.jobs.build.steps, ...releaseSteps()])
      expect(Object.keys(step.with ?? {})).not.toContain('github-environment');
    // So the jobs need no `deployments: write`.
    for (const job of Object.values(doc().jobs)) expect(job.permissions?.deployments).toBeUndefined();
  });

  test('the /health check gives up in bounded time', () => {
    const health = releaseSteps().find((s) => s.name === 'Check /health') as WorkflowStep & {
      'timeout-minutes'?: number;
    };
    expect(health['timeout-minutes']).toBeLessThanOrEqual(5);
    expect(health.run).toMatch(/--max-time \d+/);
    expect(health.run).toMatch(/--retry-max-time \d+/);
  });
});

describe.each(workflowFiles.map((f) => [f.slice(root.length)]))('%s, as shipped', (file) => {
  const doc = () =>
    parse(readFileSync(join(root, file), 'utf8')) as {
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
  const steps = () => Object.values(doc().jobs).flatMap((job) => job.steps ?? []);

  test('every checkout leaves no credentials behind (persist-credentials: false)', () => {
    for (const step of steps().filter((s) => s.uses?.startsWith('actions/checkout@')))
      expect(step.with?.['persist-credentials']).toBe(false);
  });

  test('every action from another repository is pinned to a full commit SHA', () => {
    const unpinned = steps()
      .map((s) => s.uses ?? '')
      .filter((u) => u && !u.startsWith('./') && !u.startsWith('ecs-fargate-actions/ecs-fargate-actions/'))
      .filter((u) => !/@[0-9a-f]{40}$/.test(u));
    expect(unpinned).toEqual([]);
  });
});

test("the example caller reads only variables a reusable-workflow call can see (repository or organisation, not an environment's)", () => {
  const text = readFileSync(join(root, 'examples/workflows/staging.yml'), 'utf8');
  const caller = parse(text) as { jobs: Record<string, { uses?: string; environment?: unknown }> };
  for (const job of Object.values(caller.jobs)) if (job.uses) expect(job.environment).toBeUndefined();
  const used = [...new Set([...text.matchAll(/vars\.([A-Z0-9_]+)/g)].map((m) => m[1]))];
  expect(used.length).toBeGreaterThan(0);
  const header = text.slice(0, text.indexOf('\nname:'));
  expect(header).toMatch(/repository or organisation variables/i);
  expect(header).not.toMatch(/environment\W+variables/i);
  for (const name of used) expect(header).toContain(name);
});

test("development needs Node 22 or newer (CI runs the oldest supported and the runner's); the actions keep node24", () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    engines: { node: string };
    devDependencies: Record<string, string>;
  };
  expect(pkg.engines.node).toBe('>=22');
  expect(Number(/\d+/.exec(pkg.devDependencies['@types/node'])?.[0])).toBeGreaterThanOrEqual(22);
  const ci = parse(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: { check: { strategy: { matrix: { node: number[] } }; steps: WorkflowStep[] } };
  };
  expect(ci.jobs.check.strategy.matrix.node).toEqual([22, 24]);
  expect(ci.jobs.check.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(
    '${{ matrix.node }}',
  );
  expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(/Needs Node 22 or newer to develop/);
  for (const action of readdirSync(join(root, 'actions'))) {
    expect({
      action,
      using: (parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as { runs: { using: string } })
        .runs.using,
    }).toEqual({ action, using: 'node24' });
  }
});
