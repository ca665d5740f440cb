/**
 * The one ECS scenario kit: the real SDK clients under aws-sdk-client-mock, the discrete-event fake clock,
 * and ECS services as DescribeServices shows them at each stage of a rollout. deploy-ecs's scenario tests
 * use it, and so will those of every action that rolls a service out.
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  type Deployment,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListServiceDeploymentsCommand,
  ListTagsForResourceCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
  type Service,
  TagResourceCommand,
  type TaskDefinition,
  UntagResourceCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';

import { deploy } from '../../actions/deploy-ecs/src/main.js';
import { memoryIO, type RecordedIO } from '../../lib/core/io.js';
import { type FakeClock, fakeClock } from './clock.js';

export const ecs = mockClient(ECSClient);
export const elbv2 = mockClient(ElasticLoadBalancingV2Client);
export const cloudwatch = mockClient(CloudWatchClient);

export { type FakeClock, fakeClock };

export const REGION = 'eu-west-1';
export const ACCOUNT = '123456789012';
export const CLUSTER = 'prod';
export const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const image = (repo: string, tag: string) => `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${repo}:${tag}`;
export const taskDefinitionArn = (family: string, revision: number) =>
  `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:${revision}`;

/** web runs revision 7 of its family; a deploy of a new image registers revision 8. */
export const OLD = taskDefinitionArn('web', 7);
export const NEW = taskDefinitionArn('web', 8);
export const OLD_DEPLOYMENT = 'ecs-svc/1111111111111111111';
export const OURS = 'ecs-svc/2222222222222222222';
export const NEW_IMAGE = image('web', 'c0ffee1');
/** The image web:7 runs (calmAccount's live revision): a deploy of it has nothing new to register. */
export const RUNNING_IMAGE = image('web', 'v1');
/** The deployment a force-new-deployment of web:7 starts. */
export const FORCED = 'ecs-svc/6666666666666666666';
/** The deployment ECS starts when it rolls a failed one back to web:7. */
export const ROLLBACK_DEPLOYMENT = 'ecs-svc/3333333333333333333';
/** ECS's reason on a deployment its circuit breaker failed. */
export const BREAKER = 'ECS deployment circuit breaker: tasks failed to start.';

/** A live Fargate task definition whose one container logs to CloudWatch (awslogs), as most services do. */
export function liveDefinition(family: string, revision: number, containerImage: string): TaskDefinition {
  return {
    taskDefinitionArn: taskDefinitionArn(family, revision),
    family,
    revision,
    status: 'ACTIVE',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    compatibilities: ['EC2', 'FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    containerDefinitions: [
      {
        name: family,
        image: containerImage,
        essential: true,
        portMappings: [{ containerPort: 3000, hostPort: 3000, protocol: 'tcp' }],
        environment: [{ name: 'NODE_ENV', value: 'production' }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': `/ecs/${family}`, 'awslogs-region': REGION, 'awslogs-stream-prefix': 'ecs' },
        },
      },
    ],
  };
}

type Rollout = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED' | undefined;

/** One entry of `service.deployments`. */
export function deployment(
  id: string,
  status: 'PRIMARY' | 'ACTIVE',
  taskDefinition: string,
  rolloutState: Rollout,
  running: number,
  extra: Partial<Deployment> = {},
): Deployment {
  return {
    id,
    status,
    taskDefinition,
    rolloutState,
    desiredCount: 2,
    runningCount: running,
    pendingCount: status === 'PRIMARY' && rolloutState === 'IN_PROGRESS' ? 2 - running : 0,
    failedTasks: 0,
    createdAt: new Date('2026-03-02T10:00:00Z'),
    ...extra,
  };
}

