// Changing ALB weights through the real SDK client with aws-sdk-client-mock: the full action list is sent, the
// change is read back, a read-back that disagrees is retried and then raised; leases and target health.
import {
  type Action,
  AddTagsCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
  RemoveTagsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';

import { createAwsClients } from '../../lib/aws/clients.js';
import { ConfigurationError } from '../../lib/core/errors.js';
import {
  acquireLease,
  elbTags,
  encodeLease,
  LEASE_TAG,
  LeaseHeldError,
  releaseLease,
} from '../../lib/traffic/lease.js';
import { applySplit, observeRoute, parseRouteArn, TrafficVerifyError } from '../../lib/traffic/listener-weights.js';
import { splitFor } from '../../lib/traffic/split.js';
import {
  deregistrationDelayMs,
  describeTargetGroupHealth,
  judgeHealth,
  waitForHealthyTargets,
} from '../../lib/traffic/target-groups.js';
import { fakeClock } from '../support/clock.js';

const elb = mockClient(ElasticLoadBalancingV2Client);
const clients = () => createAwsClients({ region: 'eu-west-1', action: 'test' });
const PREFIX = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012';
const LISTENER = `${PREFIX}:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const RULE = `${PREFIX}:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`;
const BLUE = `${PREFIX}:targetgroup/web-blue/73e2d6bc24d8a067`;
const GREEN = `${PREFIX}:targetgroup/web-green/2453ed029918f21f`;
const forward = (blue: number, green: number, order = 2): Action => ({
  Type: 'forward',
  Order: order,
  ForwardConfig: {
    TargetGroups: [
      { TargetGroupArn: BLUE, Weight: blue },
      { TargetGroupArn: GREEN, Weight: green },
    ],
    TargetGroupStickinessConfig: { Enabled: false },
  },
});
const cognito: Action = {
  Type: 'authenticate-cognito',
  Order: 1,
  AuthenticateCognitoConfig: { UserPoolArn: 'arn:pool', UserPoolClientId: 'c', UserPoolDomain: 'd' },
};

beforeEach(() => elb.reset());

describe('weights on a listener rule', () => {
  test('shifting to 10% sends the full action list with ModifyRule and returns what was read back', async () => {
    let actions = [cognito, forward(100, 0)];
    elb.on(DescribeRulesCommand).callsFake(() => ({ Rules: [{ RuleArn: RULE, IsDefault: false, Actions: actions }] }));
    elb.on(ModifyRuleCommand).callsFake((input) => {
      actions = input.Actions;
      return {};
    });
    const { elbv2 } = clients();
    const observed = await observeRoute(elbv2, parseRouteArn(RULE, 'listener-rule-arn'));
    expect(observed.split).toEqual({ [BLUE]: 100, [GREEN]: 0 });
    const after = await applySplit(elbv2, observed, splitFor(BLUE, GREEN, 10));
    expect(after.split).toEqual({ [BLUE]: 90, [GREEN]: 10 });
    expect(elb).toHaveReceivedCommandTimes(ModifyRuleCommand, 1);
    expect(elb).toHaveReceivedCommandWith(ModifyRuleCommand, { RuleArn: RULE, Actions: [cognito, forward(90, 10)] });
    expect(elb).not.toHaveReceivedCommand(ModifyListenerCommand);
  });

  test('a read-back that lags once is retried; one that never agrees is an error naming both splits', async () => {
    const reads = [forward(100, 0), forward(90, 10)];
    elb.on(DescribeRulesCommand).callsFake(() => ({
      Rules: [{ RuleArn: RULE, IsDefault: false, Actions: [reads.length > 1 ? reads.shift()! : reads[0]] }],
    }));
    elb.on(ModifyRuleCommand).resolves({});
    const { elbv2 } = clients();
    const clock = fakeClock(Date.parse('2026-11-30T14:00:00Z'));
    const observed = {
      route: { kind: 'rule' as const, ruleArn: RULE },
      actions: [forward(100, 0)],
      split: { [BLUE]: 100, [GREEN]: 0 },
      leaseArn: RULE,
    };
    await expect(applySplit(elbv2, observed, splitFor(BLUE, GREEN, 10), { clock })).resolves.toMatchObject({
      split: { [BLUE]: 90, [GREEN]: 10 },
    });
    expect(elb).toHaveReceivedCommandTimes(ModifyRuleCommand, 2);

    elb.reset();
    elb.on(DescribeRulesCommand).resolves({ Rules: [{ RuleArn: RULE, IsDefault: false, Actions: [forward(100, 0)] }] });
    elb.on(ModifyRuleCommand).resolves({});
    const error = await applySplit(elbv2, observed, splitFor(BLUE, GREEN, 50), { clock, attempts: 3 }).catch((e) => e);
    expect(error).toBeInstanceOf(TrafficVerifyError);
    expect(error.message).toBe(
      `rule ${RULE} was modified 3 times but reads back web-blue 100% · web-green 0%, not web-blue 50% · web-green 50%`,
    );
    expect(elb).toHaveReceivedCommandTimes(ModifyRuleCommand, 3);
  });

  test('a read-back that lost another action (authentication) is not accepted as done', async () => {
    elb.on(DescribeRulesCommand).resolves({ Rules: [{ RuleArn: RULE, IsDefault: false, Actions: [forward(90, 10)] }] });
    elb.on(ModifyRuleCommand).resolves({});
    const observed = {
      route: { kind: 'rule' as const, ruleArn: RULE },
      actions: [cognito, forward(100, 0)],
      split: { [BLUE]: 100, [GREEN]: 0 },
      leaseArn: RULE,
    };
    await expect(
      applySplit(clients().elbv2, observed, splitFor(BLUE, GREEN, 10), {
        clock: fakeClock(Date.parse('2026-11-30T14:00:00Z')),
        attempts: 2,
      }),
    ).rejects.toThrow(
      'reads back web-blue 90% · web-green 10% with different other actions, not web-blue 90% · web-green 10%',
    );
  });

  test('a default rule is changed through ModifyListener (moto diverges on ModifyRule for defaults)', async () => {
    const defaultRule = RULE.replace(/[^/]+$/, 'default0000000001');
    let actions = [forward(100, 0, 1)];
    elb.on(DescribeRulesCommand).resolves({ Rules: [{ RuleArn: defaultRule, IsDefault: true, Actions: actions }] });
    elb
      .on(DescribeListenersCommand)
      .callsFake(() => ({ Listeners: [{ ListenerArn: LISTENER, DefaultActions: actions }] }));
    elb.on(ModifyListenerCommand).callsFake((input) => {
      actions = input.DefaultActions;
      return {};
    });
    const { elbv2 } = clients();
    const observed = await observeRoute(elbv2, parseRouteArn(defaultRule, 'listener-rule-arn'));
    expect(observed.route).toEqual({ kind: 'listener', listenerArn: LISTENER });
    expect(observed.leaseArn).toBe(LISTENER);
    await applySplit(elbv2, observed, splitFor(BLUE, GREEN, 100));
    expect(elb).toHaveReceivedCommandWith(ModifyListenerCommand, {
      ListenerArn: LISTENER,
      DefaultActions: [forward(0, 100, 1)],
    });
    expect(elb).not.toHaveReceivedCommand(ModifyRuleCommand);
  });

  test('a rule that does not exist, or an ARN of something else, is a configuration error before any change', async () => {
    elb
      .on(DescribeRulesCommand)
      .rejects(Object.assign(new Error('One or more rules not found'), { name: 'RuleNotFoundException' }));
    const { elbv2 } = clients();
    await expect(observeRoute(elbv2, parseRouteArn(RULE, 'listener-rule-arn'))).rejects.toThrow(ConfigurationError);
    expect(() => parseRouteArn(BLUE, 'listener-rule-arn')).toThrow('Invalid `listener-rule-arn`');
    expect(elb).not.toHaveReceivedCommand(ModifyRuleCommand);
  });
});

describe('the lease tag', () => {
  const me = { repository: 'acme/web', runId: '200', attempt: 1 };
  const other = { repository: 'acme/web', runId: '199', attempt: 1 };
  const tagged = (value?: string) => ({
    TagDescriptions: [{ ResourceArn: RULE, Tags: value ? [{ Key: LEASE_TAG, Value: value }] : [] }],
  });

  test('acquire writes the tag and reads it back; release removes it; a second release changes nothing', async () => {
    let value: string | undefined;
    elb.on(DescribeTagsCommand).callsFake(() => tagged(value));
    elb.on(AddTagsCommand).callsFake((input) => void (value = input.Tags[0].Value));
    elb.on(RemoveTagsCommand).callsFake(() => void (value = undefined));
    const { elbv2 } = clients();
    const clock = fakeClock(Date.parse('2026-11-30T14:00:00Z'));
    const { lease } = await acquireLease(elbTags(elbv2, RULE), me, { ttlMs: 3_600_000, takeOverStale: false, clock });
    expect(value).toBe('run=acme/web/200/1 since=2026-11-30T14:00:00.000Z until=2026-11-30T15:00:00.000Z');
    expect(lease.holder).toEqual(me);
    expect(await releaseLease(elbTags(elbv2, RULE), me)).toBe('released');
    expect(await releaseLease(elbTags(elbv2, RULE), me)).toBe('not-held');
    expect(elb).toHaveReceivedCommandTimes(RemoveTagsCommand, 1);
  });

  test('another live run holding the traffic is refused without writing', async () => {
    const held = encodeLease({
      holder: other,
      since: new Date('2026-11-30T13:50:00Z'),
      until: new Date('2026-11-30T14:30:00Z'),
    });
    elb.on(DescribeTagsCommand).resolves(tagged(held));
    const { elbv2 } = clients();
    const error = await acquireLease(elbTags(elbv2, RULE), me, {
      ttlMs: 60_000,
      takeOverStale: true,
      clock: fakeClock(Date.parse('2026-11-30T14:00:00Z')),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(LeaseHeldError);
    expect(error.message).toContain('is leased by acme/web run 199 attempt 1');
    expect(elb).not.toHaveReceivedCommand(AddTagsCommand);
    expect(await releaseLease(elbTags(elbv2, RULE), me)).toBe('held-by-other');
    expect(elb).not.toHaveReceivedCommand(RemoveTagsCommand);
  });

  test('a stale lease is reported, and taken over only when asked', async () => {
    let value: string | undefined = encodeLease({
      holder: other,
      since: new Date('2026-11-30T12:00:00Z'),
      until: new Date('2026-11-30T13:00:00Z'),
    });
    elb.on(DescribeTagsCommand).callsFake(() => tagged(value));
    elb.on(AddTagsCommand).callsFake((input) => void (value = input.Tags[0].Value));
    const { elbv2 } = clients();
    const refused = await acquireLease(elbTags(elbv2, RULE), me, {
      ttlMs: 60_000,
      takeOverStale: false,
      clock: fakeClock(Date.parse('2026-11-30T14:00:00Z')),
    }).catch((e) => e);
    expect(refused.message).toContain('has a stale lease from acme/web run 199 attempt 1');
    expect(refused.message).toContain('expired at 2026-11-30T13:00:00.000Z');
    const taken = await acquireLease(elbTags(elbv2, RULE), me, {
      ttlMs: 60_000,
      takeOverStale: true,
      clock: fakeClock(Date.parse('2026-11-30T14:00:00Z')),
    });
    expect(taken.tookOver?.holder).toEqual(other);
  });

  test('a racing writer that lands between our write and the read-back wins, and we say so', async () => {
    let value: string | undefined;
    elb.on(DescribeTagsCommand).callsFake(() => tagged(value));
    elb
      .on(AddTagsCommand)
      .callsFake(
        () => void (value = encodeLease({ holder: other, since: new Date(), until: new Date('2099-01-01T00:00:00Z') })),
      );
    const { elbv2 } = clients();
    await expect(
      acquireLease(elbTags(elbv2, RULE), me, {
        ttlMs: 60_000,
        takeOverStale: false,
        clock: fakeClock(Date.parse('2026-11-30T14:00:00Z')),
      }),
    ).rejects.toThrow('another run took the lease at the same moment');
  });
});

describe('target groups', () => {
  test('health is ready only with at least one target and every target healthy; draining ones do not count', async () => {
    elb
      .on(DescribeTargetHealthCommand)
      .resolvesOnce({ TargetHealthDescriptions: [] })
      .resolvesOnce({
        TargetHealthDescriptions: [
          { Target: { Id: '10.0.1.5', Port: 8080 }, TargetHealth: { State: 'healthy' } },
          {
            Target: { Id: '10.0.1.6', Port: 8080 },
            TargetHealth: { State: 'unhealthy', Reason: 'Target.ResponseCodeMismatch' },
          },
          { Target: { Id: '10.0.1.7', Port: 8080 }, TargetHealth: { State: 'draining' } },
        ],
      })
      .resolvesOnce({
        TargetHealthDescriptions: [{ Target: { Id: '10.0.1.5', Port: 8080 }, TargetHealth: { State: 'healthy' } }],
      });
    const { elbv2 } = clients();
    expect(judgeHealth(await describeTargetGroupHealth(elbv2, GREEN))).toEqual({
      ready: false,
      reason: 'no targets are registered',
    });
    expect(judgeHealth(await describeTargetGroupHealth(elbv2, GREEN))).toEqual({
      ready: false,
      reason: '1 of 2 targets healthy; 10.0.1.6:8080 unhealthy (Target.ResponseCodeMismatch)',
    });
    expect(judgeHealth(await describeTargetGroupHealth(elbv2, GREEN))).toEqual({
      ready: true,
      reason: 'all 1 targets healthy',
    });
  });

  test('waiting for health ends when the targets come up, or times out saying what was still unhealthy', async () => {
    const initial = {
      TargetHealthDescriptions: [
        {
          Target: { Id: '10.0.1.5', Port: 8080 },
          TargetHealth: { State: 'initial' as const, Reason: 'Elb.InitialHealthChecking' as const },
        },
      ],
    };
    elb
      .on(DescribeTargetHealthCommand)
      .resolvesOnce(initial)
      .resolvesOnce(initial)
      .resolves({
        TargetHealthDescriptions: [{ Target: { Id: '10.0.1.5', Port: 8080 }, TargetHealth: { State: 'healthy' } }],
      });
    const clock = fakeClock(Date.parse('2026-11-30T14:00:00Z'));
    const health = await waitForHealthyTargets(clients().elbv2, GREEN, { timeoutMs: 60_000, intervalMs: 5000, clock });
    expect(health.healthy).toBe(1);
    expect(clock.slept).toEqual([5000, 5000]);

    elb.reset();
    elb.on(DescribeTargetHealthCommand).resolves(initial);
    await expect(
      waitForHealthyTargets(clients().elbv2, GREEN, {
        timeoutMs: 20_000,
        intervalMs: 5000,
        clock: fakeClock(Date.parse('2026-11-30T14:00:00Z')),
      }),
    ).rejects.toThrow('0 of 1 targets healthy; 10.0.1.5:8080 initial (Elb.InitialHealthChecking)');
  });

  test('the deregistration delay comes from the attribute, with AWS default when absent', async () => {
    elb
      .on(DescribeTargetGroupAttributesCommand)
      .resolvesOnce({ Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }] })
      .resolvesOnce({ Attributes: [] });
    const { elbv2 } = clients();
    expect(await deregistrationDelayMs(elbv2, BLUE)).toBe(30_000);
    expect(await deregistrationDelayMs(elbv2, BLUE)).toBe(300_000);
  });
});
