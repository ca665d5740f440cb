import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';

import { ConfigurationError, PlanError } from '../../lib/core/errors.js';
import {
  actionsWithSplit,
  checkSplit,
  describeSplit,
  expectTargetGroups,
  percentOf,
  sameSplit,
  splitFor,
  splitOf,
} from '../../lib/traffic/split.js';

const TG = (name: string) => `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${name}/0123456789abcdef`;
const BLUE = TG('web-blue');
const GREEN = TG('web-green');
const OTHER = TG('admin');
const weighted = (blue: number, green: number, extra: Partial<Action> = {}): Action => ({
  Type: 'forward',
  ForwardConfig: {
    TargetGroups: [
      { TargetGroupArn: BLUE, Weight: blue },
      { TargetGroupArn: GREEN, Weight: green },
    ],
  },
  ...extra,
});
const oidc: Action = {
  Type: 'authenticate-oidc',
  Order: 1,
  AuthenticateOidcConfig: {
    Issuer: 'https://idp',
    AuthorizationEndpoint: 'https://idp/a',
    TokenEndpoint: 'https://idp/t',
    UserInfoEndpoint: 'https://idp/u',
    ClientId: 'c',
  },
};

describe('reading a split from an action list', () => {
  test.each<[string, Action[], Record<string, number>]>([
    ['a weighted ForwardConfig', [weighted(90, 10)], { [BLUE]: 90, [GREEN]: 10 }],
    [
      'a bare TargetGroupArn (how moto reads back a plain forward)',
      [{ Type: 'forward', TargetGroupArn: BLUE }],
      { [BLUE]: 1 },
    ],
    [
      'a TargetGroupArn that agrees with a one-group ForwardConfig',
      [
        {
          Type: 'forward',
          TargetGroupArn: BLUE,
          ForwardConfig: { TargetGroups: [{ TargetGroupArn: BLUE, Weight: 1 }] },
        },
      ],
      { [BLUE]: 1 },
    ],
    [
      'a group without a weight (AWS fills in 1)',
      [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: BLUE }] } }],
      { [BLUE]: 1 },
    ],
    ['a forward after authentication', [oidc, weighted(0, 100, { Order: 2 })], { [BLUE]: 0, [GREEN]: 100 }],
  ])('%s', (_name, actions, split) => expect(splitOf(actions, 'rule R')).toEqual(split));

  test.each<[string, Action[], string]>([
    [
      'a TargetGroupArn that disagrees with the ForwardConfig',
      [
        {
          Type: 'forward',
          TargetGroupArn: OTHER,
          ForwardConfig: { TargetGroups: [{ TargetGroupArn: BLUE, Weight: 1 }] },
        },
      ],
      'names TargetGroupArn admin beside a ForwardConfig of web-blue',
    ],
    [
      'a TargetGroupArn beside two weighted groups',
      [weighted(50, 50, { TargetGroupArn: BLUE })],
      'AWS accepts both only for the same single target group',
    ],
    [
      'no forward at all',
      [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '503' } }],
      'exactly one forward action to shift traffic; it has fixed-response',
    ],
    ['a forward to nothing', [{ Type: 'forward' }], 'forwards to no target group'],
    [
      'the same group twice',
      [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: BLUE, Weight: 1 },
              { TargetGroupArn: BLUE, Weight: 2 },
            ],
          },
        },
      ],
      'names web-blue twice',
    ],
  ])('refuses %s', (_name, actions, message) => expect(() => splitOf(actions, 'rule R')).toThrow(message));
});

