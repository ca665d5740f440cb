/**
 * Each action.yml is what the runner reads first: it must parse, run on node24, point at a bundle that
 * exists, and document exactly the inputs the code reads and the outputs it sets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const actions = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'action.yml')),
);

interface ActionMetadata {
  name: string;
  description: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

/** Each shared input group (lib/core/input-groups.ts): the function's name, and the source of its body. */
function inputGroups(): Map<string, string> {
  const text = readFileSync(join(root, 'lib/core/input-groups.ts'), 'utf8');
  const groups = new Map<string, string>();
  for (const part of text.split(/^export function /m).slice(1)) groups.set(part.slice(0, part.indexOf('(')), part);
  return groups;
}

/**
 * An action's own source, with the body of every shared input group it calls: what it reads, wherever that is written.
 */
function sourceOf(action: string): string {
  const dir = join(root, 'actions', action, 'src');
  const own = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const shared = [...inputGroups()].filter(([name]) => new RegExp(`\\b${name}\\(`).test(own)).map(([, body]) => body);
  return [own, ...shared].join('\n');
}

test('the shared input groups are seen: deploy-ecs reads wait-timeout through readWaitSettings', () => {
  expect([...inputGroups().keys()]).toEqual(
    expect.arrayContaining(['readServiceNames', 'readWaitSettings', 'readGithubDeploymentSettings']),
  );
  expect(sourceOf('deploy-ecs')).toContain("read.duration('wait-timeout'");
});

const READERS =
  /\.(?:optional|required|boolean|string|integer|duration|oneOf|list|keyValues|secret|secretKeyValues)\(\s*'([a-z0-9-]+)'/g;
const OUTPUTS = /setOutput\(\s*'([a-z0-9-]+)'/g;

test('every action is checked here', () => {
  expect(actions.sort()).toEqual(expect.arrayContaining(['build-push', 'deploy-ecs', 'migrate']));
});

describe.each(actions)('%s/action.yml', (action) => {
  const metadata = parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata;
  const source = sourceOf(action);

  test('parses, runs on node24 and points at bundles that exist', () => {
    expect(metadata.runs.using).toBe('node24');
    for (const entry of [metadata.runs.main, metadata.runs.post].filter(Boolean) as string[]) {
      expect(existsSync(join(root, 'actions', action, entry))).toBe(true);
    }
    expect(metadata.description.length).toBeGreaterThan(20);
  });

  test('is named after its folder and has branding (the Marketplace listing shows both)', () => {
    expect(metadata.name).toBe(action);
    expect(metadata.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  test('spells the commit input `git-sha`, the one name every action uses for it', () => {
    expect(Object.keys(metadata.inputs).filter((name) => /(^|-)sha$/.test(name) && name !== 'git-sha')).toEqual([]);
  });

  test('documents every input the code reads, and reads every input it documents', () => {
    const read = new Set([...source.matchAll(READERS)].map((m) => m[1]));
    expect([...read].filter((name) => !(name in metadata.inputs))).toEqual([]);
    expect(Object.keys(metadata.inputs).filter((name) => !read.has(name))).toEqual([]);
    for (const [name, input] of Object.entries(metadata.inputs))
      expect(`${name}: ${input.description ?? ''}`.length).toBeGreaterThan(name.length + 10);
  });

  test('documents every output the code sets, and sets every output it documents', () => {
    const set = new Set([...source.matchAll(OUTPUTS)].map((m) => m[1]));
    expect([...set].filter((name) => !(name in metadata.outputs))).toEqual([]);
    expect(Object.keys(metadata.outputs).filter((name) => !set.has(name))).toEqual([]);
  });
});
