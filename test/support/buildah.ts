/**
 * A private buildah/podman set-up for tests: vfs storage and chroot isolation (no overlay, no namespaces
 * needed), its own auth file, and a busybox base image made
 * from Debian's busybox-static with `buildah from scratch`, because nothing can be pulled from the internet.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE_IMAGE = 'localhost/busybox:base';
const BUSYBOX = '/bin/busybox';

export interface BuildahStore {
  /** Environment for the action (or any buildah call) to use this store and trust the registries. */
  env: Record<string, string>;
  buildah(args: string[]): string;
  remove(): void;
}

export function prepareBuildahStore(): BuildahStore {
  const dir = mkdtempSync(join(tmpdir(), 'buildah-'));
  writeFileSync(
    join(dir, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'graph')}"\nrunroot = "${join(dir, 'run')}"\n`,
  );
  // buildah refuses to start when REGISTRY_AUTH_FILE names a file that does not exist.
  writeFileSync(join(dir, 'auth.json'), '{}');
  const env = {
    CONTAINERS_STORAGE_CONF: join(dir, 'storage.conf'),
    REGISTRY_AUTH_FILE: join(dir, 'auth.json'),
    BUILDAH_ISOLATION: 'chroot',
    STORAGE_DRIVER: 'vfs',
  };
  const buildah = (args: string[]) =>
    execFileSync('buildah', args, {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  const container = buildah(['from', 'scratch']);
  buildah(['copy', container, BUSYBOX, '/bin/busybox']);
  buildah(['run', container, '/bin/busybox', '--install', '-s', '/bin']);
  buildah(['config', '--cmd', '/bin/sh', container]);
  buildah(['commit', '--quiet', container, BASE_IMAGE]);
  buildah(['rm', container]);
  return { env, buildah, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
