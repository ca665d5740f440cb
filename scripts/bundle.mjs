// Builds every action's entries into its committed dist/: tsc (emit only; `npm run typecheck` checks types) to build/, then ncc per entry.
// Usage: node scripts/bundle.mjs [action ...]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { sourceDigest } from './source-digest.mjs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const actions = readdirSync(join(root, 'actions')).filter((name) => existsSync(join(root, 'actions', name, 'src', 'index.ts')));

rmSync(join(root, 'build'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noCheck'], { cwd: root, stdio: 'inherit' });

for (const action of actions) {
  if (only.length && !only.includes(action)) continue;
  const dist = join(root, 'actions', action, 'dist');
  rmSync(dist, { recursive: true, force: true });
  for (const entry of ['index', 'post']) {
    const input = join(root, 'build', 'actions', action, 'src', `${entry}.js`);
    if (!existsSync(input)) continue;
    const out = join(dist, entry === 'index' ? 'main' : 'post');
    execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', input, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
  }
  writeFileSync(join(dist, 'source.sha256'), `${sourceDigest(action)}\n`);
  console.log(`bundled ${action}`);
}
