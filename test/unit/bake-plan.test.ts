/** The pure plan of a bake over ALB weights, and the action's inputs: tables, no mocks. */
import { mkdtempSync, writeFileSync } from 'node:fs';

import { readBakeInputs } from '../../actions/bake-and-promote/src/inputs.js';
import { PlanError } from '../../lib/core/errors.js';
import { memoryIO } from '../../lib/core/io.js';
import { type Color, type ObservedPair, planAlb, restoreTarget } from '../../lib/traffic/alb/plan.js';
import { parseSteps } from '../../lib/traffic/steps.js';

const BLUE_TG = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-blue/1';
const GREEN_TG = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-green/2';
const V1 = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:1';
const V2 = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:2';
const blue: Color = { service: 'web-blue', targetGroupArn: BLUE_TG, taskDefinition: V1, desiredCount: 3 };
const green: Color = { service: 'web-green', targetGroupArn: GREEN_TG, taskDefinition: V1, desiredCount: 0 };
const pair = (split: Record<string, number>, extra: Partial<ObservedPair> = {}): ObservedPair => ({
  colors: [blue, green],
  split,
  ...extra,
});
const steps = parseSteps('10%:10m, 50%:5m, 100%');

describe('which color bakes, and where traffic goes back to', () => {
  test.each([
    ['blue live, green idle', { [BLUE_TG]: 100, [GREEN_TG]: 0 }, undefined, 'web-blue', 'web-green'],
    ['green live (after an earlier promotion)', { [BLUE_TG]: 0, [GREEN_TG]: 100 }, undefined, 'web-green', 'web-blue'],
    ['a bare TargetGroupArn counts as 100%', { [BLUE_TG]: 1 }, undefined, 'web-blue', 'web-green'],
    [
      'a left-behind split with a recorded stable',
      { [BLUE_TG]: 90, [GREEN_TG]: 10 },
      GREEN_TG,
      'web-green',
      'web-blue',
    ],
  ])('%s', (_what, split, recordedStable, stable, canary) => {
    const plan = planAlb('bake', V2, steps, pair(split, { recordedStable }));
    if (plan.action !== 'bake') throw new Error(plan.action);
    expect([plan.stable.service, plan.canary.service]).toEqual([stable, canary]);
    expect(plan.restore).toEqual({ [plan.stable.targetGroupArn]: 100, [plan.canary.targetGroupArn]: 0 });
    expect(plan.shifts.map((s) => s.split[plan.canary.targetGroupArn])).toEqual([10, 50, 100]);
    expect(plan.desiredCount).toBe(plan.stable.service === 'web-blue' ? 3 : 1);
    expect(!!plan.leftover).toBe(recordedStable !== undefined);
  });

  test('a split nobody recorded is refused: neither color can be assumed stable', () => {
    expect(() => planAlb('bake', V2, steps, pair({ [BLUE_TG]: 60, [GREEN_TG]: 40 }))).toThrow(PlanError);
    expect(() => planAlb('abort', undefined, steps, pair({ [BLUE_TG]: 60, [GREEN_TG]: 40 }))).toThrow(
      /no bake recorded which color is stable/,
    );
  });

  test.each([
    ['bake of the revision already live', 'bake', V1, { [BLUE_TG]: 100, [GREEN_TG]: 0 }, undefined, 'nothing'],
    ['abort with all traffic on stable', 'abort', undefined, { [BLUE_TG]: 100, [GREEN_TG]: 0 }, undefined, 'nothing'],
    ['abort mid-split', 'abort', undefined, { [BLUE_TG]: 90, [GREEN_TG]: 10 }, BLUE_TG, 'restore'],
    [
      'abort during a hold flips back to the recorded stable',
      'abort',
      undefined,
      { [BLUE_TG]: 0, [GREEN_TG]: 100 },
      BLUE_TG,
      'restore',
    ],
    ['status changes nothing', 'status', undefined, { [BLUE_TG]: 90, [GREEN_TG]: 10 }, BLUE_TG, 'status'],
  ] as const)('%s', (_what, mode, revision, split, recordedStable, action) => {
    const plan = planAlb(mode, revision, steps, pair(split, { recordedStable }));
    expect(plan.action).toBe(action);
    if (plan.action === 'restore') expect(plan.restore).toEqual({ [BLUE_TG]: 100, [GREEN_TG]: 0 });
  });

  test('promote-now goes straight to 100% after the same gate', () => {
    const plan = planAlb('promote-now', V2, steps, pair({ [BLUE_TG]: 100, [GREEN_TG]: 0 }));
    expect(plan.action === 'bake' && plan.shifts.map((s) => [s.weight, s.bakeMs])).toEqual([[100, 0]]);
  });

  test('a canary already on the revision at the right size is not rolled again', () => {
    const plan = planAlb('bake', V2, steps, {
      colors: [blue, { ...green, taskDefinition: 'web:2', desiredCount: 3 }],
      split: { [BLUE_TG]: 100, [GREEN_TG]: 0 },
    });
    expect(plan.action === 'bake' && plan.rollOut).toBe(false);
  });

  test.each([
    [false, { [BLUE_TG]: 100, [GREEN_TG]: 0 }],
    [true, { [GREEN_TG]: 100, [BLUE_TG]: 0 }],
  ])('after an interruption, promoted=%s restores %j', (promoted, expected) => {
    expect(restoreTarget(BLUE_TG, GREEN_TG, promoted)).toEqual(expected);
  });
});

