/** The committed bundles are what the runner runs: each must be built from the source as committed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// @ts-expect-error: a plain .mjs build script without types
import { sourceDigest } from '../../scripts/source-digest.mjs';

const root = new URL('../..', import.meta.url).pathname;
const actions = readdirSync(join(root, 'actions'));

test.each(actions)('actions/%s/dist was bundled from the current source (else: npm run bundle)', (action) => {
  const recorded = readFileSync(join(root, 'actions', action, 'dist', 'source.sha256'), 'utf8').trim();
  expect(recorded).toBe((sourceDigest as (a: string) => string)(action));
});
