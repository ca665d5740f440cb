/**
 * Where a CodeDeploy verdict hangs on how AWS behaves, the double (test/support/moto_codedeploy.py) follows AWS and
 * the shared follower (lib/codedeploy/follow.ts: deploy-ecs, bake-and-promote and rollback) decides from what AWS
 * documents. Where AWS is silent the server runs under each plausible variant (its header lists them), and every
 * test runs under each: the termination-wait flag (false on ECS, aws/containers-roadmap#269, or fixed), how a
 * rollback deployment labels its task sets, and when rollbackInfo shows after a stop; plus the group's alarms.
 * Pacing is the server's default (one step per GetDeployment); one "minute" lasts 40 ms.
 */
import { PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import {
  type CreateDeploymentGroupCommandInput,
  GetDeploymentCommand,
  GetDeploymentTargetCommand,
} from '@aws-sdk/client-codedeploy';
import { DescribeListenersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';

import { type AwsClients, createAwsClients } from '../../lib/aws/clients.js';
import { renderAppSpec } from '../../lib/codedeploy/appspec.js';
import { startDeployment } from '../../lib/codedeploy/deployments.js';
import { type FollowDecision, followDeployment } from '../../lib/codedeploy/follow.js';
import { type CodeDeployPlan, planCodeDeploy } from '../../lib/codedeploy/plan.js';
import type { DeploymentObservation, DeploymentVerdict } from '../../lib/codedeploy/verdict.js';
import { realClock } from '../../lib/core/poll.js';
import { parseSteps } from '../../lib/traffic/steps.js';
import { register, seedCodeDeployService, type Seeded } from '../support/codedeploy-seed.js';
import { serviceTaskDefinition } from '../support/ecs-seed.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../support/moto.js';

const CLUSTER = 'prod';
const REGISTRY = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;

interface Variant {
  MOTO_CODEDEPLOY_TERMINATION_FLAG: 'false' | 'true';
  MOTO_CODEDEPLOY_ROLLBACK_LABELS: 'original' | 'swapped';
  MOTO_CODEDEPLOY_ROLLBACK_INFO: 'at-stop' | 'later';
}
/** Every pair of values appears once. */
const VARIANTS: Variant[] = [
  {
    MOTO_CODEDEPLOY_TERMINATION_FLAG: 'false',
    MOTO_CODEDEPLOY_ROLLBACK_LABELS: 'original',
    MOTO_CODEDEPLOY_ROLLBACK_INFO: 'at-stop',
  },
  {
    MOTO_CODEDEPLOY_TERMINATION_FLAG: 'false',
    MOTO_CODEDEPLOY_ROLLBACK_LABELS: 'swapped',
    MOTO_CODEDEPLOY_ROLLBACK_INFO: 'later',
  },
  {
    MOTO_CODEDEPLOY_TERMINATION_FLAG: 'true',
    MOTO_CODEDEPLOY_ROLLBACK_LABELS: 'original',
    MOTO_CODEDEPLOY_ROLLBACK_INFO: 'later',
  },
  {
    MOTO_CODEDEPLOY_TERMINATION_FLAG: 'true',
    MOTO_CODEDEPLOY_ROLLBACK_LABELS: 'swapped',
    MOTO_CODEDEPLOY_ROLLBACK_INFO: 'at-stop',
  },
];

describe.each(VARIANTS)('the CodeDeploy double under %o', (variant) => {
  let moto: Moto;
  let aws: AwsClients;
  let envBefore: NodeJS.ProcessEnv;

  beforeAll(async () => {
    moto = await startMoto({ MOTO_CODEDEPLOY_MINUTE_MS: '40', ...variant });
  });
  afterAll(async () => {
    await moto?.stop();
  });
  beforeEach(async () => {
    envBefore = { ...process.env };
    await moto.reset();
    useMotoEnv(moto);
    aws = createAwsClients({ region: TEST_REGION, action: 'test' });
  });
  afterEach(() => {
    aws.codedeploy.destroy();
    aws.ecs.destroy();
    aws.elbv2.destroy();
    aws.cloudwatch.destroy();
    process.env = envBefore;
  });

  async function started(
    seedGroup: Partial<CreateDeploymentGroupCommandInput>,
    tag: string,
    steps?: string,
  ): Promise<{ seeded: Seeded; planned: CodeDeployPlan; id: string }> {
    const seeded = await seedCodeDeployService(aws, seedGroup);
    const planned = await planCodeDeploy(aws, {
      cluster: CLUSTER,
      service: 'web',
      taskDefinition: serviceTaskDefinition('web', `${REGISTRY}/web:${tag}`),
      target: { containerName: 'web', containerPort: 3000 },
      steps: steps ? parseSteps(steps) : undefined,
    });
    const id = await startDeployment(aws, {
      group: planned.group,
      config: planned.config,
      appSpec: renderAppSpec(await register(aws, tag), planned.target),
    });
    return { seeded, planned, id };
  }
  const follow = (
    id: string,
    planned: CodeDeployPlan,
    decide: (v: DeploymentVerdict, o: DeploymentObservation) => Promise<FollowDecision>,
    timeoutMs = 60_000,
  ) =>
    followDeployment(aws, id, planned.group, {
      clock: realClock,
      signal: new AbortController().signal,
      intervalMs: 10,
      timeoutMs,
      decide,
    });
  const greenShare = async (seeded: Seeded) => {
    const groups = (await aws.elbv2.send(new DescribeListenersCommand({ ListenerArns: [seeded.alb.listenerArn] })))
      .Listeners![0].DefaultActions![0].ForwardConfig!.TargetGroups!;
    return groups.find((g) => g.TargetGroupArn === seeded.alb.green)?.Weight ?? 0;
  };

  test('the termination wait is seen from the target, whatever the flag says: a passed release is let go long before the wait would end', async () => {
    // A 600-minute (24 s here) termination wait; the follow's own timeout is 8 s.
    const { planned, id } = await started(
      {
        blueGreenDeploymentConfiguration: {
          terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 600 },
        },
      },
      'v2',
    );
    let inWait: { flag?: boolean; target?: string } | undefined;
    const begun = Date.now();
    const result = await follow(
      id,
      planned,
      async (v, o) => {
        if (v.phase === 'draining' && v.terminationWait)
          inWait ??= { flag: o.deployment.instanceTerminationWaitTimeStarted, target: o.target?.status };
        return v.phase === 'draining' ? 'continue' : 'wait';
      },
      8_000,
    );

    expect(inWait).toEqual({ flag: variant.MOTO_CODEDEPLOY_TERMINATION_FLAG === 'true', target: 'Succeeded' });
    expect(result).toMatchObject({ outcome: 'succeeded', verdict: { phase: 'succeeded' } });
    expect(result.inTerminationWait).toBeUndefined();
    expect(Date.now() - begun).toBeLessThan(8_000);
    const done = (await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!;
    expect(done.status).toBe('Succeeded');
  });

  test('a stop mid-canary: traffic restored is judged by target group and task set, whatever the rollback labels and whenever rollbackInfo shows', async () => {
    const { seeded, planned, id } = await started({}, 'v3', '10%:1m, 100%');
    const result = await follow(id, planned, async (v) =>
      v.phase === 'ready' ? 'continue' : v.phase === 'shifting' ? { stop: 'smoke failed at 10%' } : 'wait',
    );

    expect(result).toMatchObject({
      outcome: 'stopped',
      verdict: { phase: 'stopped', rollback: 'rolled-back', weight: 0 },
      restore: { ok: true, originalWeight: 100, listeners: { [seeded.alb.listenerArn]: 100 } },
    });
    expect(await greenShare(seeded)).toBe(0);
    // The rollback deployment's own labels, as the variant has them.
    const rollbackId = (await aws.codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!
      .rollbackInfo!.rollbackDeploymentId!;
    const target = (
      await aws.codedeploy.send(new GetDeploymentTargetCommand({ deploymentId: rollbackId, targetId: 'prod:web' }))
    ).deploymentTarget!.ecsTarget!;
    const original = target.taskSetsInfo!.find((t) => t.targetGroup?.name === 'web-blue')!;
    expect(original).toMatchObject({
      trafficWeight: 100,
      taskSetLabel: variant.MOTO_CODEDEPLOY_ROLLBACK_LABELS === 'swapped' ? 'Green' : 'Blue',
    });
  });

  test("the group's alarm configuration stops a deployment whose alarm fires, and its auto-rollback puts traffic back", async () => {
    await aws.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'web-5xx',
        MetricName: 'HTTPCode_Target_5XX_Count',
        Namespace: 'AWS/ApplicationELB',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    );
    const group: Partial<CreateDeploymentGroupCommandInput> = {
      alarmConfiguration: { enabled: true, alarms: [{ name: 'web-5xx' }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
    };
    const { seeded, planned, id } = await started(group, 'v4', '10%:1m, 100%');
    const result = await follow(id, planned, async (v) => {
      if (v.phase === 'ready') return 'continue';
      if (v.phase === 'shifting')
        await aws.cloudwatch.send(
          new SetAlarmStateCommand({ AlarmName: 'web-5xx', StateValue: 'ALARM', StateReason: '12 errors' }),
        );
      return 'wait';
    });

    expect(result).toMatchObject({
      outcome: 'stopped-elsewhere',
      verdict: { phase: 'stopped', rollback: 'rolled-back' },
      restore: { ok: true },
    });
    expect(result.reason).toContain('ALARM_ACTIVE');
    expect(result.reason).toContain('web-5xx');
    expect(await greenShare(seeded)).toBe(0);
  });
});
