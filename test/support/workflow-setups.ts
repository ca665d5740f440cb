/**
 * The workflow matrix's bench: each service setup a team may run (rolling, two colors behind an ALB rule, ECS's own
 * CANARY strategy, CodeDeploy blue/green) seeded in one patched moto as a staging and a production cluster, and one
 * runner for any job of the repository's reusable workflows on it: the demo's step executor (scripts/demo/pipeline.ts)
 * running the bundled actions, with the bench's substitutions (bakes compressed, rollouts polled every second).
 * Loopback stand-ins answer the smoke checks: `stable` for production, `canary` for the new version (the ECS test
 * listener, the CodeDeploy test listener), broken while a release of the bad commit is out.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CreateRepositoryCommand, PutImageCommand } from '@aws-sdk/client-ecr';
import { DescribeServicesCommand } from '@aws-sdk/client-ecs';
import { CreateTopicCommand } from '@aws-sdk/client-sns';

import { type AwsClients, createAwsClients } from '../../lib/aws/clients.js';
import { observeRoute } from '../../lib/traffic/listener-weights.js';
import { percentOf } from '../../lib/traffic/split.js';
import {
  compressSteps,
  type JobResult,
  type JobSelection,
  type PipelineRun,
  runWorkflow,
  StepFailed,
  type StepHost,
  type StepResult,
  type Substitutions,
} from '../../scripts/demo/pipeline.js';
import { readWorkflow, resolveInputs } from '../../scripts/demo/workflow.js';
import { seedBakePair, seedNativeService } from './bake-seed.js';
import { seedCodeDeployService } from './codedeploy-seed.js';
import { seedServices } from './ecs-seed.js';
import { type Moto, startMoto, TEST_ACCOUNT, TEST_REGION, useMotoEnv } from './moto.js';
import { REPO_ROOT } from './run-dist.js';
import { startVersion, type VersionServer } from './versions.js';

export const SETUPS = ['rolling', 'alb', 'native', 'codedeploy'] as const;
export type SetupName = (typeof SETUPS)[number];

/** The commit staging and production release first, and the one whose bug only production traffic shows. */
export const GOOD_SHA = '1111111111aaaaaaaaaa2222222222bbbbbbbbbb';
export const BAD_SHA = '3333333333cccccccccc4444444444dddddddddd';
const REGISTRY = `${TEST_ACCOUNT}.dkr.ecr.${TEST_REGION}.amazonaws.com`;
const ROLE = (name: string) => `arn:aws:iam::${TEST_ACCOUNT}:role/${name}`;

export interface Bench extends StepHost {
  moto: Moto;
  aws: AwsClients;
  /** The caller's checkout: the task definition template and the smoke file. */
  workspace: string;
  /** Production as users reach it (the stable version), and the new version alone (a test listener). */
  stable: VersionServer;
  canary: VersionServer;
  stop(): Promise<void>;
}

/** What the bench changes about a step, and why; everything else runs as the workflow wrote it. */
export const MATRIX_SUBSTITUTIONS: Substitutions<Bench> = {
  'deploy-ecs': {
    why: 'moto stands in for ECS and CodeDeploy (one ECS minute lasts a second, each ECS stage 50 ms; one CodeDeploy minute 40 ms, a CodeDeploy step per look): the rollout is polled every second.',
    inputs: (_bench, written): Record<string, string> =>
      written['register-only'] === 'true' ? {} : { 'poll-interval': '1s' },
  },
  'bake-and-promote': {
    why: "Checks every second; two colors bake 3 s a step (ECS and CodeDeploy bake their own steps, in moto's compressed minutes); no ALB metrics in moto.",
    inputs: (_bench, written): Record<string, string> => ({
      ...(written.services ? { steps: compressSteps(written.steps ?? '', '3s') } : {}),
      'check-interval': '1s',
      'poll-interval': '1s',
      'wait-timeout': '30s',
      metrics: 'false',
      'max-extension': '5s',
    }),
  },
  rollback: {
    why: 'moto stands in for ECS and CodeDeploy: the rollout is polled every second.',
    inputs: (_bench, written): Record<string, string> =>
      written['dry-run'] === 'true' || written['verify-only'] === 'true' ? {} : { 'poll-interval': '1s' },
  },
};

const TEMPLATE = {
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  executionRoleArn: '${EXEC_ROLE_ARN}',
  containerDefinitions: [
    {
      name: 'web',
      image: '${IMAGE_URI}',
      essential: true,
      memory: 512,
      portMappings: [{ containerPort: 3000, protocol: 'tcp' }],
      environment: [
        { name: 'GIT_SHA', value: '${GITHUB_SHA}' },
        { name: 'DEPLOY_ENV', value: '${DEPLOY_ENV}' },
      ],
    },
  ],
};
const SMOKE =
  'defaults:\n  timeout: 2s\n  failure-threshold: 1\nchecks:\n  - name: health\n    path: /health\n    expect:\n      status: 200\n';

