/**
 * The bundled bake-and-promote run as the runner runs it, against moto (ECS, ELBv2, CloudWatch) and two loopback
 * version servers behind a front that routes by the rule's weights as moto holds them. Bakes are compressed
 * (`10%:3s, 100%`, a 1s check interval); each test says what a user would see in production.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeServicesCommand, ECSClient, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import {
  AddTagsCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { encodeLease, LEASE_TAG } from '../../lib/traffic/lease.js';
import { listenerOfRule, observeRoute } from '../../lib/traffic/listener-weights.js';
import { percentOf } from '../../lib/traffic/split.js';
import { TEST_ROUTE_HEADER, TEST_ROUTE_TAG } from '../../lib/traffic/test-route.js';
import { seedAlb, type SeededAlb } from '../support/alb-seed.js';
import { seedBakePair } from '../support/bake-seed.js';
import { startGithubApi } from '../support/github-api.js';
import { type Moto, startMoto, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { type DistRunOptions, runDist } from '../support/run-dist.js';
import { startVersion, type VersionServer } from '../support/versions.js';
import { startWeightedFront, type WeightedFront } from '../support/weighted-front.js';

let moto: Moto;
let ecs: ECSClient;
let elb: ElasticLoadBalancingV2Client;
let cw: CloudWatchClient;
let alb: SeededAlb;
let blue: VersionServer;
let green: VersionServer;
let front: WeightedFront;
let newRevision: string;
const dir = mkdtempSync(join(tmpdir(), 'bake-e2e-'));
const smokeFile = join(dir, 'smoke.yml');
writeFileSync(
  smokeFile,
  [
    'defaults: { timeout: 2s }',
    'checks:',
    '  - name: health',
    '    path: /health',
    '    expect: { status: 200, json: [{ path: $.status, equals: ok }] }',
    '  - name: orders',
    '    path: /api/orders',
    '',
  ].join('\n'),
);

beforeAll(async () => {
  moto = await startMoto();
  useMotoEnv(moto);
  [blue, green] = await Promise.all([startVersion('blue'), startVersion('green')]);
}, 90_000);
afterAll(async () => {
  await Promise.all([blue?.stop(), green?.stop()]);
  await moto?.stop();
});
beforeEach(async () => {
  await moto.reset();
  useMotoEnv(moto);
  ecs = new ECSClient({ region: TEST_REGION });
  elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
  cw = new CloudWatchClient({ region: TEST_REGION });
  blue.setBehaviour({ mode: 'healthy' });
  green.setBehaviour({ mode: 'healthy' });
  ({ alb, newRevision } = await seedBakePair());
  front = await startWeightedFront({
    route: { kind: 'rule', ruleArn: alb.ruleArn },
    backends: { [alb.blue]: blue.url, [alb.green]: green.url },
    refreshMs: 100,
    elbv2: elb,
  });
});
afterEach(async () => {
  await front?.stop();
  ecs.destroy();
  elb.destroy();
  cw.destroy();
});

const inputs = (extra: Record<string, string> = {}) => ({
  cluster: 'prod',
  services: 'web-blue, web-green',
  'listener-rule-arn': alb.ruleArn,
  'task-definition': newRevision,
  steps: '10%:3s, 100%',
  'check-interval': '1s',
  'poll-interval': '1s',
  'wait-timeout': '20s',
  'smoke-file': smokeFile,
  // Canary checks go through the front with the bake's test-route header; the version servers report their name.
  'canary-version': 'green',
  'production-url': front.url,
  ...extra,
});
const bake = (extra: Record<string, string> = {}, options: DistRunOptions = {}) =>
  runDist('bake-and-promote', {
    inputs: inputs(extra),
    timeoutMs: 90_000,
    ...options,
    env: { ...moto.env, ...options.env },
  });

/** The canary's share as moto holds it now. */
async function greenShare(): Promise<number> {
  return percentOf((await observeRoute(elb, { kind: 'rule', ruleArn: alb.ruleArn })).split, alb.green);
}
async function service(name: string) {
  return (await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: [name] }))).services![0];
}
async function ruleTags(): Promise<Record<string, string>> {
  const tags =
    (await elb.send(new DescribeTagsCommand({ ResourceArns: [alb.ruleArn] }))).TagDescriptions?.[0]?.Tags ?? [];
  return Object.fromEntries(tags.map((t) => [t.Key!, t.Value!]));
}
/** Runs `act` once moto shows the canary at `weight`% (polled in the background while the action runs). */
function when(weight: number, act: () => Promise<unknown> | void): Promise<void> {
  return (async () => {
    for (let i = 0; i < 600; i++) {
      if ((await greenShare().catch(() => -1)) === weight) {
        await act();
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
}

test('a good canary is promoted through every step: weights read back after each, old color drained and scaled down', async () => {
  let sawTen = false;
  const watcher = when(10, () => void (sawTen = true));
  const github = await startGithubApi();
  const run = await bake(
    { 'github-token': 'ghs_test', 'github-environment': 'production' },
    { env: { GITHUB_API_URL: github.url } },
  );
  await watcher;
  await github.close();
  expect(github.states()).toEqual(['in_progress', 'success']);

  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  expect(run.outputs.verdict).toBe('promoted');
  expect(JSON.parse(run.outputs['final-weights'])).toEqual({ 'web-blue': 0, 'web-green': 100 });
  expect(sawTen).toBe(true);
  expect(await greenShare()).toBe(100);
  expect(run.stdout).toContain('traffic: 10% on the new version (read back)');
  expect(run.stdout).toContain('traffic: 100% on the new version (read back)');
  expect(run.stdout).toMatch(/draining web-blue for 1s/);
  const [oldColor, newColor] = [await service('web-blue'), await service('web-green')];
  expect(oldColor.desiredCount).toBe(0);
  expect(newColor.desiredCount).toBe(2);
  expect(newColor.taskDefinition).toBe(newRevision);
  expect(run.outputs['task-definition-after']).toBe(newRevision);
  const timeline = JSON.parse(run.outputs.timeline);
  expect(timeline.weights.map((w: { weight: number }) => w.weight)).toEqual([0, 10, 100, 100]);
  expect(timeline.rounds.length).toBeGreaterThanOrEqual(3);
  // Production traffic really reached the canary during the bake, and the lease is gone.
  expect(green.byPath['/api/orders']).toBeGreaterThan(0);
  expect(await ruleTags()).toEqual({});
  expect(run.summary).toContain('xychart-beta');
  expect(run.summary).toContain('✅ promoted');
}, 120_000);

test('the old color stays up while another rule still forwards to it: the listener default still sends traffic to blue, so promotion keeps it running and says so', async () => {
  // A second pair whose listener default forwards to blue as well as the baked rule.
  ({ alb, newRevision } = await seedBakePair('shared', { defaultAction: 'forward' }));
  const run = await bake({
    cluster: 'shared',
    'listener-rule-arn': alb.ruleArn,
    'smoke-file': '',
    'canary-url': '',
    'production-url': '',
    'smoke-command': 'true',
  });
  expect(run.exitCode).toBe(0);
  expect(run.outputs.verdict).toBe('promoted');
  expect(await greenShare()).toBe(100);
  // Scaling blue in would have cut off the listener's default traffic: it keeps its tasks, and the summary says why.
  expect(
    (await ecs.send(new DescribeServicesCommand({ cluster: 'shared', services: ['web-blue'] }))).services![0]
      .desiredCount,
  ).toBe(2);
  expect(run.stdout).toMatch(
    /not done: scale web-blue in to 0 tasks, because .*web\d+-blue still gets traffic from the default action of listener/,
  );
  expect(run.summary).toMatch(/web-blue left up: .*still gets traffic from the default action/);
}, 120_000);

test('a canary answering 500s is aborted at 10%, with all traffic back on stable and the canary scaled down', async () => {
  const breaker = when(10, () => green.setBehaviour({ mode: 'error', status: 500 }));
  const github = await startGithubApi();
  const run = await bake(
    { steps: '10%:20s, 100%', 'github-token': 'ghs_test', 'github-environment': 'production' },
    { env: { GITHUB_API_URL: github.url } },
  );
  await breaker;
  await github.close();
  expect(github.states()).toEqual(['in_progress', 'failure']);

  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('aborted');
  expect(run.outputs.reason).toMatch(/a check failed at 10%: smoke fail/);
  expect(await greenShare()).toBe(0);
  expect(JSON.parse(run.outputs['final-weights'])).toEqual({ 'web-blue': 100, 'web-green': 0 });
  expect((await service('web-green')).desiredCount).toBe(0);
  expect((await service('web-blue')).desiredCount).toBe(2);
  expect(run.outputs['task-definition-after']).not.toBe(newRevision);
  // Restored within one check interval plus one call of the failing round.
  expect(Number(run.outputs['restore-ms'])).toBeLessThan(1000);
  expect(run.stdout).toMatch(/::error.*Smoke check/);
  expect(await ruleTags()).toEqual({});
}, 120_000);

test('an alarm going to ALARM mid-bake aborts it', async () => {
  await cw.send(
    new PutMetricAlarmCommand({
      AlarmName: 'web-prod-5xx',
      MetricName: 'HTTPCode_Target_5XX_Count',
      Namespace: 'AWS/ApplicationELB',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
    }),
  );
  await cw.send(new SetAlarmStateCommand({ AlarmName: 'web-prod-5xx', StateValue: 'OK', StateReason: 'quiet' }));
  const trip = when(10, () =>
    cw.send(new SetAlarmStateCommand({ AlarmName: 'web-prod-5xx', StateValue: 'ALARM', StateReason: '12 errors' })),
  );
  const run = await bake({ steps: '10%:20s, 100%', alarms: 'web-prod-*', 'smoke-file': '' });
  await trip;

  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('aborted');
  expect(run.outputs.reason).toContain('alarms fail: in ALARM: web-prod-5xx (12 errors)');
  expect(await greenShare()).toBe(0);
}, 120_000);

test('no metric data: the bake is extended up to the cap, then fails with traffic back on stable', async () => {
  const run = await bake({ 'smoke-file': '', metrics: 'true', 'max-extension': '2s' });

  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('aborted');
  expect(run.outputs.reason).toMatch(/could not decide at 10% .* 2s of extension ran out/);
  expect(run.outputs.reason).toContain('fewer than the 50 needed');
  expect(await greenShare()).toBe(0);
  const timeline = JSON.parse(run.outputs.timeline);
  expect(timeline.rounds.every((r: { verdict: string }) => r.verdict !== 'pass')).toBe(true);
  // Three seconds of bake and two of extension, not one round more.
  expect(timeline.rounds.at(-1).atMs - timeline.weights[1].atMs).toBeGreaterThanOrEqual(5000);
}, 120_000);

test('no metric data with inconclusive: fail stops at the end of the bake', async () => {
  const run = await bake({ 'smoke-file': '', metrics: 'true', inconclusive: 'fail' });
  expect(run.outputs.verdict).toBe('aborted');
  expect(run.outputs.reason).toContain('the inconclusive policy is fail');
  expect(await greenShare()).toBe(0);
}, 120_000);

test('SIGINT mid-bake leaves 100% on stable when the process exits', async () => {
  const run = await bake(
    { steps: '10%:60s, 100%' },
    { signalWhen: { signal: 'SIGINT', probe: async () => (await greenShare()) === 10 } },
  );

  expect(await greenShare()).toBe(0);
  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('cancelled');
  expect(run.stdout).toMatch(/traffic restored: .*web\d+-blue 100%/);
  // The cancel cut the canary's drain short: its tasks stay up (no request in flight is cut) for the post step.
  expect((await service('web-green')).desiredCount).toBeGreaterThan(0);
  const post = await runDist('bake-and-promote', { entry: 'post', state: run.state, env: moto.env });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toMatch(/weights verified: .*web\d+-blue 100%.*nothing to restore/);
  expect((await service('web-green')).desiredCount).toBe(0);
  expect(await greenShare()).toBe(0);
  expect(await ruleTags()).toEqual({});
}, 120_000);

test('after a SIGKILL mid-bake, the post step restores 100% stable; run twice, it finds nothing to do', async () => {
  const run = await bake(
    { steps: '10%:60s, 100%' },
    { signalWhen: { signal: 'SIGKILL', probe: async () => (await greenShare()) === 10 } },
  );
  expect(run.exitCode).toBe(-1);
  expect(await greenShare()).toBe(10);

  const post = await runDist('bake-and-promote', { entry: 'post', state: run.state, env: moto.env });
  expect(post.exitCode).toBe(0);
  expect(post.stdout).toMatch(/left traffic at .*web\d+-green 10%.*restored to .*web\d+-blue 100%/);
  expect(await greenShare()).toBe(0);
  expect((await service('web-green')).desiredCount).toBe(0);
  expect(await ruleTags()).toEqual({});

  const again = await runDist('bake-and-promote', { entry: 'post', state: run.state, env: moto.env });
  expect(again.exitCode).toBe(0);
  expect(again.stdout).toContain('nothing to restore');
}, 120_000);

test('a split left by a killed attempt is found, reported and resolved by the re-run', async () => {
  const killed = await bake(
    { steps: '10%:60s, 100%' },
    { signalWhen: { signal: 'SIGKILL', probe: async () => (await greenShare()) === 10 } },
  );
  expect(killed.exitCode).toBe(-1);
  const rerun = await bake({}, { env: { GITHUB_RUN_ATTEMPT: '2' } });

  expect(rerun.exitCode).toBe(0);
  expect(rerun.stdout).toMatch(/stale lease of acme\/rides run 4242 attempt 1/);
  expect(rerun.stdout).toMatch(
    /an earlier bake left traffic split .*web\d+-green 10%25; it is put back to 100%25 on web-blue first/,
  );
  expect(rerun.outputs.verdict).toBe('promoted');
  expect(await greenShare()).toBe(100);
}, 120_000);

test('a second bake of the same traffic is refused while the first holds the lease, and changes nothing', async () => {
  let second: Awaited<ReturnType<typeof bake>> | undefined;
  const first = await bake(
    { steps: '10%:60s, 100%' },
    {
      signalWhen: {
        signal: 'SIGINT',
        probe: async () => {
          if ((await greenShare()) !== 10) return false;
          second = await bake({}, { env: { GITHUB_RUN_ID: '5151' } });
          return true;
        },
      },
    },
  );
  expect(second!.exitCode).toBe(1);
  expect(second!.stdout).toMatch(/is leased by acme\/rides run 4242 attempt 1.*refusing to touch its traffic/);
  // The first bake was still at 10% when the second gave up: the second shifted nothing.
  expect(first.outputs.verdict).toBe('cancelled');
  expect(second!.stdout).not.toContain('traffic:');
}, 120_000);

describe('bad input changes nothing', () => {
  test.each([
    ['steps not ending at 100', { steps: '10%:3s, 90%' }, /Invalid `steps`.*the last step is 90%25, not 100%25/],
    ['a weight above 100', { steps: '150%:3s, 100%' }, /Invalid `steps`.*150%25 is more than 100%25/],
    ['a malformed duration', { steps: '10%:3mins, 100%' }, /Invalid `steps`.*bake "3mins" is not a duration/],
    [
      'an unknown alarm',
      { alarms: 'no-such-alarm' },
      /Invalid `alarms` "no-such-alarm" is not an alarm in this account/,
    ],
    [
      'an invalid smoke file',
      { 'smoke-file': join(dir, 'bad-smoke.yml') },
      /::error [^\n]*file=[^\n]*bad-smoke.yml,line=4::Invalid `smoke-file`: .*bad-smoke.yml:4: `checks\[0\].expected` is not a known field/,
    ],
    [
      'a rule that forwards elsewhere',
      { 'listener-rule-arn': 'OTHER' },
      /Invalid `listener-rule-arn`: .* which is not one of the expected target groups/,
    ],
  ])(
    '%s',
    async (_what, extra, message) => {
      writeFileSync(join(dir, 'bad-smoke.yml'), 'checks:\n  - name: health\n    path: /health\n    expected: 200\n');
      const other = await seedAlb();
      const overrides = Object.fromEntries(
        Object.entries(extra).map(([k, v]) => [k, v === 'OTHER' ? other.ruleArn : v]),
      );
      const run = await bake(overrides);

      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(await greenShare()).toBe(0);
      expect((await service('web-green')).taskDefinition).not.toBe(newRevision);
      expect((await service('web-green')).desiredCount).toBe(0);
      expect(await ruleTags()).toEqual({});
    },
    60_000,
  );
});

test('a lease tag of another live run is honoured by status and overridden by an operator abort', async () => {
  const until = new Date(Date.now() + 3_600_000);
  await elb.send(
    new AddTagsCommand({
      ResourceArns: [alb.ruleArn],
      Tags: [
        {
          Key: LEASE_TAG,
          Value: encodeLease({
            holder: { repository: 'acme/rides', runId: '99', attempt: 1 },
            since: new Date(),
            until,
          }),
        },
        { Key: 'ecs-fargate-actions:bake-stable', Value: alb.blue },
      ],
    }),
  );
  const { ModifyRuleCommand, CreateRuleCommand, DescribeRulesCommand } =
    await import('@aws-sdk/client-elastic-load-balancing-v2');
  await elb.send(
    new ModifyRuleCommand({
      RuleArn: alb.ruleArn,
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: alb.blue, Weight: 75 },
              { TargetGroupArn: alb.green, Weight: 25 },
            ],
          },
        },
      ],
    }),
  );
  // Run 99's canary is up, and its test route (a header rule to green) is still there, as a live bake's is.
  await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'web-green', desiredCount: 2 }));
  const route = (
    await elb.send(
      new CreateRuleCommand({
        ListenerArn: listenerOfRule(alb.ruleArn),
        Priority: 7,
        Conditions: [
          { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: TEST_ROUTE_HEADER, Values: ['99-1-abc'] } },
        ],
        Actions: [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: alb.green, Weight: 1 }] } }],
        Tags: [{ Key: TEST_ROUTE_TAG, Value: 'acme/rides/99/1' }],
      }),
    )
  ).Rules![0].RuleArn!;

  const status = await bake({ mode: 'status', 'task-definition': '' });
  expect(status.exitCode).toBe(0);
  expect(status.outputs.verdict).toBe('status');
  expect(status.outputs.reason).toMatch(
    /traffic is split: .*web\d+-green 25%; a bake is under way .* with web-blue as stable; lease: held by acme\/rides run 99/,
  );
  expect(await greenShare()).toBe(25);

  const abort = await bake({ mode: 'abort', 'task-definition': '' });
  expect(abort.exitCode).toBe(0);
  expect(abort.outputs.verdict).toBe('restored');
  expect(await greenShare()).toBe(0);
  // The abort takes the lease over, visibly, and lets go when done: run 99 finds at its next guarded write that the
  // traffic is no longer its own (issue 18: abort and rollback take the lease).
  expect(await ruleTags()).toEqual({});
  expect(abort.summary).toMatch(
    /took the rule over from acme\/rides run 99 attempt 1 .*: that run stops at its next guarded write/,
  );
  // Its test route goes before the canary is scaled in (no rule may forward to a color scaled in): nothing left up.
  expect(abort.stdout).toMatch(/test route of acme\/rides\/99\/1 removed .*read back gone/);
  expect(
    (await elb.send(new DescribeRulesCommand({ ListenerArn: listenerOfRule(alb.ruleArn) }))).Rules!.map(
      (r) => r.RuleArn,
    ),
  ).not.toContain(route);
  expect((await service('web-green')).desiredCount).toBe(0);
}, 60_000);