describe('inputs', () => {
  const base = {
    cluster: 'prod',
    services: 'web-blue,web-green',
    'listener-rule-arn': 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/web/1/2/3',
    'task-definition': V2,
    alarms: 'web-5xx',
  };
  const env = { AWS_REGION: 'eu-west-1' };
  test('defaults: 10% for 10 minutes then 100%, checks every 30s, extend when undecided', () => {
    const inputs = readBakeInputs(memoryIO(base), env);
    expect(inputs.steps).toEqual([
      { weight: 10, bakeMs: 600_000 },
      { weight: 100, bakeMs: 0 },
    ]);
    expect([inputs.mode, inputs.checkIntervalMs, inputs.inconclusive, inputs.route?.kind]).toEqual([
      'bake',
      30_000,
      'extend',
      'rule',
    ]);
  });
  test('`steps: 100%` alone is taken only with the explicit opt-in; identity reads as given', () => {
    expect(readBakeInputs(memoryIO({ ...base, steps: '100%', 'skip-canary-steps': 'true' }), env).steps).toEqual([
      { weight: 100, bakeMs: 0 },
    ]);
    expect(
      readBakeInputs(memoryIO({ ...base, 'canary-identity': '/version header:X-Release' }), env).identitySource,
    ).toEqual({ path: '/version', header: 'x-release' });
    expect(readBakeInputs(memoryIO({ ...base, 'canary-identity': 'off' }), env).identitySource).toBeUndefined();
  });
  test.each([
    ['steps', { steps: '10%:1m, 90%' }, /the last step is 90%, not 100%/],
    ['steps', { steps: '10%:1m, 5%:1m, 100%' }, /5% does not increase on 10%/],
    [
      'task-definition',
      { 'task-definition': 'web' },
      /Invalid `task-definition` "web": expected a registered revision/,
    ],
    ['task-definition', { 'task-definition': '' }, /is required for mode bake/],
    ['listener-rule-arn', { 'listener-rule-arn': '' }, /is required with two services/],
    ['services', { services: 'a,b,c' }, /names 3 services/],
    ['mode', { mode: 'yolo' }, /one of bake, status, abort, promote-now/],
    ['check-interval', { 'check-interval': 'soon' }, /a duration like/],
    ['max-5xx-increase', { 'max-5xx-increase': '2' }, /a percentage from 0% to 100%/],
    ['wait', { wait: 'false' }, /must stay true/],
    ['smoke-file', { alarms: '' }, /no check is configured/],
    ['metrics', { services: 'web', 'listener-rule-arn': '', metrics: 'true' }, /compares the two target groups/],
    [
      'steps',
      { steps: '100%' },
      /Invalid `steps` "100%": expected at least one step below 100%.*skip-canary-steps: true/,
    ],
    ['confidence', { confidence: '100%' }, /Invalid `confidence` "100%": expected a percentage from 50% to below 100%/],
    ['canary-identity', { 'canary-identity': 'health version' }, /Invalid `canary-identity` "health version"/],
  ])('`%s` %j is refused', (_input, extra, message) => {
    expect(() => readBakeInputs(memoryIO({ ...base, ...extra }), env)).toThrow(message);
  });
});

