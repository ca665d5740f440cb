/**
 * The bundled rollback run as the runner runs it, against the patched moto (ECS service deployments that move,
 * and their history), after real releases made by the bundled deploy-ecs: the history it reads is the one a
 * team's pipeline leaves. Notifications are read back from moto's SNS and from a loopback Slack webhook.
 */
import { createServer, type Server } from 'node:http';

import {
  DeregisterTaskDefinitionCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';

import { seedServices, serviceTaskDefinition, serviceTaskDefinitionArn } from '../support/ecs-seed.js';
import { startGithubApi } from '../support/github-api.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { runDist } from '../support/run-dist.js';

let moto: Moto;
let ecs: ECSClient;
const registry = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;
const SHA = {
  r1: '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  r2: '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  r3: '3333333ccccccccccccccccccccccccccccccccc',
};

beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  await moto?.stop();
});
beforeEach(async () => {
  await moto.reset();
  useMotoEnv(moto);
  ecs = new ECSClient({ region: TEST_REGION });
});
afterEach(() => ecs.destroy());

const deploy = (inputs: Record<string, string>) =>
  runDist('deploy-ecs', {
    inputs: { cluster: 'prod', 'poll-interval': '1s', 'wait-timeout': '30s', 'desired-count': '1', ...inputs },
    env: moto.env,
  });
const rollback = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runDist('rollback', {
    inputs: { cluster: 'prod', service: 'web', 'poll-interval': '1s', 'wait-timeout': '30s', ...inputs },
    env: { ...moto.env, GITHUB_ACTOR: 'octocat', ...env },
  });
const revision = (n: number) => `arn:aws:ecs:${TEST_REGION}:${TEST_ACCOUNT}:task-definition/web:${n}`;

/**
 * Three releases of web, as a pipeline makes them: the seed (web:1), release 2 (web:2), a revision a migration
 * registered and never ran (web:3), then release 3 (web:4), which ECS completed but which is the bad one.
 */
async function threeReleases(): Promise<void> {
  await seedServices('prod', ['web']);
  expect((await deploy({ service: 'web', image: `${registry}/web:r2`, 'git-sha': SHA.r2 })).exitCode).toBe(0);
  await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', `${registry}/web:r3-migrate`)));
  expect((await deploy({ service: 'web', image: `${registry}/web:r3`, 'git-sha': SHA.r3 })).exitCode).toBe(0);
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(4));
}

