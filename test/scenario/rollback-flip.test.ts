// rollback's weight flip through the real SDK clients with aws-sdk-client-mock: what it decides under its lease,
// not from the route it read before taking it over from a bake in flight; and `health-url` judging the result.
import { createServer, type Server } from 'node:http';

import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  type Service,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import {
  type Action,
  AddTagsCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ModifyRuleCommand,
  RemoveTagsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';

import { colorsOf, type FlipPlan, flipTraffic, planFlip } from '../../actions/rollback/src/flip.js';
import type { RollbackInputs } from '../../actions/rollback/src/inputs.js';
import { rollback } from '../../actions/rollback/src/main.js';
import { createAwsClients } from '../../lib/aws/clients.js';
import { memoryIO } from '../../lib/core/io.js';
import { encodeLease, LEASE_TAG } from '../../lib/traffic/lease.js';
import { observeRoute, parseRouteArn } from '../../lib/traffic/listener-weights.js';
import { fakeClock, trackFetches } from '../support/clock.js';

const elb = mockClient(ElasticLoadBalancingV2Client);
const ecs = mockClient(ECSClient);
const PREFIX = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012';
const RULE = `${PREFIX}:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`;
const LISTENER = `${PREFIX}:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const BLUE = `${PREFIX}:targetgroup/web-blue/73e2d6bc24d8a067`;
const GREEN = `${PREFIX}:targetgroup/web-green/2453ed029918f21f`;
const td = (n: number) => `arn:aws:ecs:eu-west-1:123456789012:task-definition/web:${n}`;
const forward = (blue: number, green: number): Action => ({
  Type: 'forward',
  ForwardConfig: {
    TargetGroups: [
      { TargetGroupArn: BLUE, Weight: blue },
      { TargetGroupArn: GREEN, Weight: green },
    ],
  },
});
const color = (name: string, tg: string, rev: number): Service => ({
  serviceName: name,
  taskDefinition: td(rev),
  desiredCount: 2,
  runningCount: 2,
  loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 3000 }],
});
const inputs = {
  region: 'eu-west-1',
  cluster: 'prod',
  services: ['web-blue', 'web-green'],
  waitTimeoutMs: 3_600_000,
  pollIntervalMs: 1_000,
} as RollbackInputs;
const bake = {
  holder: { repository: 'acme/rides', runId: '999', attempt: 1 },
  since: new Date(0),
  until: new Date(Date.now() + 3_600_000),
};

/** A rule with a lease tag that AddTags and RemoveTags change, and weights that ModifyRule (or a bake) change. */
function fakeRule(initial: Action) {
  const state = { actions: [initial], lease: encodeLease(bake) as string | undefined };
  elb
    .on(DescribeRulesCommand)
    .callsFake(() => ({ Rules: [{ RuleArn: RULE, IsDefault: false, Actions: state.actions }] }));
  elb.on(ModifyRuleCommand).callsFake((input) => {
    state.actions = input.Actions;
    return {};
  });
  elb.on(DescribeTagsCommand).callsFake(() => ({
    TagDescriptions: [{ ResourceArn: RULE, Tags: state.lease ? [{ Key: LEASE_TAG, Value: state.lease }] : [] }],
  }));
  elb.on(AddTagsCommand).callsFake((input) => {
    state.lease = input.Tags[0].Value;
    return {};
  });
  elb.on(RemoveTagsCommand).callsFake(() => {
    state.lease = undefined;
    return {};
  });
  elb.on(DescribeTargetHealthCommand).resolves({
    TargetHealthDescriptions: [{ Target: { Id: '10.0.0.1', Port: 3000 }, TargetHealth: { State: 'healthy' } }],
  });
  elb
    .on(DescribeTargetGroupAttributesCommand)
    .resolves({ Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '1' }] });
  // The load balancer's one listener answers 404 by default: the rule is its only forward.
  elb
    .on(DescribeListenersCommand)
    .resolves({ Listeners: [{ ListenerArn: LISTENER, DefaultActions: [{ Type: 'fixed-response' }] }] });
  // Both colors run 2 tasks; a scale-in reads back at 0.
  const desired: Record<string, number> = { 'web-blue': 2, 'web-green': 2 };
  ecs.on(DescribeServicesCommand).callsFake((input: { services: string[] }) => ({
    services: input.services.map((n) => ({
      ...color(n, n === 'web-blue' ? BLUE : GREEN, n === 'web-blue' ? 1 : 2),
      desiredCount: desired[n],
      status: 'ACTIVE',
    })),
    failures: [],
  }));
  ecs.on(UpdateServiceCommand).callsFake((input: { service: string; desiredCount?: number }) => {
    if (input.desiredCount !== undefined) desired[input.service] = input.desiredCount;
    return {};
  });
  // The revisions carry no records yet (colors from before bakes recorded what served).
  ecs.on(DescribeTaskDefinitionCommand).callsFake((input: { taskDefinition: string }) => ({
    taskDefinition: { taskDefinitionArn: input.taskDefinition, family: 'web', status: 'ACTIVE' },
    tags: [],
  }));
  return state;
}

/** The plan as a flip (these tests are all about carrying one out). */
function flipOf(plan: FlipPlan): Extract<FlipPlan, { action: 'flip' }> {
  if (plan.action !== 'flip') throw new Error(`expected a flip: ${plan.why}`);
  return plan;
}

beforeEach(() => {
  elb.reset();
  ecs.reset();
});

test('all traffic was on the good color when read, but a bake shifted 10% to the bad one before the rollback took its lease: the flip still sends 100% to the good color before scaling the bad one in', async () => {
  const rule = fakeRule(forward(100, 0));
  const clients = createAwsClients({ region: 'eu-west-1', action: 'test' });
  const route = await observeRoute(clients.elbv2, parseRouteArn(RULE, 'listener-rule-arn'));
  const blue = color('web-blue', BLUE, 1);
  // As the rollback's observe reads it: a bake (run 999) holds the rule's lease.
  const plan = flipOf(
    planFlip(route, colorsOf(route, [blue, color('web-green', GREEN, 2)]), { heldByOther: 'acme/rides run 999' }),
  );
  // The bake's next step lands between the rollback's read and its lease.
  rule.actions = [forward(90, 10)];

  const io = memoryIO();
  const outcome = await flipTraffic(clients, inputs, route, plan, blue, {
    io,
    signal: new AbortController().signal,
    clock: fakeClock(Date.now()),
  });

  expect(outcome.result.status).toBe('succeeded');
  expect(rule.actions).toEqual([forward(100, 0)]);
  expect(elb).toHaveReceivedCommandWith(ModifyRuleCommand, { RuleArn: RULE, Actions: [forward(100, 0)] });
  expect(ecs).toHaveReceivedCommandWith(UpdateServiceCommand, { service: 'web-green', desiredCount: 0 });
  expect(rule.lease).toBeUndefined();
});

test('the lease outlasts a scale-up and a health wait that each take up to wait-timeout', async () => {
  const rule = fakeRule(forward(0, 100));
  const clients = createAwsClients({ region: 'eu-west-1', action: 'test' });
  const route = await observeRoute(clients.elbv2, parseRouteArn(RULE, 'listener-rule-arn'));
  const blue = color('web-blue', BLUE, 1);
  const plan = flipOf(planFlip(route, colorsOf(route, [blue, color('web-green', GREEN, 2)])));
  const leases: string[] = [];
  elb.on(AddTagsCommand).callsFake((input) => {
    leases.push(input.Tags[0].Value);
    rule.lease = input.Tags[0].Value;
    return {};
  });
  const start = Date.now();
  await flipTraffic(clients, inputs, route, plan, blue, {
    io: memoryIO(),
    signal: new AbortController().signal,
    clock: fakeClock(start),
  });

  const until = new Date(/until=(\S+)/.exec(leases[0])![1]).getTime();
  expect(until - start).toBeGreaterThanOrEqual(2 * inputs.waitTimeoutMs);
  expect(rule.actions).toEqual([forward(100, 0)]);
});

describe('health-url after the flip', () => {
  let server: Server;
  let answer = 200;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.statusCode = answer;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/health`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const run = async () => {
    const rule = fakeRule(forward(0, 100));
    rule.lease = undefined;
    ecs.on(DescribeServicesCommand).resolves({
      services: [
        { ...color('web-blue', BLUE, 1), status: 'ACTIVE' },
        { ...color('web-green', GREEN, 2), status: 'ACTIVE' },
      ],
      failures: [],
    });
    const io = memoryIO({
      cluster: 'prod',
      services: 'web-blue\nweb-green',
      'listener-rule-arn': RULE,
      'health-url': url,
      'health-timeout': '5s',
      'wait-timeout': '1m',
      'poll-interval': '1s',
    });
    // The health wait runs on the fake clock (health-timeout costs no real time); it stands still while a request to
    // the loopback server is out, so every answer the verdict quotes is a real one.
    const requests = trackFetches();
    const thrown = await rollback(
      { io, signal: new AbortController().signal },
      { env: { AWS_REGION: 'eu-west-1' }, clock: fakeClock(Date.now(), { busy: requests.busy }) },
    )
      .then(
        () => undefined,
        (err: Error) => err,
      )
      .finally(requests.restore);
    return { io, rule, thrown };
  };

  test('a service that answers 2xx: the rollback succeeds', async () => {
    answer = 200;
    const { io, rule, thrown } = await run();
    expect(thrown).toBeUndefined();
    expect(rule.actions).toEqual([forward(100, 0)]);
    expect(io.outputs.status).toBe('succeeded');
  });

  test('a service that keeps answering 500 within health-timeout fails the rollback, saying why', async () => {
    answer = 500;
    const { io, rule, thrown } = await run();
    expect(thrown?.message).toMatch(
      /^rollback failed for web-blue \(the service is not healthy: not healthy within 5 s: .*answered 500/,
    );
    expect(io.outputs.status).toBe('failed');
    expect(JSON.parse(io.outputs.results)[0]).toMatchObject({
      service: 'web-blue',
      status: 'failed',
      failureKind: 'unhealthy',
    });
    // Traffic stays on the older revision: there is nothing better to send it to.
    expect(rule.actions).toEqual([forward(100, 0)]);
  }, 20_000);
});
