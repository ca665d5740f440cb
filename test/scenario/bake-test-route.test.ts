/**
 * Canary checks that prove they judged the new version (issue 19), against the patched moto and two loopback version
 * servers behind the front that routes by the listener's rules (a header rule first, then the weights). Each version
 * server reports its own name as its version, so `canary-version` names the color the release lands on. Bakes are
 * compressed (`10%:2s, 100%`, a 1s check interval) and run in-process on the real clock.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import {
  DescribeRulesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { post } from '../../actions/bake-and-promote/src/cleanup.js';
import { bakeAndPromote } from '../../actions/bake-and-promote/src/main.js';
import { savePhase, saveStarted, saveTestRoute } from '../../actions/bake-and-promote/src/state.js';
import { memoryIO } from '../../lib/core/io.js';
import { realClock } from '../../lib/core/poll.js';
import { type AlbWorld, routeRemovalProof } from '../../lib/traffic/alb/moves.js';
import { leaseProof } from '../../lib/traffic/guard.js';
import { acquireLease, elbTags } from '../../lib/traffic/lease.js';
import { observeRoute } from '../../lib/traffic/listener-weights.js';
import { percentOf } from '../../lib/traffic/split.js';
import {
  createTestRoute,
  planTestRoute,
  removeTestRoutesTo,
  TEST_ROUTE_HEADER,
  TEST_ROUTE_TAG,
} from '../../lib/traffic/test-route.js';
import { seedBakePair, type SeededPair } from '../support/bake-seed.js';
import { serviceTaskDefinition } from '../support/ecs-seed.js';
import { type Moto, startMoto, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { startVersion, type VersionServer } from '../support/versions.js';
import { startWeightedFront, type WeightedFront } from '../support/weighted-front.js';

let moto: Moto;
let elb: ElasticLoadBalancingV2Client;
let seeded: SeededPair;
let blue: VersionServer;
let green: VersionServer;
let front: WeightedFront;
const dir = mkdtempSync(join(tmpdir(), 'bake-route-'));
const smokeFile = join(dir, 'smoke.yml');
// One check on both targets, one on the canary only: with only `production-url` given, the test route carries it.
writeFileSync(
  smokeFile,
  [
    'defaults: { timeout: 2s }',
    'checks:',
    '  - name: health',
    '    path: /health',
    '  - name: orders',
    '    path: /api/orders',
    '    targets: [canary]',
    '',
  ].join('\n'),
);
const env = () => ({ ...process.env, GITHUB_REPOSITORY: 'rides/trip', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1' });

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
  elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
  seeded = await seedBakePair();
  front = await startWeightedFront({
    route: { kind: 'rule', ruleArn: seeded.alb.ruleArn },
    backends: { [seeded.alb.blue]: blue.url, [seeded.alb.green]: green.url },
    refreshMs: 50,
    elbv2: elb,
  });
});
afterEach(async () => {
  await front?.stop();
  elb.destroy();
});

const inputs = (extra: Record<string, string>) => ({
  cluster: seeded.cluster,
  services: 'web-blue, web-green',
  'listener-rule-arn': seeded.alb.ruleArn,
  'task-definition': seeded.newRevision,
  steps: '10%:2s, 100%',
  'check-interval': '1s',
  'poll-interval': '1s',
  'wait-timeout': '20s',
  'smoke-file': smokeFile,
  'production-url': front.url,
  ...extra,
});
const bake = (extra: Record<string, string>) => {
  const io = memoryIO(inputs(extra));
  return { io, run: bakeAndPromote({ io, signal: new AbortController().signal }, { env: env() }) };
};
const headerRules = async () =>
  ((await elb.send(new DescribeRulesCommand({ ListenerArn: seeded.alb.listenerArn }))).Rules ?? []).filter((r) =>
    r.Conditions?.some((c) => c.Field === 'http-header'),
  );

test('a release on either color is smoke-tested through the test route, from the health gate on; the route is gone after each bake', async () => {
  // Release 1 lands on green (idle): at the gate, only the test route reaches it.
  green.resetCount();
  const first = bake({ 'canary-version': 'green' });
  await expect(first.run).resolves.toMatchObject({ verdict: 'promoted' });
  expect(first.io.log.find((l) => l.startsWith('health gate checks:'))).toMatch(
    /^health gate checks: pass; .*the canary through its test route, header x-ecs-bake-canary → web-green/,
  );
  // The canary-only check reached green at 0%, as the identity probe proved.
  expect(green.byPath['/api/orders']).toBeGreaterThan(0);
  expect(await headerRules()).toEqual([]);

  // Release 2 lands on blue, now idle: the same inputs, and the route follows the color.
  const v3 = (
    await new ECSClient({ region: TEST_REGION }).send(
      new RegisterTaskDefinitionCommand(
        serviceTaskDefinition('web', `${'123456789012'}.dkr.ecr.${TEST_REGION}.amazonaws.com/web:v3`),
      ),
    )
  ).taskDefinition!.taskDefinitionArn!;
  blue.resetCount();
  const second = bake({ 'task-definition': v3, 'canary-version': 'blue' });
  await expect(second.run).resolves.toMatchObject({ verdict: 'promoted' });
  expect(second.io.log.find((l) => l.startsWith('health gate checks:'))).toMatch(/header x-ecs-bake-canary → web-blue/);
  expect(blue.byPath['/api/orders']).toBeGreaterThan(0);
  expect(await headerRules()).toEqual([]);
}, 60_000);

test('a check that reached the stable color fails loudly at the gate: nothing moves, and the route is removed', async () => {
  // A static canary URL on the stable color (the README's old example on every other release).
  const { io, run } = bake({ 'canary-url': blue.url, 'canary-version': 'green' });
  await expect(run).rejects.toThrow(/identity fail: answered by version "blue", not the release being baked \(green\)/);
  expect(io.outputs.verdict).toBe('aborted');
  expect(
    percentOf((await observeRoute(elb, { kind: 'rule', ruleArn: seeded.alb.ruleArn })).split, seeded.alb.green),
  ).toBe(0);
  expect(await headerRules()).toEqual([]);
}, 60_000);

test('the post step of a job killed right after creating the route removes it, found by its tag (the ARN was never saved)', async () => {
  const me = { repository: 'rides/trip', runId: '4242', attempt: 1 };
  const planned = await planTestRoute(elb, { kind: 'rule', ruleArn: seeded.alb.ruleArn }, seeded.alb.green, me);
  // Before the production rule (priority 10), as close to it as is free.
  expect(planned.priority).toBe(9);
  const main = memoryIO();
  saveStarted(main, TEST_REGION, 'alb', {});
  saveTestRoute(main, planned);
  const created = await createTestRoute(elb, planned, []);
  expect(created.done).toBe(true);
  // Another run's rule with a header condition stays: it is not this run's.
  const other = await createTestRoute(elb, { ...planned, priority: 8, owner: 'rides/trip/99/1' }, []);
  savePhase(main, 'done');

  const io = memoryIO({}, main.state);
  await post({ io, signal: new AbortController().signal }, env());
  const left = await headerRules();
  expect(left.map((r) => r.RuleArn)).toEqual([other.done && other.route.ruleArn]);
  const tags = (await elb.send(new DescribeTagsCommand({ ResourceArns: [left[0].RuleArn!] }))).TagDescriptions![0].Tags;
  expect(tags).toContainEqual({ Key: TEST_ROUTE_TAG, Value: 'rides/trip/99/1' });
  expect(io.log.join('\n')).toMatch(/test route removed .*read back gone/);
  expect(planned.header.name).toBe(TEST_ROUTE_HEADER);
}, 30_000);

test("a run that took the rule from a bake, and lost it to a third run before removing the bake's test route, leaves the route: only the rule's holder removes it", async () => {
  const route = { kind: 'rule' as const, ruleArn: seeded.alb.ruleArn };
  const bakeRun = { repository: 'rides/trip', runId: '4242', attempt: 1 };
  const planned = await planTestRoute(elb, route, seeded.alb.green, bakeRun);
  const created = await createTestRoute(elb, planned, []);
  expect(created.done).toBe(true);
  const store = elbTags(elb, seeded.alb.ruleArn);
  // An operator's abort takes the rule from the bake, then a rollback takes it from the abort.
  const abortRun = { repository: 'rides/trip', runId: '5000', attempt: 1 };
  const rollbackRun = { repository: 'rides/trip', runId: '6000', attempt: 1 };
  await acquireLease(store, abortRun, { ttlMs: 600_000, takeOverStale: true, preempt: true });
  await acquireLease(store, rollbackRun, { ttlMs: 600_000, takeOverStale: true, preempt: true });

  const refused = await removeTestRoutesTo(elb, route, seeded.alb.green, leaseProof(store, abortRun, realClock));
  expect(refused).toHaveLength(1);
  expect(refused[0]).toMatch(
    /^not done: remove rides\/trip\/4242\/1's test route .* because .*6000.* holds the rule's lease now/,
  );
  expect((await headerRules()).map((r) => r.RuleArn)).toEqual([created.done && created.route.ruleArn]);

  // The rollback, which holds the rule, removes it.
  const removed = await removeTestRoutesTo(elb, route, seeded.alb.green, leaseProof(store, rollbackRun, realClock));
  expect(removed).toEqual([expect.stringMatching(/^test route of rides\/trip\/4242\/1 removed .*read back gone/)]);
  expect(await headerRules()).toEqual([]);
}, 30_000);

test('a post step does not remove the test route of a bake that took the rule after it looked, even before that bake moved any weight', async () => {
  const route = { kind: 'rule' as const, ruleArn: seeded.alb.ruleArn };
  const store = elbTags(elb, seeded.alb.ruleArn);
  // The job of run 4242 died; its lease expired. A new bake (run 7000) takes the rule and makes its test route to
  // green, the color the post step is about to scale in, and has not moved the weights yet.
  const dead = { repository: 'rides/trip', runId: '4242', attempt: 1 };
  const next = { repository: 'rides/trip', runId: '7000', attempt: 1 };
  await acquireLease(store, next, { ttlMs: 600_000, takeOverStale: true, preempt: true });
  const created = await createTestRoute(elb, await planTestRoute(elb, route, seeded.alb.green, next), []);
  expect(created.done).toBe(true);

  // The post step's ownership ('restore': no other live run holds the lease) refuses; the split being unchanged
  // would not have.
  const world = {
    store,
    me: dead,
    clock: realClock,
    clients: { elbv2: elb },
    route: await observeRoute(elb, route),
  } as unknown as AlbWorld;
  const said = await removeTestRoutesTo(elb, route, seeded.alb.green, routeRemovalProof(world, 'restore'));
  expect(said).toEqual([
    expect.stringMatching(/^not done: remove rides\/trip\/7000\/1's test route .*7000.* holds the rule's lease now/),
  ]);
  expect((await headerRules()).map((r) => r.RuleArn)).toEqual([created.done && created.route.ruleArn]);
}, 30_000);
