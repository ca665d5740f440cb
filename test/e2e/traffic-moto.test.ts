// The traffic library against a real ELBv2 API (moto on loopback): weights shift and read back on a rule and on
// a listener's default action, values moto would accept but AWS would not are refused before any change, the
// lease tag lives on the rule or listener, and target health and draining time are read.
import {
  CreateRuleCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  ModifyTargetGroupAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { createAwsClients } from '../../lib/aws/clients.js';
import { PlanError } from '../../lib/core/errors.js';
import { acquireLease, elbTags, inspectLease, LeaseHeldError, releaseLease } from '../../lib/traffic/lease.js';
import { applySplit, observeRoute, parseRouteArn } from '../../lib/traffic/listener-weights.js';
import { expectTargetGroups, splitFor } from '../../lib/traffic/split.js';
import { deregistrationDelayMs, describeTargetGroupHealth, judgeHealth } from '../../lib/traffic/target-groups.js';
import { seedAlb, type SeededAlb } from '../support/alb-seed.js';
import { type Moto, startMoto, TEST_REGION, useMotoEnv } from '../support/moto.js';

let moto: Moto;
let alb: SeededAlb;
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => moto?.stop());
beforeEach(async () => {
  useMotoEnv(moto);
  await moto.reset();
  alb = await seedAlb();
});

const elbv2 = () => createAwsClients({ region: TEST_REGION, action: 'test' }).elbv2;
const raw = () => new ElasticLoadBalancingV2Client({ region: TEST_REGION });

test('a rule that forwards to blue alone is shifted 10% then 100% to green, each read back from moto', async () => {
  const observed = await observeRoute(elbv2(), parseRouteArn(alb.ruleArn, 'listener-rule-arn'));
  expect(observed.split).toEqual({ [alb.blue]: 1 });
  expectTargetGroups(observed.split, [alb.blue, alb.green], 'listener-rule-arn', 'rule');
  const ten = await applySplit(elbv2(), observed, splitFor(alb.blue, alb.green, 10));
  expect(ten.split).toEqual({ [alb.blue]: 90, [alb.green]: 10 });
  const all = await applySplit(elbv2(), ten, splitFor(alb.blue, alb.green, 100));
  const rule = (await raw().send(new DescribeRulesCommand({ RuleArns: [alb.ruleArn] }))).Rules![0];
  expect(rule.Actions![0].ForwardConfig!.TargetGroups).toEqual([
    { TargetGroupArn: alb.blue, Weight: 0 },
    { TargetGroupArn: alb.green, Weight: 100 },
  ]);
  expect(all.split).toEqual({ [alb.blue]: 0, [alb.green]: 100 });
  expect(rule.Conditions![0].Values).toEqual(['/api/*']);
});

test('the default action, named by its default rule ARN, is shifted through the listener', async () => {
  const observed = await observeRoute(elbv2(), parseRouteArn(alb.defaultRuleArn, 'listener-rule-arn'));
  expect(observed.route).toEqual({ kind: 'listener', listenerArn: alb.listenerArn });
  await applySplit(elbv2(), observed, splitFor(alb.blue, alb.green, 25));
  const listener = (await raw().send(new DescribeListenersCommand({ ListenerArns: [alb.listenerArn] }))).Listeners![0];
  expect(listener.DefaultActions![0].ForwardConfig!.TargetGroups!.map((g) => g.Weight)).toEqual([75, 25]);
});

test('a weight moto would take but AWS would not is refused, and the rule is left as it was', async () => {
  const observed = await observeRoute(elbv2(), parseRouteArn(alb.ruleArn, 'listener-rule-arn'));
  await expect(applySplit(elbv2(), observed, { [alb.blue]: 1000, [alb.green]: 0 })).rejects.toThrow(PlanError);
  expect((await observeRoute(elbv2(), observed.route)).split).toEqual({ [alb.blue]: 1 });
});

test('a rule moto stored with a TargetGroupArn that disagrees with its ForwardConfig is refused, as AWS would', async () => {
  const created = await raw().send(
    new CreateRuleCommand({
      ListenerArn: alb.listenerArn,
      Priority: 20,
      Conditions: [{ Field: 'path-pattern', Values: ['/odd/*'] }],
      Actions: [
        {
          Type: 'forward',
          TargetGroupArn: alb.green,
          ForwardConfig: { TargetGroups: [{ TargetGroupArn: alb.blue, Weight: 1 }] },
        },
      ],
    }),
  );
  await expect(observeRoute(elbv2(), parseRouteArn(created.Rules![0].RuleArn!, 'listener-rule-arn'))).rejects.toThrow(
    /names TargetGroupArn web\d+-green beside a ForwardConfig of web\d+-blue/,
  );
});

test('a rule that forwards elsewhere is refused before any change', async () => {
  const observed = await observeRoute(elbv2(), parseRouteArn(alb.ruleArn, 'listener-rule-arn'));
  expect(() =>
    expectTargetGroups(
      observed.split,
      [alb.green, 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/other/1'],
      'listener-rule-arn',
      'rule',
    ),
  ).toThrow('which is not one of the expected target groups');
});

test('the lease lives on the rule, or on the listener for a default action; a second run is refused', async () => {
  const first = { repository: 'acme/web', runId: '1', attempt: 1 };
  const second = { repository: 'acme/web', runId: '2', attempt: 1 };
  for (const arn of [alb.ruleArn, (await observeRoute(elbv2(), parseRouteArn(alb.defaultRuleArn, 'x'))).leaseArn]) {
    await acquireLease(elbTags(elbv2(), arn), first, { ttlMs: 600_000, takeOverStale: false });
    await expect(acquireLease(elbTags(elbv2(), arn), second, { ttlMs: 600_000, takeOverStale: true })).rejects.toThrow(
      LeaseHeldError,
    );
    expect(await inspectLease(elbTags(elbv2(), arn), second)).toMatchObject({
      state: 'held',
      lease: { holder: first },
    });
    expect(await releaseLease(elbTags(elbv2(), arn), first)).toBe('released');
    expect(await inspectLease(elbTags(elbv2(), arn), second)).toEqual({ state: 'free' });
  }
});

test('target health and the deregistration delay are read from the target group', async () => {
  expect(judgeHealth(await describeTargetGroupHealth(elbv2(), alb.green))).toEqual({
    ready: true,
    reason: 'all 1 targets healthy',
  });
  // The seed sets 1 s (AWS's default 300 s would be waited out in real time by every drain).
  expect(await deregistrationDelayMs(elbv2(), alb.blue)).toBe(1000);
  await raw().send(
    new ModifyTargetGroupAttributesCommand({
      TargetGroupArn: alb.blue,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }],
    }),
  );
  expect(await deregistrationDelayMs(elbv2(), alb.blue)).toBe(30_000);
});
