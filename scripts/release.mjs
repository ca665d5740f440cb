#!/usr/bin/env node
// Cuts a release: `node scripts/release.mjs 1.2.0` (see RELEASING.md).
//
// The reusable workflow calls this repository's actions by full name and ref (a `./actions/x` path would
// resolve in the caller's checkout). On main that ref is `main`, which moves. A release therefore gets its
// own commit, on top of the main commit being released (the one holding the dist CI checked), that rewrites
// every such ref to that main commit's SHA. The tags `v1.2.0` and `v1` point at the release commit, so a
// caller pinning the workflow by tag or by the release commit's SHA runs exactly the actions released with
// it. main itself is not changed, and nothing is pushed: the script prints the push commands.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPOSITORY = 'ecs-fargate-actions/ecs-fargate-actions';
const ACTION_REF = /(ecs-fargate-actions\/ecs-fargate-actions\/actions\/([\w-]+))@([^\s#'"]+)/g;

/** Every reference a workflow makes to one of this repository's actions: [action, ref]. */
export function actionRefs(text) {
  return [...text.matchAll(ACTION_REF)].map((m) => [m[2], m[3]]);
}

/** The workflow with every reference to this repository's actions pinned to `sha`. Pure. */
export function pinActionRefs(text, sha) {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`not a full commit SHA: ${sha}`);
  return text.replace(ACTION_REF, (_m, path) => `${path}@${sha}`);
}

/** Why a workflow's references are not consistent: one ref for all, `main` or a full SHA. Pure. */
export function refProblems(text) {
  const refs = actionRefs(text);
  const distinct = [...new Set(refs.map(([, ref]) => ref))];
  const problems = [];
  if (distinct.length > 1) problems.push(`its actions are called at different refs: ${distinct.join(', ')}`);
  for (const ref of distinct)
    if (ref !== 'main' && !/^[0-9a-f]{40}$/.test(ref))
      problems.push(`ref ${ref} is neither main nor a full commit SHA`);
  return problems;
}

function release(version, cwd) {
  const git = (args, options = {}) => execFileSync('git', args, { cwd, encoding: 'utf8', ...options }).trim();
  if (!/^\d+\.\d+\.\d+$/.test(version ?? ''))
    throw new Error('usage: node scripts/release.mjs <major.minor.patch>, e.g. 1.2.0');
  const tag = `v${version}`;
  const major = `v${version.split('.')[0]}`;
  if (git(['status', '--porcelain', '--untracked-files=no']))
    throw new Error('the working tree has uncommitted changes: release a commit CI has checked');
  if (git(['tag', '--list', tag])) throw new Error(`${tag} exists already`);
  const base = git(['rev-parse', 'HEAD']);
  const changelog = git(['show', `${base}:CHANGELOG.md`]);
  if (!new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm').test(changelog))
    throw new Error(`CHANGELOG.md has no "## ${version}" section`);

  // A temporary index: the release commit is built from HEAD's tree without touching the work tree or main.
  const index = join(git(['rev-parse', '--absolute-git-dir']), `release-index-${process.pid}`);
  const env = { ...process.env, GIT_INDEX_FILE: index };
  git(['read-tree', base], { env });
  const pinned = [];
  for (const path of git(['ls-tree', '--name-only', base, '.github/workflows/'])
    .split('\n')
    .filter((f) => /\.ya?ml$/.test(f))) {
    const text = git(['show', `${base}:${path}`]) + '\n';
    const refs = actionRefs(text);
    if (refs.length === 0) continue;
    for (const [action] of refs) {
      // The main entry and, when the action has one, its post step (bake-and-promote's stops a bake left running).
      const entries = [
        ...git(['show', `${base}:actions/${action}/action.yml`]).matchAll(/^\s+(?:main|post):\s*(\S+)/gm),
      ].map((m) => m[1]);
      if (entries.length === 0) throw new Error(`actions/${action}/action.yml at ${base} names no main entry`);
      for (const entry of entries) {
        try {
          git(['cat-file', '-e', `${base}:actions/${action}/${entry}`]);
        } catch {
          throw new Error(
            `${path} calls actions/${action}, but ${base} has no actions/${action}/${entry}: run npm run bundle and commit the dist first`,
          );
        }
      }
    }
    const blob = git(['hash-object', '-w', '--stdin'], { input: pinActionRefs(text, base) });
    git(['update-index', '--cacheinfo', `100644,${blob},${path}`], { env });
    pinned.push(path);
  }
  const tree = git(['write-tree'], { env });
  execFileSync('rm', ['-f', index]);
  const commit = git([
    'commit-tree',
    tree,
    '-p',
    base,
    '-m',
    `Release ${tag}\n\nPins ${pinned.join(', ')} to the actions of ${base}.`,
  ]);
  git(['tag', '-a', tag, commit, '-m', `Release ${tag}`]);
  git(['tag', '-f', '-a', major, commit, '-m', `Latest ${major} release: ${tag}`]);
  return { tag, major, commit, base, pinned };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { tag, major, commit, base, pinned } = release(process.argv[2], process.cwd());
    console.log(`${tag} and ${major} → ${commit} (the actions of ${base}; pinned in ${pinned.join(', ')})`);
    console.log(`Check it, then publish:\n  git push origin ${tag}\n  git push --force origin ${major}`);
  } catch (err) {
    console.error(`release: ${err.message}`);
    process.exitCode = 1;
  }
}
