/**
 * production.yml as users call it and as the demo runs it: the demo walks its jobs and steps with its inputs (but
 * for the substitutions it declares), the jobs run and are skipped when GitHub would run and skip them, it sits
 * behind the environment with least privilege, and what the demo checks about each production run can fail.
 * (actionlint, declared inputs and pinned actions are checked for every workflow in workflows.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'yaml';

import { actionInputs, compressSteps, DEMO_SUBSTITUTIONS } from '../../scripts/demo/pipeline.js';
import {
  abortedProblems,
  BROKEN_SHA,
  PRODUCTION_WORKFLOW_PATH,
  productionInputs,
  type ProductionRun,
  promotedProblems,
  refusedProblems,
  ROLLBACK_WORKFLOW_PATH,
} from '../../scripts/demo/production.js';
import type { ColorState } from '../../scripts/demo/production-testbed.js';
import type { Testbed } from '../../scripts/demo/testbed.js';
import {
  type ExpressionContext,
  interpolate,
  planPipeline,
  readWorkflow,
  resolveInputs,
  stepRuns,
  type WorkflowStep,
} from '../../scripts/demo/workflow.js';

const root = new URL('../..', import.meta.url).pathname;
const workflow = readWorkflow(PRODUCTION_WORKFLOW_PATH);
const raw = parse(readFileSync(PRODUCTION_WORKFLOW_PATH, 'utf8')) as {
  jobs: Record<
    string,
    {
      environment?: unknown;
      concurrency?: { group: string; 'cancel-in-progress': boolean };
      permissions?: Record<string, string>;
      steps?: WorkflowStep[];
    }
  >;
};
const production = {
  url: 'http://127.0.0.1:4000',
  listenerRuleArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/trip/1/2/3',
  topicArn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
};
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const REGISTERED = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/trip-service:7';
const fakeTestbed = {
  databaseUrl: 'postgresql://127.0.0.1/trips',
  databases: { 'rides-production': 'postgresql://127.0.0.1/trips_production' },
} as unknown as Testbed;
const context = (
  inputs: Record<string, string | boolean> = productionInputs(production, SHA),
  needs: ExpressionContext['needs'] = {},
): ExpressionContext => ({
  inputs: resolveInputs(workflow, inputs),
  needs,
  steps: {
    promote: { outputs: { 'image-ref': '127.0.0.1:5000/rides/trip-service@sha256:abc' } },
    register: { outputs: { 'task-definition-arn': REGISTERED } },
  },
  secrets: { SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/x' },
  github: { sha: 'f'.repeat(40) },
});
const step = (job: string, id: string) => workflow.jobs[job].steps.find((s) => s.id === id)!;
const evaluated = (
  job: string,
  id: string,
  inputs?: Record<string, string | boolean>,
  needs?: ExpressionContext['needs'],
) =>
  Object.fromEntries(
    Object.entries(step(job, id).with ?? {}).map(([k, v]) => [k, String(interpolate(v, context(inputs, needs)))]),
  );

test("the demo walks production.yml's jobs and steps in order", () => {
  expect(
    planPipeline(workflow).map(
      (s) => `${s.job}:${s.kind.kind === 'action' ? `${s.kind.action}#${s.id}` : s.kind.kind}`,
    ),
  ).toEqual([
    'verify:aws-credentials',
    'verify:rollback#staging',
    'verify:run',
    'release:checkout',
    'release:aws-credentials',
    'release:build-push#promote',
    'release:deploy-ecs#register',
    'release:migrate#migrate',
    'release:bake-and-promote#bake',
    'rollback:aws-credentials',
    'rollback:rollback#rollback',
    'notify:run',
  ]);
});

test.each(
  planPipeline(workflow)
    .filter((s) => s.kind.kind === 'action')
    .map((s) => [s.id, s]),
)("the demo gives step %s the workflow's inputs, changed only where it says why", (_id, planned) => {
  const action = planned.kind.kind === 'action' ? planned.kind.action : '';
  const ctx = context(undefined, {
    release: { outputs: { verdict: 'aborted', reason: 'smoke fail', 'stable-revision': REGISTERED } },
  });
  const written = Object.fromEntries(
    Object.entries(planned.step.with ?? {}).map(([k, v]) => [k, String(interpolate(v, ctx))]),
  );
  const substituted = DEMO_SUBSTITUTIONS[action]?.inputs(fakeTestbed, written) ?? {};
  expect(actionInputs(planned, ctx, fakeTestbed)).toEqual({ ...written, ...substituted });
  const declared = Object.keys(
    (parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
  );
  expect(Object.keys(substituted).filter((n) => !declared.includes(n))).toEqual([]);
});

test('the demo passes the inputs the example caller passes for each service', () => {
  const caller = parse(readFileSync(join(root, 'examples/workflows/production.yml'), 'utf8')) as {
    jobs: Record<string, { uses?: string; with?: object }>;
  };
  const call = Object.values(caller.jobs).find((job) => job.uses?.includes('.github/workflows/production.yml'));
  expect(Object.keys(productionInputs(production, SHA)).sort()).toEqual(Object.keys(call?.with ?? {}).sort());
});

describe('one release: staging proof → promote → register → migrate → bake', () => {
  test('the staging proof is rollback verify-only of `sha:<the commit>` on the staging service (a gate: "not released: staging never completed …")', () => {
    expect(evaluated('verify', 'staging')).toMatchObject({
      cluster: 'rides-staging',
      service: 'trip-service',
      target: `sha:${SHA}`,
      'verify-only': 'true',
      environment: 'staging',
    });
    expect(evaluated('verify', 'staging')).not.toHaveProperty('sns-topic-arn');
  });

  test.each([
    [false, true, false],
    [true, false, true],
  ])('skip-staging-check %s: the proof runs %s, the override is said %s', (skip, proves, said) => {
    const ctx = context({ ...productionInputs(production, SHA), 'skip-staging-check': skip });
    expect(stepRuns(step('verify', 'staging'), ctx)).toBe(proves);
    expect(
      stepRuns(
        workflow.jobs.verify.steps.find((s) => s.name === 'staging check skipped')!,
        ctx,
      ),
    ).toBe(said);
  });

  test("the image is promoted from the commit's tag (no build input), and that image is what the revision runs, tagged with the commit", () => {
    const promote = evaluated('release', 'promote');
    expect(promote['promote-from']).toBe(SHA);
    expect(promote.tags).toBe(`${SHA}, production-${SHA}`);
    expect(Object.keys(promote).sort()).toEqual(['promote-from', 'registry-id', 'repository', 'tags']);
    expect(step('release', 'register').env?.IMAGE_URI).toBe('${{ steps.promote.outputs.image-ref }}');
    const register = evaluated('release', 'register');
    // Both colors: deploy-ecs diffs the release against the one serving, the revision it replaces.
    expect(register).toMatchObject({
      'register-only': 'true',
      'git-sha': SHA,
      cluster: 'rides-production',
      services: 'trip-service-blue, trip-service-green',
      service: '',
    });
    expect(register['template-vars'].split('\n')[0]).toBe(`GITHUB_SHA=${SHA}`);
  });

  test.each([
    ['', `111111111111.dkr.ecr.eu-west-1.amazonaws.com/rides/trip-service:${SHA}`],
    ['rides/staging/trip-service', `111111111111.dkr.ecr.eu-west-1.amazonaws.com/rides/staging/trip-service:${SHA}`],
  ])(
    "staging in its own account (repository %j): the image is copied from staging's registry by its full name, the SHA tagged in production",
    (repository, from) => {
      const inputs = {
        ...productionInputs(production, SHA),
        'staging-ecr-registry': '111111111111.dkr.ecr.eu-west-1.amazonaws.com',
        'staging-ecr-repository': repository,
      };
      const promote = evaluated('release', 'promote', inputs);
      expect(promote).toMatchObject({
        'promote-from': from,
        repository: 'rides/trip-service',
        tags: `${SHA}, production-${SHA}`,
      });
    },
  );

  test("migrate and the bake take the one registered revision; the bake gets the service's colors, rule, steps, smoke file and alarms", () => {
    expect(evaluated('release', 'migrate')['task-definition']).toBe(REGISTERED);
    expect(evaluated('release', 'bake')).toMatchObject({
      'task-definition': REGISTERED,
      services: 'trip-service-blue, trip-service-green',
      service: '',
      'listener-rule-arn': production.listenerRuleArn,
      steps: '10%:10m, 100%',
      'smoke-file': 'examples/trip-service/smoke.yml',
      alarms: 'trip-service-production-*',
      metrics: 'true',
    });
  });

  test("one service on ECS's own strategy (no colors): `service`, never `services`; its rollback names the stable revision", () => {
    const {
      'blue-service': _b,
      'green-service': _g,
      'listener-rule-arn': _r,
      ...native
    } = productionInputs(production, SHA);
    expect(evaluated('release', 'bake', native)).toMatchObject({ service: 'trip-service', services: '' });
    expect(evaluated('release', 'register', native).service).toBe('trip-service');
    const rollback = evaluated('rollback', 'rollback', native, {
      release: { outputs: { 'stable-revision': REGISTERED, reason: 'r' } },
    });
    expect(rollback).toMatchObject({ service: 'trip-service', services: '', target: REGISTERED });
  });

  test('the migration runs as in staging when enabled, and not at all when not', () => {
    expect(stepRuns(step('release', 'migrate'), context())).toBe(true);
    expect(
      stepRuns(step('release', 'migrate'), context({ ...productionInputs(production, SHA), migrate: false })),
    ).toBe(false);
  });
});

describe('which jobs run after what', () => {
  // A bake that read the service names its stable revision (task-definition-before), whatever its verdict.
  const jobRuns = (job: string, results: Record<string, string>, verdict = '', stable = verdict ? REGISTERED : '') =>
    stepRuns(workflow.jobs[job], {
      ...context(
        undefined,
        Object.fromEntries(
          Object.entries(results).map(([name, result]) => [
            name,
            {
              result,
              outputs: (name === 'release' ? { verdict, 'stable-revision': stable } : {}) as Record<string, string>,
            },
          ]),
        ),
      ),
      status: {
        failed: Object.values(results).includes('failure'),
        success: Object.values(results).every((r) => r === 'success'),
      },
    });

  test.each([
    ['a bake that aborted', { verify: 'success', release: 'failure' }, 'aborted', true],
    ['a bake that failed', { verify: 'success', release: 'failure' }, 'failed', true],
    // Before the bake production's traffic never moved: `previous` would undo the release before this one.
    ['a failure before the bake (promote, register, migrate)', { verify: 'success', release: 'failure' }, '', false],
    ['a refused commit', { verify: 'failure', release: 'skipped' }, '', false],
    ['a promoted release', { verify: 'success', release: 'success' }, 'promoted', false],
  ])('the rollback job after %s: %s', (_what, results, verdict, runs) => {
    expect(jobRuns('rollback', results, verdict)).toBe(runs);
  });

  test('no rollback after a bake that failed before it read the service: nothing moved, and an empty target would mean `previous`', () => {
    expect(jobRuns('rollback', { verify: 'success', release: 'failure' }, 'failed', '')).toBe(false);
    expect(jobRuns('rollback', { verify: 'success', release: 'failure' }, 'failed', REGISTERED)).toBe(true);
  });

  test.each([
    ['skipped', true],
    // The rollback tells the team itself, whatever its outcome.
    ['success', false],
    ['failure', false],
  ])("the notify job when the rollback job's result is %s: %s", (rollback, runs) => {
    expect(jobRuns('notify', { verify: 'success', release: 'failure', rollback })).toBe(runs);
    expect(jobRuns('notify', { verify: 'success', release: 'success', rollback })).toBe(runs);
  });
});

describe('production.yml behind the environment, with least privilege', () => {
  test('every job touching production AWS runs in the environment; the staging check and the notice do not', () => {
    expect(raw.jobs.release.environment).toEqual({
      name: '${{ inputs.environment }}',
      url: '${{ inputs.environment-url }}',
    });
    expect(raw.jobs.rollback.environment).toBe('${{ inputs.environment }}');
    expect(raw.jobs.verify.environment).toBeUndefined();
    expect(raw.jobs.notify.environment).toBeUndefined();
  });

  test('one release per service at a time, never cancelled; the rollback has the group rollback.yml uses, so it never waits behind a bake', () => {
    expect(raw.jobs.release.concurrency).toEqual({
      group: 'release-${{ inputs.service }}-${{ inputs.environment }}',
      'cancel-in-progress': false,
    });
    const manual = parse(readFileSync(ROLLBACK_WORKFLOW_PATH, 'utf8')) as {
      jobs: { rollback: { concurrency: { group: string } } };
    };
    expect(raw.jobs.rollback.concurrency?.group).toBe(manual.jobs.rollback.concurrency.group);
    expect(raw.jobs.rollback.concurrency?.group).not.toBe(raw.jobs.release.concurrency?.group);
  });

  test('permissions: nothing at the top; OIDC where AWS is called, contents only to check out, nothing to notify', () => {
    const doc = parse(readFileSync(PRODUCTION_WORKFLOW_PATH, 'utf8')) as { permissions: object };
    expect(doc.permissions).toEqual({});
    expect(raw.jobs.verify.permissions).toEqual({ 'id-token': 'write' });
    expect(raw.jobs.release.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(raw.jobs.rollback.permissions).toEqual({ 'id-token': 'write' });
    expect(raw.jobs.notify.permissions).toEqual({});
  });

  test("third-party actions are pinned to the SHAs deploy.yml uses; this repository's actions at main (a release pins them); no nested reusable workflow", () => {
    const pins = (path: string) =>
      new Map(
        [...readFileSync(path, 'utf8').matchAll(/uses: ([\w-]+\/[\w-]+)@([0-9a-f]{40})/g)].map((m) => [m[1], m[2]]),
      );
    const deployPins = pins(join(root, '.github/workflows/deploy.yml'));
    for (const [action, sha] of pins(PRODUCTION_WORKFLOW_PATH))
      expect({ action, sha }).toEqual({ action, sha: deployPins.get(action) });
    const ours = [
      ...readFileSync(PRODUCTION_WORKFLOW_PATH, 'utf8').matchAll(
        /^\s+(?:- )?uses: (ecs-fargate-actions\/ecs-fargate-actions\/\S+)/gm,
      ),
    ].map((m) => m[1]);
    expect(ours.length).toBeGreaterThan(4);
    expect(ours.filter((u) => !/\/actions\/[\w-]+@main$/.test(u))).toEqual([]);
  });

  test('the notice step reads its values from env, never pasted into the script', () => {
    const notice = workflow.jobs.notify.steps[0];
    expect(notice.run).not.toMatch(/\$\{\{/);
    expect(notice.env?.SLACK_WEBHOOK_URL).toBe('${{ secrets.SLACK_WEBHOOK_URL }}');
  });
});

describe('what the demo checks about each production run', () => {
  const color = (
    service: string,
    sha: string,
    weight: number,
    desiredCount = weight ? 2 : 0,
    revision = sha ? 6 : 5,
  ): ColorState => ({
    service,
    sha,
    weight,
    desiredCount,
    taskDefinitionArn: `arn:aws:ecs:eu-west-1:1:task-definition/trip-service:${revision}`,
  });
  const ran = (id: string, outputs: Record<string, string>, exitCode = 0) => ({
    job: 'release',
    id,
    title: id,
    outputs,
    exitCode,
  });
  const good: ProductionRun = {
    sha: SHA,
    steps: [
      ran('promote', { result: 'promoted' }),
      ran('migrate', { 'applied-count': '2' }),
      ran('bake', {
        verdict: 'promoted',
        timeline: JSON.stringify({ weights: [{ weight: 0 }, { weight: 10 }, { weight: 100 }] }),
      }),
    ],
    jobs: { verify: 'success', release: 'success', rollback: 'skipped', notify: 'success' },
    outputs: {},
    colors: [color('trip-service-blue', '', 0), color('trip-service-green', SHA, 100)],
    slack: ['✅ trip-service a1b2c3d promoted'],
    sns: [],
    traffic: { byColor: { 'trip-service-green': 20 }, errors: 0 },
  };

  test('a promoted release: at 100% on the new color, the old drained, told; anything less is called out', () => {
    expect(promotedProblems(good, SHA)).toEqual([]);
    expect(
      promotedProblems(
        { ...good, colors: [color('trip-service-blue', '', 90), color('trip-service-green', SHA, 10)] },
        SHA,
      ),
    ).toEqual([
      expect.stringContaining('100% of traffic is not on a1b2c3d'),
      'the old color was not drained and scaled in',
    ]);
    expect(
      promotedProblems({ ...good, steps: [ran('promote', { result: 'built' }), ...good.steps.slice(1)] }, SHA),
    ).toEqual(['build-push did not promote (result built)']);
  });

  const aborted: ProductionRun = {
    sha: BROKEN_SHA,
    steps: [
      ran('bake', { verdict: 'aborted', reason: 'a check failed at 10%: smoke fail' }, 1),
      { ...ran('rollback', { status: 'unchanged' }), job: 'rollback' },
    ],
    failed: ran('bake', {}, 1),
    jobs: { verify: 'success', release: 'failure', rollback: 'success', notify: 'skipped' },
    outputs: {},
    colors: [color('trip-service-blue', BROKEN_SHA, 0, 0, 7), color('trip-service-green', SHA, 100)],
    slack: [...good.slack, 'ℹ️ rollback: nothing to roll back for trip-service-green on production'],
    sns: ['ℹ️ rollback: nothing to roll back for trip-service-green'],
    traffic: { byColor: { 'trip-service-green': 20, 'trip-service-blue': 0 }, errors: 0 },
  };

  test('a broken release: traffic must be back at 100% on the good version, the canary scaled in, rolled back and alerted once', () => {
    expect(abortedProblems(aborted, good)).toEqual([]);
    expect(
      abortedProblems(
        {
          ...aborted,
          colors: [color('trip-service-blue', BROKEN_SHA, 10, 2, 7), color('trip-service-green', SHA, 90)],
        },
        good,
      ),
    ).toEqual([
      expect.stringContaining('traffic is not back at 100% on the good version'),
      'the broken color still runs tasks',
    ]);
    expect(
      abortedProblems(
        { ...aborted, traffic: { byColor: { 'trip-service-green': 18, 'trip-service-blue': 2 }, errors: 2 } },
        good,
      ),
    ).toHaveLength(1);
    expect(abortedProblems({ ...aborted, sns: [] }, good)).toEqual(['SNS got 0 alert(s), not 1']);
    expect(abortedProblems({ ...aborted, jobs: { ...aborted.jobs, notify: 'success' } }, good)).toEqual([
      'the notify job posted a second notice',
    ]);
  });

  test('a refused commit: stopped at the staging check, nothing else ran, Slack told', () => {
    const refused: ProductionRun = {
      ...good,
      steps: [],
      failed: { ...ran('staging', {}, 1), job: 'verify' },
      jobs: { verify: 'failure', release: 'skipped', rollback: 'skipped', notify: 'success' },
      colors: [color('trip-service-blue', '', 100)],
      slack: ['⛔ not released'],
    };
    expect(refusedProblems(refused)).toEqual([]);
    expect(refusedProblems({ ...refused, jobs: { ...refused.jobs, release: 'success' } })).toEqual([
      'the release job success',
    ]);
  });
});

test.each([
  ['10%:10m, 100%', '10%:10s, 100%'],
  ['5%:5m, 25%:5m, 50%:90s, 100%', '5%:10s, 25%:10s, 50%:10s, 100%'],
])('bake steps %s are compressed to %s', (given, compressed) => expect(compressSteps(given)).toBe(compressed));

test.each([
  [{}, { service: 'trip-service', services: '', 'listener-rule-arn': '' }],
  [
    { colors: 'trip-service-blue, trip-service-green', 'listener-rule-arn': 'arn:rule' },
    { service: '', services: 'trip-service-blue, trip-service-green', 'listener-rule-arn': 'arn:rule' },
  ],
])('rollback.yml by hand with %j rolls back one service or flips two colors', (extra, expected) => {
  const manual = readWorkflow(ROLLBACK_WORKFLOW_PATH);
  const inputs = resolveInputs(
    manual,
    { service: 'trip-service', environment: 'production', reason: 'r', ...extra },
    'workflow_dispatch',
  );
  const ctx: ExpressionContext = {
    inputs,
    needs: {},
    steps: {},
    github: {},
    vars: { ECS_CLUSTER: 'rides-production' },
    secrets: {},
  };
  const given = Object.fromEntries(
    Object.entries(manual.jobs.rollback.steps.find((s) => s.id === 'rollback')!.with ?? {}).map(([k, v]) => [
      k,
      String(interpolate(v, ctx)),
    ]),
  );
  expect(given).toMatchObject({ ...expected, cluster: 'rides-production' });
});

describe('the notice says what happened', () => {
  const notice = (env: Record<string, string>) => {
    const summary = join(mkdtempSync(join(tmpdir(), 'notice-')), 'summary.md');
    const base = {
      SERVICE: 'trip-service',
      ENVIRONMENT: 'production',
      SHA,
      VERIFY: 'success',
      RELEASE: 'success',
      VERDICT: '',
      REASON: '',
      RUN_URL: 'https://github.com/o/r/actions/runs/1',
      SLACK_WEBHOOK_URL: '',
      GITHUB_STEP_SUMMARY: summary,
    };
    const ran = spawnSync('bash', ['-e', '-c', workflow.jobs.notify.steps[0].run!], {
      env: { PATH: process.env.PATH, ...base, ...env },
      encoding: 'utf8',
    });
    expect(ran.status).toBe(0);
    return { line: ran.stdout.split('\n')[0], summary: readFileSync(summary, 'utf8') };
  };

  test.each([
    [
      { VERDICT: 'promoted', REASON: 'promoted through 10% → 100%' },
      '✅ trip-service a1b2c3d promoted in production. promoted through 10% → 100%',
    ],
    [
      { VERIFY: 'failure', RELEASE: 'skipped' },
      '⛔ trip-service a1b2c3d not released to production: staging never completed a rollout of it (or the check failed). Production unchanged.',
    ],
    [
      { RELEASE: 'failure' },
      '❌ trip-service a1b2c3d release to production failed before traffic moved (failure). Production unchanged.',
    ],
    [
      { RELEASE: 'failure', VERDICT: 'aborted', REASON: 'a check failed at 10%' },
      '❌ trip-service a1b2c3d bake aborted in production: a check failed at 10% (no rollback run)',
    ],
  ])('%j', (env, line) => {
    const { line: said, summary } = notice(env);
    expect(said).toBe(line);
    expect(summary).toBe(`> ${line} [run](https://github.com/o/r/actions/runs/1)\n`);
  });
});
