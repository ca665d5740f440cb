/**
 * The release demo's account: three services of one repository (user-service, driver-service, trip-service after
 * both), each in production as two colors behind its own ALB rule with a front that routes by the rule's weights
 * to a local stand-in per color, staging's record of completed rollouts, an ECR repository per service, an SNS
 * topic and a Slack stand-in; and the team's repository, a git checkout whose commits the releases are made of.
 * A stand-in answers 500 while its color runs a revision of a commit the demo marks broken for that service.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { CreateRepositoryCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
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
import { defaultNetwork, EXEC_ROLE_ARN } from '../../test/support/ecs-seed.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from '../../test/support/moto.js';
import { startVersion, type VersionServer } from '../../test/support/versions.js';
import { startWeightedFront, type WeightedFront } from '../../test/support/weighted-front.js';
import { slackStandIn, snsMessagesOf } from './production-testbed.js';

export const RELEASE_SERVICES = ['user-service', 'driver-service', 'trip-service'] as const;
export const RELEASE_CLUSTER = 'rides-production';
export const RELEASE_STAGING_CLUSTER = 'rides-staging';

/** One color of one service as production has it now. */
export interface ColorNow {
  service: string;
  revision: string;
  sha: string;
  desiredCount: number;
  weight: number;
}

export interface ReleaseTestbed {
  moto: Moto;
  repo: string;
  env: Record<string, string>;
  topicArn: string;
  slackUrl: string;
  slackMessages: string[];
  snsMessages(): Promise<string[]>;
  /** Commits the given files (path → content) and returns the commit's SHA. */
  commit(message: string, files: Record<string, string>): string;
  /**
   * What build-push and staging leave for a commit: its image in each service's repository, and staging's completed
   * rollout.
   */
  builtAndStaged(sha: string, services: readonly string[]): Promise<void>;
  /** The commit each service's tasks answer 500 at. */
  broken: Map<string, string>;
  colors(): Promise<Record<string, ColorNow[]>>;
  /** The rule ARN of each service, for the services file. */
  rules: Record<string, string>;
  urls: Record<string, string>;
  stop(): Promise<void>;
}

const git = (repo: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Rides CI', '-c', 'user.email=ci@rides.example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, encoding: 'utf8' },
  ).trim();

/** A task-definition template as a team keeps one per service. */
export function taskTemplate(service: string): string {
  return JSON.stringify(
    {
      family: service,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: EXEC_ROLE_ARN,
      containerDefinitions: [
        {
          name: service,
          image: '${IMAGE_URI}',
          essential: true,
          memory: 512,
          portMappings: [{ containerPort: 3000, protocol: 'tcp' }],
          environment: [{ name: 'GIT_SHA', value: '${GITHUB_SHA}' }],
        },
      ],
    },
    null,
    2,
  );
}

const SMOKE =
  'defaults:\n  timeout: 2s\n  failure-threshold: 1\nchecks:\n  - name: health\n    path: /health\n    expect:\n      status: 200\n';

