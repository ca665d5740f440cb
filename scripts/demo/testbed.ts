/**
 * The demo's local stand-in for a team's AWS account and staging stack, started and stopped here:
 * moto for AWS, PostgreSQL for the service's database, a registry for its images, buildah to build
 * them, a recorder for the GitHub API, and the example service running as a process for /health.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

import { CreateRepositoryCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient } from '@aws-sdk/client-ecs';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

import { startEcrFront } from '../../test/support/build-push-ecr-front.js';
import { type BuildahStore, prepareBuildahStore } from '../../test/support/buildah.js';
import { seedServices } from '../../test/support/ecs-seed.js';
import { type Moto, startMoto, TEST_REGION, useMotoEnv } from '../../test/support/moto.js';
import { type Postgres, prismaEnv, startPostgres } from '../../test/support/postgres.js';
import { freePort, stopChild, waitFor } from '../../test/support/processes.js';
import { type Registry, startRegistry } from '../../test/support/registry.js';

export interface TestbedOptions {
  cluster: string;
  service: string;
  repository: string;
  serviceDir: string;
  environmentFile: string;
  environment: string;
  log: (line: string) => void;
}

export interface Testbed {
  registry: Registry;
  databaseUrl: string;
  /** moto's own endpoint (its /moto-api shows what it was sent, e.g. SNS notifications). */
  motoEndpoint: string;
  /** The database each cluster's migrations run against (the demo's stand-in for the migration task's network). */
  databases: Record<string, string>;
  /** Creates another database on the testbed's PostgreSQL; returns its URL. */
  createDatabase(name: string): Promise<string>;
  healthUrl: string;
  /** GitHub deployment records, in order: those GitHub makes for a job's `environment:`, and any an action made. */
  githubDeployments: string[];
  /** The revision whose tasks the local service process stands in for, and the version its /health reports. */
  running(): { taskDefinitionArn: string; version: string };
  /**
   * What ECS would do after a rollout: run the tasks of the revision the service now runs. The local process is
   * restarted with that revision's container environment (GIT_SHA among it) when the revision changed.
   */
  runServiceRevision(): Promise<void>;
  /** Environment for every action run: AWS at moto, buildah's store, Prisma offline, GitHub at the recorder. */
  env: Record<string, string>;
  /**
   * ECR is one API in front of one registry; here they are two servers (moto and a local registry), so what
   * build-push pushed is recorded in moto's ECR with the registry's own digest, as ECR would record it.
   */
  recordPushInEcr(repository: string, tags: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** Starts everything, seeds the account with what a team has before its first pipeline run. */
export async function startTestbed(options: TestbedOptions): Promise<Testbed> {
  const { log } = options;
  const stops: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await Promise.resolve(fn()).catch(() => undefined);
  };
  try {
    log('starting moto (AWS APIs on loopback)');
    const moto: Moto = await startMoto();
    stops.push(() => moto.stop());
    useMotoEnv(moto);

    log('starting PostgreSQL 15');
    const postgres: Postgres = await startPostgres();
    stops.push(() => postgres.stop());
    const databaseUrl = postgres.url('trips');

    log('starting a container registry with login, and a buildah store with a busybox base image');
    const registry = await startRegistry({ username: 'AWS', password: '123456789012-auth-token' });
    stops.push(() => registry.stop());
    // build-push sends the ECR token only where ECR's answer says: the front puts moto and the registry under one host.
    const front = await startEcrFront(moto, registry);
    stops.push(() => front.stop());
    const store: BuildahStore = prepareBuildahStore();
    stops.push(() => store.remove());

    const github = await startGitHubRecorder();
    stops.push(() => new Promise<void>((resolve) => github.server.close(() => resolve())));

    log(
      `seeding AWS: ECR repository ${options.repository}, cluster ${options.cluster} with ${options.service} on its previous release, SSM parameters`,
    );
    const ecr = new ECRClient({ region: TEST_REGION });
    await ecr.send(
      new CreateRepositoryCommand({ repositoryName: options.repository, imageTagMutability: 'IMMUTABLE' }),
    );
    ecr.destroy();
    await seedServices(options.cluster, [options.service]);
    await seedParameters(options.environmentFile, options.environment, databaseUrl);

    const port = await freePort();
    const healthUrl = `http://127.0.0.1:${port}/health`;
    let app: { child: ChildProcess; taskDefinitionArn: string; version: string } | undefined;
    stops.push(() => (app ? stopChild(app.child) : undefined));
    const runServiceRevision = async () => {
      const revision = await serviceRevision(options.cluster, options.service);
      if (app?.taskDefinitionArn === revision.taskDefinitionArn) return;
      if (app) await stopChild(app.child);
      const child = startService(options.serviceDir, {
        ...revision.environment,
        PORT: String(port),
        DATABASE_URL: databaseUrl,
      });
      app = { child, taskDefinitionArn: revision.taskDefinitionArn, version: revision.environment.GIT_SHA || 'dev' };
      await waitFor(`${options.service} on port ${port}`, async () => (await fetch(healthUrl)).status > 0, 20_000);
    };
    log(
      `starting ${options.service} as a local process with the environment of the revision its ECS service runs (it stands in for the tasks)`,
    );
    await runServiceRevision();

    return {
      registry,
      databaseUrl,
      motoEndpoint: moto.endpoint,
      databases: { [options.cluster]: databaseUrl },
      createDatabase: async (name) => {
        await postgres.createDatabase(name);
        return postgres.url(name);
      },
      healthUrl,
      githubDeployments: github.records,
      running: () => ({ taskDefinitionArn: app?.taskDefinitionArn ?? '', version: app?.version ?? '' }),
      runServiceRevision,
      env: { ...front.env, ...store.env, ...prismaEnv(databaseUrl), GITHUB_API_URL: github.url },
      recordPushInEcr: async (repository, tags) => {
        const ecrClient = new ECRClient({ region: TEST_REGION });
        for (const tag of tags) {
          const manifest = await registry.manifest(repository, tag);
          if (!manifest) throw new Error(`the registry has no ${repository}:${tag} after build-push pushed it`);
          await ecrClient
            .send(
              new PutImageCommand({
                repositoryName: repository,
                imageTag: tag,
                imageManifest: manifest.body,
                imageManifestMediaType: manifest.mediaType,
                imageDigest: manifest.digest,
              }),
            )
            .catch((err: Error) => {
              if (err.name !== 'ImageAlreadyExistsException') throw err;
            });
        }
        ecrClient.destroy();
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Puts a value behind every SSM parameter the environment file references (the database URL for real). */
export async function seedParameters(environmentFile: string, environment: string, databaseUrl: string): Promise<void> {
  const file = JSON.parse(readFileSync(environmentFile, 'utf8')) as Record<
    string,
    { secrets?: Record<string, string> }
  >;
  const secrets = { ...file.defaults?.secrets, ...file[environment]?.secrets };
  const ssm = new SSMClient({ region: TEST_REGION });
  for (const [name, reference] of Object.entries(secrets)) {
    if (reference.startsWith('arn:aws:secretsmanager:')) continue;
    const Name = reference.startsWith('arn:') ? reference.split(':parameter')[1] : reference;
    await ssm.send(
      new PutParameterCommand({
        Name,
        Type: 'SecureString',
        Value: name === 'DATABASE_URL' ? databaseUrl : `demo-${name.toLowerCase()}`,
      }),
    );
  }
  ssm.destroy();
}

/** The revision a service runs now, and its (first) container's plain environment variables. */
async function serviceRevision(
  cluster: string,
  service: string,
): Promise<{ taskDefinitionArn: string; environment: Record<string, string> }> {
  const ecs = new ECSClient({ region: TEST_REGION });
  try {
    const described = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
    const taskDefinitionArn = described.services?.[0]?.taskDefinition;
    if (!taskDefinitionArn) throw new Error(`moto has no service ${service} in ${cluster}`);
    const { taskDefinition } = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: taskDefinitionArn }));
    const container =
      taskDefinition?.containerDefinitions?.find((c) => c.name === service) ??
      taskDefinition?.containerDefinitions?.[0];
    return {
      taskDefinitionArn,
      environment: Object.fromEntries((container?.environment ?? []).map((e) => [e.name ?? '', e.value ?? ''])),
    };
  } finally {
    ecs.destroy();
  }
}

function startService(dir: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['src/server.js'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'ignore',
  });
}

/** Answers GitHub deployment calls an action makes (the workflow asks for none), and remembers them. */
async function startGitHubRecorder(): Promise<{ server: Server; url: string; records: string[] }> {
  const records: string[] = [];
  let nextId = 1;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const json = body ? (JSON.parse(body) as { environment?: string; state?: string }) : {};
      const created = req.url?.endsWith('/deployments');
      records.push(created ? `created for ${json.environment} (by an action)` : `${json.state} (by an action)`);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: created ? nextId++ : 0 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, records };
}
