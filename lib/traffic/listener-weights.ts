/**
 * Reading and changing the weights of an ALB listener rule (or a listener's default action) that forwards to a
 * blue and a green target group. Every change sends the rule's whole action list and is read back: a change
 * is only done when DescribeRules/DescribeListeners show it.
 */
import {
  type Action,
  DescribeListenersCommand,
  DescribeRulesCommand,
  type ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { ConfigurationError } from '../core/errors.js';
import { type Clock, realClock } from '../core/poll.js';
import { parseRouteArn, type TrafficRoute } from './route-arn.js';
import { actionsWithSplit, describeSplit, sameSplit, splitOf, type TrafficSplit } from './split.js';

export { parseRouteArn, type TrafficRoute };

/** A route as it is now, as plain data. */
export interface ObservedRoute {
  route: TrafficRoute;
  /** The full action list (rule Actions, or the listener's DefaultActions). */
  actions: Action[];
  split: TrafficSplit;
  /** The resource that carries the lease tag: the rule, or the listener for a default action. */
  leaseArn: string;
}

/** Thrown when a weight change was accepted but the read-back does not show it. */
export class TrafficVerifyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrafficVerifyError';
  }
}

/** The listener a rule belongs to, from the rule's ARN (rule ARNs extend their listener's). */
export function listenerOfRule(ruleArn: string): string {
  return ruleArn.replace(':listener-rule/', ':listener/').replace(/\/[^/]+$/, '');
}

/** Describes the route now; a default rule is turned into its listener (moto and AWS agree only there). */
export async function observeRoute(
  elbv2: ElasticLoadBalancingV2Client,
  route: TrafficRoute,
  input = 'listener-rule-arn',
): Promise<ObservedRoute> {
  if (route.kind === 'rule') {
    const rule = await describeOrExplain(
      input,
      route.ruleArn,
      async () => (await elbv2.send(new DescribeRulesCommand({ RuleArns: [route.ruleArn] }))).Rules?.[0],
    );
    if (rule.IsDefault)
      return observeRoute(elbv2, { kind: 'listener', listenerArn: listenerOfRule(route.ruleArn) }, input);
    const actions = rule.Actions ?? [];
    return { route, actions, split: splitOf(actions, `rule ${route.ruleArn}`), leaseArn: route.ruleArn };
  }
  const listener = await describeOrExplain(
    input,
    route.listenerArn,
    async () => (await elbv2.send(new DescribeListenersCommand({ ListenerArns: [route.listenerArn] }))).Listeners?.[0],
  );
  const actions = listener.DefaultActions ?? [];
  return {
    route,
    actions,
    split: splitOf(actions, `the default action of listener ${route.listenerArn}`),
    leaseArn: route.listenerArn,
  };
}

export interface ApplyOptions {
  /** Times to send the change and read it back before giving up (default 3). */
  attempts?: number;
  /** Pause between a read-back that disagrees and the next attempt (default 1s). */
  retryDelayMs?: number;
  clock?: Clock;
  signal?: AbortSignal;
}

/** Sends `split` with the route's full action list, reads it back, retries on a mismatch; returns the read-back. */
export async function applySplit(
  elbv2: ElasticLoadBalancingV2Client,
  observed: ObservedRoute,
  split: TrafficSplit,
  options: ApplyOptions = {},
): Promise<ObservedRoute> {
  const { attempts = 3, retryDelayMs = 1000, clock = realClock, signal } = options;
  const where = describeRoute(observed.route);
  const actions = actionsWithSplit(observed.actions, split, where);
  let readBack: ObservedRoute | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (observed.route.kind === 'rule') {
      await elbv2.send(new ModifyRuleCommand({ RuleArn: observed.route.ruleArn, Actions: actions }), {
        abortSignal: signal,
      });
    } else {
      await elbv2.send(
        new ModifyListenerCommand({ ListenerArn: observed.route.listenerArn, DefaultActions: actions }),
        { abortSignal: signal },
      );
    }
    readBack = await observeRoute(elbv2, observed.route);
    if (sameSplit(readBack.split, split) && sameOtherActions(readBack.actions, actions)) return readBack;
    if (attempt < attempts) await clock.sleep(retryDelayMs, signal);
  }
  throw new TrafficVerifyError(
    `${where} was modified ${attempts} times but reads back ${describeSplit(readBack!.split)}` +
      `${sameOtherActions(readBack!.actions, actions) ? '' : ' with different other actions'}, not ${describeSplit(split)}`,
  );
}

/** "rule arn:…" or "the default action of listener arn:…", for messages. */
export function describeRoute(route: TrafficRoute): string {
  return route.kind === 'rule' ? `rule ${route.ruleArn}` : `the default action of listener ${route.listenerArn}`;
}

// The actions other than forward must survive a change: same types in the same order (AWS numbers Order itself).
function sameOtherActions(a: readonly Action[], b: readonly Action[]): boolean {
  const shape = (actions: readonly Action[]) => actions.map((x) => x.Type).join(',');
  return shape(a) === shape(b);
}

async function describeOrExplain<T>(input: string, arn: string, describe: () => Promise<T | undefined>): Promise<T> {
  try {
    const found = await describe();
    if (found) return found;
  } catch (err) {
    const name = (err as { name?: string }).name ?? '';
    if (!/RuleNotFound|ListenerNotFound|ValidationError/.test(name)) throw err;
  }
  throw ConfigurationError.value(input, arn, 'a listener rule or listener that exists in this account and region');
}
