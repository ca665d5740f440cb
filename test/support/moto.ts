/**
 * A real AWS API on loopback: moto's server (through moto_server.py, which makes ECS service
 * deployments settle as ECS's do and answers ECS's service-deployments API, native strategies and
 * PAUSE hooks included; its docstring says how), started on a free port and stopped by PID. One server
 * answers every service; `reset()` wipes its state between tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, stopChild, waitFor } from './processes.js';

export interface Moto {
  endpoint: string;
  /** Environment that points the AWS SDK (and the bundled actions) at this server. */
  env: Record<string, string>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export const TEST_REGION = 'eu-west-1';
export const TEST_ACCOUNT = '123456789012';

/**
 * Starts moto; `extraEnv` is passed to the server (e.g. MOTO_ECS_SERVICE_RUNNING, or moto_server.py's
 * MOTO_ECS_STAGE_MS and MOTO_ECS_MINUTE_MS, which pace service deployments).
 */
export async function startMoto(extraEnv: Record<string, string> = {}): Promise<Moto> {
  const port = await freePort();
  const python = process.env.MOTO_PYTHON ?? 'python3';
  const child: ChildProcess = spawn(python, [new URL('./moto_server.py', import.meta.url).pathname, '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, ...extraEnv },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitFor('moto', async () => (await fetch(`${endpoint}/moto-api/data.json`)).ok, 60_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${(err as Error).message}; is moto installed for ${python}? (npm run setup)\n${stderr}`);
  }
  return {
    endpoint,
    env: {
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: TEST_REGION,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
    reset: async () => {
      await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
    },
    stop: () => stopChild(child),
  };
}

/** Points this process's AWS SDK at moto for the duration of a test file. */
export function useMotoEnv(moto: Moto): void {
  Object.assign(process.env, moto.env);
}
