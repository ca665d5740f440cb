/**
 * The demo's production account, next to staging on the same testbed: an ALB whose listener rule forwards to two
 * colors of trip-service (an ECS service each, in its own target group), two local version servers standing in
 * for each color's tasks behind a front that routes by the rule's weights as moto holds them, its own database,
 * an SNS alerts topic (read back from moto) and a Slack stand-in. A stand-in answers 500 to every request while
 * its color runs a revision of the commit the demo marks broken: the bug staging did not catch.
 */
import { createServer, type Server } from 'node:http';

import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import {
  ElasticLoadBalancingV2Client,
  ModifyTargetGroupAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';

import { observeRoute } from '../../lib/traffic/listener-weights.js';
import { percentOf } from '../../lib/traffic/split.js';
import { seedAlb } from '../../test/support/alb-seed.js';
import { defaultNetwork, serviceTaskDefinition } from '../../test/support/ecs-seed.js';
import { TEST_ACCOUNT, TEST_REGION } from '../../test/support/moto.js';
import { startVersion, type VersionServer } from '../../test/support/versions.js';
import { startWeightedFront, type WeightedFront } from '../../test/support/weighted-front.js';
import { seedParameters, type Testbed } from './testbed.js';

export const PRODUCTION_CLUSTER = 'rides-production';
export const COLORS = ['trip-service-blue', 'trip-service-green'] as const;

export interface ColorState {
  service: string;
  taskDefinitionArn: string;
  /** The GIT_SHA of that revision ('' for the seeded one). */
  sha: string;
  desiredCount: number;
  /** Percent of the rule's traffic, as moto holds it. */
  weight: number;
}

export interface Production {
  cluster: string;
  listenerRuleArn: string;
  /** The front: what production traffic (and the smoke checks) reach. */
  url: string;
  databaseUrl: string;
  topicArn: string;
  slackUrl: string;
  /** What the Slack stand-in was sent, in order (the `text` of each message). */
  slackMessages: string[];
  /** The SNS notifications moto recorded for the topic (the `default` text of each). */
  snsMessages(): Promise<string[]>;
  colors(): Promise<ColorState[]>;
  /** Requests each color's stand-in answered since the last reset, and how many answers through the front were 5xx. */
  served(): { byColor: Record<string, number>; errors: number };
  resetServed(): void;
  stop(): Promise<void>;
}

/** Seeds production in moto and starts its stand-ins; `brokenSha` is the commit whose tasks answer 500. */
export async function startProduction(
  testbed: Testbed,
  environmentFile: string,
  brokenSha: string,
  log: (line: string) => void,
): Promise<Production> {
  const stops: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await Promise.resolve(fn()).catch(() => undefined);
  };
  const ecs = new ECSClient({ region: TEST_REGION });
  const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
  stops.push(() => (ecs.destroy(), elb.destroy()));
  try {
    log(
      `seeding production: ALB rule over two target groups, cluster ${PRODUCTION_CLUSTER} with ${COLORS.join(' (2 tasks, 100%) and ')} (idle), SNS topic, database`,
    );
    // A shared load balancer: its default answers 404, the service owns its rule (so the old color can be scaled in).
    const alb = await seedAlb('trip', { defaultAction: 'fixed-response' });
    // Draining in the demo takes a second, not the default five minutes.
    for (const tg of [alb.blue, alb.green])
      await elb.send(
        new ModifyTargetGroupAttributesCommand({
          TargetGroupArn: tg,
          Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '1' }],
        }),
      );
    await ecs.send(new CreateClusterCommand({ clusterName: PRODUCTION_CLUSTER }));
    const { subnets, securityGroups } = await defaultNetwork();
    const seeded = (
      await ecs.send(
        new RegisterTaskDefinitionCommand(
          serviceTaskDefinition(
            'trip-service',
            `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/rides/trip-service:previous`,
          ),
        ),
      )
    ).taskDefinition!.taskDefinitionArn!;
    for (const [service, tg, count] of [
      [COLORS[0], alb.blue, 2],
      [COLORS[1], alb.green, 0],
    ] as const) {
      await ecs.send(
        new CreateServiceCommand({
          cluster: PRODUCTION_CLUSTER,
          serviceName: service,
          taskDefinition: seeded,
          desiredCount: count,
          launchType: 'FARGATE',
          loadBalancers: [{ targetGroupArn: tg, containerName: 'trip-service', containerPort: 3000 }],
          networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
        }),
      );
    }
    const sns = new SNSClient({ region: TEST_REGION });
    const topicArn = (await sns.send(new CreateTopicCommand({ Name: 'rides-production-alerts' }))).TopicArn!;
    sns.destroy();
    const databaseUrl = await testbed.createDatabase('trips_production');
    testbed.databases[PRODUCTION_CLUSTER] = databaseUrl;
    await seedParameters(environmentFile, 'production', databaseUrl);
    // The alarms the bake watches (`trip-service-production-*`): one, quiet.
    const cloudwatch = new CloudWatchClient({ region: TEST_REGION });
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'trip-service-production-5xx',
        Namespace: 'AWS/ApplicationELB',
        MetricName: 'HTTPCode_Target_5XX_Count',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 5,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    await cloudwatch.send(
      new SetAlarmStateCommand({
        AlarmName: 'trip-service-production-5xx',
        StateValue: 'OK',
        StateReason: 'demo: quiet',
      }),
    );
    cloudwatch.destroy();

    log("starting a stand-in for each color's tasks, and a front that routes by the rule's weights as moto holds them");
    const versions: Record<string, VersionServer> = {};
    for (const service of COLORS) versions[service] = await startVersion(service);
    stops.push(() => Promise.all(Object.values(versions).map((v) => v.stop())).then(() => undefined));
    const front: WeightedFront = await startWeightedFront({
      route: { kind: 'rule', ruleArn: alb.ruleArn },
      backends: { [alb.blue]: versions[COLORS[0]].url, [alb.green]: versions[COLORS[1]].url },
      refreshMs: 100,
      elbv2: elb,
    });
    stops.push(() => front.stop());
    const groupOf: Record<string, string> = { [COLORS[0]]: alb.blue, [COLORS[1]]: alb.green };

    const shaOf = new Map<string, string>();
    const colors = async (): Promise<ColorState[]> => {
      const described = await ecs.send(
        new DescribeServicesCommand({ cluster: PRODUCTION_CLUSTER, services: [...COLORS] }),
      );
      const split = (await observeRoute(elb, { kind: 'rule', ruleArn: alb.ruleArn })).split;
      const states: ColorState[] = [];
      for (const s of described.services ?? []) {
        const arn = s.taskDefinition ?? '';
        if (!shaOf.has(arn)) {
          const { taskDefinition } = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }));
          shaOf.set(
            arn,
            taskDefinition?.containerDefinitions?.[0]?.environment?.find((e) => e.name === 'GIT_SHA')?.value ?? '',
          );
        }
        states.push({
          service: s.serviceName ?? '',
          taskDefinitionArn: arn,
          sha: shaOf.get(arn) ?? '',
          desiredCount: s.desiredCount ?? 0,
          weight: percentOf(split, groupOf[s.serviceName ?? '']),
        });
      }
      return states;
    };
    // What ECS would do by itself: each color's tasks are the code of the revision it runs.
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        for (const color of await colors().catch(() => []))
          versions[color.service].setBehaviour(
            color.sha === brokenSha
              ? { mode: 'error', status: 500, version: color.sha }
              : { mode: 'healthy', version: color.sha || undefined },
          );
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    })();
    stops.push(async () => {
      watching = false;
      await watcher;
    });

    const slack = await slackStandIn();
    stops.push(() => new Promise<void>((resolve) => slack.server.close(() => resolve())));

    const resetServed = () => {
      front.reset();
      for (const v of Object.values(versions)) v.resetCount();
    };
    return {
      cluster: PRODUCTION_CLUSTER,
      listenerRuleArn: alb.ruleArn,
      url: front.url,
      databaseUrl,
      topicArn,
      slackUrl: slack.url,
      slackMessages: slack.messages,
      snsMessages: () => snsMessagesOf(testbed.motoEndpoint, topicArn),
      colors,
      served: () => ({
        byColor: Object.fromEntries(COLORS.map((c) => [c, versions[c].requests])),
        errors: front.samples.filter((sample) => sample.status >= 500).length,
      }),
      resetServed,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The `default` text of each notification moto recorded for the topic. */
export async function snsMessagesOf(motoEndpoint: string, topicArn: string): Promise<string[]> {
  const data = (await (await fetch(`${motoEndpoint}/moto-api/data.json`)).json()) as {
    sns?: { Topic?: { arn: string; sent_notifications?: unknown[][] }[] };
  };
  const topic = data.sns?.Topic?.find((t) => t.arn === topicArn);
  // moto keeps [message id, message, subject, attributes, group id] per notification.
  return (topic?.sent_notifications ?? []).map((n) => defaultText(String(n[1])));
}

/** An SNS message published with a per-protocol structure: the `default` text. */
function defaultText(message: string): string {
  try {
    const parsed = JSON.parse(message) as { default?: string };
    return parsed.default ?? message;
  } catch {
    return message;
  }
}

/** Answers like a Slack incoming webhook and keeps each message's text. */
export async function slackStandIn(): Promise<{ server: Server; url: string; messages: string[] }> {
  const messages: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        messages.push(String((JSON.parse(body) as { text?: string }).text ?? body));
      } catch {
        messages.push(body);
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/services/T000/B000/demo`,
    messages,
  };
}
