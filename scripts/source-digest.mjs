// The digest of everything that goes into an action's bundle: the shared library, the action's own source,
// the lock file and the build settings. `npm run bundle` writes it beside each dist; a unit test recomputes
// it, so a source change committed without a rebuilt dist fails `npm test`, not only GitHub's CI.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** sha256 over the bundle's inputs for one action, as a hex string. */
export function sourceDigest(action) {
  const inputs = [
    ...files(join(root, 'lib')),
    ...files(join(root, 'actions', action, 'src')),
    join(root, 'package-lock.json'),
    join(root, 'tsconfig.json'),
    join(root, 'tsconfig.build.json'),
    join(root, 'scripts', 'bundle.mjs'),
  ].sort();
  const hash = createHash('sha256');
  for (const file of inputs)
    hash
      .update(`${relative(root, file)}\n`)
      .update(readFileSync(file))
      .update('\n');
  return hash.digest('hex');
}
