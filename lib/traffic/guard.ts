/**
 * The one home of every write that moves production traffic or capacity (ModifyRule/ModifyListener, UpdateService
 * desiredCount, Continue/StopServiceDeployment, CodeDeploy Continue/StopDeployment). Before it writes it proves,
 * from fresh reads, everything the caller names: this run holds the lease; the state is the one this run last
 * wrote or read (compare-and-set); the side about to receive traffic has its desired tasks running and its targets
 * healthy; and, before a side is scaled in, no rule of its load balancer still forwards to it. A proof that fails,
 * or cannot be read, refuses the write: nothing is sent, and the refusal says what was read. A write that went out
 * is read back.
 */
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  type ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import type { AwsClients } from '../aws/clients.js';
import { allPages } from '../aws/paging.js';
import { errorMessage } from '../core/errors.js';
import type { Clock } from '../core/poll.js';
import { pollServices } from '../ecs/services.js';
import { describeLease, inspectLease, type LeaseHolder, type TagStore } from './lease.js';
import { shortTargetGroup } from './split.js';
import { describeTargetGroupHealth, judgeHealth } from './target-groups.js';

/** One fact a write depends on: resolves with why it does not hold, or undefined when it does. */
export type Proof = () => Promise<string | undefined>;

export interface GuardedWrite<T> {
  /** What the write does, for messages: "shift web-green to 10%". */
  what: string;
  proofs: Proof[];
  send: () => Promise<void>;
  /** Reads the result back; throws when it does not show the write. */
  readBack: () => Promise<T>;
}

export type GuardedResult<T> = { done: true; value: T } | { done: false; refused: string };

/** Proves every fact from fresh reads (side by side), then writes and reads back; or refuses, having sent nothing. */
export async function guardedWrite<T>(write: GuardedWrite<T>): Promise<GuardedResult<T>> {
  const refusals = await Promise.all(
    write.proofs.map((prove) => prove().catch((err) => `it could not be proven (${errorMessage(err)})`)),
  );
  const refused = refusals.filter((r): r is string => r !== undefined);
  if (refused.length) return { done: false, refused: `not done: ${write.what}, because ${refused.join('; and ')}` };
  await write.send();
  return { done: true, value: await write.readBack() };
}

/** This run holds the lease (read now). */
export function leaseProof(store: TagStore, me: LeaseHolder, clock: Clock): Proof {
  return async () => {
    const lease = await inspectLease(store, me, new Date(clock.now()));
    if (lease.state === 'mine') return undefined;
    if (lease.state === 'held') return `${describeLease(lease.lease)} holds ${store.name}'s lease now`;
    if (lease.state === 'stale')
      return `${store.name}'s lease is no longer this run's (${describeLease(lease.lease)}, ${lease.why})`;
    return lease.state === 'free'
      ? `this run's lease on ${store.name} is gone (another run took the traffic and let go)`
      : `the lease tag on ${store.name} cannot be read`;
  };
}

/**
 * No other live run holds the lease (free, stale or ours will do): the post step's ownership after its own job died,
 * when the lease may have expired or been let go but nobody else has taken the traffic.
 */
export function notHeldByOtherProof(store: TagStore, me: LeaseHolder, clock: Clock): Proof {
  return async () => {
    const lease = await inspectLease(store, me, new Date(clock.now()));
    return lease.state === 'held'
      ? `${describeLease(lease.lease)} holds ${store.name}'s lease now`
      : lease.state === 'unreadable'
        ? `the lease tag on ${store.name} cannot be read`
        : undefined;
  };
}

/** Either proof will do (the first one that holds); refused with both reasons when neither does. */
export function eitherProof(a: Proof, b: Proof): Proof {
  return async () => {
    const first = await a().catch((err) => `it could not be read (${errorMessage(err)})`);
    if (first === undefined) return undefined;
    const second = await b().catch((err) => `it could not be read (${errorMessage(err)})`);
    return second === undefined ? undefined : `${first}, and ${second}`;
  };
}

