/**
 * The test servers themselves, as every end-to-end file relies on them: a jest worker keeps one moto and hands it
 * to the next file reset (moto's own state and what moto_server.py keeps beside it), never to two holders at
 * once, never across different server environments; a server never outlives the process that started it; and a
 * server whose port was taken in the meantime is started again on another.
 */
import { spawn } from 'node:child_process';

import {
  CreateClusterCommand,
  DescribeServiceDeploymentsCommand,
  ECSClient,
  ListClustersCommand,
  ListServiceDeploymentsCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';

import { seedServices, serviceTaskDefinition } from '../support/ecs-seed.js';
import { startMoto, TEST_REGION, useMotoEnv } from '../support/moto.js';
import { ExitedBeforeReady, startOnFreePort } from '../support/processes.js';
import { REPO_ROOT } from '../support/run-dist.js';

const answers = async (endpoint: string) =>
  fetch(`${endpoint}/moto-api/data.json`).then(
    (r) => r.ok,
    () => false,
  );

test('a moto handed back is the one the next holder gets, reset: no cluster, no service deployment of the last holder', async () => {
  const first = await startMoto();
  useMotoEnv(first);
  const ecs = new ECSClient({ region: TEST_REGION });
  await ecs.send(new CreateClusterCommand({ clusterName: 'left-behind' }));
  await seedServices('prod', ['web']);
  const next = (await ecs.send(new RegisterTaskDefinitionCommand(serviceTaskDefinition('web', 'web:2'))))
    .taskDefinition!.taskDefinitionArn!;
  await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'web', taskDefinition: next }));
  const [deployment] = (await ecs.send(new ListServiceDeploymentsCommand({ cluster: 'prod', service: 'web' })))
    .serviceDeployments!;
  await first.stop();

  const second = await startMoto();
  try {
    expect(second.endpoint).toBe(first.endpoint);
    expect((await ecs.send(new ListClustersCommand({}))).clusterArns).toEqual([]);
    // moto_server.py's service deployments are gone with the rest.
    const described = await ecs.send(
      new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [deployment.serviceDeploymentArn!] }),
    );
    expect(described.serviceDeployments).toEqual([]);
    expect(described.failures).toEqual([expect.objectContaining({ reason: 'MISSING' })]);
  } finally {
    ecs.destroy();
    await second.stop();
  }
});

test('a held moto is never handed to a second holder, and another server environment gets its own server', async () => {
  const held = await startMoto();
  const other = await startMoto();
  const paced = await startMoto({ MOTO_ECS_MINUTE_MS: '50' });
  try {
    expect(new Set([held.endpoint, other.endpoint, paced.endpoint]).size).toBe(3);
  } finally {
    await Promise.all([held.stop(), other.stop(), paced.stop()]);
  }
});

test('a moto server exits when the process that started it is killed outright', async () => {
  // Outside jest, as the demo and the benches start it: the server's stdin is its only tie to its parent.
  const script =
    "import { startMoto } from './test/support/moto.ts'; const m = await startMoto(); console.log(m.endpoint); setInterval(() => {}, 1000);";
  const parent = spawn(
    process.execPath,
    ['--import', './scripts/register-ts.mjs', '--input-type=module', '-e', script],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const endpoint = await new Promise<string>((resolve) =>
    parent.stdout.once('data', (chunk) => resolve(String(chunk).trim())),
  );
  expect(await answers(endpoint)).toBe(true);
  parent.kill('SIGKILL');
  let up = true;
  for (let i = 0; i < 50 && up; i++) {
    await new Promise((r) => setTimeout(r, 100));
    up = await answers(endpoint);
  }
  expect(up).toBe(false);
}, 60_000);

test('a server that ends before it answers (its port taken meanwhile) is started again on another port', async () => {
  const ports: number[] = [];
  const started = await startOnFreePort(async (port) => {
    ports.push(port);
    if (ports.length === 1) throw new ExitedBeforeReady('moto exited (1) before it answered');
    return port;
  });
  expect(ports).toHaveLength(2);
  expect(started).toBe(ports[1]);
  // Any other failure is not retried.
  let calls = 0;
  await expect(startOnFreePort(async () => (calls++, Promise.reject(new Error('not installed'))))).rejects.toThrow(
    'not installed',
  );
  expect(calls).toBe(1);
});
