/**
 * What no action uses stays off every action's start path. The entry file of each bundle is what node reads and
 * compiles before the action's first AWS call; it must not hold @actions/core's OIDC client (getIDToken, which no
 * action calls, with @actions/http-client and all of undici) nor @actions/exec (loaded with the first program a
 * run starts). Nor may a bundle hold SDK commands our code never sends: a client package imported whole (`(await
 * import(p)).X`) brings every command of the package and its schema, and the schema module of the client an action
 * calls first sits in its entry, evaluated before the first call. YAML comes from the yaml package's ES module build.
 * How long start-up takes is bench/cold-start.mjs's to say; this checks the bundles are built so.
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

/** Every `XCommand` our sources name (lib/ and each action's src/). */
function commandsInSource(): Set<string> {
  const names = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'dist') visit(path);
      } else if (entry.name.endsWith('.ts')) {
        for (const [, name] of readFileSync(path, 'utf8').matchAll(/\b(\w+)Command\b/g)) names.add(name);
      }
    }
  };
  visit(join(root, 'lib'));
  visit(join(root, 'actions'));
  return names;
}
// Sent by the SDK's own credential providers (role assumption, SSO, sign-in), not by our code.
const SDK_INTERNAL = [
  'AssumeRole',
  'AssumeRoleWithWebIdentity',
  'CreateOAuth2Token',
  'CreateOAuth2TokenWithIAM',
  'CreateToken',
  'GetRoleCredentials',
];

const actionsWithDist = readdirSync(join(root, 'actions')).filter((action) =>
  existsSync(join(root, 'actions', action, 'dist', 'main')),
);

test.each(actionsWithDist)('%s bundles only the SDK commands our code sends', (action) => {
  const ours = commandsInSource();
  const bundled = new Set<string>();
  for (const entry of ['main', 'post']) {
    const dir = join(root, 'actions', action, 'dist', entry);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')))
      for (const [, name] of readFileSync(join(dir, file), 'utf8').matchAll(/class (\w+?)Command(?:_\w+)? extends/g))
        bundled.add(name);
  }
  expect(bundled.size).toBeGreaterThan(0);
  expect([...bundled].filter((name) => !ours.has(name) && !SDK_INTERNAL.includes(name)).sort()).toEqual([]);
});

test.each(actionsWithDist)('%s takes YAML, if at all, from the ES module build', (action) => {
  const files = ['main', 'post']
    .map((entry) => join(root, 'actions', action, 'dist', entry))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(dir, f)),
    );
  // yaml's CommonJS build reads LOG_STREAM from the environment in its composer; its ES module build does not.
  const withYaml = files.filter((file) => readFileSync(file, 'utf8').includes('YAMLParseError'));
  expect(withYaml.filter((file) => readFileSync(file, 'utf8').includes('LOG_STREAM'))).toEqual([]);
});

test('the YAML check above has bundles to look at: bake-and-promote and release parse YAML before their first call', () => {
  for (const action of ['bake-and-promote', 'release'])
    expect(readFileSync(join(root, 'actions', action, 'dist', 'main', 'index.js'), 'utf8')).toContain('YAMLParseError');
});

test('every action has a bundled entry to check', () => {
  expect(entries.filter((file) => file.endsWith(join('main', 'index.js')))).toHaveLength(
    readdirSync(join(root, 'actions')).length,
  );
});