/**
 * The proof, or a refusal when it cannot be read within `ms` of real time: after a cancel, a restore must still go
 * out inside the runner's grace period, so a hanging read gives way to another proof (see eitherProof).
 */
export function boundedProof(ms: number, proof: Proof): Proof {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`it could not be read within ${ms / 1000} s`), ms);
      timer.unref();
    });
    return Promise.race([proof(), late]).finally(() => clearTimeout(timer));
  };
}

/** The service about to receive traffic has tasks: desired count above 0 and every desired task running. */
export function tasksProof(clients: AwsClients, cluster: string, service: string): Proof {
  return async () => {
    const found = (await pollServices(clients, cluster, [service])).get(service);
    if (!found) return `service ${service} was not found`;
    const desired = found.desiredCount ?? 0;
    const running = found.runningCount ?? 0;
    if (desired === 0) return `${service} runs no tasks (desired count 0)`;
    if (running < desired) return `${service} runs ${running} of its ${desired} desired task(s)`;
    return undefined;
  };
}

/** The target group about to receive traffic has registered targets, all healthy. */
export function healthyTargetsProof(elbv2: ElasticLoadBalancingV2Client, targetGroupArn: string): Proof {
  return async () => {
    const verdict = judgeHealth(await describeTargetGroupHealth(elbv2, targetGroupArn));
    return verdict.ready
      ? undefined
      : `${shortTargetGroup(targetGroupArn)} is not ready for traffic: ${verdict.reason}`;
  };
}

/** No rule (or default action) of any listener of the load balancer forwards traffic to the target group. */
export function noForwardProof(
  elbv2: ElasticLoadBalancingV2Client,
  loadBalancerArn: string,
  targetGroupArn: string,
): Proof {
  return async () => {
    const forwarding = await rulesForwardingTo(elbv2, loadBalancerArn, targetGroupArn);
    return forwarding.length
      ? `${shortTargetGroup(targetGroupArn)} still gets traffic from ${forwarding.join(', ')}`
      : undefined;
  };
}

/** The rules (and listener defaults) of a load balancer that send a share above 0 to `targetGroupArn`, named. */
export async function rulesForwardingTo(
  elbv2: ElasticLoadBalancingV2Client,
  loadBalancerArn: string,
  targetGroupArn: string,
): Promise<string[]> {
  // ELB pages with Marker/NextMarker: mapped onto the one paging helper's nextToken.
  const listeners = await allPages(
    async (Marker) => {
      const page = await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: loadBalancerArn, Marker }));
      return { ...page, nextToken: page.NextMarker };
    },
    (page) => page.Listeners,
  );
  const found: string[] = [];
  for (const listener of listeners) {
    const rules = await allPages(
      async (Marker) => {
        const page = await elbv2.send(new DescribeRulesCommand({ ListenerArn: listener.ListenerArn, Marker }));
        return { ...page, nextToken: page.NextMarker };
      },
      (page) => page.Rules,
    );
    // moto keeps a listener's default action apart from its default rule: read both, a share anywhere counts.
    const actionLists = [
      { name: `the default action of listener ${listener.ListenerArn}`, actions: listener.DefaultActions ?? [] },
      ...rules.map((r) => ({ name: `rule ${r.RuleArn}`, actions: r.Actions ?? [] })),
    ];
    for (const { name, actions } of actionLists) {
      if (actions.some((a) => a.Type === 'forward' && forwardsTo(a, targetGroupArn)) && !found.includes(name))
        found.push(name);
    }
  }
  return found;
}

function forwardsTo(
  action: {
    TargetGroupArn?: string;
    ForwardConfig?: { TargetGroups?: { TargetGroupArn?: string; Weight?: number }[] };
  },
  targetGroupArn: string,
): boolean {
  const groups = action.ForwardConfig?.TargetGroups;
  if (groups?.length)
    return groups.some(
      (g) =>
        g.TargetGroupArn === targetGroupArn &&
        (g.Weight ?? 1) > 0 &&
        groups.reduce((s, x) => s + (x.Weight ?? 1), 0) > 0,
    );
  return action.TargetGroupArn === targetGroupArn;
}
