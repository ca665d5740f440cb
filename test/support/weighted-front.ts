/**
 * A loopback stand-in for the ALB's data plane: it routes each request to the version server behind each target
 * group by the rule's (or listener's) weights as the ELBv2 API (moto) holds them, read at most `refreshMs` before
 * the request, and deterministically (smooth weighted round robin: of every 100 requests at 90/10, exactly 10 go
 * to the 10). So smoke checks through it, and metrics made from what it saw, follow the real split in moto.
 * Weights are read when a request needs them, not on a timer: an idle front costs moto nothing. Rules of the same
 * listener with an http-header condition (a bake's test route) come first, as the ALB evaluates them: a request
 * carrying the header goes to the rule's one target group.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { MetricDatum } from '@aws-sdk/client-cloudwatch';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2';

import { createAwsClients } from '../../lib/aws/clients.js';
import { listenerOfRule, observeRoute, type TrafficRoute } from '../../lib/traffic/listener-weights.js';
import type { TrafficSplit } from '../../lib/traffic/split.js';
import { TEST_REGION } from './moto.js';

/** One proxied request, as the ALB would count it for its target group. */
export interface FrontSample {
  targetGroupArn: string;
  status: number;
  latencyMs: number;
  at: Date;
}

export interface WeightedFront {
  url: string;
  /** The weights last read. */
  readonly split: TrafficSplit;
  /** Requests routed per target group since start (or the last `reset`). */
  readonly counts: Record<string, number>;
  readonly samples: FrontSample[];
  /** Times the weights were read. */
  readonly reads: number;
  reset(): void;
  /** Re-reads the weights now (tests call this after changing them, instead of waiting out `refreshMs`). */
  refresh(): Promise<void>;
  /** The samples as ALB metrics for PutMetricData, dimensions TargetGroup then LoadBalancer. */
  metricData(loadBalancerArn: string): MetricDatum[];
  stop(): Promise<void>;
}

export interface FrontOptions {
  route: TrafficRoute;
  /** Target group ARN → the version server's base URL. */
  backends: Record<string, string>;
  /** How old the weights a request is routed by may be (default 200 ms). */
  refreshMs?: number;
  elbv2?: ElasticLoadBalancingV2Client;
}

/** Starts the front on a free loopback port once the first weights have been read. */
export async function startWeightedFront(options: FrontOptions): Promise<WeightedFront> {
  const elbv2 =
    options.elbv2 ??
    createAwsClients({ region: process.env.AWS_REGION ?? TEST_REGION, action: 'weighted-front' }).elbv2;
  let split: TrafficSplit = {};
  let credits = new Map<string, number>();
  let counts: Record<string, number> = {};
  let samples: FrontSample[] = [];
  let reads = 0;
  let readAt = 0;
  let headerRoutes: { name: string; values: string[]; targetGroupArn: string }[] = [];
  const listenerArn = options.route.kind === 'rule' ? listenerOfRule(options.route.ruleArn) : options.route.listenerArn;
  const refresh = async () => {
    const started = Date.now();
    const next = (await observeRoute(elbv2, options.route)).split;
    const rules = (await elbv2.send(new DescribeRulesCommand({ ListenerArn: listenerArn }))).Rules ?? [];
    headerRoutes = rules.flatMap((rule) => {
      const condition = rule.Conditions?.find((c) => c.Field === 'http-header')?.HttpHeaderConfig;
      const forward = rule.Actions?.find((a) => a.Type === 'forward');
      const targetGroupArn = forward?.ForwardConfig?.TargetGroups?.[0]?.TargetGroupArn ?? forward?.TargetGroupArn;
      return condition?.HttpHeaderName && targetGroupArn
        ? [{ name: condition.HttpHeaderName.toLowerCase(), values: condition.Values ?? [], targetGroupArn }]
        : [];
    });
    reads++;
    readAt = started;
    if (JSON.stringify(next) !== JSON.stringify(split)) {
      split = next;
      credits = new Map(Object.keys(split).map((arn) => [arn, 0]));
    }
  };
  await refresh();
  // Requests that arrive together share one read; a failed read leaves the last weights in force.
  let reading: Promise<void> | undefined;
  const current = (): Promise<void> | undefined => {
    if (Date.now() - readAt < (options.refreshMs ?? 200)) return undefined;
    return (reading ??= refresh()
      .catch(() => undefined)
      .finally(() => (reading = undefined)));
  };

  // Smooth weighted round robin: each pick adds every weight to its credit, takes the largest, pays the total.
  const pick = (): string | undefined => {
    const total = Object.values(split).reduce((a, b) => a + b, 0);
    if (total === 0) return undefined;
    let best: string | undefined;
    for (const [arn, weight] of Object.entries(split)) {
      credits.set(arn, (credits.get(arn) ?? 0) + weight);
      if (best === undefined || credits.get(arn)! > credits.get(best)!) best = arn;
    }
    credits.set(best!, credits.get(best!)! - total);
    return best;
  };

  const server: Server = createServer(async (req, res) => {
    await current();
    const byHeader = headerRoutes.find((r) => r.values.includes(String(req.headers[r.name] ?? '')));
    const arn = byHeader ? byHeader.targetGroupArn : pick();
    const backend = arn ? options.backends[arn] : undefined;
    if (!arn || !backend) {
      res.writeHead(503).end('no target group to route to');
      return;
    }
    counts[arn] = (counts[arn] ?? 0) + 1;
    const started = performance.now();
    const upstream = httpRequest(
      `${backend}${req.url ?? '/'}`,
      { method: req.method, headers: { ...req.headers, host: new URL(backend).host } },
      (answer) => {
        const status = answer.statusCode ?? 502;
        res.writeHead(status, { ...answer.headers, 'x-target-group': arn });
        answer.pipe(res);
        answer.on('end', () =>
          samples.push({ targetGroupArn: arn, status, latencyMs: performance.now() - started, at: new Date() }),
        );
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end('bad gateway');
      samples.push({ targetGroupArn: arn, status: 502, latencyMs: performance.now() - started, at: new Date() });
    });
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get split() {
      return { ...split };
    },
    get counts() {
      return { ...counts };
    },
    get samples() {
      return [...samples];
    },
    get reads() {
      return reads;
    },
    reset: () => {
      counts = {};
      samples = [];
    },
    refresh,
    metricData: (loadBalancerArn) => {
      const lb = loadBalancerArn.replace(/^.*:loadbalancer\//, '');
      return samples.flatMap((s) => {
        const Dimensions = [
          { Name: 'TargetGroup', Value: s.targetGroupArn.replace(/^.*:(targetgroup\/)/, '$1') },
          { Name: 'LoadBalancer', Value: lb },
        ];
        const datum = (MetricName: string, Value: number, Unit: MetricDatum['Unit']): MetricDatum => ({
          MetricName,
          Dimensions,
          Timestamp: s.at,
          Value,
          Unit,
        });
        const out = [datum('RequestCount', 1, 'Count'), datum('TargetResponseTime', s.latencyMs / 1000, 'Seconds')];
        if (s.status >= 500) out.push(datum('HTTPCode_Target_5XX_Count', 1, 'Count'));
        return out;
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
