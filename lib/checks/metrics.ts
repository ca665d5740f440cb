/**
 * Reading the canary's and the stable target group's ALB metrics from CloudWatch over one window. Sums
 * (RequestCount, HTTPCode_Target_5XX_Count, TargetConnectionErrorCount per group, and the load balancer's own
 * HTTPCode_ELB_5XX_Count, which has no TargetGroup dimension), per-minute averages of TargetResponseTime (for the
 * rank test, only once the window holds enough minutes) and the p95 of TargetResponseTime come from separate
 * GetMetricData calls: moto fails a whole call that asks for any percentile, and real CloudWatch can too when a
 * percentile is not available, so the sums must not depend on it. Dimensions go TargetGroup, then LoadBalancer:
 * CloudWatch matches dimensions as they were published.
 */
import { GetMetricDataCommand, type CloudWatchClient, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { attempt, type RetryOptions } from './retry.js';
import { judgeMetrics, type GroupStats, type MetricPolicy, type MetricVerdict } from './metrics-verdict.js';

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
export async function readCanaryMetrics(cloudwatch: CloudWatchClient, window: MetricWindow, policy: MetricPolicy, retry: RetryOptions = {}): Promise<MetricReading> {
  const groups = { canary: window.canaryTargetGroupArn, stable: window.stableTargetGroupArn };
  const sumQueries = Object.entries(groups).flatMap(([key, arn]) => [
    query(`${key}_requests`, 'RequestCount', 'Sum', arn, window),
    query(`${key}_errors`, 'HTTPCode_Target_5XX_Count', 'Sum', arn, window),
    query(`${key}_connections`, 'TargetConnectionErrorCount', 'Sum', arn, window),
  ]);
  sumQueries.push(query('lb_elb5xx', 'HTTPCode_ELB_5XX_Count', 'Sum', undefined, window));
  const sums = await attempt(() => fetchValues(cloudwatch, sumQueries, window, 'sum'), retry);
  if (!sums.ok) return { ok: false, verdict: 'error', reason: `could not read ALB metrics after ${sums.attempts} attempts: ${sums.error}` };

  let p95Error: string | undefined;
  let p95: Map<string, number> = new Map();
  if (policy.compareLatency) {
    const p95Queries = Object.entries(groups).map(([key, arn]) => query(`${key}_p95`, 'TargetResponseTime', 'p95', arn, window));
    const read = await attempt(() => fetchValues(cloudwatch, p95Queries, window, 'max'), retry);
    if (read.ok) p95 = read.value;
    else p95Error = read.error;
  }
  const series = await latencySeries(cloudwatch, groups, window, policy, retry);
  const stats = (key: string): GroupStats => ({
    requests: sums.value.get(`${key}_requests`),
    errors5xx: sums.value.get(`${key}_errors`),
    connectionErrors: sums.value.get(`${key}_connections`),
    latencySeries: series.get(key),
    p95Ms: p95Error !== undefined ? 'unavailable' : p95.has(`${key}_p95`) ? p95.get(`${key}_p95`)! * 1000 : undefined,
  });
  const stable = stats('stable');
  const canary = stats('canary');
  // The load balancer's 502s for failed connections are in its 5xx count too: only the rest is unexplained.
  const unattributed = (sums.value.get('lb_elb5xx') ?? 0) - (canary.connectionErrors ?? 0) - (stable.connectionErrors ?? 0);
  if (unattributed > 0) canary.unattributed5xx = unattributed;
  return { ok: true, canary, stable, p95Error, ...judgeMetrics(canary, stable, policy) };
}

/** Per-minute TargetResponseTime averages (ms) per group, read only once the window holds enough minutes; empty when not. */
async function latencySeries(cloudwatch: CloudWatchClient, groups: Record<string, string>, window: MetricWindow, policy: MetricPolicy, retry: RetryOptions): Promise<Map<string, number[]>> {
  const series = new Map<string, number[]>();
  if (!policy.compareLatency || window.end.getTime() - window.start.getTime() < policy.minLatencyPeriods * 60_000) return series;
  const queries = Object.entries(groups).map(([key, arn]) => ({ ...query(key, 'TargetResponseTime', 'Average', arn, window), MetricStat: { ...query(key, 'TargetResponseTime', 'Average', arn, window).MetricStat!, Period: 60 } }));
  const read = await attempt(async () => {
    const out = new Map<string, number[]>();
    let NextToken: string | undefined;
    do {
      const page = await cloudwatch.send(new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: window.start, EndTime: window.end, ScanBy: 'TimestampAscending', NextToken }));
      for (const result of page.MetricDataResults ?? []) out.set(result.Id!, [...(out.get(result.Id!) ?? []), ...(result.Values ?? []).map((v) => v * 1000)]);
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  }, retry);
  // Without the series the p95 comparison decides, as it does for a short window.
  return read.ok ? read.value : series;
}

/** One period covering the whole window (a multiple of 60 s), so a percentile is over the window, not a mean of minutes. */
export function windowPeriodSeconds(window: Pick<MetricWindow, 'start' | 'end'>): number {
  const seconds = Math.max(60, Math.ceil((window.end.getTime() - window.start.getTime()) / 1000));
  return Math.ceil(seconds / 60) * 60;
}

// A target group's metric, or (no target group) the load balancer's own.
function query(id: string, metric: string, stat: string, targetGroupArn: string | undefined, window: MetricWindow): MetricDataQuery {
  return {
    Id: id,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/ApplicationELB',
        MetricName: metric,
        Dimensions: [...(targetGroupArn ? [{ Name: 'TargetGroup', Value: targetGroupDimension(targetGroupArn) }] : []), { Name: 'LoadBalancer', Value: loadBalancerDimension(window.loadBalancerArn) }],
      },
      Period: windowPeriodSeconds(window),
      Stat: stat,
    },
  };
}

// Each query's datapoints (following NextToken) added up, or the largest for a percentile split over two buckets
// by period alignment; a query with no datapoints is absent from the map.
async function fetchValues(cloudwatch: CloudWatchClient, queries: MetricDataQuery[], window: MetricWindow, combine: 'sum' | 'max'): Promise<Map<string, number>> {
  const values = new Map<string, number>();
  let NextToken: string | undefined;
  do {
    const page = await cloudwatch.send(new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: window.start, EndTime: window.end, ScanBy: 'TimestampAscending', NextToken }));
    for (const result of page.MetricDataResults ?? []) {
      for (const value of result.Values ?? []) {
        const id = result.Id!;
        values.set(id, combine === 'sum' ? (values.get(id) ?? 0) + value : Math.max(values.get(id) ?? value, value));
      }
    }
    NextToken = page.NextToken;
  } while (NextToken);
  return values;
}
