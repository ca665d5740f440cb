/**
 * A real image registry on loopback: Debian's docker-registry (distribution 2.8) with an htpasswd login,
 * on a free port, stopped by PID. Reads go through its v2 API, so tests compare against the registry's own answers.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ExitedBeforeReady, startOnFreePort, stopChild, waitFor } from './processes.js';

export interface Registry {
  /** host:port, as image references spell it. */
  host: string;
  username: string;
  password: string;
  /** The digest and media type the registry answers for a tag or digest; undefined on 404. */
  manifest(
    repository: string,
    reference: string,
  ): Promise<{ digest: string; mediaType: string; body: string } | undefined>;
  tags(repository: string): Promise<string[]>;
  stop(): Promise<void>;
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export async function startRegistry(credentials: { username: string; password: string }): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  writeFileSync(join(dir, 'htpasswd'), execFileSync('htpasswd', ['-Bbn', credentials.username, credentials.password]));
  const auth = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  const { host, child } = await startOnFreePort(async (port) => {
    const host = `127.0.0.1:${port}`;
    writeFileSync(
      join(dir, 'config.yml'),
      [
        'version: 0.1',
        'log: { level: error }',
        `storage: { filesystem: { rootdirectory: ${join(dir, 'data')} }, delete: { enabled: true } }`,
        `http: { addr: "${host}" }`,
        `auth: { htpasswd: { realm: test-registry, path: ${join(dir, 'htpasswd')} } }`,
      ].join('\n'),
    );
    const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    try {
      // 401 without credentials is the sign it is up and enforcing the login.
      await waitFor('docker-registry', async () => (await fetch(`http://${host}/v2/`)).status === 401, 20_000, child);
    } catch (err) {
      child.kill('SIGKILL');
      if (err instanceof ExitedBeforeReady) throw new ExitedBeforeReady(`${err.message}\n${stderr}`);
      throw new Error(`${(err as Error).message}; is docker-registry installed? (npm run setup)\n${stderr}`);
    }
    return { host, child };
  });
  return {
    host,
    ...credentials,
    manifest: async (repository, reference) => {
      const response = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {
        headers: { Accept: ACCEPT, Authorization: auth },
      });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`registry answered ${response.status}`);
      return {
        digest: response.headers.get('docker-content-digest') ?? '',
        mediaType: response.headers.get('content-type') ?? '',
        body: await response.text(),
      };
    },
    tags: async (repository) => {
      const response = await fetch(`http://${host}/v2/${repository}/tags/list`, { headers: { Authorization: auth } });
      if (response.status === 404) return [];
      return (((await response.json()) as { tags?: string[] }).tags ?? []).sort();
    },
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