/** Starts the one moto, the stand-ins and the caller's checkout the whole matrix shares. */
export async function startBench(): Promise<Bench> {
  const moto = await startMoto({
    MOTO_ECS_MINUTE_MS: '1000',
    MOTO_ECS_STAGE_MS: '50',
    MOTO_CODEDEPLOY_MINUTE_MS: '40',
    MOTO_ECS_SERVICE_RUNNING: '2',
  });
  useMotoEnv(moto);
  const stable = await startVersion('stable');
  const canary = await startVersion('canary');
  const workspace = mkdtempSync(join(tmpdir(), 'workflow-matrix-'));
  writeFileSync(join(workspace, 'taskdef.template.json'), JSON.stringify(TEMPLATE, null, 2));
  writeFileSync(join(workspace, 'smoke.yml'), SMOKE);
  const aws = createAwsClients({ region: TEST_REGION, action: 'test' });
  return {
    moto,
    aws,
    workspace,
    stable,
    canary,
    env: { ...moto.env, GITHUB_ACTOR: 'octocat' },
    githubDeployments: [],
    stop: async () => {
      for (const client of [aws.ecs, aws.ecr, aws.elbv2, aws.sns, aws.codedeploy]) client.destroy();
      await Promise.all([moto.stop(), stable.stop(), canary.stop()]);
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}

/** Where one setup's production runs: the service, or the two colors and their rule. */
export interface ProductionShape {
  cluster: string;
  service: string;
  colors?: { blue: string; green: string; ruleArn: string };
}

export interface SeededSetup {
  name: SetupName;
  staging: { cluster: string; service: string };
  production: ProductionShape;
  /** The image of each commit, pinned by digest, as build-push outputs it. */
  images: Record<string, string>;
  topicArn: string;
}

const NATIVE_CANARY = {
  strategy: 'CANARY',
  canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 1 },
  bakeTimeInMinutes: 0,
} as const;

/**
 * Wipes moto and seeds one setup: the images of both commits in ECR (as staging's builds left them), staging, and
 * production as the team runs it. Staging is one rolling service for the rolling and two-color setups (the examples'
 * shape: two colors are production's), and the setup's own controller otherwise.
 */
export async function seedSetup(bench: Bench, name: SetupName): Promise<SeededSetup> {
  await bench.moto.reset();
  useMotoEnv(bench.moto);
  bench.canary.setBehaviour({ mode: 'healthy' });
  const images: Record<string, string> = {};
  await bench.aws.ecr.send(new CreateRepositoryCommand({ repositoryName: 'web' }));
  for (const [sha, seed] of [
    [GOOD_SHA, 'a'],
    [BAD_SHA, 'b'],
  ]) {
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${seed.repeat(64)}`, size: 1 },
      layers: [],
    });
    const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
    await bench.aws.ecr.send(
      new PutImageCommand({
        repositoryName: 'web',
        imageTag: sha,
        imageManifest: manifest,
        imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
        imageDigest: digest,
      }),
    );
    images[sha] = `${REGISTRY}/web@${digest}`;
  }
  const topicArn = (await bench.aws.sns.send(new CreateTopicCommand({ Name: 'web-alerts' }))).TopicArn!;
  const staging = { cluster: 'staging', service: 'web' };
  if (name === 'native') await seedNativeService(NATIVE_CANARY, 'staging');
  else if (name === 'codedeploy')
    await seedCodeDeployService(bench.aws, {}, { cluster: 'staging', loadBalancer: 'web-staging' });
  else await seedServices('staging', ['web'], 2);
  let production: ProductionShape = { cluster: 'prod', service: 'web' };
  if (name === 'rolling') await seedServices('prod', ['web'], 2);
  if (name === 'native') await seedNativeService(NATIVE_CANARY, 'prod');
  if (name === 'codedeploy') await seedCodeDeployService(bench.aws);
  if (name === 'alb') {
    const pair = await seedBakePair('prod');
    production = {
      cluster: 'prod',
      service: 'web',
      colors: { blue: 'web-blue', green: 'web-green', ruleArn: pair.alb.ruleArn },
    };
  }
  return { name, staging, production, images, topicArn };
}

const templateVars = (environment: string) =>
  `EXEC_ROLE_ARN=${ROLE('ecsTaskExecutionRole')}\nDEPLOY_ENV=${environment}`;

/** What a caller of deploy.yml passes for this setup's staging. */
export function stagingInputs(bench: Bench, setup: SeededSetup): Record<string, string | boolean> {
  return {
    service: setup.staging.service,
    environment: 'staging',
    cluster: setup.staging.cluster,
    'ecr-repository': 'web',
    'aws-region': TEST_REGION,
    'role-to-assume': ROLE('staging-release'),
    'task-definition-template': 'taskdef.template.json',
    'template-vars': templateVars('staging'),
    // Migrations do not depend on the controller: the demo runs them (test/e2e/demo.test.ts).
    migrate: false,
    'wait-timeout': '60s',
    'health-url': `${bench.stable.url}/health`,
  };
}

/** What a caller of production.yml passes for this setup. */
export function productionInputs(bench: Bench, setup: SeededSetup, sha: string): Record<string, string | boolean> {
  const { production } = setup;
  return {
    service: production.service,
    sha,
    'aws-region': TEST_REGION,
    'role-to-assume': ROLE('production-release'),
    'staging-cluster': setup.staging.cluster,
    'staging-role-to-assume': ROLE('staging-read'),
    'ecr-repository': 'web',
    'ecr-registry-id': TEST_ACCOUNT,
    'task-definition-template': 'taskdef.template.json',
    'template-vars': templateVars('production'),
    migrate: false,
    cluster: production.cluster,
    'blue-service': production.colors?.blue ?? '',
    'green-service': production.colors?.green ?? '',
    'listener-rule-arn': production.colors?.ruleArn ?? '',
    // A minute at 10%: ECS's and CodeDeploy's minutes are moto's (a second; 40 ms); two colors' are compressed to 3 s.
    'bake-steps': '10%:1m, 100%',
    'smoke-file': 'smoke.yml',
    'production-url': bench.stable.url,
    'canary-url': bench.canary.url,
    'health-url': `${bench.stable.url}/health`,
    'sns-topic-arn': setup.topicArn,
  };
}

/** What one run of a workflow did, and what production serves after it. */
export interface WorkflowOutcome {
  steps: StepResult[];
  jobs: Record<string, JobResult>;
  outputs: Record<string, string>;
  failed?: StepResult;
}

/**
 * Runs jobs of one of the repository's workflows (`deploy.yml`, `production.yml`, `rollback.yml`) on the bench, as
 * the runner would, and returns what happened instead of throwing when a job failed.
 */
export async function runWorkflowJobs(
  bench: Bench,
  file: 'deploy.yml' | 'production.yml' | 'rollback.yml',
  given: Record<string, string | boolean>,
  run: Omit<PipelineRun, 'workspace'>,
  selection: JobSelection = {},
): Promise<WorkflowOutcome> {
  const workflow = readWorkflow(join(REPO_ROOT, '.github/workflows', file));
  const inputs = resolveInputs(workflow, given, run.event);
  try {
    return await runWorkflow(
      workflow,
      inputs,
      { host: bench, substitutions: MATRIX_SUBSTITUTIONS },
      { ...run, workspace: bench.workspace },
      () => undefined,
      selection,
    );
  } catch (err) {
    if (!(err instanceof StepFailed)) throw err;
    return { steps: err.steps, jobs: err.jobs, outputs: err.outputs, failed: err.result };
  }
}

/** deploy.yml's release job for one commit: the build job stands as done, its image the one staging's build pushed. */
export function deployToStaging(bench: Bench, setup: SeededSetup, sha: string): Promise<WorkflowOutcome> {
  return runWorkflowJobs(
    bench,
    'deploy.yml',
    stagingInputs(bench, setup),
    { sha },
    { jobs: ['release'], done: { build: { result: 'success', outputs: { 'image-ref': setup.images[sha] } } } },
  );
}

/** The revision serving production's traffic now: the color at 100% for two colors, else the service's. */
export async function servingRevision(
  bench: Bench,
  shape: ProductionShape,
): Promise<{ taskDefinition: string; desired: Record<string, number> }> {
  const names = shape.colors ? [shape.colors.blue, shape.colors.green] : [shape.service];
  const described =
    (await bench.aws.ecs.send(new DescribeServicesCommand({ cluster: shape.cluster, services: names }))).services ?? [];
  const desired = Object.fromEntries(described.map((s) => [s.serviceName!, s.desiredCount ?? 0]));
  if (!shape.colors) return { taskDefinition: described[0]?.taskDefinition ?? '', desired };
  const { split } = await observeRoute(bench.aws.elbv2, { kind: 'rule', ruleArn: shape.colors.ruleArn });
  const groupOf = async (service: string) =>
    described.find((s) => s.serviceName === service)?.loadBalancers?.[0]?.targetGroupArn ?? '';
  for (const color of names)
    if (percentOf(split, await groupOf(color)) === 100)
      return { taskDefinition: described.find((s) => s.serviceName === color)?.taskDefinition ?? '', desired };
  return { taskDefinition: '', desired };
}