describe('the summary a person reads', () => {
  test('the weight chart draws steps: each change is a vertical edge at its time', async () => {
    const { weightChart } = await import('../../actions/bake-and-promote/src/summary.js');
    const chart = weightChart([
      { atMs: 0, weight: 0, event: 'start' },
      { atMs: 4_000, weight: 10, event: '10%' },
      { atMs: 64_000, weight: 100, event: '100%' },
    ]);
    expect(chart).toContain('x-axis "seconds" ["0", "4", "4", "64", "64"]');
    expect(chart).toContain('line [0, 0, 10, 10, 100]');
  });

  test('an aborted bake says so, shows the split restored and the round that failed', async () => {
    const { bakeSummary } = await import('../../actions/bake-and-promote/src/summary.js');
    const md = bakeSummary(
      {
        provider: 'alb',
        verdict: 'aborted',
        reason: 'a check failed at 10%: smoke fail: orders on canary: status 500',
        finalWeights: { 'web-blue': 100, 'web-green': 0 },
        marks: [
          { atMs: 0, weight: 0, event: 'start' },
          { atMs: 3000, weight: 10, event: '10%' },
          { atMs: 5000, weight: 0, event: 'restored' },
        ],
        rounds: [
          {
            atMs: 5000,
            step: 1,
            weight: 10,
            verdict: 'fail',
            outcomes: [{ kind: 'smoke', outcome: 'fail', detail: 'orders on canary: status 500' }],
          },
        ],
        taskDefinitionBefore: V1,
        taskDefinitionAfter: V1,
        restoreMs: 42,
        notes: [],
      },
      'prod',
    );
    expect(md).toContain('## bake-and-promote: 🛑 aborted: traffic back on stable');
    expect(md).toContain('| web-blue | 100% |');
    expect(md).toContain('| 5s | 10% | fail | fail: orders on canary: status 500 |');
    expect(md).toContain('| prod | ALB weights (blue/green) | web:1 | web:1 | 42ms |');
  });
});

