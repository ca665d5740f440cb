/**
 * The test route a bake over two colors manages: one listener rule, placed just before the production rule, that
 * forwards only requests carrying a per-run header to the idle color's target group. Canary checks go through the
 * production URL with that header, so they reach the release being baked at 0% and at every step, whichever color
 * it is on; no user request carries the header. The rule is created (guarded, read back) before the health gate,
 * and removed (guarded, read back) when the bake ends, by main or by the post step, which finds it again by its tag
 * even when the job died between creating it and saving its ARN.
 */
import { randomBytes } from 'node:crypto';

import {
  CreateRuleCommand,
  DeleteRuleCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  type ElasticLoadBalancingV2Client,
  type Rule,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { allPages } from '../aws/paging.js';
import { errorMessage, PlanError } from '../core/errors.js';
import { guardedWrite, type Proof } from './guard.js';
import type { LeaseHolder } from './lease.js';
import { listenerOfRule, type TrafficRoute } from './listener-weights.js';
import { shortTargetGroup } from './split.js';

/** The header every canary check carries; its value is new for every run. */
export const TEST_ROUTE_HEADER = 'x-ecs-bake-canary';
/** The tag that marks a test route as a bake's, naming the run (repository/run/attempt). */
export const TEST_ROUTE_TAG = 'ecs-fargate-actions:bake-test-route';

/** A test route as planned and, once created, as it exists: what the post step needs to remove it. */
export interface TestRoute {
  listenerArn: string;
  priority: number;
  targetGroupArn: string;
  header: { name: string; value: string };
  /** The tag value: the run that made it. */
  owner: string;
  /** Set once CreateRule answered. */
  ruleArn?: string;
}

/** Plans the route (read only): the per-run header, and the free priority nearest before the production rule's. */
export async function planTestRoute(
  elbv2: ElasticLoadBalancingV2Client,
  route: TrafficRoute,
  targetGroupArn: string,
  me: LeaseHolder,
): Promise<TestRoute> {
  const listenerArn = listenerOf(route);
  const rules = await listenerRules(elbv2, listenerArn);
  const taken = new Set(rules.filter((r) => !r.IsDefault).map((r) => Number(r.Priority)));
  const production = route.kind === 'rule' ? rules.find((r) => r.RuleArn === route.ruleArn) : undefined;
  // Before the production rule, as close to it as possible: rules the team placed earlier keep their precedence.
  const below = production && !production.IsDefault ? Number(production.Priority) : 50_001;
  let priority = below - 1;
  while (priority >= 1 && taken.has(priority)) priority--;
  if (priority < 1)
    throw new PlanError(
      `no free rule priority before ${route.kind === 'rule' ? `rule ${route.ruleArn} (priority ${below})` : 'the listener default'} for the canary's test route; free one below it, or give \`canary-url\` and no \`production-url\` for canary checks`,
    );
  const owner = `${me.repository}/${me.runId}/${me.attempt}`;
  return {
    listenerArn,
    priority,
    targetGroupArn,
    header: { name: TEST_ROUTE_HEADER, value: `${me.runId}-${me.attempt}-${randomBytes(12).toString('hex')}` },
    owner,
  };
}

/**
 * Creates the rule, guarded by `proofs` (the lease, the canary ready) and read back; resolves with its ARN or why not.
 */
export async function createTestRoute(
  elbv2: ElasticLoadBalancingV2Client,
  planned: TestRoute,
  proofs: Proof[],
): Promise<{ done: true; route: TestRoute } | { done: false; refused: string }> {
  let ruleArn: string | undefined;
  const result = await guardedWrite({
    what: `create the canary's test route (rule ${planned.priority}: header ${planned.header.name} → ${shortTargetGroup(planned.targetGroupArn)})`,
    proofs,
    send: async () => {
      const created = await elbv2.send(
        new CreateRuleCommand({
          ListenerArn: planned.listenerArn,
          Priority: planned.priority,
          Conditions: [
            {
              Field: 'http-header',
              HttpHeaderConfig: { HttpHeaderName: planned.header.name, Values: [planned.header.value] },
            },
          ],
          Actions: [
            {
              Type: 'forward',
              ForwardConfig: { TargetGroups: [{ TargetGroupArn: planned.targetGroupArn, Weight: 1 }] },
            },
          ],
          Tags: [{ Key: TEST_ROUTE_TAG, Value: planned.owner }],
        }),
      );
      ruleArn = created.Rules?.[0]?.RuleArn;
    },
    readBack: async () => {
      const rule = ruleArn ? await describeRule(elbv2, ruleArn) : undefined;
      if (!rule || !forwardsOnlyTo(rule, planned.targetGroupArn))
        throw new Error(`the test route was not read back forwarding to ${shortTargetGroup(planned.targetGroupArn)}`);
      return { ...planned, ruleArn };
    },
  });
  return result.done ? { done: true, route: result.value } : result;
}

/**
 * Removes a test route: the rule named, or, when the job died before saving it, every rule of the listener tagged as
 * this run's. Guarded: only a rule that carries this run's tag and forwards only to the canary's group is deleted;
 * read back gone. Says what it did.
 */
export async function removeTestRoute(elbv2: ElasticLoadBalancingV2Client, route: TestRoute): Promise<string> {
  const arns = route.ruleArn
    ? [route.ruleArn]
    : (await taggedRules(elbv2, route.listenerArn, route.owner)).map((r) => r.arn);
  if (arns.length === 0) return 'the test route was never created';
  const said: string[] = [];
  for (const arn of arns) {
    const result = await guardedWrite({
      what: `remove the canary's test route ${arn}`,
      proofs: [ownedRouteProof(elbv2, arn, route)],
      send: async () => void (await elbv2.send(new DeleteRuleCommand({ RuleArn: arn }))),
      readBack: async () => {
        if (await describeRule(elbv2, arn)) throw new Error(`the test route ${arn} is still there after DeleteRule`);
      },
    });
    said.push(result.done ? `test route removed (${arn}, read back gone)` : result.refused);
  }
  return said.join('; ');
}

/**
 * The rule is still there, carries this run's tag and forwards only to the canary's group (else: gone, or not ours).
 */
function ownedRouteProof(
  elbv2: ElasticLoadBalancingV2Client,
  arn: string,
  route: Pick<TestRoute, 'owner' | 'targetGroupArn'>,
): Proof {
  return async () => {
    const rule = await describeRule(elbv2, arn);
    if (!rule) return `the rule ${arn} is already gone`;
    const tags = (await elbv2.send(new DescribeTagsCommand({ ResourceArns: [arn] }))).TagDescriptions?.[0]?.Tags ?? [];
    if (!tags.some((t) => t.Key === TEST_ROUTE_TAG && t.Value === route.owner))
      return `the rule ${arn} is not this run's test route (no ${TEST_ROUTE_TAG}=${route.owner} tag)`;
    return forwardsOnlyTo(rule, route.targetGroupArn)
      ? undefined
      : `the rule ${arn} no longer forwards only to ${shortTargetGroup(route.targetGroupArn)}`;
  };
}

async function describeRule(elbv2: ElasticLoadBalancingV2Client, arn: string): Promise<Rule | undefined> {
  try {
    return (await elbv2.send(new DescribeRulesCommand({ RuleArns: [arn] }))).Rules?.[0];
  } catch (err) {
    if (
      (err as Error).name === 'RuleNotFoundException' ||
      (err as Error).name === 'RuleNotFound' ||
      /not.?found/i.test(errorMessage(err))
    )
      return undefined;
    throw err;
  }
}

async function listenerRules(elbv2: ElasticLoadBalancingV2Client, listenerArn: string): Promise<Rule[]> {
  return allPages(
    async (Marker) => {
      const page = await elbv2.send(new DescribeRulesCommand({ ListenerArn: listenerArn, Marker }));
      return { ...page, nextToken: page.NextMarker };
    },
    (page) => page.Rules,
  );
}

/**
 * Removes every bake's test route on the listener that forwards only to `targetGroupArn`, whichever run made it: what
 * a run that took the rule over (an abort, a rollback) does before it scales that color in, since a color is never
 * scaled in while a rule forwards to it. A test route carries only the checks' header, never a user's request; the bake
 * it belonged to has lost the rule and finds its route gone. Guarded (still tagged as a test route, still forwarding
 * only to that group, and `ownership`: the rule is still this run's), read back gone. Says what it did, one line a
 * route.
 */
export async function removeTestRoutesTo(
  elbv2: ElasticLoadBalancingV2Client,
  route: TrafficRoute,
  targetGroupArn: string,
  ownership: Proof,
): Promise<string[]> {
  const said: string[] = [];
  for (const { arn, owner } of await taggedRules(elbv2, listenerOf(route))) {
    const rule = await describeRule(elbv2, arn);
    if (!rule || !forwardsOnlyTo(rule, targetGroupArn)) continue;
    const result = await guardedWrite({
      what: `remove ${owner}'s test route ${arn} (it forwards to ${shortTargetGroup(targetGroupArn)}, about to be scaled in)`,
      proofs: [ownership, ownedRouteProof(elbv2, arn, { owner, targetGroupArn })],
      send: async () => void (await elbv2.send(new DeleteRuleCommand({ RuleArn: arn }))),
      readBack: async () => {
        if (await describeRule(elbv2, arn)) throw new Error(`the test route ${arn} is still there after DeleteRule`);
      },
    });
    said.push(
      result.done
        ? `test route of ${owner} removed (${arn}, read back gone): the bake that made it no longer holds the rule`
        : result.refused,
    );
  }
  return said;
}

/** The listener a route's rule belongs to. */
function listenerOf(route: TrafficRoute): string {
  return route.kind === 'rule' ? listenerOfRule(route.ruleArn) : route.listenerArn;
}

// The listener's rules tagged as a test route (`owner`'s when given), with the run that made each (DescribeTags takes
// 20 ARNs at a time).
async function taggedRules(
  elbv2: ElasticLoadBalancingV2Client,
  listenerArn: string,
  owner?: string,
): Promise<{ arn: string; owner: string }[]> {
  const arns = (await listenerRules(elbv2, listenerArn))
    .filter((r) => !r.IsDefault && r.RuleArn)
    .map((r) => r.RuleArn!);
  const found: { arn: string; owner: string }[] = [];
  for (let i = 0; i < arns.length; i += 20) {
    const described = await elbv2.send(new DescribeTagsCommand({ ResourceArns: arns.slice(i, i + 20) }));
    for (const d of described.TagDescriptions ?? []) {
      const tag = d.Tags?.find((t) => t.Key === TEST_ROUTE_TAG && (owner === undefined || t.Value === owner));
      if (tag) found.push({ arn: d.ResourceArn!, owner: tag.Value ?? '' });
    }
  }
  return found;
}

function forwardsOnlyTo(rule: Rule, targetGroupArn: string): boolean {
  const forward = rule.Actions?.find((a) => a.Type === 'forward');
  const groups =
    forward?.ForwardConfig?.TargetGroups?.filter((g) => (g.Weight ?? 1) > 0).map((g) => g.TargetGroupArn) ??
    (forward?.TargetGroupArn ? [forward.TargetGroupArn] : []);
  return groups.length === 1 && groups[0] === targetGroupArn;
}