async function slackStandIn(): Promise<{ url: string; bodies: string[]; server: Server }> {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(body);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/services/T0001/B0002/s3cr3tWebhookToken`,
    bodies,
    server,
  };
}

async function publishedTo(topicArn: string): Promise<{ subject?: string; message: string }[]> {
  const data = (await (await fetch(`${moto.endpoint}/moto-api/data.json`)).json()) as {
    sns: { Topic: { arn: string; sent_notifications: [string, string, string | null, ...unknown[]][] }[] };
  };
  const topic = data.sns.Topic.find((t) => t.arn === topicArn);
  return (topic?.sent_notifications ?? []).map(([, message, subject]) => ({ message, subject: subject ?? undefined }));
}

test('back to the last good release after a bad one: web:4 → web:2 (the migration-only web:3 skipped), verified, and the team told by SNS and Slack without the webhook secret', async () => {
  await threeReleases();
  const sns = new SNSClient({ region: TEST_REGION });
  const topic = (await sns.send(new CreateTopicCommand({ Name: 'deploys' }))).TopicArn!;
  sns.destroy();
  const slack = await slackStandIn();
  const github = await startGithubApi();
  try {
    const run = await rollback(
      {
        reason: 'checkout errors after release 3',
        'sns-topic-arn': topic,
        'slack-webhook-url': slack.url,
        'github-token': 'ghs_rollback',
        'github-environment': 'production',
      },
      { GITHUB_API_URL: github.url },
    );

    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['previous-task-definition-arn']).toBe(revision(4));
    expect(run.outputs['task-definition-arn']).toBe(revision(2));
    expect(run.outputs.status).toBe('succeeded');
    expect(JSON.parse(run.outputs.results)[0]).toMatchObject({
      service: 'web',
      status: 'succeeded',
      from: revision(4),
      to: revision(2),
      toSha: SHA.r2,
      fromSha: SHA.r3,
    });
    expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(2));
    expect(run.summary).toContain('| web | web:4 (3333333) | web:2 (2222222) | update |');

    const [published] = await publishedTo(topic);
    expect(published.subject).toBe('rollback succeeded: web on production');
    const messages = JSON.parse(published.message) as { default: string; https: string };
    expect(messages.default).toContain('web: web:4 (3333333) → web:2 (2222222): succeeded');
    expect(messages.default).toContain('Why: checkout errors after release 3');
    expect(messages.default).toContain('Requested by: octocat');
    expect(messages.default).toContain('Run: https://github.com/acme/rides/actions/runs/4242');
    expect(JSON.parse(messages.https)).toMatchObject({
      version: '1.0',
      source: 'custom',
      content: { title: expect.stringContaining('rollback succeeded') },
    });

    expect(slack.bodies).toHaveLength(1);
    expect(JSON.parse(slack.bodies[0]).text).toBe('✅ rollback succeeded: web on production');
    // The webhook is a secret: masked for the runner, and in nothing the runner or the team would read unmasked.
    expect(run.stdout).toContain(`::add-mask::${slack.url}`);
    expect(run.stdout.replace(`::add-mask::${slack.url}`, '')).not.toContain('s3cr3tWebhookToken');
    for (const text of [run.summary, JSON.stringify(run.outputs), published.message, slack.bodies[0]])
      expect(text).not.toContain('s3cr3tWebhookToken');
    // The environment's GitHub deployment says what happened: in progress, then success.
    expect(github.summary()).toEqual([
      'POST /repos/acme/rides/deployments production',
      'POST /repos/acme/rides/deployments/77/statuses in_progress',
      'POST /repos/acme/rides/deployments/77/statuses success',
    ]);
  } finally {
    slack.server.close();
    await github.close();
  }
});

test('sha: and revision: targets go to exactly that release', async () => {
  await threeReleases();
  const bySha = await rollback({ target: `sha:${SHA.r2.slice(0, 7)}` });
  expect(bySha.exitCode).toBe(0);
  expect(bySha.outputs['task-definition-arn']).toBe(revision(2));
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(2));

  const byRevision = await rollback({ target: 'revision:1' });
  expect(byRevision.exitCode).toBe(0);
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(1));
});

test('an INACTIVE target is registered again as a copy, and the rollback says so', async () => {
  await threeReleases();
  await ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: revision(2) }));
  const run = await rollback({});

  expect(run.exitCode).toBe(0);
  expect(run.outputs['task-definition-arn']).toBe(revision(5));
  expect(run.stdout).toContain('web:2 was INACTIVE (deregistered); registered a copy of it as web:5');
  const copy = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: revision(5), include: ['TAGS'] }));
  expect(copy.taskDefinition?.containerDefinitions?.[0].image).toBe(`${registry}/web:r2`);
  expect(copy.tags).toEqual(
    expect.arrayContaining([
      { key: 'restored-from', value: revision(2) },
      { key: 'git-sha', value: SHA.r2 },
    ]),
  );
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(5));
});

test('a re-run of a rollback that succeeded changes nothing: it does not take the restored web:2 for the bad one and roll forward onto web:4', async () => {
  await threeReleases();
  expect((await rollback({})).exitCode).toBe(0);
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(2));

  const again = await rollback({});
  expect(again.exitCode).toBe(0);
  expect(again.outputs['task-definition-arn']).toBe(revision(2));
  expect(again.outputs.status).toBe('succeeded');
  expect(again.summary).toMatch(
    /\| web \| web:2 \(2222222\) \| web:2 \(2222222\) \| none \| web:4 was rolled back from at /,
  );
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(2));
});

test('a rollback started without waiting, then run again: the second stays on web:2 (following its rollout if still in flight), never superseding it with web:4', async () => {
  await threeReleases();
  const started = await rollback({ wait: 'false' });
  expect(started.exitCode).toBe(0);
  expect(started.outputs.status).toBe('in-progress');

  const again = await rollback({});
  expect(again.exitCode).toBe(0);
  expect(again.summary).toMatch(
    /\| web \| web:2 \(2222222\) \| web:2 \(2222222\) \| none \| web:4 was rolled back from at /,
  );
  expect(again.outputs.status).toBe('succeeded');
  expect(JSON.parse(again.outputs.results)[0]).toMatchObject({ to: revision(2) });
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(2));
});

test('several services in one call: each goes back to its own previous release and gets its own verdict', async () => {
  await seedServices('prod', ['web', 'api']);
  // web: releases 2 and 3 (web:2, web:3). api: release 2 (api:2), a migration-only api:3, release 3 (api:4).
  for (const sha of [SHA.r2, SHA.r3])
    expect(
      (await deploy({ service: 'web', image: `${registry}/web:${sha.slice(0, 7)}`, 'git-sha': sha })).exitCode,
    ).toBe(0);
  expect((await deploy({ service: 'api', image: `${registry}/api:r2`, 'git-sha': SHA.r2 })).exitCode).toBe(0);
  await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('api', `${registry}/api:r3-migrate`)));
  expect((await deploy({ service: 'api', image: `${registry}/api:r3`, 'git-sha': SHA.r3 })).exitCode).toBe(0);
  const api = (n: number) => `arn:aws:ecs:${TEST_REGION}:${TEST_ACCOUNT}:task-definition/api:${n}`;

  const run = await rollback({ service: '', services: 'web\napi' });
  expect(run.exitCode).toBe(0);
  expect(run.outputs.status).toBe('succeeded');
  expect(JSON.parse(run.outputs.results)).toEqual([
    expect.objectContaining({ service: 'web', status: 'succeeded', from: revision(3), to: revision(2), toSha: SHA.r2 }),
    expect.objectContaining({ service: 'api', status: 'succeeded', from: api(4), to: api(2), toSha: SHA.r2 }),
  ]);
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(2));
  expect(await serviceTaskDefinitionArn('prod', 'api')).toBe(api(2));
});

test('a SHA never deployed fails before any change, listing the releases that did complete', async () => {
  await threeReleases();
  const run = await rollback({ target: 'sha:deadbee' });

  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(
    /Invalid `target`: sha:deadbee never completed a rollout of web; the revisions that did, newest first: web:4 \(sha 3333333, completed [^)]+\), web:2 \(sha 2222222, completed [^)]+\) \(hint: pick one of these/,
  );
  expect(run.stdout).not.toContain('web:3 (');
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(4));
});

test.each([
  ['a malformed target', { target: 'last-good' }, /Invalid `target` "last-good": expected previous, sha:<git sha/],
  ['an unknown service', { service: 'ghost' }, /service "ghost" was not found in cluster "prod"/],
  [
    'a topic that does not exist',
    { 'sns-topic-arn': `arn:aws:sns:${TEST_REGION}:${TEST_ACCOUNT}:nope` },
    /Invalid `sns-topic-arn`: topic arn:aws:sns:eu-west-1:123456789012:nope does not exist/,
  ],
  [
    'a webhook that is not https',
    { 'slack-webhook-url': 'ftp://hooks.example/T1/B2/zzzSECRETzzz' },
    /Invalid `slack-webhook-url`: is not an https URL \(the value is not shown: it is a secret\)/,
  ],
])('bad input, %s: one clear error, nothing changed', async (_name, inputs, message) => {
  await threeReleases();
  const run = await rollback(inputs);
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(message);
  expect(run.stdout.replace(/::add-mask::.*/g, '')).not.toContain('zzzSECRETzzz');
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(4));
});

test('a dry run prints the plan and changes nothing', async () => {
  await threeReleases();
  const run = await rollback({ 'dry-run': 'true' });

  expect(run.exitCode).toBe(0);
  expect(run.outputs.status).toBe('planned');
  expect(run.summary).toContain('**Dry run: nothing was changed.**');
  expect(run.summary).toMatch(
    /\| web \| web:4 \(3333333\) \| web:2 \(2222222\) \| update \| the last revision that completed a rollout before web:4/,
  );
  expect(run.stdout).toContain('Dry run: nothing was changed. web would go web:4 → web:2');
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(4));
});

describe('a service run as two colors behind a weighted rule', () => {
  const weights = async (ruleArn: string) => {
    const { ElasticLoadBalancingV2Client, DescribeRulesCommand } =
      await import('@aws-sdk/client-elastic-load-balancing-v2');
    const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
    const rule = (await elb.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }))).Rules![0];
    elb.destroy();
    return Object.fromEntries(
      (rule.Actions![0].ForwardConfig?.TargetGroups ?? []).map((g) => [
        g.TargetGroupArn!.includes('-blue/') ? 'blue' : 'green',
        g.Weight,
      ]),
    );
  };
  const setWeights = async (ruleArn: string, alb: { blue: string; green: string }, blue: number, green: number) => {
    const { ElasticLoadBalancingV2Client, ModifyRuleCommand } =
      await import('@aws-sdk/client-elastic-load-balancing-v2');
    const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
    await elb.send(
      new ModifyRuleCommand({
        RuleArn: ruleArn,
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: alb.blue, Weight: blue },
                { TargetGroupArn: alb.green, Weight: green },
              ],
            },
          },
        ],
      }),
    );
    elb.destroy();
  };

  test('green (web:2) took all traffic and is bad: one weight flip puts it all back on blue (web:1), read back, and green is scaled in', async () => {
    const { seedAlb } = await import('../support/alb-seed.js');
    const { seedTwoColors } = await import('../support/ecs-seed.js');
    const alb = await seedAlb();
    await seedTwoColors('prod', 'web', alb);
    await setWeights(alb.ruleArn, alb, 0, 100);

    const run = await rollback({
      service: '',
      services: 'web-blue\nweb-green',
      'listener-rule-arn': alb.ruleArn,
      reason: 'errors after the cutover',
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(await weights(alb.ruleArn)).toEqual({ blue: 100, green: 0 });
    expect(run.outputs['task-definition-arn']).toBe(revision(1));
    expect(run.outputs['previous-task-definition-arn']).toBe(revision(2));
    expect(run.stdout).toMatch(/all traffic on web-blue \d+(ms|s) after the rollback began/);
    expect(run.summary).toContain(
      '| web-blue | web:2 | web:1 | flip | web-blue runs the older revision web:1; web-green runs web:2 and takes 100% now |',
    );
    const { DescribeServicesCommand } = await import('@aws-sdk/client-ecs');
    const green = (await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['web-green'] })))
      .services![0];
    expect(green.desiredCount).toBe(0);
  });

  test('a bake in flight at 10% (its lease on the rule): the rollback takes the lease over and puts 100% back on the stable color', async () => {
    const { seedAlb } = await import('../support/alb-seed.js');
    const { seedTwoColors } = await import('../support/ecs-seed.js');
    const { acquireLease, elbTags } = await import('../../lib/traffic/lease.js');
    const { ElasticLoadBalancingV2Client } = await import('@aws-sdk/client-elastic-load-balancing-v2');
    const alb = await seedAlb();
    await seedTwoColors('prod', 'web', alb);
    await setWeights(alb.ruleArn, alb, 90, 10);
    const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
    await acquireLease(
      elbTags(elb, alb.ruleArn),
      { repository: 'acme/rides', runId: '999', attempt: 1 },
      { ttlMs: 3_600_000, takeOverStale: false },
    );
    elb.destroy();

    const run = await rollback({ service: '', services: 'web-blue\nweb-green', 'listener-rule-arn': alb.ruleArn });
    expect(run.exitCode).toBe(0);
    expect(await weights(alb.ruleArn)).toEqual({ blue: 100, green: 0 });
    expect(run.stdout).toContain('took the traffic over from acme/rides run 999 attempt 1');
  });

  test('when the good color has been scaled in, it is rolled out first and traffic moves only once its targets are healthy', async () => {
    const { seedAlb } = await import('../support/alb-seed.js');
    const { seedTwoColors } = await import('../support/ecs-seed.js');
    const alb = await seedAlb();
    await seedTwoColors('prod', 'web', alb, { blue: 0, green: 2 });
    await setWeights(alb.ruleArn, alb, 0, 100);

    const run = await rollback({ service: '', services: 'web-blue\nweb-green', 'listener-rule-arn': alb.ruleArn });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('web-blue is scaled in, so it is rolled out first');
    expect(run.stdout.indexOf('web-blue: rollout succeeded')).toBeLessThan(run.stdout.indexOf('(read back)'));
    expect(await weights(alb.ruleArn)).toEqual({ blue: 100, green: 0 });
    const { DescribeServicesCommand } = await import('@aws-sdk/client-ecs');
    const blue = (await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['web-blue'] })))
      .services![0];
    expect(blue.desiredCount).toBe(2);
  });
});

test('a release still rolling out is stopped with ROLLBACK (ECS puts the revision it came from back), and the rollback waits for that to complete', async () => {
  await seedServices('prod', ['web']);
  expect((await deploy({ service: 'web', image: `${registry}/web:r2`, 'git-sha': SHA.r2 })).exitCode).toBe(0);
  // Release 3 hangs mid-rollout: the job gives up, ECS is still rolling it out.
  expect(
    (await deploy({ service: 'web', image: `${registry}/web:hang-r3`, 'git-sha': SHA.r3, 'wait-timeout': '10s' }))
      .exitCode,
  ).toBe(1);

  const run = await rollback({ reason: 'release 3 is stuck' });
  expect(run.exitCode).toBe(0);
  expect(run.summary).toContain('| web | web:3 (3333333) | web:2 (2222222) | stop-in-flight |');
  expect(run.stdout).toMatch(/web: stopped deployment arn:aws:ecs:.* with ROLLBACK: ECS puts web:2 back/);
  expect(run.stdout).toContain('web: ECS reports the rollback ROLLBACK_SUCCESSFUL');
  expect(JSON.parse(run.outputs.results)[0]).toMatchObject({ status: 'succeeded', to: revision(2) });
  expect(await serviceTaskDefinitionArn('prod', 'web')).toBe(revision(2));
});