describe('the ECS native plan: the whole deploymentConfiguration', () => {
  const nativeService = (config: Record<string, unknown>, controller = 'ECS') =>
    ({
      serviceName: 'web',
      deploymentController: { type: controller },
      deploymentConfiguration: config,
    }) as unknown as import('@aws-sdk/client-ecs').Service;
  const lambdaHook = {
    targetType: 'AWS_LAMBDA',
    hookTargetArn: 'arn:aws:lambda:eu-west-1:123456789012:function:warm',
    lifecycleStages: ['POST_SCALE_UP'],
  };

  test('keeps every field the service had, adds our PAUSE hook and wires the alarms in with rollback', async () => {
    const { planNative } = await import('../../lib/traffic/ecs-native/plan.js');
    const plan = planNative(
      nativeService({
        strategy: 'CANARY',
        maximumPercent: 200,
        bakeTimeInMinutes: 5,
        canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 10 },
        lifecycleHooks: [lambdaHook],
        alarms: { alarmNames: ['theirs'], enable: false, rollback: false },
      }),
      ['web-5xx'],
      parseSteps('10%:10m, 100%'),
      false,
      20,
    );
    expect(plan.deploymentConfiguration).toEqual({
      strategy: 'CANARY',
      maximumPercent: 200,
      bakeTimeInMinutes: 5,
      canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 10 },
      lifecycleHooks: [
        lambdaHook,
        {
          targetType: 'PAUSE',
          lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT'],
          timeoutConfiguration: { timeoutInMinutes: 20, action: 'ROLLBACK' },
        },
      ],
      alarms: { alarmNames: ['theirs', 'web-5xx'], enable: true, rollback: true },
    });
  });

  test('a PAUSE hook of an earlier run is replaced, not doubled; explicit steps become the canary', async () => {
    const { planNative } = await import('../../lib/traffic/ecs-native/plan.js');
    const first = planNative(nativeService({ strategy: 'CANARY' }), [], parseSteps('20%:3m, 100%'), true, 20);
    const again = planNative(
      nativeService(first.deploymentConfiguration as Record<string, unknown>),
      [],
      parseSteps('20%:3m, 100%'),
      true,
      20,
    );
    expect(again.deploymentConfiguration.lifecycleHooks).toHaveLength(1);
    expect(again.deploymentConfiguration.canaryConfiguration).toEqual({
      canaryPercent: 20,
      canaryBakeTimeInMinutes: 3,
    });
  });

  test.each([
    [
      'CodeDeploy',
      {},
      'CODE_DEPLOY',
      false,
      '10%:10m, 100%',
      /is baked through a CodeDeploy deployment, not ECS's own strategies/,
    ],
    [
      'a ROLLING service',
      { strategy: 'ROLLING' },
      'ECS',
      false,
      '10%:10m, 100%',
      /ROLLING strategy, which shifts no traffic to bake; set its strategy to CANARY, LINEAR or BLUE_GREEN, deploy it with CodeDeploy/,
    ],
    [
      'steps on LINEAR',
      { strategy: 'LINEAR' },
      'ECS',
      true,
      '10%:10m, 100%',
      /Invalid `steps`: with ECS's LINEAR strategy/,
    ],
    ['steps in seconds', { strategy: 'CANARY' }, 'ECS', true, '10%:90s, 100%', /whole minutes; 90s is not/],
    ['three steps on CANARY', { strategy: 'CANARY' }, 'ECS', true, '10%:1m, 50%:1m, 100%', /maps only onto CANARY as/],
  ])('%s is refused before anything changes', async (_what, config, controller, given, steps, message) => {
    const { planNative } = await import('../../lib/traffic/ecs-native/plan.js');
    expect(() => planNative(nativeService(config, controller), [], parseSteps(steps), given, 20)).toThrow(message);
  });

  test.each([
    ['pass', 'promoted'],
    ['fail', 'aborted'],
    ['undecided', 'aborted'],
  ] as const)(
    'at a paused hook the driver answers from the checks: %s → %s (undecided only after max-extension of indecision)',
    async (verdict, outcome) => {
      const { walkSteps } = await import('../../actions/bake-and-promote/src/driver.js');
      const { fakeClock } = await import('../support/clock.js');
      const clock = fakeClock(0);
      // A platform that has paused at 10% for our word, and moves on only when answered.
      let weight = 0;
      const reading = () => ({ weight, shares: {}, waiting: true, detail: `${weight}%` });
      const provider = {
        advance: async (i: number) => ((weight = [0, 10, 100][i]), { done: true as const, reading: reading() }),
        read: async () => reading(),
      };
      const result = await walkSteps(
        [
          { weight: 0, bakeMs: 0 },
          { weight: 10, bakeMs: 1000 },
          { weight: 100, bakeMs: 0 },
        ],
        { intervalMs: 1000, inconclusive: 'extend', maxExtensionMs: 60_000 },
        {
          clock,
          signal: new AbortController().signal,
          io: memoryIO(),
          checks: async () => [
            { kind: 'smoke', outcome: verdict === 'undecided' ? 'inconclusive' : verdict, detail: '' },
          ],
          provider,
          marks: [],
          startedAt: 0,
        },
      );
      expect(result.verdict).toBe(outcome);
      if (verdict === 'undecided') expect(result.decidedAt).toBe(61_000);
    },
  );
});

test('a bake that died in its hold (all traffic on its canary, its stable color still recorded) is not baked over: one clear error', () => {
  const diedInHold = pair({ [BLUE_TG]: 0, [GREEN_TG]: 100 }, { recordedStable: BLUE_TG });
  for (const mode of ['bake', 'promote-now'] as const) {
    expect(() => planAlb(mode, V2, steps, diedInHold)).toThrow(
      /all traffic is on web-green .*but a bake recorded web-blue as stable and never finished.*run mode abort/,
    );
  }
  // The way out it names works: abort flips back to the recorded stable color.
  expect(planAlb('abort', undefined, steps, diedInHold)).toMatchObject({
    action: 'restore',
    restore: { [BLUE_TG]: 100, [GREEN_TG]: 0 },
  });
});