describe('what AWS would accept (moto accepts more)', () => {
  test.each([
    [{ [BLUE]: 1000, [GREEN]: 0 }, 'weight 1000 for web-blue is outside 0–999'],
    [{ [BLUE]: -1, [GREEN]: 5 }, 'weight -1 for web-blue is outside 0–999'],
    [{ [BLUE]: 2.5, [GREEN]: 5 }, 'weight 2.5'],
    [{ [BLUE]: 0, [GREEN]: 0 }, 'every weight is 0'],
    [{}, 'takes 1 to 5 target groups, not 0'],
    [Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [TG(n), 1])), 'not 6'],
  ])('%j is refused', (split, message) => expect(() => checkSplit(split, 'rule R')).toThrow(message));

  test('a rule forwarding to a third group is the user configuration, named by its input', () => {
    let thrown: unknown;
    try {
      expectTargetGroups({ [BLUE]: 50, [OTHER]: 50 }, [BLUE, GREEN], 'listener-rule-arn', 'rule R');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as Error).message).toMatch(
      /^Invalid `listener-rule-arn`: rule R forwards to admin, which is not one of the expected target groups \(web-blue, web-green\)/,
    );
  });

  test('a rule forwarding to blue alone is a fine starting point', () => {
    expect(() => expectTargetGroups({ [BLUE]: 1 }, [BLUE, GREEN], 'listener-rule-arn', 'rule R')).not.toThrow();
  });
});

describe('building the new action list', () => {
  test('re-weights the forward and keeps stickiness, order and every other action', () => {
    const stickiness = { Enabled: true, DurationSeconds: 300 };
    const before = [
      oidc,
      weighted(100, 0, {
        Order: 2,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: BLUE, Weight: 100 },
            { TargetGroupArn: GREEN, Weight: 0 },
          ],
          TargetGroupStickinessConfig: stickiness,
        },
      }),
    ];
    const after = actionsWithSplit(before, splitFor(BLUE, GREEN, 10), 'rule R');
    expect(after).toEqual([
      { ...oidc, AuthenticateOidcConfig: { ...oidc.AuthenticateOidcConfig, UseExistingClientSecret: true } },
      {
        Type: 'forward',
        Order: 2,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: BLUE, Weight: 90 },
            { TargetGroupArn: GREEN, Weight: 10 },
          ],
          TargetGroupStickinessConfig: stickiness,
        },
      },
    ]);
    expect(before[1].ForwardConfig?.TargetGroups?.[0].Weight).toBe(100);
  });

  test('turns a bare TargetGroupArn into a ForwardConfig with both groups, the existing one first', () => {
    expect(
      actionsWithSplit([{ Type: 'forward', TargetGroupArn: BLUE, Order: 1 }], { [GREEN]: 10, [BLUE]: 90 }, 'rule R'),
    ).toEqual([
      {
        Type: 'forward',
        Order: 1,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: BLUE, Weight: 90 },
            { TargetGroupArn: GREEN, Weight: 10 },
          ],
        },
      },
    ]);
  });

  test('refuses a split that drops a group the rule forwards to now, or that AWS would reject', () => {
    expect(() => actionsWithSplit([weighted(50, 50)], { [BLUE]: 100 }, 'rule R')).toThrow('leaves out web-green');
    expect(() => actionsWithSplit([weighted(50, 50)], { [BLUE]: 1000, [GREEN]: 0 }, 'rule R')).toThrow(PlanError);
  });
});

describe('shares', () => {
  test.each([
    [0, { [BLUE]: 100, [GREEN]: 0 }],
    [10, { [BLUE]: 90, [GREEN]: 10 }],
    [100, { [BLUE]: 0, [GREEN]: 100 }],
  ])('%d%% on green', (percent, split) => {
    expect(splitFor(BLUE, GREEN, percent)).toEqual(split);
    expect(percentOf(split, GREEN)).toBe(percent);
  });

  test('weights compare by share, and an absent group is 0', () => {
    expect(sameSplit({ [BLUE]: 1, [GREEN]: 3 }, { [BLUE]: 25, [GREEN]: 75 })).toBe(true);
    expect(sameSplit({ [BLUE]: 1 }, { [BLUE]: 100, [GREEN]: 0 })).toBe(true);
    expect(sameSplit({ [BLUE]: 90, [GREEN]: 10 }, { [BLUE]: 10, [GREEN]: 90 })).toBe(false);
    expect(describeSplit({ [BLUE]: 90, [GREEN]: 10 })).toBe('web-blue 90% · web-green 10%');
  });

  test.each([101, -1, 12.5])('a share of %d is refused', (percent) =>
    expect(() => splitFor(BLUE, GREEN, percent)).toThrow('whole percent'),
  );
});
