/**
 * Reading the canary's and the stable target group's ALB metrics from CloudWatch over one window, in as few
 * GetMetricData calls as the judge needs. The first call reads the sums (RequestCount, HTTPCode_Target_5XX_Count,
 * TargetConnectionErrorCount per group, and the load balancer's own HTTPCode_ELB_5XX_Count, which has no TargetGroup
 * dimension) and, once the window holds enough minutes for the rank test, the per-minute averages of
 * TargetResponseTime beside them. The p95 of TargetResponseTime is read in a call of its own, and only when the rank
 * test cannot decide (a short window, or minutes without data): moto fails a whole call that asks for any
 * percentile, and real CloudWatch can too when a percentile is not available, so the sums must not depend on it.
 * Dimensions go TargetGroup, then LoadBalancer: CloudWatch matches dimensions as they were published.
 */
import { type CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';

import { type GroupStats, judgeMetrics, type MetricPolicy, type MetricVerdict } from './metrics-verdict.js';
import { attempt, type RetryOptions } from './retry.js';

export interface MetricWindow {
  loadBalancerArn: string;
  canaryTargetGroupArn: string;
  stableTargetGroupArn: string;
  start: Date;
  end: Date;
}

/** The verdict plus what was read, or an error when the sums could not be read at all (never a pass or fail). */
export type MetricReading =
  | ({ ok: true; canary: GroupStats; stable: GroupStats; p95Error?: string } & MetricVerdict)
  | { ok: false; verdict: 'error'; reason: string };

/** "app/web/50dc6c495c0c9188" from a load balancer ARN: the LoadBalancer dimension. */
export function loadBalancerDimension(arn: string): string {
  const match = /:loadbalancer\/(.+)$/.exec(arn);
  if (!match) throw new Error(`not a load balancer ARN: ${arn}`);
  return match[1];
}

/** "targetgroup/web-green/2453ed029918f21f" from a target group ARN: the TargetGroup dimension. */
export function targetGroupDimension(arn: string): string {
  const match = /:(targetgroup\/.+)$/.exec(arn);
  if (!match) throw new Error(`not a target group ARN: ${arn}`);
  return match[1];
}

/** Reads both groups' numbers for the window and judges them; sum errors are retried, then reported as `error`. */
export async function readCanaryMetrics(
  cloudwatch: CloudWatchClient,
  window: MetricWindow,
  policy: MetricPolicy,
  retry: RetryOptions = {},
): Promise<MetricReading> {
  const groups = { canary: window.canaryTargetGroupArn, stable: window.stableTargetGroupArn };
  const sumQueries = Object.entries(groups).flatMap(([key, arn]) => [
    query(`${key}_requests`, 'RequestCount', 'Sum', arn, window),
    query(`${key}_errors`, 'HTTPCode_Target_5XX_Count', 'Sum', arn, window),
    query(`${key}_connections`, 'TargetConnectionErrorCount', 'Sum', arn, window),
  ]);
  sumQueries.push(query('lb_elb5xx', 'HTTPCode_ELB_5XX_Count', 'Sum', undefined, window));
  const first = await attempt(
    () => fetchSeries(cloudwatch, [...sumQueries, ...latencyQueries(groups, window, policy)], window),
    retry,
  );
  if (!first.ok)
    return {
      ok: false,
      verdict: 'error',
      reason: `could not read ALB metrics after ${first.attempts} attempts: ${first.error}`,
    };
  const sums = combine(first.value, 'sum');
  const series = new Map(
    Object.keys(groups).flatMap((key) =>
      first.value.has(key) ? [[key, first.value.get(key)!.map((v) => v * 1000)] as const] : [],
    ),
  );

  let p95Error: string | undefined;
  let p95: Map<string, number> = new Map();
  // The rank test over per-minute averages decides latency once both sides have enough of them: no p95 to read then.
  const ranked = Object.keys(groups).every((key) => (series.get(key)?.length ?? 0) >= policy.minLatencyPeriods);
  if (policy.compareLatency && !ranked) {
    const p95Queries = Object.entries(groups).map(([key, arn]) =>
      query(`${key}_p95`, 'TargetResponseTime', 'p95', arn, window),
    );
    const read = await attempt(async () => combine(await fetchSeries(cloudwatch, p95Queries, window), 'max'), retry);
    if (read.ok) p95 = read.value;
    else p95Error = read.error;
  }
  const stats = (key: string): GroupStats => ({
    requests: sums.get(`${key}_requests`),
    errors5xx: sums.get(`${key}_errors`),
    connectionErrors: sums.get(`${key}_connections`),
    latencySeries: series.get(key),
    p95Ms: p95Error !== undefined ? 'unavailable' : p95.has(`${key}_p95`) ? p95.get(`${key}_p95`)! * 1000 : undefined,
  });
  const stable = stats('stable');
  const canary = stats('canary');
  // The load balancer's 502s for failed connections are in its 5xx count too: only the rest is unexplained.
  const unattributed = (sums.get('lb_elb5xx') ?? 0) - (canary.connectionErrors ?? 0) - (stable.connectionErrors ?? 0);
  if (unattributed > 0) canary.unattributed5xx = unattributed;
  return { ok: true, canary, stable, p95Error, ...judgeMetrics(canary, stable, policy) };
}

/**
 * Per-minute TargetResponseTime averages per group (ids `canary`, `stable`), asked for only once the window holds
 * enough minutes.
 */
function latencyQueries(groups: Record<string, string>, window: MetricWindow, policy: MetricPolicy): MetricDataQuery[] {
  if (!policy.compareLatency || window.end.getTime() - window.start.getTime() < policy.minLatencyPeriods * 60_000)
    return [];
  return Object.entries(groups).map(([key, arn]) => {
    const average = query(key, 'TargetResponseTime', 'Average', arn, window);
    return { ...average, MetricStat: { ...average.MetricStat!, Period: 60 } };
  });
}

/**
 * One period covering the whole window (a multiple of 60 s), so a percentile is over the window, not a mean of minutes.
 */
export function windowPeriodSeconds(window: Pick<MetricWindow, 'start' | 'end'>): number {
  const seconds = Math.max(60, Math.ceil((window.end.getTime() - window.start.getTime()) / 1000));
  return Math.ceil(seconds / 60) * 60;
}

// A target group's metric, or (no target group) the load balancer's own.
function query(
  id: string,
  metric: string,
  stat: string,
  targetGroupArn: string | undefined,
  window: MetricWindow,
): MetricDataQuery {
  return {
    Id: id,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/ApplicationELB',
        MetricName: metric,
        Dimensions: [
          ...(targetGroupArn ? [{ Name: 'TargetGroup', Value: targetGroupDimension(targetGroupArn) }] : []),
          { Name: 'LoadBalancer', Value: loadBalancerDimension(window.loadBalancerArn) },
        ],
      },
      Period: windowPeriodSeconds(window),
      Stat: stat,
    },
  };
}

// Each query's datapoints in time order (following NextToken); a query with no datapoints is absent from the map.
async function fetchSeries(
  cloudwatch: CloudWatchClient,
  queries: MetricDataQuery[],
  window: MetricWindow,
): Promise<Map<string, number[]>> {
  const values = new Map<string, number[]>();
  let NextToken: string | undefined;
  do {
    const page = await cloudwatch.send(
      new GetMetricDataCommand({
        MetricDataQueries: queries,
        StartTime: window.start,
        EndTime: window.end,
        ScanBy: 'TimestampAscending',
        NextToken,
      }),
    );
    for (const result of page.MetricDataResults ?? []) {
      if (result.Values?.length) values.set(result.Id!, [...(values.get(result.Id!) ?? []), ...result.Values]);
    }
    NextToken = page.NextToken;
  } while (NextToken);
  return values;
}

// One number per query: its datapoints added up, or the largest for a percentile split over two buckets by period
// alignment.
function combine(series: Map<string, number[]>, how: 'sum' | 'max'): Map<string, number> {
  return new Map(
    [...series].map(([id, values]) => [id, how === 'sum' ? values.reduce((a, b) => a + b, 0) : Math.max(...values)]),
  );
}
