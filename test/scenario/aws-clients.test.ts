/**
 * Every AWS call has a request timeout and carries the run's abort signal: a hung endpoint fails the call
 * instead of hanging the job, and a cancelled job aborts what is in flight. Real SDK clients against a loopback
 * server that accepts requests and never answers; and aws-sdk-client-mock still sees every call.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { DescribeParametersCommand } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';

import { createAwsClients } from '../../lib/aws/clients.js';
import { CancelledError } from '../../lib/core/errors.js';

// As the other scenario tests do: the mock is installed before any client exists.
const ecs = mockClient(ECSClient);

/** A server that reads each request and never answers it. */
interface HungServer {
  url: string;
  requests: IncomingMessage[];
  /** Resolves when the next request arrives. */
  nextRequest(): Promise<void>;
  close(): Promise<void>;
}

async function hungServer(): Promise<HungServer> {
  const requests: IncomingMessage[] = [];
  let arrived: (() => void) | undefined;
  const server: Server = createServer((req) => {
    requests.push(req);
    req.resume();
    arrived?.();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    nextRequest: () => new Promise<void>((resolve) => (arrived = resolve)),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let server: HungServer;
const savedEnv = { ...process.env };
beforeEach(async () => {
  server = await hungServer();
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: server.url,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
});
afterEach(async () => {
  process.env = { ...savedEnv };
  ecs.reset();
  await server.close();
});

test('a call to an endpoint that never answers fails with a timeout after its attempts, instead of hanging the job', async () => {
  const clients = createAwsClients({ region: 'eu-west-1', action: 'test', requestTimeoutMs: 200, maxAttempts: 2 });

  const call = clients.ssm.send(new DescribeParametersCommand({}));

  await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
  expect(server.requests).toHaveLength(2);
});

test('cancelling the run aborts a call in flight: it ends as aborted, not by its request timeout', async () => {
  const controller = new AbortController();
  // One attempt with a 3 s request timeout: a call the signal did not reach would end in a TimeoutError.
  const clients = createAwsClients({
    region: 'eu-west-1',
    action: 'test',
    signal: controller.signal,
    requestTimeoutMs: 3_000,
    maxAttempts: 1,
  });

  const arrived = server.nextRequest();
  const call = clients.ssm.send(new DescribeParametersCommand({}));
  await arrived;
  controller.abort(new CancelledError('job cancelled (SIGINT)'));

  await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  expect(server.requests).toHaveLength(1);
});

test('after a cancel, a call is not sent at all', async () => {
  const controller = new AbortController();
  controller.abort(new CancelledError('job cancelled (SIGTERM)'));
  const clients = createAwsClients({ region: 'eu-west-1', action: 'test', signal: controller.signal });

  await expect(clients.ssm.send(new DescribeParametersCommand({}))).rejects.toMatchObject({ name: 'AbortError' });
  expect(server.requests).toHaveLength(0);
});

test("a caller's own signal still works beside the run's", async () => {
  const run = new AbortController();
  const caller = new AbortController();
  const clients = createAwsClients({
    region: 'eu-west-1',
    action: 'test',
    signal: run.signal,
    requestTimeoutMs: 3_000,
    maxAttempts: 1,
  });

  const arrived = server.nextRequest();
  const call = clients.ssm.send(new DescribeParametersCommand({}), { abortSignal: caller.signal });
  await arrived;
  caller.abort();

  await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  expect(run.signal.aborted).toBe(false);
});

test('clients built after mockClient(ECSClient) are mocked, and each call carries the run signal', async () => {
  ecs.on(DescribeServicesCommand).resolves({ services: [{ serviceName: 'web', status: 'ACTIVE' }] });
  const controller = new AbortController();
  const clients = createAwsClients({ region: 'eu-west-1', action: 'test', signal: controller.signal });

  const out = await clients.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['web'] }));

  expect(out.services?.[0]?.serviceName).toBe('web');
  expect(server.requests).toHaveLength(0);
  expect(ecs.commandCalls(DescribeServicesCommand)).toHaveLength(1);
  // The SDK's send(command, options): the mock's typing knows only the command.
  const [, options] = ecs.call(0).args as unknown[];
  expect(options).toMatchObject({ abortSignal: controller.signal });
});

test('a preloaded client class is the one built, with the same settings and the run signal as a loaded one', async () => {
  ecs.on(DescribeServicesCommand).resolves({ services: [] });
  const built: unknown[] = [];
  class StartupECSClient extends ECSClient {
    constructor(...args: ConstructorParameters<typeof ECSClient>) {
      super(...args);
      built.push(args[0]);
    }
  }
  const controller = new AbortController();
  const clients = createAwsClients({
    region: 'eu-west-1',
    action: 'test',
    signal: controller.signal,
    maxAttempts: 3,
    preloaded: { ecs: StartupECSClient },
  });

  await clients.ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['web'] }));

  expect(built).toEqual([expect.objectContaining({ region: 'eu-west-1', maxAttempts: 3, retryMode: 'adaptive' })]);
  const [, options] = ecs.call(0).args as unknown[];
  expect(options).toMatchObject({ abortSignal: controller.signal });
});