test("an operator's abort mid-bake wins: the running bake sees the weights changed and stops without promoting", async () => {
  let abort: Awaited<ReturnType<typeof bake>> | undefined;
  const operator = when(10, async () => {
    abort = await bake({ mode: 'abort', 'task-definition': '' }, { env: { GITHUB_RUN_ID: '777' } });
  });
  const run = await bake({ steps: '10%:20s, 100%' });
  await operator;

  expect(abort!.outputs.verdict).toBe('restored');
  expect(abort!.outputs.reason).toMatch(/traffic is split .*; abort puts all of it back on web-blue/);
  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('aborted');
  expect(run.outputs.reason).toMatch(/the rule's weights were changed outside this run/);
  expect(await greenShare()).toBe(0);
  expect((await service('web-green')).desiredCount).toBe(0);
  expect(await ruleTags()).toEqual({});
}, 120_000);

test('promote-now: the same health gate, then straight to 100%', async () => {
  const run = await bake({ mode: 'promote-now' });
  expect(run.exitCode).toBe(0);
  expect(run.outputs.verdict).toBe('promoted');
  expect(JSON.parse(run.outputs.timeline).weights.map((w: { weight: number }) => w.weight)).toEqual([0, 100, 100]);
  expect(run.stdout).toContain('health gate checks: pass');
  expect(await greenShare()).toBe(100);
  expect((await service('web-blue')).desiredCount).toBe(0);
}, 60_000);

test('the next release bakes on the other color, and a re-run of a promoted release changes nothing', async () => {
  expect((await bake()).outputs.verdict).toBe('promoted');
  const again = await bake();
  expect(again.exitCode).toBe(0);
  expect(again.outputs.verdict).toBe('unchanged');
  expect(again.outputs.reason).toMatch(/web-green already serves all traffic with web:2/);

  const { RegisterTaskDefinitionCommand } = await import('@aws-sdk/client-ecs');
  const { serviceTaskDefinition } = await import('../support/ecs-seed.js');
  const v3 = (await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', 'registry/web:v3'))))
    .taskDefinition!.taskDefinitionArn!;
  const next = await bake({ 'task-definition': v3, 'canary-version': 'blue' });
  expect(next.outputs.verdict).toBe('promoted');
  expect(JSON.parse(next.outputs['final-weights'])).toEqual({ 'web-blue': 100, 'web-green': 0 });
  expect((await service('web-blue')).taskDefinition).toBe(v3);
  expect((await service('web-blue')).desiredCount).toBe(2);
  expect((await service('web-green')).desiredCount).toBe(0);
}, 120_000);

test('a failure during the hold at 100% flips all traffic back to the old color, which was kept running', async () => {
  const breaker = when(100, () => green.setBehaviour({ mode: 'error', status: 503 }));
  const run = await bake({ steps: '10%:2s, 100%', hold: '30s' });
  await breaker;

  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('aborted');
  expect(run.outputs.reason).toMatch(/a check failed at 100%: smoke fail/);
  expect(await greenShare()).toBe(0);
  expect((await service('web-blue')).desiredCount).toBe(2);
  expect((await service('web-green')).desiredCount).toBe(0);
  expect(JSON.parse(run.outputs.timeline).weights.map((w: { weight: number }) => w.weight)).toEqual([0, 10, 100, 0]);
}, 120_000);
