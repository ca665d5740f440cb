/**
 * A real AWS API on loopback: moto's server (through moto_server.py, which makes ECS service deployments settle as
 * ECS's do and answers ECS's service-deployments API, native strategies and PAUSE hooks included; its docstring
 * says how), on a free port. One server answers every service; `reset()` wipes its state between tests.
 *
 * Starting moto costs about two seconds of CPU, so in a jest worker one server per distinct server environment is
 * kept for the worker's life (test/support/jest-environment.mjs): `startMoto()` hands a file the worker's server,
 * reset, and `stop()` hands it back. Elsewhere (the demo, the benches) each call starts its own server and `stop()`
 * stops it by PID. Either way a server exits when its stdin closes, so none outlives the process that started it
 * (test/support/moto_boot.py).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { Socket } from 'node:net';

import { ExitedBeforeReady, startOnFreePort, stopChild, waitFor } from './processes.js';
import { workerKeep } from './worker-keep.js';

export interface Moto {
  endpoint: string;
  /** Environment that points the AWS SDK (and the bundled actions) at this server. */
  env: Record<string, string>;
  reset(): Promise<void>;
  /** Stops the server, or in a jest worker hands it back for the next test file. */
  stop(): Promise<void>;
}

export const TEST_REGION = 'eu-west-1';
export const TEST_ACCOUNT = '123456789012';

/** One moto_server.py process; `busy` while a test file holds it. */
interface MotoServer {
  endpoint: string;
  child: ChildProcess;
  busy: boolean;
}

async function spawnMoto(serverEnv: Record<string, string | undefined>): Promise<MotoServer> {
  return startOnFreePort(async (port) => {
    const python = serverEnv.MOTO_PYTHON ?? 'python3';
    const [boot, script] = ['./moto_boot.py', './moto_server.py'].map(
      (file) => new URL(file, import.meta.url).pathname,
    );
    // moto_boot.py runs moto_server.py, exiting when its stdin (this pipe) closes, and saves moto CPU per request.
    const child = spawn(python, [boot, script, '-H', '127.0.0.1', '-p', String(port)], {
      env: serverEnv,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    const keepTail = (chunk: Buffer) => {
      stderr = (stderr + chunk).slice(-4000);
    };
    child.stderr?.on('data', keepTail);
    const endpoint = `http://127.0.0.1:${port}`;
    try {
      await waitFor('moto', async () => (await fetch(`${endpoint}/moto-api/data.json`)).ok, 60_000, child);
    } catch (err) {
      child.kill('SIGKILL');
      if (err instanceof ExitedBeforeReady) throw new ExitedBeforeReady(`${err.message}\n${stderr}`);
      throw new Error(`${(err as Error).message}; is moto installed for ${python}? (npm run setup)\n${stderr}`);
    }
    // From here on its log is read and dropped: no listener of this file stays behind on a server kept for the next.
    child.stderr?.off('data', keepTail).resume();
    return { endpoint, child, busy: true };
  });
}

/**
 * Starts moto (or, in a jest worker, takes the worker's idle server with the same environment and resets it);
 * `extraEnv` is passed to the server (e.g. MOTO_ECS_SERVICE_RUNNING, or moto_server.py's MOTO_ECS_STAGE_MS and
 * MOTO_ECS_MINUTE_MS, which pace service deployments).
 */
export async function startMoto(extraEnv: Record<string, string> = {}): Promise<Moto> {
  const serverEnv = { ...process.env, ...extraEnv };
  const keep = workerKeep();
  let server: MotoServer;
  let stop: () => Promise<void>;
  if (!keep) {
    server = await spawnMoto(serverEnv);
    stop = () => stopChild(server.child);
  } else {
    // Servers differ by what moto_server.py reads from its environment at start: the MOTO_* knobs.
    const key = `moto ${JSON.stringify(
      Object.entries(serverEnv)
        .filter(([name]) => name in extraEnv || name.startsWith('MOTO_'))
        .sort(),
    )}`;
    const servers = (keep.kept.get(key) as MotoServer[] | undefined) ?? [];
    keep.kept.set(key, servers);
    server = (await takeIdle(servers)) ?? (await spawnMoto(serverEnv));
    if (!servers.includes(server)) {
      servers.push(server);
      keep.killOnExit(server.child.pid!);
      server.child.once('exit', () => {
        servers.splice(servers.indexOf(server), 1);
        keep.forget(server.child.pid!);
      });
      // A kept server must not hold a finished test run open (jest waits for its handles when it runs in band).
      server.child.unref();
      for (const stream of [server.child.stdin, server.child.stderr]) (stream as Socket | null)?.unref();
    }
    const held = server;
    stop = async () => {
      held.busy = false;
    };
    keep.onFileEnd(stop);
  }
  const { endpoint } = server;
  return {
    endpoint,
    env: {
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: TEST_REGION,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
    reset: () => resetMoto(endpoint),
    stop,
  };
}

/** An idle kept server, reset so that it answers as a fresh one would; undefined when there is none that answers. */
async function takeIdle(servers: MotoServer[]): Promise<MotoServer | undefined> {
  for (const server of servers.filter((s) => !s.busy && s.child.exitCode === null && s.child.signalCode === null)) {
    server.busy = true;
    try {
      await resetMoto(server.endpoint);
      return server;
    } catch {
      server.child.kill('SIGKILL');
    }
  }
  return undefined;
}

/** Wipes every backend of the server at `endpoint` (and what moto_server.py keeps beside them). */
async function resetMoto(endpoint: string): Promise<void> {
  const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`moto reset answered ${response.status}`);
}

/** Points this process's AWS SDK at moto for the duration of a test file. */
export function useMotoEnv(moto: Moto): void {
  Object.assign(process.env, moto.env);
}

/** Asks moto's EC2 query API with plain fetch (the project needs no EC2 client); returns the XML answer. */
export async function ec2Query(params: Record<string, string>): Promise<string> {
  const endpoint = process.env.AWS_ENDPOINT_URL;
  if (!endpoint) throw new Error('ec2Query needs AWS_ENDPOINT_URL (moto)');
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/${TEST_REGION}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: new URLSearchParams({ ...params, Version: '2016-11-15' }).toString(),
  });
  return response.text();
}
