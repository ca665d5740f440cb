/**
 * What no action uses stays off every action's start path. The entry file of each bundle is what node reads and
 * compiles before the action's first AWS call; it must not hold @actions/core's OIDC client (getIDToken, which no
 * action calls, with @actions/http-client and all of undici) nor @actions/exec (loaded with the first program a
 * run starts). How long start-up takes is bench/cold-start.mjs's to say; this checks the bundles are built so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const entries = readdirSync(join(root, 'actions')).flatMap((action) =>
  ['main', 'post']
    .map((entry) => join('actions', action, 'dist', entry, 'index.js'))
    .filter((file) => existsSync(join(root, file))),
);

// Strings from each package's own source, which minifying keeps.
const unused = [
  ['@actions/core OIDC client', 'actions/oidc-client'],
  ['undici', 'undici'],
  ['@actions/exec', 'failed with exit code'],
];

test.each(entries)('%s loads neither undici, the OIDC client nor @actions/exec at start', (file) => {
  const code = readFileSync(join(root, file), 'utf8');
  expect(unused.filter(([, marker]) => code.includes(marker)).map(([name]) => name)).toEqual([]);
});

test('every action has a bundled entry to check', () => {
  expect(entries.filter((file) => file.endsWith(join('main', 'index.js')))).toHaveLength(
    readdirSync(join(root, 'actions')).length,
  );
});
