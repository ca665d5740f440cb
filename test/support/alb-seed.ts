/**
 * An ALB in moto the way bake-and-promote finds one: its own VPC with two subnets, a blue and a green `ip`
 * target group with one registered target each, an HTTP listener whose default action forwards to blue, and a
 * path rule that forwards to blue with a bare TargetGroupArn (the shape most teams start from). Both groups drain
 * for 1 s (AWS's default is 300 s, which every scale-in after a drain would wait out in real time).
 */
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  ModifyTargetGroupAttributesCommand,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';

import { ec2Query, TEST_REGION } from './moto.js';

export interface SeededAlb {
  loadBalancerArn: string;
  listenerArn: string;
  /** The listener's default rule (changed through ModifyListener). */
  defaultRuleArn: string;
  ruleArn: string;
  blue: string;
  green: string;
}

let seeded = 0;

/** One moto EC2 query; returns the first `<tag>` value of its answer. */
async function ec2(params: Record<string, string>, tag: string): Promise<string> {
  const text = await ec2Query(params);
  const value = new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(text)?.[1];
  if (!value) throw new Error(`moto EC2 ${params.Action} gave no ${tag}: ${text.slice(0, 300)}`);
  return value;
}

/**
 * Creates the load balancer, both target groups, the listener and the rule; names are unique per call. The
 * listener's default action forwards to blue too, unless `defaultAction` is `fixed-response` (a shared load balancer
 * whose default answers 404 and where the service owns only its rule).
 */
export async function seedAlb(
  name = `web${++seeded}`,
  options: { defaultAction?: 'forward' | 'fixed-response' } = {},
): Promise<SeededAlb> {
  const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
  const cidr = `10.${100 + (seeded % 100)}`;
  const vpcId = await ec2({ Action: 'CreateVpc', CidrBlock: `${cidr}.0.0/16` }, 'vpcId');
  const subnets = [
    await ec2(
      { Action: 'CreateSubnet', VpcId: vpcId, CidrBlock: `${cidr}.1.0/24`, AvailabilityZone: `${TEST_REGION}a` },
      'subnetId',
    ),
    await ec2(
      { Action: 'CreateSubnet', VpcId: vpcId, CidrBlock: `${cidr}.2.0/24`, AvailabilityZone: `${TEST_REGION}b` },
      'subnetId',
    ),
  ];
  const lb = await elb.send(
    new CreateLoadBalancerCommand({ Name: name, Subnets: subnets, Type: 'application', Scheme: 'internal' }),
  );
  const loadBalancerArn = lb.LoadBalancers![0].LoadBalancerArn!;
  const group = async (color: string, ip: string) => {
    const out = await elb.send(
      new CreateTargetGroupCommand({
        Name: `${name}-${color}`,
        Protocol: 'HTTP',
        Port: 8080,
        VpcId: vpcId,
        TargetType: 'ip',
        HealthCheckPath: '/health',
      }),
    );
    const arn = out.TargetGroups![0].TargetGroupArn!;
    await elb.send(
      new ModifyTargetGroupAttributesCommand({
        TargetGroupArn: arn,
        Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '1' }],
      }),
    );
    await elb.send(new RegisterTargetsCommand({ TargetGroupArn: arn, Targets: [{ Id: ip, Port: 8080 }] }));
    return arn;
  };
  const blue = await group('blue', `${cidr}.1.10`);
  const green = await group('green', `${cidr}.2.10`);
  const listener = await elb.send(
    new CreateListenerCommand({
      LoadBalancerArn: loadBalancerArn,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions:
        options.defaultAction === 'fixed-response'
          ? [
              {
                Type: 'fixed-response',
                FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'no route' },
              },
            ]
          : [
              {
                Type: 'forward',
                ForwardConfig: {
                  TargetGroups: [
                    { TargetGroupArn: blue, Weight: 100 },
                    { TargetGroupArn: green, Weight: 0 },
                  ],
                },
              },
            ],
    }),
  );
  const listenerArn = listener.Listeners![0].ListenerArn!;
  const rule = await elb.send(
    new CreateRuleCommand({
      ListenerArn: listenerArn,
      Priority: 10,
      Conditions: [{ Field: 'path-pattern', Values: ['/api/*'] }],
      Actions: [{ Type: 'forward', TargetGroupArn: blue }],
    }),
  );
  const rules = await elb.send(new DescribeRulesCommand({ ListenerArn: listenerArn }));
  const defaultRuleArn = rules.Rules!.find((r) => r.IsDefault)!.RuleArn!;
  return { loadBalancerArn, listenerArn, defaultRuleArn, ruleArn: rule.Rules![0].RuleArn!, blue, green };
}