test('a smoke file error never shows a ${VAR} value it expanded: every value the file names is masked before it is parsed', () => {
  const dir = mkdtempSync('/tmp/smoke-secret-');
  writeFileSync(`${dir}/smoke.yml`, 'checks:\n  - name: health\n    path: /health\n    method: ${SMOKE_TOKEN}\n');
  const io = memoryIO({
    cluster: 'prod',
    services: 'web-blue,web-green',
    'listener-rule-arn': 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/web/1/2/3',
    'task-definition': V2,
    'smoke-file': 'smoke.yml',
    'canary-url': 'http://127.0.0.1:1',
  });
  let message = '';
  try {
    readBakeInputs(io, { AWS_REGION: 'eu-west-1', GITHUB_WORKSPACE: dir, SMOKE_TOKEN: 'S3NT1NEL-smoke-token' });
  } catch (err) {
    message = (err as Error).message;
  }
  expect(message).toMatch(/smoke.yml:4/);
  // Whatever the error quotes, the runner masks the token: it was registered before the parse.
  expect(io.secrets).toContain('S3NT1NEL-smoke-token');
});

test('a valid smoke file: the value of every ${VAR} it uses (a header token, a URL query) is masked before any round logs a line', () => {
  const dir = mkdtempSync('/tmp/smoke-secret-');
  writeFileSync(
    `${dir}/smoke.yml`,
    'defaults:\n  headers: { authorization: "Bearer ${SMOKE_TOKEN}" }\nchecks:\n  - name: health\n    path: /health\n  - name: partner\n    url: https://partner.example.com/ping?key=${PARTNER_KEY}\n',
  );
  const io = memoryIO({
    cluster: 'prod',
    services: 'web-blue,web-green',
    'listener-rule-arn': 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/web/1/2/3',
    'task-definition': V2,
    'smoke-file': 'smoke.yml',
    'canary-url': 'http://127.0.0.1:1',
  });
  const inputs = readBakeInputs(io, {
    AWS_REGION: 'eu-west-1',
    GITHUB_WORKSPACE: dir,
    SMOKE_TOKEN: 'S3NT1NEL-smoke-token',
    PARTNER_KEY: 'pk-0123456789',
  });
  expect(inputs.smoke?.checks.map((c) => c.name)).toEqual(['health', 'partner']);
  expect(io.secrets).toEqual(expect.arrayContaining(['S3NT1NEL-smoke-token', 'pk-0123456789']));
});

test('abort never sends all traffic to a color that runs no tasks (a bake that died after scaling the old color in, before clearing its record)', () => {
  const scaledIn: Color = { ...blue, desiredCount: 0 };
  const live: Color = { ...green, taskDefinition: V2, desiredCount: 3 };
  const afterPromotion: ObservedPair = {
    colors: [scaledIn, live],
    split: { [BLUE_TG]: 0, [GREEN_TG]: 100 },
    recordedStable: BLUE_TG,
  };
  expect(() => planAlb('abort', undefined, steps, afterPromotion)).toThrow(
    /abort would send all traffic to web-blue .*0 task\(s\).*which runs no tasks; traffic stays .*web-green 100%/,
  );
  // A split whose recorded stable color runs nothing is refused the same way, leaving the split for a person.
  expect(() =>
    planAlb('abort', undefined, steps, { ...afterPromotion, split: { [BLUE_TG]: 50, [GREEN_TG]: 50 } }),
  ).toThrow(/which runs no tasks/);
  // With tasks, the same state flips back as before.
  expect(planAlb('abort', undefined, steps, { ...afterPromotion, colors: [blue, live] })).toMatchObject({
    action: 'restore',
    restore: { [BLUE_TG]: 100, [GREEN_TG]: 0 },
  });
});