/** A service as DescribeServices returns it; its taskDefinition is its PRIMARY deployment's, as ECS reports it. */
export function service(name: string, deployments: Deployment[], extra: Partial<Service> = {}): Service {
  return {
    serviceName: name,
    serviceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${name}`,
    status: 'ACTIVE',
    desiredCount: 2,
    // ECS counts the service's running tasks across its deployments.
    runningCount: deployments.reduce((sum, d) => sum + (d.runningCount ?? 0), 0),
    launchType: 'FARGATE',
    taskDefinition: deployments.find((d) => d.status === 'PRIMARY')?.taskDefinition,
    deployments,
    events: [],
    ...extra,
  };
}

/**
 * The deployments a rollout of `name` goes between: web's OLD_DEPLOYMENT and OURS, `ecs-svc/<name>-old` and `-new` for
 * any other service.
 */
export function deploymentIds(name: string): { old: string; ours: string } {
  return name === 'web'
    ? { old: OLD_DEPLOYMENT, ours: OURS }
    : { old: `ecs-svc/${name}-old`, ours: `ecs-svc/${name}-new` };
}

/** A service's rollout as DescribeServices shows it at each stage; two tasks wanted throughout. */
export interface RolloutStages {
  /** Before the deploy: the old deployment, revision 7, COMPLETED. */
  before(): Service;
  /** Ours IN_PROGRESS with `running` tasks beside the old deployment's `oldRunning` (by default the rest of two). */
  rolling(running: number, oldRunning?: number): Service;
  /** Ours COMPLETED, the old deployment gone. */
  completed(): Service;
  /**
   * Ours FAILED by the circuit breaker (BREAKER) after `failedTasks` task failures, none running; the old still runs
   * two.
   */
  failed(failedTasks: number): Service;
}

/**
 * The stages of `name`'s rollout from revision 7 to revision `to` (8 unless said), through deployment `ours`
 * (deploymentIds' unless said), with `extra` on the service at every stage (a deployment configuration, a load
 * balancer).
 */
export function rollout(
  name: string,
  options: { to?: number; ours?: string; extra?: Partial<Service> } = {},
): RolloutStages {
  const old = deploymentIds(name).old;
  const ours = options.ours ?? deploymentIds(name).ours;
  const [from, to] = [taskDefinitionArn(name, 7), taskDefinitionArn(name, options.to ?? 8)];
  const extra = options.extra ?? {};
  return {
    before: () => service(name, [deployment(old, 'PRIMARY', from, 'COMPLETED', 2)], extra),
    rolling: (running, oldRunning = 2 - running) =>
      service(
        name,
        [
          deployment(ours, 'PRIMARY', to, 'IN_PROGRESS', running),
          deployment(old, 'ACTIVE', from, 'COMPLETED', oldRunning),
        ],
        extra,
      ),
    completed: () => service(name, [deployment(ours, 'PRIMARY', to, 'COMPLETED', 2)], extra),
    failed: (failedTasks) =>
      service(
        name,
        [
          deployment(ours, 'PRIMARY', to, 'FAILED', 0, { rolloutStateReason: BREAKER, failedTasks }),
          deployment(old, 'ACTIVE', from, 'COMPLETED', 2),
        ],
        extra,
      ),
  };
}

/** web's rollout from revision 7 to 8. */
export const web = rollout('web');
/** force-new-deployment on web: a new deployment (FORCED) of the revision it runs, web:7. */
export const forcedWeb = rollout('web', { to: 7, ours: FORCED });

/**
 * DescribeServices answers these in turn (the first is the read before planning), then repeats the last:
 * one call per poll, each answer a list of services.
 */
export function describeServicesAnswers(...answers: Service[][]): void {
  let stub = ecs.on(DescribeServicesCommand);
  for (const services of answers.slice(0, -1)) stub = stub.resolvesOnce({ services });
  stub.resolves({ services: answers[answers.length - 1] });
}

/**
 * The calm defaults of a deploy of one or more single-container services, each on revision 7 of its own
 * family: reads answer, register hands out revision 8, UpdateService starts the deployment `deploymentIds` names
 * (FORCED for a force-new-deployment of web), the service-deployments API lists nothing (an account where it says
 * nothing), and no task has stopped.
 */
export function calmAccount(families: string[] = ['web']): void {
  for (const family of families) {
    const live = {
      taskDefinition: liveDefinition(family, 7, image(family, 'v1')),
      tags: [{ key: 'team', value: 'rides' }],
    };
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: taskDefinitionArn(family, 7) }).resolves(live);
    // The family's newest ACTIVE revision is the one the service runs.
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: family }).resolves(live);
  }
  ecs.on(RegisterTaskDefinitionCommand).callsFake((input: RegisterTaskDefinitionCommandInput) => ({
    taskDefinition: { ...input, taskDefinitionArn: taskDefinitionArn(input.family!, 8), revision: 8, status: 'ACTIVE' },
  }));
  ecs
    .on(UpdateServiceCommand)
    .callsFake((input: { service: string; taskDefinition: string; forceNewDeployment?: boolean }) => {
      const { old, ours } = deploymentIds(input.service);
      const started = input.forceNewDeployment && input.service === 'web' ? FORCED : ours;
      return {
        service: service(input.service, [
          deployment(started, 'PRIMARY', input.taskDefinition, 'IN_PROGRESS', 0),
          deployment(old, 'ACTIVE', taskDefinitionArn(input.service, 7), 'COMPLETED', 2),
        ]),
      };
    });
  ecs.on(ListServiceDeploymentsCommand).resolves({ serviceDeployments: [] });
  ecs.on(ListTasksCommand).resolves({ taskArns: [] });
}

export interface DeployRun {
  io: RecordedIO;
  clock: FakeClock;
  error?: Error;
  /** The `results` output, parsed. */
  results: {
    service: string;
    status: string;
    failureKind?: string;
    reason?: string;
    elapsedSeconds?: number;
    deploymentId?: string;
  }[];
}

export const RUNNER_ENV = {
  AWS_REGION: REGION,
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'acme/rides',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '4242',
  GITHUB_WORKSPACE: process.cwd(),
};

/** Runs the whole action with default poll interval (15 s) and timeout (15 m) unless the inputs say otherwise. */
export async function runDeploy(
  inputs: Record<string, string>,
  options: { clock?: FakeClock; signal?: AbortSignal } = {},
): Promise<DeployRun> {
  const io = memoryIO({ cluster: CLUSTER, ...inputs });
  const clock = options.clock ?? fakeClock();
  let error: Error | undefined;
  try {
    await deploy({ io, signal: options.signal ?? new AbortController().signal }, { clock, env: RUNNER_ENV });
  } catch (err) {
    error = err as Error;
  }
  return { io, clock, error, results: io.outputs.results ? JSON.parse(io.outputs.results) : [] };
}

/**
 * ECS resource tags kept in memory (a service's lease, a revision's records): TagResource, UntagResource,
 * ListTagsForResource.
 */
export function ecsTags(): Map<string, Map<string, string>> {
  const store = new Map<string, Map<string, string>>();
  const of = (arn: string) => store.get(arn) ?? store.set(arn, new Map()).get(arn)!;
  ecs.on(TagResourceCommand).callsFake((input: { resourceArn: string; tags: { key: string; value: string }[] }) => {
    for (const t of input.tags) of(input.resourceArn).set(t.key, t.value);
    return {};
  });
  ecs.on(UntagResourceCommand).callsFake((input: { resourceArn: string; tagKeys: string[] }) => {
    for (const k of input.tagKeys) of(input.resourceArn).delete(k);
    return {};
  });
  ecs.on(ListTagsForResourceCommand).callsFake((input: { resourceArn: string }) => ({
    tags: [...of(input.resourceArn)].map(([key, value]) => ({ key, value })),
  }));
  return store;
}

/** Per-test hygiene: fresh stubs, and an environment that can never reach a real account. */
export function useScenarioMocks(): void {
  beforeEach(() => {
    ecs.reset();
    elbv2.reset();
    cloudwatch.reset();
    Object.assign(process.env, {
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: 'AKIDSCENARIO',
      AWS_SECRET_ACCESS_KEY: 'scenario',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    delete process.env.AWS_PROFILE;
    delete process.env.AWS_ENDPOINT_URL;
  });
  afterEach(() => {
    ecs.reset();
    elbv2.reset();
    cloudwatch.reset();
  });
}
