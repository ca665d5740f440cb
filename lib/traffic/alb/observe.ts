/**
 * Reading two colors (two rolling ECS services, each in its own target group) and the listener rule that splits
 * traffic between them by weight: the split, both services, the bake recorded on the rule and its lease. Read only.
 */
import type { Service } from '@aws-sdk/client-ecs';

import type { AwsClients } from '../../aws/clients.js';
import { ConfigurationError } from '../../core/errors.js';
import { deploymentStyleOf } from '../../ecs/deployment-style.js';
import { describeServices, pollServices } from '../../ecs/services.js';
import { elbTags, judgeLease, LEASE_TAG, type LeaseHolder, type LeaseState, type TagStore } from '../lease.js';
import { describeRoute, type ObservedRoute, observeRoute, type TrafficRoute } from '../listener-weights.js';
import { expectTargetGroups } from '../split.js';
import type { Color, ObservedPair } from './plan.js';

/**
 * The tag naming the stable target group while a bake runs: how the next run (or an abort, or a rollback) knows where
 * to restore.
 */
export const BAKE_STABLE_TAG = 'ecs-fargate-actions:bake-stable';

export interface ObservedAlb {
  pair: ObservedPair;
  route: ObservedRoute;
  loadBalancerArn: string;
  /** The tags of the rule (or listener) that carries the lease and the bake's record. */
  store: TagStore;
  lease: LeaseState;
}

/** Reads both services, their target groups, the rule and its tags; refuses a rule that forwards anywhere else. */
export async function observeAlb(
  clients: AwsClients,
  cluster: string,
  names: [string, string],
  routeOf: TrafficRoute,
  me: LeaseHolder,
  now = new Date(),
  input = 'listener-rule-arn',
): Promise<ObservedAlb> {
  const services = await describeServices(clients, cluster, names);
  const colors = names.map((name) => colorOf(services.get(name)!)) as [Color, Color];
  const route = await observeRoute(clients.elbv2, routeOf, input);
  expectTargetGroups(
    route.split,
    colors.map((c) => c.targetGroupArn),
    input,
    describeRoute(routeOf),
  );
  const store = elbTags(clients.elbv2, route.leaseArn);
  // One DescribeTags for both the lease and the bake's record.
  const tags = await store.readAll();
  const leaseValue = tags[LEASE_TAG];
  const stableValue = tags[BAKE_STABLE_TAG];
  const lease = judgeLease(leaseValue, me, now);
  // A bake writes its stable color under its lease and removes it before releasing: without a lease it is an orphan
  // (another tool, a rollback, took over the traffic) and says nothing about which color is stable now.
  const recordedStable = leaseValue ? stableValue : undefined;
  return {
    pair: { colors, split: route.split, recordedStable },
    route,
    loadBalancerArn: loadBalancerOf(route.route) ?? '',
    store,
    lease,
  };
}

/** Both colors as they are now (desired and running counts), for a guard or a report. */
export async function readColors(clients: AwsClients, cluster: string, colors: readonly Color[]): Promise<Color[]> {
  const now = await pollServices(
    clients,
    cluster,
    colors.map((c) => c.service),
  );
  return colors.map((c) => {
    const s = now.get(c.service);
    return s
      ? { ...c, taskDefinition: s.taskDefinition, desiredCount: s.desiredCount ?? 0, runningCount: s.runningCount ?? 0 }
      : c;
  });
}

function colorOf(service: Service): Color {
  const name = service.serviceName!;
  const style = deploymentStyleOf(service);
  if (style.controller !== 'ECS' || style.strategy !== 'ROLLING') {
    const what =
      style.controller === 'ECS'
        ? `ECS's ${style.strategy} strategy`
        : style.controller === 'CODE_DEPLOY'
          ? 'CodeDeploy (deployment controller CODE_DEPLOY)'
          : 'the EXTERNAL controller';
    throw new ConfigurationError(
      'services',
      `service "${name}" uses ${what}; two colors over ALB weights are two rolling services (name one service alone to bake it through its own strategy or CodeDeploy)`,
    );
  }
  const groups = [
    ...new Set((service.loadBalancers ?? []).map((lb) => lb.targetGroupArn).filter((arn): arn is string => !!arn)),
  ];
  if (groups.length !== 1)
    throw new ConfigurationError(
      'services',
      `service "${name}" is registered in ${groups.length} target groups; each color needs exactly one`,
    );
  return {
    service: name,
    targetGroupArn: groups[0],
    taskDefinition: service.taskDefinition,
    desiredCount: service.desiredCount ?? 0,
    runningCount: service.runningCount ?? 0,
  };
}

/**
 * A listener (or rule) ARN carries its load balancer: …:listener/app/name/id/listenerId → …:loadbalancer/app/name/id.
 */
export function loadBalancerOf(route: TrafficRoute): string | undefined {
  const arn = route.kind === 'rule' ? route.ruleArn : route.listenerArn;
  const match = /^(arn:[^:]+:elasticloadbalancing:[^:]+:\d+:)listener(?:-rule)?\/(app|net)\/([^/]+)\/([^/]+)\//.exec(
    arn,
  );
  return match ? `${match[1]}loadbalancer/${match[2]}/${match[3]}/${match[4]}` : undefined;
}
