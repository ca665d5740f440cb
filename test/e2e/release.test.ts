/**
 * scripts/release.mjs on a scratch repository holding this checkout's workflows and actions: the release
 * commit pins every action reference to the commit holding the dist, tags it, moves the major tag, and
 * leaves main (and the work tree) as they were.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { actionRefs } from '../../scripts/release.mjs';

const root = new URL('../..', import.meta.url).pathname;
let repo: string;
const git = (...args: string[]) =>
  execFileSync(
    'git',
    [
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'tag.gpgsign=false',
      ...args,
    ],
    { cwd: repo, encoding: 'utf8' },
  ).trim();
const release = (version: string) => {
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, [join(repo, 'scripts/release.mjs'), version], {
        cwd: repo,
        encoding: 'utf8',
        stdio: 'pipe',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      }),
    };
  } catch (err) {
    return { code: (err as { status: number }).status, out: String((err as { stderr: string }).stderr) };
  }
};

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'release-test-'));
  cpSync(join(root, '.github'), join(repo, '.github'), { recursive: true });
  mkdirSync(join(repo, 'scripts'));
  cpSync(join(root, 'scripts/release.mjs'), join(repo, 'scripts/release.mjs'));
  for (const action of readdirSync(join(root, 'actions'))) {
    mkdirSync(join(repo, 'actions', action, 'dist/main'), { recursive: true });
    cpSync(join(root, 'actions', action, 'action.yml'), join(repo, 'actions', action, 'action.yml'));
    // The bundle's content does not matter here, only that the released commit has one (and its post step's, if any).
    writeFileSync(join(repo, 'actions', action, 'dist/main/index.js'), `// ${action}\n`);
    if (existsSync(join(root, 'actions', action, 'dist/post'))) {
      mkdirSync(join(repo, 'actions', action, 'dist/post'));
      writeFileSync(join(repo, 'actions', action, 'dist/post/index.js'), `// ${action} post\n`);
    }
  }
  writeFileSync(join(repo, 'CHANGELOG.md'), '# Changelog\n\n## 9.9.0 — 2026-12-01\n\n- First.\n');
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'main with the dist');
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

test('the release commit pins every action to the main commit, tags it and moves the major tag; main is untouched', () => {
  const main = git('rev-parse', 'HEAD');
  const ran = release('9.9.0');
  expect(ran).toMatchObject({ code: 0 });
  expect(ran.out).toContain('git push --force origin v9');
  const commit = git('rev-parse', 'v9.9.0^{commit}');
  expect(git('rev-parse', 'v9^{commit}')).toBe(commit);
  expect(git('cat-file', '-t', 'v9.9.0')).toBe('tag');
  expect(git('rev-parse', `${commit}^`)).toBe(main);
  // Only the workflows that call our actions changed, and only their refs.
  const callers = readdirSync(join(root, '.github/workflows'))
    .filter((f) =>
      readFileSync(join(root, '.github/workflows', f), 'utf8').includes(
        'ecs-fargate-actions/ecs-fargate-actions/actions/',
      ),
    )
    .map((f) => `.github/workflows/${f}`)
    .sort();
  expect(callers).toContain('.github/workflows/deploy.yml');
  expect(git('diff', '--name-only', main, commit).split('\n').sort()).toEqual(callers);
  const released = git('show', `${commit}:.github/workflows/deploy.yml`);
  expect(actionRefs(released).length).toBe(4);
  expect(actionRefs(released).every(([, ref]) => ref === main)).toBe(true);
  expect(released.replaceAll(`@${main}`, '@main')).toBe(
    readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8').trim(),
  );
  // The actions a caller gets at that ref are the ones released with the workflow.
  expect(git('rev-parse', `${main}:actions`)).toBe(git('rev-parse', `${commit}:actions`));
  expect(git('rev-parse', 'HEAD')).toBe(main);
  expect(git('status', '--porcelain')).toBe('');
});

test('the next release moves the major tag; the earlier release stays where it was', () => {
  expect(release('9.9.0').code).toBe(0);
  const first = git('rev-parse', 'v9.9.0^{commit}');
  appendFileSync(join(repo, 'CHANGELOG.md'), '\n## 9.9.1 — 2026-12-02\n\n- Fix.\n');
  git('commit', '--quiet', '-am', 'fix');
  expect(release('9.9.1').code).toBe(0);
  expect(git('rev-parse', 'v9^{commit}')).toBe(git('rev-parse', 'v9.9.1^{commit}'));
  expect(git('rev-parse', 'v9.9.0^{commit}')).toBe(first);
});

const cases: [string, () => void, string, string?, string?][] = [
  ['an existing tag', () => void release('9.9.0'), 'v9.9.0 exists already'],
  ['no CHANGELOG section', () => undefined, 'CHANGELOG.md has no "## 9.9.0" section', '9.9.0', '# Changelog\n'],
  ['uncommitted changes', () => appendFileSync(join(repo, 'CHANGELOG.md'), 'x'), 'uncommitted changes'],
  [
    'a missing dist',
    () => {
      rmSync(join(repo, 'actions/migrate/dist'), { recursive: true });
      git('commit', '--quiet', '-am', 'no dist');
    },
    'has no actions/migrate/dist/main/index.js',
  ],
  [
    'a missing post bundle',
    () => {
      rmSync(join(repo, 'actions/bake-and-promote/dist/post'), { recursive: true });
      git('commit', '--quiet', '-am', 'no post');
    },
    'has no actions/bake-and-promote/dist/post/index.js',
  ],
  ['a version that is not x.y.z', () => undefined, 'usage:', 'v1'],
];

test.each(cases)(
  'refuses to release with %s, and tags nothing',
  (_case, prepare, message, version = '9.9.0', changelog) => {
    if (changelog) {
      writeFileSync(join(repo, 'CHANGELOG.md'), changelog);
      git('commit', '--quiet', '-am', 'changelog');
    }
    prepare();
    const tagsBefore = git('tag', '--list');
    const ran = release(version);
    expect(ran.code).toBe(1);
    expect(ran.out).toContain(message);
    expect(git('tag', '--list')).toBe(tagsBefore);
  },
);
