/**
 * The demo's local stand-in for a team's AWS account and staging stack, started and stopped here:
 * moto for AWS, PostgreSQL for the service's database, a registry for its images, buildah to build
 * them, a recorder for the GitHub API, and the example service running as a process for /health.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { CreateRepositoryCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { prepareBuildahStore, type BuildahStore } from '../../test/support/buildah.js';
import { seedServices } from '../../test/support/ecs-seed.js';
import { startMoto, TEST_REGION, useMotoEnv, type Moto } from '../../test/support/moto.js';
import { freePort, stopChild, waitFor } from '../../test/support/processes.js';
import { prismaEnv, startPostgres, type Postgres } from '../../test/support/postgres.js';
import { startRegistry, type Registry } from '../../test/support/registry.js';
import { startEcrFront } from '../../test/support/build-push-ecr-front.js';

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
  healthUrl: string;
  /** GitHub deployment records the actions made, as "environment: state" lines. */
  githubDeployments: string[];
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

    log(`seeding AWS: ECR repository ${options.repository}, cluster ${options.cluster} with ${options.service} on its previous release, SSM parameters`);
    const ecr = new ECRClient({ region: TEST_REGION });
    await ecr.send(new CreateRepositoryCommand({ repositoryName: options.repository, imageTagMutability: 'IMMUTABLE' }));
    ecr.destroy();
    await seedServices(options.cluster, [options.service]);
    await seedParameters(options.environmentFile, options.environment, databaseUrl);

    log(`starting ${options.service} as a local process (it stands in for the tasks ECS would run)`);
    const port = await freePort();
    const app = startService(options.serviceDir, port, databaseUrl);
    stops.push(() => stopChild(app));
    const healthUrl = `http://127.0.0.1:${port}/health`;
    await waitFor(`${options.service} on port ${port}`, async () => (await fetch(healthUrl)).status > 0, 20_000);

    return {
      registry,
      databaseUrl,
      healthUrl,
      githubDeployments: github.records,
      env: { ...front.env, ...store.env, ...prismaEnv(databaseUrl), GITHUB_API_URL: github.url },
      recordPushInEcr: async (repository, tags) => {
        const ecrClient = new ECRClient({ region: TEST_REGION });
        for (const tag of tags) {
          const manifest = await registry.manifest(repository, tag);
          if (!manifest) throw new Error(`the registry has no ${repository}:${tag} after build-push pushed it`);
          await ecrClient
            .send(new PutImageCommand({ repositoryName: repository, imageTag: tag, imageManifest: manifest.body, imageManifestMediaType: manifest.mediaType, imageDigest: manifest.digest }))
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
async function seedParameters(environmentFile: string, environment: string, databaseUrl: string): Promise<void> {
  const file = JSON.parse(readFileSync(environmentFile, 'utf8')) as Record<string, { secrets?: Record<string, string> }>;
  const secrets = { ...file.defaults?.secrets, ...file[environment]?.secrets };
  const ssm = new SSMClient({ region: TEST_REGION });
  for (const [name, reference] of Object.entries(secrets)) {
    if (reference.startsWith('arn:aws:secretsmanager:')) continue;
    const Name = reference.startsWith('arn:') ? reference.split(':parameter')[1] : reference;
    await ssm.send(new PutParameterCommand({ Name, Type: 'SecureString', Value: name === 'DATABASE_URL' ? databaseUrl : `demo-${name.toLowerCase()}` }));
  }
  ssm.destroy();
}

function startService(dir: string, port: number, databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ['src/server.js'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), DATABASE_URL: databaseUrl, GIT_SHA: process.env.GITHUB_SHA ?? 'demo' },
    stdio: 'ignore',
  });
}

/** Answers the two GitHub deployment calls deploy-ecs makes, and remembers them. */
async function startGitHubRecorder(): Promise<{ server: Server; url: string; records: string[] }> {
  const records: string[] = [];
  let nextId = 1;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const json = body ? (JSON.parse(body) as { environment?: string; state?: string }) : {};
      const created = req.url?.endsWith('/deployments');
      records.push(created ? `created for ${json.environment}` : `${json.state}`);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: created ? nextId++ : 0 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, records };
}
