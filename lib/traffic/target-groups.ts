/**
 * What a weight change depends on in a target group: are its targets healthy before it gets traffic, and how
 * long does it drain (the deregistration delay) after it loses it.
 */
import {
  DescribeTargetGroupAttributesCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client,
  type TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { TimeoutError } from '../core/errors.js';
import { type Clock, pollUntil } from '../core/poll.js';

/** The health of one target group's registered targets, as plain data. */
export interface TargetGroupHealth {
  targetGroupArn: string;
  registered: number;
  healthy: number;
  /** Targets that are not healthy, as "10.0.1.5:8080 unhealthy (Target.ResponseCodeMismatch)". */
  notHealthy: string[];
}

/**
 * The verdict on a group's health: ready to take traffic only when every registered target is healthy and there is one.
 */
export interface HealthVerdict {
  ready: boolean;
  reason: string;
}

/** The default deregistration delay AWS applies when the attribute is not set. */
export const DEFAULT_DEREGISTRATION_DELAY_MS = 300_000;

/** Reads DescribeTargetHealth for a target group. */
export async function describeTargetGroupHealth(
  elbv2: ElasticLoadBalancingV2Client,
  targetGroupArn: string,
  signal?: AbortSignal,
): Promise<TargetGroupHealth> {
  const out = await elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }), {
    abortSignal: signal,
  });
  return summariseHealth(targetGroupArn, out.TargetHealthDescriptions ?? []);
}

/** Counts registered and healthy targets (draining targets are leaving and do not count as registered). */
export function summariseHealth(
  targetGroupArn: string,
  descriptions: readonly TargetHealthDescription[],
): TargetGroupHealth {
  const present = descriptions.filter((d) => d.TargetHealth?.State !== 'draining');
  const notHealthy = present
    .filter((d) => d.TargetHealth?.State !== 'healthy')
    .map(
      (d) =>
        `${d.Target?.Id ?? '?'}${d.Target?.Port ? `:${d.Target.Port}` : ''} ${d.TargetHealth?.State ?? 'unknown'}${d.TargetHealth?.Reason ? ` (${d.TargetHealth.Reason})` : ''}`,
    );
  return { targetGroupArn, registered: present.length, healthy: present.length - notHealthy.length, notHealthy };
}

/** Ready when at least one target is registered and all are healthy; the reason says which is missing. */
export function judgeHealth(health: TargetGroupHealth): HealthVerdict {
  if (health.registered === 0) return { ready: false, reason: 'no targets are registered' };
  if (health.notHealthy.length > 0) {
    const shown = health.notHealthy.slice(0, 5).join('; ');
    const more = health.notHealthy.length > 5 ? ` and ${health.notHealthy.length - 5} more` : '';
    return { ready: false, reason: `${health.healthy} of ${health.registered} targets healthy; ${shown}${more}` };
  }
  return { ready: true, reason: `all ${health.registered} targets healthy` };
}

/**
 * The group's `deregistration_delay.timeout_seconds` in milliseconds: how long connections drain after traffic leaves.
 */
export async function deregistrationDelayMs(
  elbv2: ElasticLoadBalancingV2Client,
  targetGroupArn: string,
  signal?: AbortSignal,
): Promise<number> {
  const out = await elbv2.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn }), {
    abortSignal: signal,
  });
  const value = out.Attributes?.find((a) => a.Key === 'deregistration_delay.timeout_seconds')?.Value;
  const seconds = value === undefined ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_DEREGISTRATION_DELAY_MS;
}

/** Polls target health until the group is ready; a TimeoutError names what was still not healthy. */
export async function waitForHealthyTargets(
  elbv2: ElasticLoadBalancingV2Client,
  targetGroupArn: string,
  options: { timeoutMs: number; intervalMs?: number; clock?: Clock; signal?: AbortSignal },
): Promise<TargetGroupHealth> {
  let last: HealthVerdict | undefined;
  try {
    return await pollUntil<TargetGroupHealth>(
      {
        what: `healthy targets in ${targetGroupArn}`,
        intervalMs: options.intervalMs ?? 10_000,
        timeoutMs: options.timeoutMs,
        clock: options.clock,
        signal: options.signal,
      },
      async () => {
        const health = await describeTargetGroupHealth(elbv2, targetGroupArn, options.signal);
        last = judgeHealth(health);
        return last.ready ? { done: true, value: health } : { done: false };
      },
    );
  } catch (err) {
    if (err instanceof TimeoutError && last) throw new TimeoutError(`${err.message}: ${last.reason}`);
    throw err;
  }
}
