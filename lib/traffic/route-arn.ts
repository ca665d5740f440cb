/**
 * Which route carries a release's weights, from the ARN given as input. Apart from listener-weights.ts (which reads
 * and changes the route through the ELBv2 client) so that reading inputs does not load the ELBv2 commands.
 */
import { ConfigurationError } from '../core/errors.js';

/** What carries the weights: a listener rule, or a listener's default action (its default rule). */
export type TrafficRoute = { kind: 'rule'; ruleArn: string } | { kind: 'listener'; listenerArn: string };

/** Tells a rule ARN from a listener ARN; anything else is a ConfigurationError naming `input`. */
export function parseRouteArn(arn: string, input: string): TrafficRoute {
  if (
    /^arn:aws[\w-]*:elasticloadbalancing:[\w-]+:\d{12}:listener-rule\/(app|net)\/[^/]+\/[^/]+\/[^/]+\/[^/]+$/.test(arn)
  )
    return { kind: 'rule', ruleArn: arn };
  if (/^arn:aws[\w-]*:elasticloadbalancing:[\w-]+:\d{12}:listener\/(app|net)\/[^/]+\/[^/]+\/[^/]+$/.test(arn))
    return { kind: 'listener', listenerArn: arn };
  throw ConfigurationError.value(
    input,
    arn,
    'a listener rule ARN (…:listener-rule/app/…) or a listener ARN (…:listener/app/…) for its default action',
  );
}