/** Starts moto and every stand-in, seeds production at a first commit of the repository; `log` narrates. */
export async function startReleaseTestbed(log: (line: string) => void): Promise<ReleaseTestbed> {
  const stops: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await Promise.resolve(fn()).catch(() => undefined);
  };
  try {
    log('starting moto (AWS APIs on loopback)');
    const moto = await startMoto();
    stops.push(() => moto.stop());
    useMotoEnv(moto);
    const ecs = new ECSClient({ region: TEST_REGION });
    const ecr = new ECRClient({ region: TEST_REGION });
    const elb = new ElasticLoadBalancingV2Client({ region: TEST_REGION });
    stops.push(() => (ecs.destroy(), ecr.destroy(), elb.destroy()));

    const repo = mkdtempSync(join(tmpdir(), 'rides-repo-'));
    stops.push(() => rmSync(repo, { recursive: true, force: true }));
    git(repo, 'init', '-q', '-b', 'main');
    const commit = (message: string, files: Record<string, string>) => {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(repo, path)), { recursive: true });
        writeFileSync(join(repo, path), content);
      }
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', message);
      return git(repo, 'rev-parse', 'HEAD');
    };

    log(
      `seeding production: ${RELEASE_SERVICES.length} services, each two colors behind its own ALB rule; staging's cluster; ECR; SNS`,
    );
    await ecs.send(new CreateClusterCommand({ clusterName: RELEASE_CLUSTER }));
    await ecs.send(new CreateClusterCommand({ clusterName: RELEASE_STAGING_CLUSTER }));
    const { subnets, securityGroups } = await defaultNetwork();
    const rules: Record<string, string> = {};
    const urls: Record<string, string> = {};
    const versions: Record<string, VersionServer> = {};
    const groups: Record<string, string> = {};
    const broken = new Map<string, string>();
    for (const service of RELEASE_SERVICES) {
      await ecr.send(new CreateRepositoryCommand({ repositoryName: `rides/${service}` }));
      const alb = await seedAlb(service.replace('-service', ''), { defaultAction: 'fixed-response' });
      for (const tg of [alb.blue, alb.green])
        await elb.send(
          new ModifyTargetGroupAttributesCommand({
            TargetGroupArn: tg,
            Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '1' }],
          }),
        );
      rules[service] = alb.ruleArn;
      for (const [color, tg] of [
        ['blue', alb.blue],
        ['green', alb.green],
      ] as const) {
        versions[`${service}-${color}`] = await startVersion(`${service}-${color}`);
        groups[`${service}-${color}`] = tg;
      }
      const front: WeightedFront = await startWeightedFront({
        route: { kind: 'rule', ruleArn: alb.ruleArn },
        backends: { [alb.blue]: versions[`${service}-blue`].url, [alb.green]: versions[`${service}-green`].url },
        refreshMs: 100,
        elbv2: elb,
      });
      stops.push(() => front.stop());
      urls[service] = front.url;
    }
    stops.push(() => Promise.all(Object.values(versions).map((v) => v.stop())).then(() => undefined));

    // The repository as it is when the team adopts release.yml; production runs its first commit.
    const files: Record<string, string> = {};
    for (const service of RELEASE_SERVICES) {
      files[`services/${service}/taskdef.template.json`] = taskTemplate(service);
      files[`services/${service}/smoke.yml`] = SMOKE;
      files[`services/${service}/src/index.ts`] = `export const name = '${service}';\n`;
      files[`services/${service}/prisma/migrations/20260101000000_init/migration.sql`] =
        `CREATE TABLE "${service.replace('-service', '')}" ("id" TEXT PRIMARY KEY);\n`;
    }
    files['packages/shared-types/index.ts'] = 'export type Id = string;\n';
    files['.github/release-services.yml'] = servicesFile(rules, urls);
    const first = commit('rides: three services', files);
    for (const service of RELEASE_SERVICES) {
      const revision = (
        await ecs.send(
          new RegisterTaskDefinitionCommand({
            ...JSON.parse(
              taskTemplate(service).replace('${IMAGE_URI}', imageUri(service, first)).replace('${GITHUB_SHA}', first),
            ),
            tags: [{ key: 'git-sha', value: first }],
          }),
        )
      ).taskDefinition!.taskDefinitionArn!;
      for (const [color, count] of [
        ['blue', 2],
        ['green', 0],
      ] as const) {
        await ecs.send(
          new CreateServiceCommand({
            cluster: RELEASE_CLUSTER,
            serviceName: `${service}-${color}`,
            taskDefinition: revision,
            desiredCount: count,
            launchType: 'FARGATE',
            loadBalancers: [
              { targetGroupArn: groups[`${service}-${color}`], containerName: service, containerPort: 3000 },
            ],
            networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
          }),
        );
      }
    }
    const sns = new SNSClient({ region: TEST_REGION });
    const topicArn = (await sns.send(new CreateTopicCommand({ Name: 'rides-production-alerts' }))).TopicArn!;
    sns.destroy();
    const slack = await slackStandIn();
    stops.push(() => new Promise<void>((resolve) => slack.server.close(() => resolve())));

    const shaOf = new Map<string, string>();
    const colors = async (): Promise<Record<string, ColorNow[]>> => {
      const out: Record<string, ColorNow[]> = {};
      for (const service of RELEASE_SERVICES) {
        const described = await ecs.send(
          new DescribeServicesCommand({ cluster: RELEASE_CLUSTER, services: [`${service}-blue`, `${service}-green`] }),
        );
        const split = (await observeRoute(elb, { kind: 'rule', ruleArn: rules[service] })).split;
        out[service] = [];
        for (const s of described.services ?? []) {
          const arn = s.taskDefinition ?? '';
          if (!shaOf.has(arn)) {
            const { taskDefinition } = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }));
            shaOf.set(
              arn,
              taskDefinition?.containerDefinitions?.[0]?.environment?.find((e) => e.name === 'GIT_SHA')?.value ?? '',
            );
          }
          out[service].push({
            service: s.serviceName ?? '',
            revision: arn.replace(/^.*task-definition\//, ''),
            sha: shaOf.get(arn) ?? '',
            desiredCount: s.desiredCount ?? 0,
            weight: percentOf(split, groups[s.serviceName ?? '']),
          });
        }
      }
      return out;
    };
    // What ECS would do by itself: each color's tasks are the code of the revision it runs.
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const now = await colors().catch(() => ({}) as Record<string, ColorNow[]>);
        for (const [service, list] of Object.entries(now))
          for (const c of list)
            versions[c.service].setBehaviour(
              broken.get(service) === c.sha
                ? { mode: 'error', status: 500, version: c.sha }
                : { mode: 'healthy', version: c.sha || undefined },
            );
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    })();
    stops.push(async () => {
      watching = false;
      await watcher;
    });

    const builtAndStaged = async (sha: string, services: readonly string[]) => {
      for (const service of services) {
        await ecr.send(
          new PutImageCommand({
            repositoryName: `rides/${service}`,
            imageTag: sha,
            imageManifest: manifestOf(service, sha),
            imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          }),
        );
        // Staging's record: a revision of the commit that completed a rollout (the tag deploy-ecs leaves).
        const staged = (
          await ecs.send(
            new RegisterTaskDefinitionCommand({
              ...JSON.parse(
                taskTemplate(`staging-${service}`)
                  .replace('${IMAGE_URI}', imageUri(service, sha))
                  .replace('${GITHUB_SHA}', sha),
              ),
              tags: [
                { key: 'git-sha', value: sha },
                { key: `rolled-out:${RELEASE_STAGING_CLUSTER}/${service}`, value: new Date().toISOString() },
              ],
            }),
          )
        ).taskDefinition!.taskDefinitionArn!;
        const existing = await ecs.send(
          new DescribeServicesCommand({ cluster: RELEASE_STAGING_CLUSTER, services: [service] }),
        );
        if (!existing.services?.some((s) => s.status === 'ACTIVE')) {
          await ecs.send(
            new CreateServiceCommand({
              cluster: RELEASE_STAGING_CLUSTER,
              serviceName: service,
              taskDefinition: staged,
              desiredCount: 1,
              launchType: 'FARGATE',
              networkConfiguration: { awsvpcConfiguration: { subnets, securityGroups } },
            }),
          );
        }
      }
    };
    return {
      moto,
      repo,
      env: moto.env,
      topicArn,
      slackUrl: slack.url,
      slackMessages: slack.messages,
      snsMessages: () => snsMessagesOf(moto.endpoint, topicArn),
      commit,
      builtAndStaged,
      broken,
      colors,
      rules,
      urls,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

function imageUri(service: string, sha: string): string {
  return `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com/rides/${service}:${sha}`;
}

/** A single-platform manifest unique to the service and commit (ECR computes its digest from the bytes). */
function manifestOf(service: string, sha: string): string {
  const digest = (what: string) => `sha256:${createHash('sha256').update(`${service}@${sha}:${what}`).digest('hex')}`;
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 1000, digest: digest('config') },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 2000, digest: digest('layer') }],
  });
}

/** The team's services file: the shape of user-setups 000 (services/<name>, shared packages), trip after the others. */
export function servicesFile(rules: Record<string, string>, urls: Record<string, string>): string {
  const lines = [
    "# One release of the three services (release.yml). Keys are production.yml's inputs; {service} is the name.",
    'shared: [packages/shared-types]',
    'defaults:',
    '  folder: services/{service}',
    '  ecr-repository: rides/{service}',
    '  task-definition-template: services/{service}/taskdef.template.json',
    '  smoke-file: services/{service}/smoke.yml',
    '  blue-service: "{service}-blue"',
    '  green-service: "{service}-green"',
    '  staging-service: "{service}"',
    '  bake-steps: "50%:2s, 100%"',
    '  check-interval: 1s',
    '  migrate-mode: lint-only',
    'services:',
  ];
  for (const service of RELEASE_SERVICES) {
    lines.push(`  ${service}:`, `    listener-rule-arn: ${rules[service]}`, `    production-url: ${urls[service]}`);
    if (service === 'trip-service') lines.push('    after: [user-service, driver-service]');
  }
  return lines.join('\n') + '\n';
}
